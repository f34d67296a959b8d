// The shapes every export format is written from. One row is one proposition (a claim
// group) with its verdict and the statements ("sources") that state it; the service
// (lib/services/export.ts) reads them in batches, the pure writers here turn batches
// into text. Nothing in lib/export imports Next or Prisma.

import { VERDICT_STATUSES, type EvidenceKind, type EvidenceStance, type VerdictStatus } from "@/lib/verdicts/rules";

// The verdict's own statuses: an export never has others.
export const EXPORT_STATUSES = VERDICT_STATUSES;
export type ExportStatus = VerdictStatus;
/** "The verified list": what an export holds unless the caller asks otherwise. */
export const DEFAULT_EXPORT_STATUSES: readonly ExportStatus[] = ["corroborated", "disputed"];

export const EXPORT_FORMATS = ["csv", "json", "claimreview"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * status and decided* select propositions by their verdict; the other filters select
 * statements (a claim in an article). A proposition is exported when its verdict matches
 * and at least one of its live statements matches; only matching statements are listed.
 * from/to bound the article's publication day, decidedFrom/decidedTo the verdict's day:
 * UTC calendar days, both ends included. The names are those of the review queue.
 */
export type ExportFilters = {
  status: ExportStatus[];
  articleId?: string;
  outlet?: string;
  language?: string;
  /** A user id, or "none" for statements nobody is assigned to. */
  assignee?: string;
  minCheckworthiness?: number;
  from?: string;
  to?: string;
  decidedFrom?: string;
  decidedTo?: string;
};

export type ExportTeam = { id: string; name: string; publicationBaseUrl: string | null };

/** A statement: a claim in one article, with that article's metadata. */
export type ExportSource = {
  claimId: string;
  articleId: string;
  /** The editor's wording of the statement. */
  text: string;
  start: number;
  end: number;
  /** The article's stored text at [start, end): the exact source sentence. */
  sentence: string;
} & ArticleMeta;

export type ExportEvidence = {
  kind: EvidenceKind;
  stance: EvidenceStance;
  url: string | null;
  title: string | null;
  outlet: string | null;
  note: string | null;
  linkedClaimId: string | null;
  addedAt: Date;
};

export type ExportRow = {
  groupId: string;
  /** The proposition's wording: that of its first listed source. */
  text: string;
  status: ExportStatus;
  rationale: string | null;
  reviewer: { id: string; name: string } | null;
  decidedAt: Date | null;
  evidence: ExportEvidence[];
  contradicts: Array<{ groupId: string; text: string }>;
  /** Oldest article first (publication date, then title, URL, position). Never empty. */
  sources: ExportSource[];
};

export type ExportArticle = {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  author: string | null;
  publishedAt: Date | null;
  language: string;
  text: string;
};

export type ArticleMeta = Omit<ExportArticle, "id" | "text">;

/** A day when the time is midnight UTC (dates entered without a time), else full ISO 8601. */
export function isoDayOrTime(date: Date | null): string | null {
  if (!date) return null;
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

export const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
