"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { CreateTeamForm } from "@/components/team/create-team-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

export function NoTeam({ name, email, create }: { name: string; email: string; create: (input: { name: string }) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations("account");
  const tNav = useTranslations("nav");
  return (
    <div className="space-y-4 rounded-lg border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <h1 className="text-lg font-semibold">{t("noTeam.title")}</h1>
      <p className="text-sm text-stone-600 dark:text-stone-400">{t("noTeam.body", { name, email })}</p>
      <CreateTeamForm create={create} />
      <Button variant="ghost" onClick={() => signOut({ callbackUrl: "/login" })}>
        {tNav("signOut")}
      </Button>
    </div>
  );
}
