"use client";
import Link from "next/link";
import { signIn, signOut } from "next-auth/react";
import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/result";

type Invitation = { teamName: string; role: "owner" | "editor" | "viewer"; email: string | null; status: "pending" | "expired" | "accepted"; expiresAt: string };
type SignUpInput = { token: string; name: string; email: string; password: string };
type Props = {
  token: string;
  invitation: Invitation;
  user: { name: string; email: string } | null;
  alreadyMember: boolean;
  accept: (input: { token: string }) => Promise<ActionResult<unknown>>;
  signUp: (input: SignUpInput) => Promise<ActionResult<unknown>>;
};

const card = "space-y-4 rounded-lg border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900";

export function InvitationView({ token, invitation, user, alreadyMember, accept, signUp }: Props) {
  const t = useTranslations("invite");
  const tTeam = useTranslations("team");
  const tAuth = useTranslations("auth");
  const format = useFormatter();
  const { pending, failure, run } = useAction();
  const role = tTeam(`roles.${invitation.role}`);
  const heading = (
    <>
      <h1 className="text-lg font-semibold">{t("page.title", { team: invitation.teamName })}</h1>
      <p className="text-sm text-stone-600 dark:text-stone-400">{t("page.role", { role })} {tTeam(`roleHelp.${invitation.role}`)}</p>
    </>
  );

  if (invitation.status !== "pending") {
    return (
      <div className={card}>
        <h1 className="text-lg font-semibold">{t(`page.${invitation.status}Title`)}</h1>
        <p className="text-sm text-stone-600 dark:text-stone-400">{t(`page.${invitation.status}Body`)}</p>
        <Link href="/login" className={buttonClass("secondary")}>{tAuth("signIn")}</Link>
      </div>
    );
  }

  if (user) {
    const wrongAccount = invitation.email !== null && invitation.email !== user.email;
    return (
      <div className={card}>
        {heading}
        {failure ? <Alert tone="error">{failure.error}</Alert> : null}
        {alreadyMember ? (
          <>
            <Alert>{t("page.alreadyMember")}</Alert>
            <Link href="/articles" className={buttonClass("primary")}>{t("page.open")}</Link>
          </>
        ) : wrongAccount ? (
          <>
            <Alert tone="error">{t("page.otherAccount", { email: invitation.email!, current: user.email })}</Alert>
            <Button variant="secondary" onClick={() => signOut({ callbackUrl: `/invite/${token}` })}>{t("page.switchAccount")}</Button>
          </>
        ) : (
          <>
            <p className="text-sm">{t("page.signedInAs", { name: user.name, email: user.email })}</p>
            <Button
              className="w-full"
              disabled={pending}
              onClick={() => run(() => accept({ token }), () => window.location.assign("/articles"), { leavesPage: true })}
            >
              {pending ? t("page.joining") : t("page.join", { team: invitation.teamName })}
            </Button>
          </>
        )}
      </div>
    );
  }

  function onSignUp(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { token, name: String(form.get("name") ?? ""), email: invitation.email ?? String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    run(
      () => signUp(input),
      async () => {
        await signIn("credentials", { email: input.email, password: input.password, redirect: false });
        window.location.assign("/articles");
      },
      { leavesPage: true },
    );
  }

  const fieldErrors = failure?.fieldErrors ?? {};
  return (
    <div className="space-y-4">
      <div className={card}>
        {heading}
        <p className="text-xs text-stone-500 dark:text-stone-400">
          {t("page.expires", { date: format.dateTime(new Date(invitation.expiresAt), { dateStyle: "medium", timeStyle: "short" }) })}
        </p>
        <Link href={`/login?next=${encodeURIComponent(`/invite/${token}`)}`} className={`${buttonClass("secondary")} w-full`}>
          {t("page.signInToJoin")}
        </Link>
      </div>
      <form onSubmit={onSignUp} className={card} noValidate>
        <h2 className="text-base font-semibold">{t("page.newAccount")}</h2>
        {failure && !failure.fieldErrors ? <Alert tone="error">{failure.error}</Alert> : null}
        <Field label={tAuth("name")} name="name" autoComplete="name" required errors={fieldErrors.name} />
        {invitation.email ? (
          <Field label={tAuth("email")} name="email" type="email" value={invitation.email} readOnly hint={t("page.emailFixed")} />
        ) : (
          <Field label={tAuth("email")} name="email" type="email" autoComplete="email" required errors={fieldErrors.email} />
        )}
        <Field label={tAuth("password")} name="password" type="password" autoComplete="new-password" required hint={tAuth("passwordHint")} errors={fieldErrors.password} />
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? t("page.joining") : t("page.createAndJoin")}
        </Button>
      </form>
    </div>
  );
}
