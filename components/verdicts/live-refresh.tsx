"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useRef } from "react";
import { useToast } from "@/components/ui/toast";

type Change = { id: string; action: string; entityType: string; actor: { id: string | null; label: string | null } };

const POLL_MS = 3_000;

/**
 * Teammates' changes without reloading: polls GET /api/v1/changes with the last ETag
 * (a 304 costs one indexed count), and on a change refreshes the server components of
 * the page; client state such as an open form is kept. The database is the only shared
 * state, so this works across app instances. Polling pauses while the tab is hidden.
 */
export function LiveRefresh({ selfUserId }: { selfUserId: string }) {
  const t = useTranslations("verdicts");
  const router = useRouter();
  const toast = useToast();
  const etag = useRef<string | null>(null);
  // An effect event: the poll loop calls it without restarting when the translator changes.
  const announce = useEffectEvent((change: Change) => {
    const action = t.has(`live.actions.${change.action}`) ? t(`live.actions.${change.action}` as "live.actions.verdict") : t("live.actions.other");
    toast({ message: t("live.changed", { name: change.actor.label ?? t("history.someone"), action }), tone: "info", durationMs: 8_000 });
  });

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
              if (latest && latest.actor.id !== selfUserId) announce(latest);
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

  return null;
}
