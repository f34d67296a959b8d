import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/account/password-form";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { Section } from "@/components/team/section";
import { requireTeamContext } from "@/lib/auth/context";
import { changePasswordAction, signOutEverywhereAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const context = await requireTeamContext();
  const t = await getTranslations("account");
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{t("signedInAs", { name: context.userName, email: context.email })}</p>
      </div>
      <Section title={t("password.title")} description={t("password.description")}>
        <PasswordForm email={context.email} changePassword={changePasswordAction} />
      </Section>
      <Section title={t("everywhere.title")} description={t("everywhere.description")}>
        <SignOutEverywhere signOutEverywhere={signOutEverywhereAction} />
      </Section>
    </div>
  );
}
