import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { NotFoundError, RuleViolationError } from "@/lib/errors";
import { scoreCheckworthiness } from "@/lib/text/checkworthiness";
import { segmentClaims } from "@/lib/text/segment";
import { trimSpan, type Span } from "@/lib/text/spans";
import { recordAudit, type Actor } from "@/lib/services/audit";
import { countClaimKeys, matchingFields } from "@/lib/services/matching";

type ClaimRow = { id: string; articleId: string; groupId: string; start: number; end: number; text: string; deletedAt: Date | null };

const auditShape = (claim: Pick<ClaimRow, "start" | "end" | "text">) => ({ start: claim.start, end: claim.end, text: claim.text });

export async function getClaim(teamId: string, claimId: string) {
  const claim = await db().claim.findFirst({
    where: { id: claimId, teamId },
    include: {
      article: { select: { id: true, title: true, outlet: true, url: true, publishedAt: true } },
      group: { select: { id: true, status: true, version: true, rationale: true, decidedAt: true, decidedById: true } },
    },
  });
  if (!claim) throw new NotFoundError();
  return claim;
}

async function findClaim(tx: Tx, teamId: string, claimId: string, { includeDeleted = false } = {}) {
  const claim = await tx.claim.findFirst({ where: { id: claimId, teamId, ...(includeDeleted ? {} : { deletedAt: null }) } });
  if (!claim) throw new NotFoundError();
  return claim;
}

async function articleText(tx: Tx, teamId: string, articleId: string) {
  const article = await tx.article.findFirst({ where: { id: articleId, teamId }, select: { text: true, language: true } });
  if (!article) throw new NotFoundError();
  return article;
}

/** Claim rows for new spans of an article, each in a fresh group (one proposition each). */
async function insertClaims(tx: Tx, teamId: string, actor: Actor, articleId: string, language: string, spans: Array<Span & { text: string; kind?: string }>) {
  const rows = spans.map((span) => {
    const { score, signals } = scoreCheckworthiness(span.text, language);
    return {
      id: randomUUID(), groupId: randomUUID(), teamId, articleId, start: span.start, end: span.end, text: span.text,
      kind: span.kind ?? "sentence", checkworthiness: score, signals, language, createdById: actor.userId,
      ...matchingFields(span.text, language),
    };
  });
  if (rows.length === 0) return rows;
  await tx.claimGroup.createMany({ data: rows.map((row) => ({ id: row.groupId, teamId })) });
  await tx.claim.createMany({ data: rows });
  await countClaimKeys(tx, teamId, rows.map((row) => row.anchorKeys));
  return rows;
}

export async function editClaimText(teamId: string, actor: Actor, claimId: string, text: string) {
  return db().$transaction(async (tx) => {
    const claim = await findClaim(tx, teamId, claimId);
    const { language } = await articleText(tx, teamId, claim.articleId);
    const { score, signals } = scoreCheckworthiness(text, language);
    const matching = matchingFields(text, language);
    const updated = await tx.claim.update({ where: { id: claim.id, teamId }, data: { text, checkworthiness: score, signals, ...matching } });
    await countClaimKeys(tx, teamId, [matching.anchorKeys.filter((key) => !claim.anchorKeys.includes(key))], { newClaims: false });
    await recordAudit(tx, { teamId, actor, entityType: "claim", entityId: claim.id, action: "edit", before: { text: claim.text }, after: { text } });
    return updated;
  });
}

/** Split at an offset of the stored text; both parts take their source wording. */
export async function splitClaim(teamId: string, actor: Actor, claimId: string, at: number) {
  return db().$transaction(async (tx) => {
    const claim = await findClaim(tx, teamId, claimId);
    const { text, language } = await articleText(tx, teamId, claim.articleId);
    const first = trimSpan(text, { start: claim.start, end: at });
    const second = trimSpan(text, { start: at, end: claim.end });
    if (at <= claim.start || at >= claim.end || !first || !second) {
      throw new RuleViolationError("errors.splitOutside", "split-inside-claim");
    }
    const firstText = text.slice(first.start, first.end);
    const { score, signals } = scoreCheckworthiness(firstText, language);
    await tx.claim.update({ where: { id: claim.id, teamId }, data: { ...first, text: firstText, checkworthiness: score, signals, ...matchingFields(firstText, language) } });
    const [created] = await insertClaims(tx, teamId, actor, claim.articleId, language, [{ ...second, text: text.slice(second.start, second.end), kind: claim.kind }]);
    await recordAudit(tx, {
      teamId, actor, entityType: "claim", entityId: claim.id, action: "split",
      before: auditShape(claim), after: { first: { ...first, text: firstText }, second: { id: created!.id, ...second } },
    });
    return { firstId: claim.id, secondId: created!.id };
  });
}

/** Merge two neighbouring claims of one article (no live claim between them). */
export async function mergeClaims(teamId: string, actor: Actor, claimIds: [string, string]) {
  return db().$transaction(async (tx) => {
    const found = await Promise.all(claimIds.map((id) => findClaim(tx, teamId, id)));
    const [a, b] = found.sort((x, y) => x.start - y.start);
    if (!a || !b || a.id === b.id || a.articleId !== b.articleId) throw new RuleViolationError("errors.mergeNotAdjacent", "merge-adjacent");
    const between = await tx.claim.count({ where: { teamId, articleId: a.articleId, deletedAt: null, start: { gte: a.end, lt: b.start } } });
    if (between > 0) throw new RuleViolationError("errors.mergeNotAdjacent", "merge-adjacent");
    const { text, language } = await articleText(tx, teamId, a.articleId);
    const source = (claim: ClaimRow) => text.slice(claim.start, claim.end);
    // Keep an editor's rewording: join the two wordings when either was edited.
    const edited = a.text !== source(a) || b.text !== source(b);
    const mergedText = edited ? `${a.text} ${b.text}` : text.slice(a.start, b.end);
    const { score, signals } = scoreCheckworthiness(mergedText, language);
    const merged = await tx.claim.update({ where: { id: a.id, teamId }, data: { end: b.end, text: mergedText, checkworthiness: score, signals, ...matchingFields(mergedText, language) } });
    await tx.claim.update({ where: { id: b.id, teamId }, data: { deletedAt: new Date() } });
    await recordAudit(tx, {
      teamId, actor, entityType: "claim", entityId: a.id, action: "merge",
      before: { first: auditShape(a), second: { id: b.id, ...auditShape(b) } }, after: auditShape(merged),
    });
    return merged;
  });
}

export async function setClaimDeleted(teamId: string, actor: Actor, claimId: string, deleted: boolean) {
  return db().$transaction(async (tx) => {
    const claim = await findClaim(tx, teamId, claimId, { includeDeleted: true });
    if (!deleted && claim.deletedAt) {
      const overlapping = await tx.claim.count({ where: { teamId, articleId: claim.articleId, deletedAt: null, start: { lt: claim.end }, end: { gt: claim.start } } });
      if (overlapping > 0) throw new RuleViolationError("errors.restoreOverlap", "no-overlap");
    }
    const updated = await tx.claim.update({ where: { id: claim.id, teamId }, data: { deletedAt: deleted ? new Date() : null } });
    await recordAudit(tx, { teamId, actor, entityType: "claim", entityId: claim.id, action: deleted ? "delete" : "restore", before: { deleted: Boolean(claim.deletedAt) }, after: { deleted } });
    return updated;
  });
}

/** A claim the editor selected in the reader; it may not overlap a live claim. */
export async function createClaimFromSelection(teamId: string, actor: Actor, articleId: string, selection: Span) {
  return db().$transaction(async (tx) => {
    const { text, language } = await articleText(tx, teamId, articleId);
    const span = selection.end <= text.length ? trimSpan(text, selection) : null;
    if (!span) throw new RuleViolationError("errors.selectionEmpty", "selection-in-text");
    const overlapping = await tx.claim.count({ where: { teamId, articleId, deletedAt: null, start: { lt: span.end }, end: { gt: span.start } } });
    if (overlapping > 0) throw new RuleViolationError("errors.selectionOverlaps", "no-overlap");
    const [created] = await insertClaims(tx, teamId, actor, articleId, language, [{ ...span, text: text.slice(span.start, span.end) }]);
    await recordAudit(tx, { teamId, actor, entityType: "claim", entityId: created!.id, action: "create", after: auditShape(created!) });
    return created!;
  });
}

/**
 * Toggling a boilerplate part back in segments it into claims; setting it aside again
 * deletes (restorably) the claims inside it.
 */
export async function setBoilerplateIncluded(teamId: string, actor: Actor, spanId: string, included: boolean) {
  return db().$transaction(async (tx) => {
    const span = await tx.boilerplateSpan.findFirst({ where: { id: spanId, teamId } });
    if (!span) throw new NotFoundError();
    if (span.included === included) return { created: 0, deleted: 0 };
    const { text, language } = await articleText(tx, teamId, span.articleId);
    await tx.boilerplateSpan.update({ where: { id: span.id, teamId }, data: { included } });
    let created = 0;
    let deleted = 0;
    if (included) {
      const outside: Span[] = [{ start: 0, end: span.start }, { start: span.end, end: text.length }];
      const segments = segmentClaims(text, { language, excluded: outside });
      created = (await insertClaims(tx, teamId, actor, span.articleId, language, segments)).length;
    } else {
      ({ count: deleted } = await tx.claim.updateMany({
        where: { teamId, articleId: span.articleId, deletedAt: null, start: { gte: span.start }, end: { lte: span.end } },
        data: { deletedAt: new Date() },
      }));
    }
    await recordAudit(tx, { teamId, actor, entityType: "boilerplate", entityId: span.id, action: included ? "include" : "exclude", before: { included: span.included }, after: { included, created, deleted } });
    return { created, deleted };
  });
}
