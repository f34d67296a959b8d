/** The public JSON shapes of /api/v1 (documented in the README). */
type ArticleRow = {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  author: string | null;
  publishedAt: Date | null;
  language: string;
  createdAt: Date;
};

type ClaimRow = { id: string; articleId: string; text: string; start: number; end: number; kind: string; checkworthiness: number; signals: string[] };
type BoilerplateRow = { id: string; start: number; end: number; reason: string; included: boolean };

export function articleSummaryJson(article: ArticleRow & { claimCount?: number }) {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    author: article.author,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    language: article.language,
    createdAt: article.createdAt.toISOString(),
    ...(article.claimCount === undefined ? {} : { claimCount: article.claimCount }),
  };
}

export function claimJson(claim: ClaimRow) {
  return {
    id: claim.id,
    articleId: claim.articleId,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    kind: claim.kind,
    checkworthiness: claim.checkworthiness,
    signals: claim.signals,
  };
}

export function articleDetailJson(article: ArticleRow & { text: string; claims: ClaimRow[]; boilerplate: BoilerplateRow[] }) {
  return {
    ...articleSummaryJson(article),
    text: article.text,
    claims: article.claims.map(claimJson),
    boilerplate: article.boilerplate.map((span) => ({
      id: span.id,
      start: span.start,
      end: span.end,
      reason: span.reason,
      included: span.included,
    })),
  };
}

// — Verdicts (issue 5) —

type EvidenceRow = {
  id: string;
  kind: string;
  stance: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  note: string | null;
  linkedClaimId: string | null;
  createdById: string | null;
  createdAt: Date;
};

export function evidenceJson(item: EvidenceRow) {
  return {
    id: item.id,
    kind: item.kind,
    stance: item.stance,
    url: item.url,
    title: item.title,
    outlet: item.outlet,
    note: item.note,
    linkedClaimId: item.linkedClaimId,
    createdById: item.createdById,
    createdAt: item.createdAt.toISOString(),
  };
}

type VerdictGroupRow = { id: string; status: string; version: number; rationale: string | null; decidedById: string | null; decidedAt: Date | null };

/** A claim's verdict: the one of its group, shared by every claim stating the same proposition. */
export function verdictJson(claimId: string, group: VerdictGroupRow, evidence: EvidenceRow[]) {
  return {
    id: claimId,
    groupId: group.id,
    status: group.status,
    version: group.version,
    rationale: group.rationale,
    decidedById: group.decidedById,
    decidedAt: group.decidedAt?.toISOString() ?? null,
    evidence: evidence.map(evidenceJson),
  };
}

type HistoryRow = {
  id: string;
  at: Date;
  actorId: string | null;
  actorLabel: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
};

export function historyEventJson(event: HistoryRow) {
  return {
    id: event.id,
    at: event.at.toISOString(),
    actor: { id: event.actorId, label: event.actorLabel },
    entityType: event.entityType,
    entityId: event.entityId,
    action: event.action,
    before: event.before ?? null,
    after: event.after ?? null,
  };
}
