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

/**
 * What a key press asks of the selected claim's verdict, or undefined for other keys.
 * n ("not verified", "non vérifié") resets at once: it needs no rationale.
 */
export function verdictKeyAction(key: string): VerdictKey | undefined {
  if (key === "c") return { kind: "verdict", status: "corroborated" };
  if (key === "d") return { kind: "verdict", status: "disputed" };
  if (key === "n") return "reset";
  if (key === "p") return { kind: "evidence" };
  if (key === "h") return "history";
  return undefined;
}
