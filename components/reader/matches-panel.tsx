"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Highlighted } from "./highlight";
import type { ReaderActions } from "./types";

type Reason = { kind: string; key: string; label: string; a: string; b: string; bSpan: { start: number; end: number } };
type Contradiction = { kind: string; label: string; a: string; b: string };
type Match = { claimId: string; score: number; text: string; article: { title: string; outlet: string | null }; reasons: Reason[]; contradictions: Contradiction[]; articleId: string };
type Statement = { id: string; text: string; article: { id: string; title: string; outlet: string | null } };
type Loaded = { matches: Match[]; linked: Statement[] };

type Props = { claimId: string; groupId: string; canEdit: boolean; busy: boolean; actions: Pick<ReaderActions, "link" | "unlink" | "reject">; onChanged: (message: string, undo?: () => void) => void; onError: (message: string) => void };

/** Candidates from other articles, loaded from the API so the reader never waits for them. */
export function MatchesPanel({ claimId, groupId, canEdit, busy: readerBusy, actions, onChanged, onError }: Props) {
  const t = useTranslations("matches");
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [reload, setReload] = useState(0);
  // A link, unlink or rejection in flight disables the panel's buttons (no double submit).
  const [working, setWorking] = useState(false);
  const busy = readerBusy || working;

  useEffect(() => {
    const controller = new AbortController();
    setFailed(false);
    Promise.all([
      fetch(`/api/v1/claims/${claimId}/matches?limit=5`, { signal: controller.signal }).then((r) => (r.ok ? r.json() : Promise.reject(r))),
      fetch(`/api/v1/claim-groups/${groupId}`, { signal: controller.signal }).then((r) => (r.ok ? r.json() : Promise.reject(r))),
    ])
      .then(([matches, group]) => setLoaded({ matches: matches.matches, linked: group.group.statements.filter((s: Statement) => s.id !== claimId) }))
      .catch((error) => {
        if (!controller.signal.aborted) setFailed(Boolean(error));
      });
    return () => controller.abort();
  }, [claimId, groupId, reload]);

  async function act(call: () => ReturnType<ReaderActions["reject"]>, message: string, undo?: () => void) {
    setWorking(true);
    const result = await call().finally(() => setWorking(false));
    if (!result.ok) return onError(result.error);
    setReload((n) => n + 1);
    onChanged(message, undo);
  }

  /** Unlinking is undone by linking the same two statements again. */
  const unlink = (otherClaimId: string) =>
    act(() => actions.unlink({ claimId, otherClaimId }), t("unlinked"), () => void act(() => actions.link({ claimId, otherClaimId, relation: "same" }), t("relinked")));

  if (failed) return <p className="px-2.5 pb-2 pl-10 text-xs text-red-700">{t("loadFailed")}</p>;
  if (!loaded) return <p className="px-2.5 pb-2 pl-10 text-xs text-stone-500" aria-busy="true">{t("loading")}</p>;
  return (
    <section aria-label={t("title")} aria-busy={working || undefined} className="space-y-2 px-2.5 pb-3 pl-10">
      {loaded.linked.length > 0 ? (
        <div>
          <h3 className="text-[0.7rem] font-semibold tracking-wide text-stone-500 uppercase">
            {t("linked", { count: loaded.linked.length })} · <Link href={`/groups/${groupId}`} className="font-medium normal-case text-accent-600 hover:underline">{t("openGroup")}</Link>
          </h3>
          <ul className="mt-1 space-y-1">
            {loaded.linked.map((statement) => (
              <li key={statement.id} className="flex items-start justify-between gap-2 text-xs">
                <span><span className="font-medium">{statement.article.outlet ?? statement.article.title}</span> — {statement.text}</span>
                {canEdit ? <Button size="sm" variant="ghost" disabled={busy} onClick={() => unlink(statement.id)}>{t("unlink")}</Button> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <h3 className="text-[0.7rem] font-semibold tracking-wide text-stone-500 uppercase">{t("title")}</h3>
      {loaded.matches.length === 0 ? <p className="text-xs text-stone-500">{t("none")}</p> : null}
      <ol className="space-y-2">
        {loaded.matches.map((match) => (
          <li key={match.claimId} className="rounded border border-stone-200 bg-white p-2 text-xs dark:border-stone-700 dark:bg-stone-900">
            <div className="flex items-center justify-between gap-2 text-stone-500">
              <span className="truncate"><span className="font-medium text-stone-700 dark:text-stone-300">{match.article.outlet ?? t("unknownOutlet")}</span> · {match.article.title}</span>
              <span className="shrink-0 tabular-nums" title={t("scoreHint")}>{t("score", { value: Math.round(match.score * 100) })}</span>
            </div>
            <p className="mt-1 text-sm leading-snug">
              <Highlighted text={match.text} spans={match.reasons.map((r) => r.bSpan)} className="rounded-sm bg-emerald-100 text-inherit dark:bg-emerald-900/60" />
            </p>
            <p className="mt-1 flex flex-wrap gap-1">
              {match.reasons.filter((reason) => !reason.key.startsWith("ns:")).slice(0, 6).map((reason) => (
                <span key={reason.key} title={t(`kinds.${reason.kind}` as "kinds.entity")} className="rounded bg-emerald-50 px-1 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">{reason.b}</span>
              ))}
            </p>
            {match.contradictions.map((c, index) => (
              <p key={index} role="note" className="mt-1 rounded bg-red-50 px-1.5 py-0.5 text-red-800 dark:bg-red-950 dark:text-red-200">
                <span aria-hidden>⚠ </span>{t("differs", { kind: t.has(`kinds.${c.kind}`) ? t(`kinds.${c.kind}` as "kinds.number") : c.kind })} <strong>{c.a}</strong> ≠ <strong>{c.b}</strong>
              </p>
            ))}
            {canEdit ? (
              <div className="mt-1.5 flex flex-wrap gap-1">
                <Button size="sm" disabled={busy} onClick={() => act(() => actions.link({ claimId, otherClaimId: match.claimId, relation: "same" }), t("linkedSame"))}>{t("same")}</Button>
                <Button size="sm" variant="secondary" disabled={busy} onClick={() => act(() => actions.link({ claimId, otherClaimId: match.claimId, relation: "contradicts" }), t("linkedContradicts"))}>{t("contradicts")}</Button>
                <Button size="sm" variant="ghost" disabled={busy} onClick={() => act(() => actions.reject({ claimId, otherClaimId: match.claimId }), t("rejected"))}>{t("reject")}</Button>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
