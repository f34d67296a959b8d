"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/result";

type Input = { currentPassword: string; newPassword: string };
type Props = { email: string; changePassword: (input: Input) => Promise<ActionResult<{ email: string }>> };

export function PasswordForm({ email, changePassword }: Props) {
  const t = useTranslations("account");
  const tAuth = useTranslations("auth");
  const { pending, failure, run } = useAction();
  const [done, setDone] = useState(false);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    const form = new FormData(target);
    const input = { currentPassword: String(form.get("currentPassword") ?? ""), newPassword: String(form.get("newPassword") ?? "") };
    setDone(false);
    run(
      () => changePassword(input),
      async () => {
        // Every session ended with the change, this one too: sign this browser in again.
        await signIn("credentials", { email, password: input.newPassword, redirect: false });
        target.reset();
        setDone(true);
      },
      { refresh: false },
    );
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
