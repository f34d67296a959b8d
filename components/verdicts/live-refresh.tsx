"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

type Change = { id: string; action: string; entityType: string; actor: { id: string | null; label: string | null } };

const POLL_MS = 3_000;

/**
 * Teammates' changes without reloading: polls GET /api/v1/changes with the last ETag
 * (a 304 costs one indexed count), and on a change refreshes the server components of
 * the page; client state such as an open form is kept. The database is the only shared
 * state, so this works across app instances. Polling pauses while the tab is hidden.
 */
export function LiveRefresh({ selfUserId }: { selfUserId: string }) {
  const t = useTranslations("verdicts.live");
  const router = useRouter();
  const etag = useRef<string | null>(null);
  const [notice, setNotice] = useState<{ name: string; action: string } | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let polling = false;
    const controller = new AbortController();
    async function poll() {
      if (polling) return;
      polling = true;
      clearTimeout(timer);
      if (!document.hidden) {
        try {
          const response = await fetch("/api/v1/changes", {
            cache: "no-store",
            headers: etag.current ? { "If-None-Match": etag.current } : {},
            signal: controller.signal,
          });
          if (response.status === 200) {
            const body = (await response.json()) as { etag: string; latest: Change[] };
            const first = etag.current === null;
            etag.current = body.etag;
            const latest = body.latest[0];
            if (!first) {
              router.refresh();
              if (latest && latest.actor.id !== selfUserId) setNotice({ name: latest.actor.label ?? "?", action: latest.action });
            }
          }
        } catch {
          // Offline or navigating away: try again at the next tick.
        }
      }
      polling = false;
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    }
    poll();
    const onVisible = () => {
      if (!document.hidden) poll();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      controller.abort();
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [router, selfUserId]);

  useEffect(() => {
    if (!notice) return;
    const timeout = setTimeout(() => setNotice(null), 8_000);
    return () => clearTimeout(timeout);
  }, [notice]);

  const action = notice && t.has(`actions.${notice.action}`) ? t(`actions.${notice.action}` as "actions.verdict") : t("actions.other");
  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed right-4 bottom-4 z-40">
      {notice ? (
        <p className="rounded-md border border-sky-200 bg-white px-3 py-2 text-sm shadow-lg dark:border-sky-800 dark:bg-stone-900">
          <span aria-hidden className="mr-1 text-sky-600">↻</span>
          {t("changed", { name: notice.name, action })}
        </p>
      ) : null}
    </div>
  );
}
