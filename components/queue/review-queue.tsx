"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useShortcutKeys } from "@/components/ui/use-shortcut-keys";
import { useToast } from "@/components/ui/toast";
import { KeyHelpDialog } from "@/components/ui/key-help-dialog";
import { resetVerdict, VERDICT_SHORTCUTS, verdictKeyAction } from "@/components/verdicts/keys";
import type { VerdictEditing } from "@/components/verdicts/types";
import { VerdictPanel } from "@/components/verdicts/verdict-panel";
import { QueueRow } from "./queue-row";
import type { QueueActions, QueueItemView, Teammate } from "./types";
import { httpUrlOrNull } from "@/lib/text/url";

type Props = {
  items: QueueItemView[];
  teammates: Teammate[];
  selfUserId: string;
  canEdit: boolean;
  actions: QueueActions;
  /** The next page of the same filters, if any: j on the last claim goes there. */
  nextHref: string | null;
  /** 1-based number of the first item (claims on earlier pages). */
  offset: number;
};

type Status = { tone: "ok" | "error"; message: string };

const QUEUE_KEYS = [
  { keys: ["j", "↓"], action: "next" },
  { keys: ["k", "↑"], action: "previous" },
  ...VERDICT_SHORTCUTS,
  { keys: ["o"], action: "source" },
  { keys: ["r"], action: "reader" },
  { keys: ["a"], action: "assign" },
  { keys: ["Esc"], action: "cancel" },
  { keys: ["?"], action: "help" },
] as const;

/**
 * The review loop: one claim is current; the keyboard moves through the list, opens the
 * verdict or evidence form under the current claim, and after each verdict goes on to
 * the next claim, so a whole article can be reviewed without the mouse.
 */
export function ReviewQueue({ items, teammates, selfUserId, canEdit, actions, nextHref, offset }: Props) {
  const t = useTranslations("queue");
  const tv = useTranslations("verdicts");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [selected, setSelected] = useState<{ id: string | null; index: number }>({ id: items[0]?.id ?? null, index: 0 });
  const [editing, setEditing] = useState<VerdictEditing>(null);
  const toast = useToast();
  const setStatus = (status: Status) => toast({ message: status.message, tone: status.tone === "error" ? "error" : "success" });
  const [helpOpen, setHelpOpen] = useState(false);
  const rows = useRef(new Map<string, HTMLLIElement>());

  // After a refresh the current claim may have left the list (e.g. filtered by status):
  // stay at the same position, on the claim now there, instead of jumping to the top.
  const found = items.findIndex((item) => item.id === selected.id);
  const index = found >= 0 ? found : Math.min(selected.index, items.length - 1);
  const current = items[index] ?? null;
  // Adjusted while rendering (not in an effect): React re-renders at once, before painting.
  if (current && (current.id !== selected.id || index !== selected.index)) setSelected({ id: current.id, index });

  const select = useCallback((id: string, at: number) => {
    setSelected({ id, index: at });
    setEditing(null);
    requestAnimationFrame(() => rows.current.get(id)?.scrollIntoView({ block: "nearest" }));
  }, []);

  const move = useCallback(
    (step: 1 | -1) => {
      const next = items[index + step];
      if (next) select(next.id, index + step);
      else if (step === 1 && nextHref) router.push(nextHref);
    },
    [index, items, nextHref, router, select],
  );

  const saved = (message: string, kind: "verdict" | "evidence") => {
    setStatus({ tone: "ok", message });
    setEditing(null);
    router.refresh();
    if (kind === "verdict") move(1);
  };

  const assign = (item: QueueItemView, assigneeId: string | null) =>
    startTransition(async () => {
      const result = await actions.assign({ claimId: item.id, assigneeId });
      if (!result.ok) return setStatus({ tone: "error", message: result.error });
      const name = teammates.find((mate) => mate.id === assigneeId)?.name;
      setStatus({ tone: "ok", message: name ? t("assigned", { name }) : t("unassignedDone") });
      router.refresh();
    });

  useShortcutKeys((key) => {
    if (key === "?") return setHelpOpen((open) => !open), true;
    if (key === "Escape") return helpOpen ? setHelpOpen(false) : setEditing(null), true;
    if (helpOpen) return false;
    if (key === "j" || key === "ArrowDown") return move(1), true;
    if (key === "k" || key === "ArrowUp") return move(-1), true;
    if (!current) return false;
    if (key === "r") return router.push(`/articles/${current.articleId}?claim=${current.id}`), true;
    if (key === "o") {
      const url = httpUrlOrNull(current.url);
      if (url) window.open(url, "_blank", "noopener,noreferrer");
      else setStatus({ tone: "error", message: t("row.noSource") });
      return true;
    }
    const verdictKey = verdictKeyAction(key);
    if (verdictKey === "history") return router.push(`/articles/${current.articleId}/history?claim=${current.id}`), true;
    if (!canEdit || pending || editing) return false;
    if (key === "a") return assign(current, current.assigneeId === selfUserId ? null : selfUserId), true;
    if (verdictKey === "reset") {
      startTransition(async () => {
        const result = await resetVerdict(actions, current.id, current.verdict);
        if (result.ok) saved(t("savedUnverified"), "verdict");
        else setStatus({ tone: "error", message: result.error });
      });
      return true;
    }
    if (verdictKey) return setEditing(verdictKey), true;
    return false;
  });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-stone-600 dark:text-stone-400">{canEdit ? t("keysHint") : t("readOnly")}</p>
        <Button size="sm" variant="ghost" onClick={() => setHelpOpen(true)}>{t("shortcutsButton")}</Button>
      </div>
      <ol aria-label={t("listLabel")} className="space-y-0.5 rounded-lg border border-stone-200 bg-white p-1 dark:border-stone-800 dark:bg-stone-900">
        {items.map((item, i) => (
          <QueueRow
            key={item.id}
            ref={(node) => { if (node) rows.current.set(item.id, node); else rows.current.delete(item.id); }}
            item={item}
            number={offset + i}
            current={item.id === current?.id}
            teammates={teammates}
            selfUserId={selfUserId}
            canEdit={canEdit}
            busy={pending}
            onSelect={() => select(item.id, i)}
            onAssign={(assigneeId) => assign(item, assigneeId)}
          >
            <VerdictPanel
              claimId={item.id}
              verdict={item.verdict}
              canEdit={canEdit}
              editing={editing}
              onEditingChange={setEditing}
              actions={actions}
              onSaved={(message, _summary, kind) => saved(message, kind)}
              onError={(message) => setStatus({ tone: "error", message })}
              historyHref={`/articles/${item.articleId}/history?claim=${item.id}`}
              selfUserId={selfUserId}
            />
          </QueueRow>
        ))}
      </ol>
      <KeyHelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} title={t("shortcuts")} closeLabel={tv("close")} items={QUEUE_KEYS.map((item) => ({ keys: item.keys, label: t(`keys.${item.action}`) }))} />
    </div>
  );
}
