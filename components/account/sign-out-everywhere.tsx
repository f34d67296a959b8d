"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InlineConfirm } from "@/components/ui/inline-confirm";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/result";

export function SignOutEverywhere({ signOutEverywhere }: { signOutEverywhere: (input: Record<string, never>) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations("account");
  const tTeam = useTranslations("team");
  const [confirming, setConfirming] = useState(false);
  const { pending, failure, run } = useAction();

  return (
    <div className="space-y-3">
      {failure ? <Alert tone="error">{failure.error}</Alert> : null}
      {confirming ? (
        <InlineConfirm
          className="flex flex-wrap"
          size="md"
          message={t("everywhere.confirm")}
          confirmLabel={t("everywhere.confirmButton")}
          cancelLabel={tTeam("cancel")}
          disabled={pending}
          onConfirm={() => run(() => signOutEverywhere({}), () => signOut({ callbackUrl: "/login" }), { leavesPage: true })}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t("everywhere.button")}
        </Button>
      )}
    </div>
  );
}
