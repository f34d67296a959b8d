// Service data → the serialisable props the verdict components take. Runs on the server
// (pages): Markdown is rendered here, so no HTML sanitiser ships to the browser.
import { renderMarkdown } from "./markdown";
import type { EvidenceKind, EvidenceStance, VerdictStatus } from "./rules";
import type { Suggestion } from "./suggest";

export type EvidenceView = {
  id: string;
  kind: EvidenceKind;
  stance: EvidenceStance;
  url: string | null;
  title: string | null;
  outlet: string | null;
  noteHtml: string;
  linkedClaim: { id: string; text: string; articleId: string; articleTitle: string; outlet: string | null; deleted: boolean } | null;
  createdBy: string | null;
  createdAt: string;
};

/** What the verdict service reads for a proposition (lib/services/verdicts.ts getVerdictDetails). */
export type VerdictDetails = {
  id: string;
  status: VerdictStatus;
  version: number;
  rationale: string | null;
  decidedById: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  evidence: Array<{
    id: string;
    kind: EvidenceKind;
    stance: EvidenceStance;
    url: string | null;
    title: string | null;
    outlet: string | null;
    note: string | null;
    linkedClaimId: string | null;
    linkedClaim: { id: string; text: string; deletedAt: Date | null; article: { id: string; title: string; outlet: string | null } } | null;
    createdById: string | null;
    createdBy: string | null;
    createdAt: Date;
  }>;
  sourceCount: number;
  independentSourceCount: number;
  contradictionHints: number;
  contradictingGroups: number;
  suggestion: Suggestion | null;
  lastChange: { by: string | null; byId: string | null; at: Date; action: string } | null;
};

export type VerdictView = {
  groupId: string;
  status: VerdictStatus;
  version: number;
  rationale: string | null;
  rationaleHtml: string;
  decidedBy: string | null;
  decidedAt: string | null;
  evidence: EvidenceView[];
  supportingEvidence: number;
  sourceCount: number;
  independentSourceCount: number;
  contradictionHints: number;
  contradictingGroups: number;
  suggestion: Suggestion | null;
  lastChange: { by: string | null; byId: string | null; at: string; action: string } | null;
};

export function toVerdictView(details: VerdictDetails): VerdictView {
  return {
    groupId: details.id,
    status: details.status,
    version: details.version,
    rationale: details.rationale,
    rationaleHtml: renderMarkdown(details.rationale),
    decidedBy: details.decidedBy,
    decidedAt: details.decidedAt?.toISOString() ?? null,
    evidence: details.evidence.map((item) => ({
      id: item.id,
      kind: item.kind,
      stance: item.stance,
      url: item.url,
      title: item.title,
      outlet: item.outlet,
      noteHtml: renderMarkdown(item.note),
      linkedClaim: item.linkedClaim
        ? { id: item.linkedClaim.id, text: item.linkedClaim.text, articleId: item.linkedClaim.article.id, articleTitle: item.linkedClaim.article.title, outlet: item.linkedClaim.article.outlet, deleted: item.linkedClaim.deletedAt !== null }
        : null,
      createdBy: item.createdBy,
      createdAt: item.createdAt.toISOString(),
    })),
    supportingEvidence: details.evidence.filter((item) => item.stance === "supports").length,
    sourceCount: details.sourceCount,
    independentSourceCount: details.independentSourceCount,
    contradictionHints: details.contradictionHints,
    contradictingGroups: details.contradictingGroups,
    suggestion: details.suggestion,
    lastChange: details.lastChange ? { ...details.lastChange, at: details.lastChange.at.toISOString() } : null,
  };
}

/** A claim without a loaded verdict (e.g. its group vanished in a concurrent merge). */
export function unknownVerdict(groupId: string): VerdictView {
  return {
    groupId, status: "unverified", version: 0, rationale: null, rationaleHtml: "", decidedBy: null, decidedAt: null, evidence: [],
    supportingEvidence: 0, sourceCount: 1, independentSourceCount: 1, contradictionHints: 0, contradictingGroups: 0, suggestion: null, lastChange: null,
  };
}
