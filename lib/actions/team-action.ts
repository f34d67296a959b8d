import "server-only";
import type { z } from "zod";
import { requireTeamContext, requireUser, type TeamContext } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/roles";
import { AppError, ValidationError } from "@/lib/errors";
import { requestLocale } from "@/lib/i18n/request";
import { localizeMessage, translateKey } from "@/lib/i18n/messages";
import { parseInput } from "@/lib/validation/parse";

import type { ActionResult } from "@/lib/actions/result";

export type { ActionResult };

/** Turns any thrown error into what a form can show; unexpected ones are logged, not leaked. */
export async function toActionFailure(error: unknown): Promise<Extract<ActionResult<never>, { ok: false }>> {
  const locale = await requestLocale();
  if (error instanceof ValidationError) {
    return { ok: false, error: error.message, code: error.code, fieldErrors: error.fieldErrors };
  }
  if (error instanceof AppError) {
    return { ok: false, error: localizeMessage(locale, error.message), code: error.code, ...error.details };
  }
  console.error("[action] unexpected error", error);
  return { ok: false, error: translateKey(locale, "errors.generic"), code: "internal" };
}

/**
 * The one wrapper for server actions: session → membership of the active team → role →
 * zod input. Every exported action of app/ goes through it (or publicAction for sign-up).
 */
export function teamAction<S extends z.ZodType, R>(
  options: { role: Role; schema: S },
  run: (input: z.output<S>, context: TeamContext) => Promise<R>,
) {
  return async (input: z.input<S>): Promise<ActionResult<R>> => {
    try {
      const context = await requireTeamContext(options.role);
      const parsed = parseInput(options.schema, input, { locale: await requestLocale() });
      return { ok: true, data: await run(parsed, context) };
    } catch (error) {
      return toActionFailure(error);
    }
  };
}

export type UserContext = Awaited<ReturnType<typeof requireUser>>;

/** Actions of a signed-in user that are not about the active team (password, joining a team). */
export function userAction<S extends z.ZodType, R>(schema: S, run: (input: z.output<S>, user: UserContext) => Promise<R>) {
  return async (input: z.input<S>): Promise<ActionResult<R>> => {
    try {
      const user = await requireUser();
      return { ok: true, data: await run(parseInput(schema, input, { locale: await requestLocale() }), user) };
    } catch (error) {
      return toActionFailure(error);
    }
  };
}

/** For the few actions a signed-out visitor may call (sign-up). */
export function publicAction<S extends z.ZodType, R>(schema: S, run: (input: z.output<S>) => Promise<R>) {
  return async (input: z.input<S>): Promise<ActionResult<R>> => {
    try {
      return { ok: true, data: await run(parseInput(schema, input, { locale: await requestLocale() })) };
    } catch (error) {
      return toActionFailure(error);
    }
  };
}
