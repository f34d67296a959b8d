"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";

type Input = { currentPassword: string; newPassword: string };
type Props = { email: string; changePassword: (input: Input) => Promise<ActionResult<{ email: string }>> };

export function PasswordForm({ email, changePassword }: Props) {
  const t = useTranslations("account");
  const tAuth = useTranslations("auth");
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<{ error: string; fieldErrors?: Record<string, string[]> } | null>(null);
  const [done, setDone] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    const form = new FormData(target);
    const input = { currentPassword: String(form.get("currentPassword") ?? ""), newPassword: String(form.get("newPassword") ?? "") };
    setPending(true);
    setFailure(null);
    setDone(false);
    const result = await changePassword(input);
    if (!result.ok) {
      setPending(false);
      setFailure(result);
      return;
    }
    // Every session ended with the change, this one too: sign this browser in again.
    await signIn("credentials", { email, password: input.newPassword, redirect: false });
    target.reset();
    setPending(false);
    setDone(true);
  }

  const fieldErrors = failure?.fieldErrors ?? {};
  return (
    <form onSubmit={onSubmit} className="max-w-sm space-y-4" noValidate>
      {done ? <Alert tone="success">{t("password.done")}</Alert> : null}
      {failure && !failure.fieldErrors ? <Alert tone="error">{failure.error}</Alert> : null}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field label={t("password.current")} name="currentPassword" type="password" autoComplete="current-password" required errors={fieldErrors.currentPassword} />
      <Field label={t("password.new")} name="newPassword" type="password" autoComplete="new-password" required hint={tAuth("passwordHint")} errors={fieldErrors.newPassword} />
      <Button type="submit" disabled={pending}>
        {pending ? t("password.saving") : t("password.save")}
      </Button>
    </form>
  );
}
