// The verdict keys shared by the reader and the review queue (and their help dialogs).
import type { VerdictStatus } from "./rules";

export const VERDICT_SHORTCUTS = [
  { keys: ["c"], action: "corroborate" },
  { keys: ["d"], action: "dispute" },
  { keys: ["n"], action: "unverify" },
  { keys: ["p"], action: "evidence" },
  { keys: ["h"], action: "history" },
] as const;

/** Open the verdict form on a status, open the evidence form, reset at once, or go to the history. */
export type VerdictKey = { kind: "verdict"; status: VerdictStatus } | { kind: "evidence" } | "reset" | "history";

// n ("not verified", "non vérifié") resets at once: it needs no rationale.
const KEY_ACTIONS: Record<(typeof VERDICT_SHORTCUTS)[number]["action"], VerdictKey> = {
  corroborate: { kind: "verdict", status: "corroborated" },
  dispute: { kind: "verdict", status: "disputed" },
  unverify: "reset",
  evidence: { kind: "evidence" },
  history: "history",
};

/** What a key press asks of the selected claim's verdict, or undefined for other keys. */
export function verdictKeyAction(key: string): VerdictKey | undefined {
  const shortcut = VERDICT_SHORTCUTS.find((candidate) => (candidate.keys as readonly string[]).includes(key));
  return shortcut ? KEY_ACTIONS[shortcut.action] : undefined;
}
