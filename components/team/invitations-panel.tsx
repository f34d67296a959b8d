"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { InlineConfirm } from "@/components/ui/inline-confirm";
import { useToast } from "@/components/ui/toast";
import { useAction } from "@/components/ui/use-action";
import { CopyField } from "./copy-field";
import { RoleOptions } from "./role-options";
import { RoleBadge } from "./section";
import { SelectField } from "./select-field";
import type { Action, InvitationRow, Role } from "./types";

type CreateInput = { role: Role; email?: string; expiresInDays: number };
type Props = {
  invitations: InvitationRow[];
  emailDelivery: "configured" | "not_configured";
  actions: { create: Action<CreateInput, { path: string; email: string | null; emailed: boolean }>; revoke: Action<{ id: string }> };
};

const EXPIRY_DAYS = [1, 7, 30];

/** "failed": SMTP is configured but this e-mail did not go; the link above is the fallback. */
function sendOutcome(delivery: Props["emailDelivery"], emailed: boolean) {
  if (emailed) return "sent";
  return delivery === "configured" ? "failed" : "not_configured";
}

export function InvitationsPanel({ invitations, emailDelivery, actions }: Props) {
  const t = useTranslations("invite");
  const tTeam = useTranslations("team");
  const format = useFormatter();
  const create = useAction();
  const revoke = useAction();
  // A link may already be in someone's inbox: revoking asks once more.
  const [confirming, setConfirming] = useState<string | null>(null);
  const toast = useToast();
  const tToast = useTranslations("toast");
  const [created, setCreated] = useState<{ url: string; email: string | null; emailed: boolean } | null>(null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input: CreateInput = {
      role: String(form.get("role")) as Role,
      email: String(form.get("email") ?? "").trim() || undefined,
      expiresInDays: Number(form.get("expiresInDays")),
    };
    const target = event.currentTarget;
    setCreated(null);
    create.run(
      () => actions.create(input),
      (data) => {
        setCreated({ url: new URL(data.path, window.location.origin).toString(), email: data.email, emailed: data.emailed });
        target.reset();
        toast({ message: tToast("invitationCreated") });
      },
    );
  }

  const fieldErrors = create.failure?.fieldErrors ?? {};
  return (
    <div className="space-y-5">
      <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-[10rem_1fr_9rem_auto] sm:items-start" noValidate>
        <SelectField label={t("form.role")} name="role" defaultValue="editor" errors={fieldErrors.role}>
          <RoleOptions />
        </SelectField>
        <Field label={t("form.email")} name="email" type="email" autoComplete="off" hint={t(`form.emailHint.${emailDelivery}`)} errors={fieldErrors.email} />
        <SelectField label={t("form.expiry")} name="expiresInDays" defaultValue="7" errors={fieldErrors.expiresInDays}>
          {EXPIRY_DAYS.map((days) => (
            <option key={days} value={days}>
              {t("form.days", { count: days })}
            </option>
          ))}
        </SelectField>
        <Button type="submit" disabled={create.pending} className="sm:mt-6">
          {create.pending ? t("form.creating") : t("form.create")}
        </Button>
      </form>
      {create.failure && !create.failure.fieldErrors ? <Alert tone="error">{create.failure.error}</Alert> : null}
      {created ? (
        <div className="space-y-2 rounded-md border border-emerald-300 bg-emerald-50 p-3 dark:border-emerald-800 dark:bg-emerald-950">
          <CopyField label={t("link.label")} value={created.url} hint={t("link.once")} />
          <p className="text-xs text-stone-700 dark:text-stone-300">
            {created.email ? t(`link.send.${sendOutcome(emailDelivery, created.emailed)}`, { email: created.email }) : t("link.share")}
          </p>
        </div>
      ) : null}

      {revoke.failure ? <Alert tone="error">{revoke.failure.error}</Alert> : null}
      {invitations.length === 0 ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">{t("list.empty")}</p>
      ) : (
        <ul className="divide-y divide-stone-100 rounded-md border border-stone-200 dark:divide-stone-800 dark:border-stone-800" aria-label={t("list.title")}>
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm">
              <RoleBadge role={invitation.role} label={tTeam(`roles.${invitation.role}`)} />
              <span className="min-w-0 flex-1 truncate text-stone-800 dark:text-stone-200">{invitation.email ?? t("list.anyone")}</span>
              <span className={`text-xs ${invitation.status === "expired" ? "text-red-700 dark:text-red-400" : "text-stone-500 dark:text-stone-400"}`}>
                {invitation.status === "expired"
                  ? t("list.expired", { date: format.dateTime(new Date(invitation.expiresAt), { dateStyle: "medium" }) })
                  : t("list.expires", { date: format.dateTime(new Date(invitation.expiresAt), { dateStyle: "medium", timeStyle: "short" }) })}
              </span>
              {confirming === invitation.id ? (
                <InlineConfirm
                  confirmLabel={t("list.confirmRevoke")}
                  cancelLabel={tTeam("cancel")}
                  disabled={revoke.pending}
                  onConfirm={() => { setConfirming(null); revoke.run(() => actions.revoke({ id: invitation.id }), () => toast({ message: tToast("invitationRevoked") })); }}
                  onCancel={() => setConfirming(null)}
                />
              ) : (
                <Button size="sm" variant="ghost" onClick={() => setConfirming(invitation.id)} aria-label={t("list.revokeNamed", { who: invitation.email ?? tTeam(`roles.${invitation.role}`) })}>
                  {t("list.revoke")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
