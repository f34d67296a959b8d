"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { InlineConfirm } from "@/components/ui/inline-confirm";
import { useToast } from "@/components/ui/toast";
import { useAction } from "@/components/ui/use-action";
import { TOKEN_EXPIRY_CHOICES } from "@/lib/validation/team";
import { CopyField } from "./copy-field";
import { RoleOptions } from "./role-options";
import { RoleBadge } from "./section";
import { SelectField } from "./select-field";
import type { Action, Role, TokenRow } from "./types";

type CreateInput = { name: string; role: Role; expiresInDays: number | null };
type Props = { tokens: TokenRow[]; actions: { create: Action<CreateInput, { secret: string; name: string }>; revoke: Action<{ id: string }> } };

export function TokensPanel({ tokens, actions }: Props) {
  const t = useTranslations("tokens");
  const tTeam = useTranslations("team");
  const format = useFormatter();
  const create = useAction();
  const revoke = useAction();
  const toast = useToast();
  const tToast = useTranslations("toast");
  const [created, setCreated] = useState<{ secret: string; name: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const date = (iso: string | null, fallback: string) => (iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" }) : fallback);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const expiry = String(form.get("expiry"));
    const input: CreateInput = { name: String(form.get("name") ?? ""), role: String(form.get("role")) as Role, expiresInDays: expiry === "never" ? null : Number(expiry) };
    const target = event.currentTarget;
    setCreated(null);
    create.run(
      () => actions.create(input),
      (data) => {
        setCreated(data);
        target.reset();
        toast({ message: tToast("tokenCreated", { name: data.name }) });
      },
    );
  }

  const fieldErrors = create.failure?.fieldErrors ?? {};
  return (
    <div className="space-y-5">
      <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-[1fr_10rem_9rem_auto] sm:items-start" noValidate>
        <Field label={t("form.name")} name="name" required maxLength={100} placeholder={t("form.namePlaceholder")} errors={fieldErrors.name} />
        <SelectField label={t("form.role")} name="role" defaultValue="viewer" errors={fieldErrors.role}>
          <RoleOptions />
        </SelectField>
        <SelectField label={t("form.expiry")} name="expiry" defaultValue="90" errors={fieldErrors.expiresInDays}>
          {TOKEN_EXPIRY_CHOICES.map((days) => (
            <option key={days} value={days}>
              {t("form.days", { count: days })}
            </option>
          ))}
          <option value="never">{t("form.never")}</option>
        </SelectField>
        <Button type="submit" disabled={create.pending} className="sm:mt-6">
          {create.pending ? t("form.creating") : t("form.create")}
        </Button>
      </form>
      {create.failure && !create.failure.fieldErrors ? <Alert tone="error">{create.failure.error}</Alert> : null}
      {created ? (
        <div className="rounded-md border border-emerald-300 bg-emerald-50 p-3 dark:border-emerald-800 dark:bg-emerald-950">
          <CopyField label={t("created.label", { name: created.name })} value={created.secret} hint={t("created.once")} />
        </div>
      ) : null}

      {revoke.failure ? <Alert tone="error">{revoke.failure.error}</Alert> : null}
      {tokens.length === 0 ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">{t("list.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("list.title")}</caption>
            <thead className="border-b border-stone-200 text-xs tracking-wide text-stone-500 uppercase dark:border-stone-800">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">{t("list.columns.name")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("list.columns.role")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("list.columns.created")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("list.columns.expires")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("list.columns.lastUsed")}</th>
                <th scope="col" className="py-2 text-right font-medium"><span className="sr-only">{t("list.columns.actions")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100 dark:divide-stone-800">
              {tokens.map((token) => (
                <tr key={token.id} className={token.status === "active" ? "" : "text-stone-500 dark:text-stone-500"}>
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <span className="block font-medium">{token.name}</span>
                    <span className="block font-mono text-xs text-stone-500">{token.prefix}…</span>
                  </th>
                  <td className="py-2 pr-3"><RoleBadge role={token.role} label={tTeam(`roles.${token.role}`)} /></td>
                  <td className="py-2 pr-3 whitespace-nowrap tabular-nums">{date(token.createdAt, "")}</td>
                  <td className="py-2 pr-3 whitespace-nowrap tabular-nums">{date(token.expiresAt, t("list.noExpiry"))}</td>
                  <td className="py-2 pr-3 whitespace-nowrap tabular-nums">{date(token.lastUsedAt, t("list.neverUsed"))}</td>
                  <td className="py-2 text-right whitespace-nowrap">
                    {token.status !== "active" ? (
                      <span className="text-xs font-medium">{t(`list.status.${token.status}`)}</span>
                    ) : confirming === token.id ? (
                      <InlineConfirm
                        confirmLabel={t("list.confirmRevoke")}
                        cancelLabel={tTeam("cancel")}
                        disabled={revoke.pending}
                        onConfirm={() => { setConfirming(null); revoke.run(() => actions.revoke({ id: token.id }), () => toast({ message: tToast("tokenRevoked", { name: token.name }) })); }}
                        onCancel={() => setConfirming(null)}
                      />
                    ) : (
                      <Button size="sm" variant="ghost" onClick={() => setConfirming(token.id)} aria-label={t("list.revokeNamed", { name: token.name })}>
                        {t("list.revoke")}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
