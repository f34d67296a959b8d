import { compareCodePoints } from "./order";
import { jsonArrayMembers } from "./stream";
import { EXPORT_STATUSES, type ExportArticle, type ExportFilters, type ExportRow, type ExportTeam } from "./types";

/**
 * The claimdesk.claims JSON document, version 1 (documented in the README, validated on
 * import by lib/validation/export.ts). Keys always appear, null when empty, in the order
 * written here, so two exports of the same data are byte-identical except ids and
 * generatedAt. Bump JSON_VERSION on any change a reader could notice.
 */
export const JSON_FORMAT = "claimdesk.claims";
export const JSON_VERSION = 1;

type JsonMeta = { team: ExportTeam; generatedAt: Date; filters: ExportFilters };

function jsonFilters(filters: ExportFilters) {
  return {
    // Listed in a fixed order, whatever order the caller gave.
    status: EXPORT_STATUSES.filter((status) => filters.status.includes(status)),
    articleId: filters.articleId ?? null,
    outlet: filters.outlet ?? null,
    language: filters.language ?? null,
    assignee: filters.assignee ?? null,
    minCheckworthiness: filters.minCheckworthiness ?? null,
    from: filters.from ?? null,
    to: filters.to ?? null,
    decidedFrom: filters.decidedFrom ?? null,
    decidedTo: filters.decidedTo ?? null,
  };
}

function jsonArticle(article: ExportArticle) {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    author: article.author,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    language: article.language,
    text: article.text,
  };
}

function jsonRow(row: ExportRow) {
  return {
    groupId: row.groupId,
    text: row.text,
    status: row.status,
    rationale: row.rationale,
    reviewer: row.reviewer ? { id: row.reviewer.id, name: row.reviewer.name } : null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    evidence: row.evidence.map((evidence) => ({
      kind: evidence.kind,
      stance: evidence.stance,
      url: evidence.url,
      title: evidence.title,
      outlet: evidence.outlet,
      note: evidence.note,
      linkedClaimId: evidence.linkedClaimId,
      addedAt: evidence.addedAt.toISOString(),
    })),
    contradicts: row.contradicts.map((other) => ({ groupId: other.groupId, text: other.text })),
    sources: row.sources.map((source) => ({
      claimId: source.claimId,
      articleId: source.articleId,
      text: source.text,
      start: source.start,
      end: source.end,
      sentence: source.sentence,
      title: source.title,
      outlet: source.outlet,
      url: source.url,
      publishedAt: source.publishedAt?.toISOString() ?? null,
    })),
  };
}

/**
 * Streams the document: the claims, then every article they point into, with its full
 * text (so the file can be imported again). Articles come last because they are the
 * ones the claims name: a verdict changed during the export cannot leave a claim
 * without its article.
 */
export async function* jsonDocument(
  meta: JsonMeta,
  rows: AsyncIterable<ExportRow[]>,
  articlesById: (ids: string[]) => AsyncIterable<ExportArticle[]>,
): AsyncGenerator<string> {
  const head = {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    team: { id: meta.team.id, name: meta.team.name, publicationBaseUrl: meta.team.publicationBaseUrl },
    generatedAt: meta.generatedAt.toISOString(),
    filters: jsonFilters(meta.filters),
  };
  const articleIds = new Set<string>();
  async function* noting(batches: AsyncIterable<ExportRow[]>) {
    for await (const batch of batches) {
      for (const row of batch) for (const source of row.sources) articleIds.add(source.articleId);
      yield batch;
    }
  }
  // The head object without its closing brace, so the two arrays can follow it.
  // One claim or article per line: the file stays greppable and diffable.
  yield `${JSON.stringify(head).slice(0, -1)},\n"claims":[`;
  yield* jsonArrayMembers(noting(rows), jsonRow);
  yield `],\n"articles":[`;
  // Articles are long (up to 400k characters): one per chunk.
  yield* jsonArrayMembers(articlesById([...articleIds].sort(compareCodePoints)), jsonArticle, 1);
  yield "]}\n";
}
