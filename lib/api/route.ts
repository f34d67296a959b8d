import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { assertRole, teamContextFromSession } from "@/lib/auth/context";
import { isCrossSiteRequest } from "@/lib/auth/origin";
import type { Role } from "@/lib/auth/roles";
import { AppError, ForbiddenError, PayloadTooLargeError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { DEFAULT_LOCALE, negotiateLocale, type Locale } from "@/lib/i18n/config";
import { localizeMessage } from "@/lib/i18n/messages";
import { authenticateApiToken } from "@/lib/services/api-tokens";
import type { Actor } from "@/lib/services/audit";
import { parseInput } from "@/lib/validation/parse";

/** Documented in the README: larger JSON bodies get 413. */
export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024;

export type ApiAuth = {
  teamId: string;
  role: Role;
  userId: string | null;
  actor: Actor;
  via: "session" | "token";
};

type RouteParams = { params: Promise<Record<string, string | string[]>> };

type Options<B extends z.ZodType | undefined, Q extends z.ZodType | undefined, P extends z.ZodType | undefined> = {
  role?: Role;
  body?: B;
  query?: Q;
  params?: P;
  status?: number;
  /** DELETE: the body's fields may come as query parameters instead (no body sent). */
  bodyFromQuery?: boolean;
};

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

async function authenticate(request: NextRequest): Promise<ApiAuth> {
  const header = request.headers.get("authorization");
  if (header?.toLowerCase().startsWith("bearer ")) {
    const token = await authenticateApiToken(header.slice(7).trim());
    if (!token) throw new UnauthorizedError("errors.badToken");
    return {
      teamId: token.teamId, role: token.role, userId: null, via: "token",
      actor: { userId: null, label: `token:${token.name}`, accountableUserId: token.createdById },
    };
  }
  const context = await teamContextFromSession();
  if (!context) throw new UnauthorizedError();
  if (request.method !== "GET" && request.method !== "HEAD") assertSameOrigin(request);
  return { teamId: context.teamId, role: context.role, userId: context.userId, actor: context.actor, via: "session" };
}

/** Cookie-authenticated writes must come from our own pages (CSRF); tokens are not ambient, so exempt. */
function assertSameOrigin(request: NextRequest) {
  if (isCrossSiteRequest(request.headers, request.nextUrl.origin)) throw new ForbiddenError("errors.crossSite");
}

async function readJson(request: NextRequest): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_JSON_BODY_BYTES) throw new PayloadTooLargeError(MAX_JSON_BODY_BYTES);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_JSON_BODY_BYTES) throw new PayloadTooLargeError(MAX_JSON_BODY_BYTES);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationError("errors.invalidUtf8", {}, 400);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError("errors.invalidJson", {}, 400);
  }
}

export function errorResponse(error: unknown, locale: Locale = DEFAULT_LOCALE): NextResponse {
  if (error instanceof AppError) {
    const message = localizeMessage(locale, error.message);
    return NextResponse.json({ error: { code: error.code, message, ...error.details } }, { status: error.status });
  }
  console.error("[api] unexpected error", error);
  return NextResponse.json({ error: { code: "internal", message: "Something went wrong on our side." } }, { status: 500 });
}

/**
 * The one wrapper for /api/v1 route handlers: API token or session → team membership →
 * role → zod-validated params, query and body. Handlers get a team-scoped context only.
 */
/**
 * The query string as zod reads it: a repeated key (`status=a&status=b`) becomes an array,
 * which list parameters accept and single-valued ones refuse, instead of the last value
 * silently winning.
 */
function queryRecord(search: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    record[key] = values.length === 1 ? values[0]! : values;
  }
  return record;
}

export function apiRoute<
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
>(
  options: Options<B, Q, P>,
  handler: (input: { auth: ApiAuth; body: Parsed<B>; query: Parsed<Q>; params: Parsed<P>; request: NextRequest }) => Promise<unknown>,
) {
  return async (request: NextRequest, context: RouteParams): Promise<Response> => {
    const locale = negotiateLocale(undefined, request.headers.get("accept-language"));
    try {
      const auth = await authenticate(request);
      assertRole(auth, options.role ?? "viewer");
      const params = options.params ? parseInput(options.params, await context.params, { status: 404, locale }) : undefined;
      const query = options.query ? parseInput(options.query, queryRecord(request.nextUrl.searchParams), { locale }) : undefined;
      const hasBody = Number(request.headers.get("content-length") ?? 0) > 0 || request.headers.has("transfer-encoding");
      const rawBody = options.bodyFromQuery && !hasBody ? queryRecord(request.nextUrl.searchParams) : options.body ? await readJson(request) : undefined;
      const body = options.body ? parseInput(options.body, rawBody, { locale }) : undefined;
      const result = await handler({ auth, body, query, params, request } as never);
      return result instanceof Response ? result : NextResponse.json(result, { status: options.status ?? 200 });
    } catch (error) {
      return errorResponse(error, locale);
    }
  };
}
