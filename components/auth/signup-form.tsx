"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/result";

type SignUpInput = { name: string; email: string; password: string; teamName: string };

export function SignUpForm({ signUp }: { signUp: (input: SignUpInput) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const { pending, failure, run } = useAction();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      teamName: String(form.get("teamName") ?? ""),
    };
    // On success: signed in, then to the articles (the hook refreshes after the push).
    run(
      () => signUp(input),
      async () => {
        await signIn("credentials", { email: input.email, password: input.password, redirect: false });
        router.push("/articles");
      },
    );
  }

  const fieldErrors = failure?.fieldErrors ?? {};
  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900" noValidate>
      <h1 className="text-lg font-semibold">{t("signUpTitle")}</h1>
      {failure && !failure.fieldErrors ? <Alert tone="error">{failure.error}</Alert> : null}
      <Field label={t("name")} name="name" autoComplete="name" required autoFocus errors={fieldErrors.name} />
      <Field label={t("email")} name="email" type="email" autoComplete="email" required errors={fieldErrors.email} />
      <Field label={t("password")} name="password" type="password" autoComplete="new-password" required hint={t("passwordHint")} errors={fieldErrors.password} />
      <Field label={t("teamName")} name="teamName" required hint={t("teamNameHint")} errors={fieldErrors.teamName} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("signingUp") : t("signUp")}
      </Button>
      <p className="text-center text-sm text-stone-600 dark:text-stone-400">
        {t("haveAccount")}{" "}
        <Link href="/login" className="font-medium text-accent-600 hover:underline">
          {t("signIn")}
        </Link>
      </p>
    </form>
  );
}
