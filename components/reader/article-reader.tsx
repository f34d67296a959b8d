"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useShortcutKeys } from "@/components/ui/use-shortcut-keys";
import { useToast } from "@/components/ui/toast";
import { resetVerdict, verdictKeyAction } from "@/components/verdicts/keys";
import type { VerdictEditing } from "@/components/verdicts/types";
import { VerdictPanel } from "@/components/verdicts/verdict-panel";
import type { ActionResult } from "@/lib/actions/result";
import { ArticleText } from "./article-text";
import { ClaimItem, type ClaimMode } from "./claim-item";
import { MatchesPanel } from "./matches-panel";
import { ShortcutsDialog } from "./shortcuts-dialog";
import type { BoilerplateView, ClaimView, ReaderActions } from "./types";

type Props = {
  articleId: string;
  text: string;
  claims: ClaimView[];
  deletedClaims: ClaimView[];
  boilerplate: BoilerplateView[];
  canEdit: boolean;
  initialClaimId: string | null;
  actions: ReaderActions;
  selfUserId: string;
};

type Status = { tone: "ok" | "error"; message: string; undoClaimId?: string } | null;

export function ArticleReader({ articleId, text, claims, deletedClaims, boilerplate, canEdit, initialClaimId, actions, selfUserId }: Props) {
  const t = useTranslations("reader");
  const tv = useTranslations("verdicts");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [order, setOrder] = useState<"text" | "checkworthy">("text");
  const [selectedId, setSelectedId] = useState<string | null>(initialClaimId ?? claims[0]?.id ?? null);
  const [mode, setMode] = useState<ClaimMode>("idle");
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  // Outcomes go to the shared toasts; the last deletion stays undoable with "u".
  const toast = useToast();
  const [undoClaimId, setUndoClaimId] = useState<string | null>(null);
  const restoreRef = useRef<(claimId: string) => void>(() => undefined);
  const setStatus = useCallback(
    (status: Status) => {
      if (!status) return;
      const undo = status.undoClaimId;
      if (status.tone === "ok") setUndoClaimId(undo ?? null);
      toast({
        message: status.message,
        tone: status.tone === "error" ? "error" : "success",
        action: undo ? { label: t("undo"), run: () => restoreRef.current(undo) } : undefined,
      });
    },
    [toast, t],
  );
  const [helpOpen, setHelpOpen] = useState(false);
  const [verdictEditing, setVerdictEditing] = useState<VerdictEditing>(null);
  const itemRefs = useRef(new Map<string, HTMLLIElement>());

  const ordered = useMemo(
    () => (order === "text" ? claims : [...claims].sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start)),
    [claims, order],
  );
  const numberOf = useMemo(() => new Map(claims.map((claim, index) => [claim.id, index + 1])), [claims]);
  const selected = claims.find((claim) => claim.id === selectedId) ?? null;
  const nextInText = selected ? claims[claims.indexOf(selected) + 1] : undefined;

  const select = useCallback((id: string | null) => {
    setSelectedId(id);
    setMode("idle");
    setVerdictEditing(null);
    if (!id) return;
    requestAnimationFrame(() => {
      itemRefs.current.get(id)?.scrollIntoView({ block: "nearest" });
      document.getElementById(`claim-text-${id}`)?.scrollIntoView({ block: "nearest" });
    });
  }, []);

  /** Runs an action, reports its outcome, refreshes the server data, then selects. */
  const run = useCallback(
    <T,>(call: () => Promise<ActionResult<T>>, success: (data: T) => Status, then?: (data: T) => string | null | undefined) => {
      startTransition(async () => {
        const result = await call();
        if (!result.ok) {
          setStatus({ tone: "error", message: result.error });
          return;
        }
        setStatus(success(result.data));
        setMode("idle");
        router.refresh();
        const next = then?.(result.data);
        if (next !== undefined) select(next);
      });
    },
    [router, select, setStatus],
  );

  const move = useCallback(
    (step: 1 | -1) => {
      if (ordered.length === 0) return;
      const index = ordered.findIndex((claim) => claim.id === selectedId);
      const next = ordered[Math.min(ordered.length - 1, Math.max(0, index === -1 ? 0 : index + step))];
      select(next?.id ?? null);
    },
    [ordered, selectedId, select],
  );

  const commands = {
    remove: (claim: ClaimView) => {
      const neighbour = claims[claims.indexOf(claim) + 1] ?? claims[claims.indexOf(claim) - 1];
      run(() => actions.remove({ claimId: claim.id }), () => ({ tone: "ok", message: t("deleted"), undoClaimId: claim.id }), () => neighbour?.id ?? null);
    },
    restore: (claimId: string) => {
      setUndoClaimId(null);
      run(() => actions.restore({ claimId }), () => ({ tone: "ok", message: t("restored") }), () => claimId);
    },
    merge: (claim: ClaimView, next: ClaimView) =>
      run(() => actions.merge({ claimIds: [claim.id, next.id] }), () => ({ tone: "ok", message: t("mergeDone") }), (data) => data.id),
    resetVerdict: (claim: ClaimView) =>
      run(() => resetVerdict(actions, claim.id, claim.verdict), () => ({ tone: "ok", message: tv("saved.unverified") })),
    addSelection: () => {
      if (!selection) return;
      run(() => actions.create({ articleId, ...selection }), () => ({ tone: "ok", message: t("created") }), (data) => {
        setSelection(null);
        window.getSelection()?.removeAllRanges();
        return data.id;
      });
    },
  };

  useEffect(() => {
    restoreRef.current = commands.restore;
  });

  useShortcutKeys((key) => {
    if (key === "?") return setHelpOpen((open) => !open), true;
    // Escape closes the help first (preventing its default would keep the dialog open); keys wait while it is open.
    if (key === "Escape") return helpOpen ? setHelpOpen(false) : (setMode("idle"), setVerdictEditing(null)), true;
    if (helpOpen) return false;
    if (key === "j" || key === "ArrowDown") return move(1), true;
    if (key === "k" || key === "ArrowUp") return move(-1), true;
    const verdictKey = verdictKeyAction(key);
    if (verdictKey === "history" && selected) return router.push(`/articles/${articleId}/history?claim=${selected.id}`), true;
    if (!canEdit || pending || verdictEditing) return false;
    if (verdictKey === "reset") return selected ? (commands.resetVerdict(selected), true) : false;
    if (typeof verdictKey === "object" && selected) return setMode("idle"), setVerdictEditing(verdictKey), true;
    if (key === "a" && selection) return commands.addSelection(), true;
    if (key === "u" && undoClaimId) return commands.restore(undoClaimId), true;
    if (!selected) return false;
    if (key === "e") return setMode("edit"), true;
    if (key === "s") return setMode("split"), true;
    if (key === "m" && nextInText) return commands.merge(selected, nextInText), true;
    if (key === "x" || key === "Delete") return commands.remove(selected), true;
    return false;
  });

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_26rem]">
      <section className="rounded-lg border border-stone-200 bg-white px-6 py-5 dark:border-stone-800 dark:bg-stone-900">
        <ArticleText
          text={text}
          claims={claims}
          boilerplate={boilerplate}
          selectedId={selectedId}
          canEdit={canEdit}
          busy={pending}
          onSelectClaim={select}
          onSelectText={canEdit ? setSelection : () => undefined}
          onToggleBoilerplate={(part) =>
            run(
              () => actions.toggleBoilerplate({ spanId: part.id, included: !part.included }),
              (data) => ({ tone: "ok", message: part.included ? t("excluded") : t("included", { created: data.created }) }),
            )
          }
        />
      </section>

      <aside aria-label={t("claimsLabel")} className="space-y-3 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
        <div className="flex items-center justify-between gap-2">
          <h2 className="text-sm font-semibold">{t("claimsLabel")} <span className="font-normal text-stone-500">({claims.length})</span></h2>
          <div className="flex items-center gap-2">
            <label className="text-xs text-stone-600 dark:text-stone-400">
              <span className="sr-only">{t("sortLabel")}</span>
              <select value={order} onChange={(e) => setOrder(e.target.value as "text" | "checkworthy")} className="rounded border border-stone-300 bg-white px-1.5 py-0.5 text-xs dark:border-stone-700 dark:bg-stone-900">
                <option value="text">{t("sortText")}</option>
                <option value="checkworthy">{t("sortCheckworthy")}</option>
              </select>
            </label>
            <Button size="sm" variant="ghost" onClick={() => setHelpOpen(true)}>{t("shortcutsButton")}</Button>
          </div>
        </div>

        {!canEdit ? <p className="text-xs text-stone-500">{t("readOnly")}</p> : null}
        {canEdit ? (
          <div className="rounded-md border border-dashed border-stone-300 px-3 py-2 text-xs dark:border-stone-700">
            {selection ? (
              <div className="flex items-center justify-between gap-2">
                <span className="line-clamp-2 italic">« {text.slice(selection.start, selection.end).trim()} »</span>
                <Button size="sm" disabled={pending} onClick={commands.addSelection}>{t("addClaim")} <kbd className="opacity-70">a</kbd></Button>
              </div>
            ) : (
              <span className="text-stone-500">{t("noSelectionHint")}</span>
            )}
          </div>
        ) : null}

        {claims.length === 0 ? <p className="text-sm text-stone-500">{t("empty")}</p> : null}
        <ol className="space-y-0.5">
          {ordered.map((claim) => (
            <ClaimItem
              key={`${claim.id}:${claim.start}:${claim.end}:${claim.text}`}
              ref={(node) => { if (node) itemRefs.current.set(claim.id, node); else itemRefs.current.delete(claim.id); }}
              claim={claim}
              number={numberOf.get(claim.id) ?? 0}
              sourceText={text.slice(claim.start, claim.end)}
              articleText={text}
              selected={claim.id === selectedId}
              mode={mode}
              canEdit={canEdit}
              canMerge={claim.id === selectedId && Boolean(nextInText)}
              busy={pending}
              onSelect={() => select(claim.id)}
              onMode={setMode}
              onSave={(value) => run(() => actions.edit({ claimId: claim.id, text: value }), () => ({ tone: "ok", message: t("saved") }))}
              onSplit={(at) => run(() => actions.split({ claimId: claim.id, at }), () => ({ tone: "ok", message: t("splitDone") }), (data) => data.firstId)}
              onMerge={() => nextInText && commands.merge(claim, nextInText)}
              onDelete={() => commands.remove(claim)}
              verdict={
                <VerdictPanel
                  claimId={claim.id}
                  verdict={claim.verdict}
                  canEdit={canEdit}
                  editing={verdictEditing}
                  onEditingChange={setVerdictEditing}
                  actions={actions}
                  onSaved={(message) => {
                    setStatus({ tone: "ok", message });
                    setVerdictEditing(null);
                    router.refresh();
                  }}
                  onError={(message) => setStatus({ tone: "error", message })}
                  historyHref={`/articles/${articleId}/history?claim=${claim.id}`}
                  selfUserId={selfUserId}
                />
              }
            >
              <MatchesPanel
                claimId={claim.id}
                groupId={claim.groupId}
                canEdit={canEdit}
                busy={pending}
                actions={actions}
                onChanged={(message, undo) => {
                  toast({ message, tone: "success", action: undo ? { label: t("undo"), run: undo } : undefined });
                  router.refresh();
                }}
                onError={(message) => setStatus({ tone: "error", message })}
              />
            </ClaimItem>
          ))}
        </ol>

        {deletedClaims.length > 0 ? (
          <details className="rounded-md border border-stone-200 px-3 py-2 text-sm dark:border-stone-800">
            <summary className="cursor-pointer text-xs text-stone-600 dark:text-stone-400">{t("deletedLabel", { count: deletedClaims.length })}</summary>
            <ul className="mt-2 space-y-1.5">
              {deletedClaims.map((claim) => (
                <li key={claim.id} className="flex items-start justify-between gap-2">
                  <span className="text-stone-500 line-through">{claim.text}</span>
                  {canEdit ? <Button size="sm" variant="secondary" disabled={pending} onClick={() => commands.restore(claim.id)}>{t("restore")}</Button> : null}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </aside>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
