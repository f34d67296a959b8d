"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

export function SignOutEverywhere({ signOutEverywhere }: { signOutEverywhere: (input: Record<string, never>) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations("account");
  const tTeam = useTranslations("team");
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setPending(true);
    const result = await signOutEverywhere({});
    if (!result.ok) {
      setPending(false);
      setError(result.error);
      return;
    }
    await signOut({ callbackUrl: "/login" });
  }

  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-stone-700 dark:text-stone-300">{t("everywhere.confirm")}</span>
          <Button variant="danger" disabled={pending} onClick={run}>
            {t("everywhere.confirmButton")}
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            {tTeam("cancel")}
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t("everywhere.button")}
        </Button>
      )}
    </div>
  );
}
