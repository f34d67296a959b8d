"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

/** What error.tsx shows: a calm explanation, a retry that re-renders the segment, a way out. */
export function ErrorView({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("states.error");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    console.error(error);
    heading.current?.focus();
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-md px-4 py-16 text-center">
      <p aria-hidden className="mx-auto flex size-9 items-center justify-center rounded-full bg-red-50 text-lg font-semibold text-red-700 dark:bg-red-950 dark:text-red-300">!</p>
      <h1 ref={heading} tabIndex={-1} className="mt-3 text-xl font-semibold focus:outline-none">{t("title")}</h1>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{t("body")}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-2">
        <Button onClick={reset}>{t("retry")}</Button>
        <Link href="/articles" className="inline-flex items-center rounded-md px-3.5 py-2 text-sm font-medium text-accent-600 hover:underline dark:text-accent-100">
          {t("back")}
        </Link>
      </div>
      {error.digest ? <p className="mt-6 font-mono text-xs text-stone-500">{t("reference", { digest: error.digest })}</p> : null}
    </div>
  );
}
