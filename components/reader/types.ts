import type { VerdictActions, VerdictView } from "@/components/verdicts/types";
import type { ActionResult } from "@/lib/actions/result";

export type ClaimView = {
  id: string;
  groupId: string;
  start: number;
  end: number;
  text: string;
  kind: string;
  checkworthiness: number;
  signals: string[];
  /** The verdict of the claim's group (shared with every claim stating the same thing). */
  verdict: VerdictView;
};

export type BoilerplateView = { id: string; start: number; end: number; reason: string; included: boolean };

type Act<I, O = unknown> = (input: I) => Promise<ActionResult<O>>;

export type ReaderActions = {
  edit: Act<{ claimId: string; text: string }>;
  split: Act<{ claimId: string; at: number }, { firstId: string; secondId: string }>;
  merge: Act<{ claimIds: [string, string] }, { id: string }>;
  remove: Act<{ claimId: string }>;
  restore: Act<{ claimId: string }>;
  create: Act<{ articleId: string; start: number; end: number }, { id: string }>;
  toggleBoilerplate: Act<{ spanId: string; included: boolean }, { created: number; deleted: number }>;
  link: Act<{ claimId: string; otherClaimId: string; relation: "same" | "contradicts" }, { groupId: string }>;
  unlink: Act<{ claimId: string; otherClaimId: string }>;
  reject: Act<{ claimId: string; otherClaimId: string }>;
} & VerdictActions;
