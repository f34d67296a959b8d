"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export function LoginForm({ next, demo }: { next: string; demo: { email: string; password: string } | null }) {
  const t = useTranslations("auth");
  const tAccount = useTranslations("account");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.push(next);
      router.refresh();
      return;
    }
    setPending(false);
    // Same message for an unknown e-mail and a wrong password; throttling says so.
    setError(result?.error === "throttled" ? tAccount("throttled") : t("badCredentials"));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded-lg border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900" noValidate>
      <h1 className="text-lg font-semibold">{t("signInTitle")}</h1>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {demo ? <Alert>{t("demoHint", demo)}</Alert> : null}
      <Field label={t("email")} name="email" type="email" autoComplete="email" required autoFocus />
      <Field label={t("password")} name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("signingIn") : t("signIn")}
      </Button>
      <p className="text-center text-sm text-stone-600 dark:text-stone-400">
        {t("noAccount")}{" "}
        <Link href="/signup" className="font-medium text-accent-600 hover:underline">
          {t("createTeam")}
        </Link>
      </p>
    </form>
  );
}
