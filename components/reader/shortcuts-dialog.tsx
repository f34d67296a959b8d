"use client";
import { useTranslations } from "next-intl";
import { KeyHelpDialog } from "@/components/ui/key-help-dialog";
import { VERDICT_SHORTCUTS } from "@/components/verdicts/keys";

const READER_SHORTCUTS = [
  { keys: ["j", "↓"], action: "next" },
  { keys: ["k", "↑"], action: "previous" },
  { keys: ["e"], action: "edit" },
  { keys: ["s"], action: "split" },
  { keys: ["m"], action: "merge" },
  { keys: ["x", "Del"], action: "delete" },
  { keys: ["u"], action: "undo" },
  { keys: ["a"], action: "add" },
  { keys: ["Esc"], action: "cancel" },
  { keys: ["?"], action: "help" },
] as const;

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useTranslations("reader");
  const tv = useTranslations("verdicts");
  const items = [
    ...READER_SHORTCUTS.map((shortcut) => ({ keys: shortcut.keys, label: t(`keys.${shortcut.action}`) })),
    ...VERDICT_SHORTCUTS.map((shortcut) => ({ keys: shortcut.keys, label: tv(`keys.${shortcut.action}`) })),
  ];
  return <KeyHelpDialog open={open} onClose={onClose} title={t("shortcuts")} closeLabel={t("close")} items={items} />;
}
