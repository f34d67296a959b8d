import type { VerdictStatus } from "@/lib/verdicts/rules";

// Green and red differ in lightness too (and the legend, tooltips and tables carry the
// words), so the charts do not rely on telling red from green.
export const STATUS_FILL: Record<VerdictStatus, string> = {
  corroborated: "#047857",
  disputed: "#ef4444",
  unverified: "#d6d3d1",
};

export const STATUS_ORDER: VerdictStatus[] = ["corroborated", "disputed", "unverified"];
