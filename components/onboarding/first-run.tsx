"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Props = { canEdit: boolean; loadDemo: (input: Record<string, never>) => Promise<ActionResult<{ imported: number }>> };

const STEPS = ["import", "split", "check"] as const;
const SHORTCUTS = [
  ["j / k", "next"],
  ["s / m", "split"],
  ["e", "edit"],
  ["?", "help"],
] as const;

/** An empty team's first screen: what Claimdesk does, and the quickest way to try it. */
export function FirstRun({ canEdit, loadDemo }: Props) {
  const t = useTranslations("onboarding");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="first-run-title" className="rounded-lg border border-stone-200 bg-white p-6 dark:border-stone-800 dark:bg-stone-900">
      <h2 id="first-run-title" className="text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 max-w-2xl text-sm text-stone-600 dark:text-stone-400">{t("intro")}</p>
      <ol className="mt-5 grid gap-4 sm:grid-cols-3">
        {STEPS.map((step, index) => (
          <li key={step} className="rounded-md border border-stone-200 p-4 dark:border-stone-700">
            <p className="text-xs font-semibold text-accent-600">{t("stepNumber", { number: index + 1 })}</p>
            <p className="mt-1 font-medium">{t(`steps.${step}.title`)}</p>
            <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{t(`steps.${step}.body`)}</p>
          </li>
        ))}
      </ol>
      {error ? <div className="mt-4"><Alert tone="error">{error}</Alert></div> : null}
      {canEdit ? (
        <div className="mt-5 flex flex-wrap items-center gap-3">
          <Button
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const result = await loadDemo({});
                if (!result.ok) return setError(result.error);
                router.refresh();
              })
            }
          >
            {pending ? t("loadingDemo") : t("loadDemo")}
          </Button>
          <Link href="/import" className={buttonClass("secondary")}>{t("importOwn")}</Link>
        </div>
      ) : (
        <p className="mt-5 text-sm text-stone-600 dark:text-stone-400">{t("viewer")}</p>
      )}
      <div className="mt-6 border-t border-stone-200 pt-4 dark:border-stone-700">
        <h3 className="text-xs font-semibold tracking-wide text-stone-500 uppercase">{t("shortcutsTitle")}</h3>
        <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          {SHORTCUTS.map(([keys, action]) => (
            <div key={action} className="flex gap-2">
              <dt><kbd className="rounded border border-stone-300 bg-stone-50 px-1.5 font-mono text-xs dark:border-stone-600 dark:bg-stone-800">{keys}</kbd></dt>
              <dd className="text-stone-600 dark:text-stone-400">{t(`shortcuts.${action}`)}</dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
