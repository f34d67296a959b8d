import { jsonArrayMembers } from "./stream";
import { isoDay, isoDayOrTime, type ExportRow, type ExportSource, type ExportStatus, type ExportTeam } from "./types";

/**
 * schema.org ClaimReview, one per proposition (claim group), in one JSON-LD document
 * ({"@context": "https://schema.org", "@graph": [...]}).
 *
 * Rating scale (documented in the README): worstRating 1, bestRating 3;
 * disputed = 1, unverified = 2, corroborated = 3. "Unverified" sits in the middle: no
 * evidence either way. The textual rating (alternateName) comes in the export's language.
 */
export const RATING_SCALE = { worstRating: 1, bestRating: 3 } as const;
export const RATING_VALUE: Readonly<Record<ExportStatus, number>> = { disputed: 1, unverified: 2, corroborated: 3 };

type ClaimReviewOptions = {
  team: ExportTeam;
  /** The textual rating of each status, e.g. { disputed: "Contesté", … }. */
  ratingNames: Readonly<Record<ExportStatus, string>>;
};

/** The review's own address: the team's publication base URL + the group id. */
export function reviewUrl(baseUrl: string | null, groupId: string): string | undefined {
  if (!baseUrl) return undefined;
  return `${baseUrl.replace(/\/+$/, "")}/${encodeURIComponent(groupId)}`;
}

function organizationUrl(baseUrl: string | null): string | undefined {
  if (!baseUrl) return undefined;
  try {
    return new URL(baseUrl).origin;
  } catch {
    return undefined;
  }
}

function creativeWork(source: ExportSource) {
  return {
    "@type": "CreativeWork",
    ...(source.url ? { url: source.url } : {}),
    headline: source.title,
    ...(source.publishedAt ? { datePublished: isoDayOrTime(source.publishedAt) } : {}),
    ...(source.author ? { author: { "@type": "Person", name: source.author } } : {}),
    ...(source.outlet ? { publisher: { "@type": "Organization", name: source.outlet } } : {}),
  };
}

export function claimReview(row: ExportRow, options: ClaimReviewOptions) {
  // One appearance per article, even when a proposition is stated twice in it.
  const appearances = [...new Map(row.sources.map((source) => [source.articleId, source])).values()];
  // Sources are listed oldest first, undated last: the first dated one appeared first.
  const first = appearances.find((source) => source.publishedAt) ?? null;
  const url = reviewUrl(options.team.publicationBaseUrl, row.groupId);
  const organization = organizationUrl(options.team.publicationBaseUrl);
  return {
    "@type": "ClaimReview",
    identifier: row.groupId,
    ...(url ? { url } : {}),
    claimReviewed: row.text,
    ...(row.decidedAt ? { datePublished: isoDay(row.decidedAt) } : {}),
    author: {
      "@type": "Organization",
      name: options.team.name,
      ...(organization ? { url: organization } : {}),
    },
    reviewRating: {
      "@type": "Rating",
      ratingValue: RATING_VALUE[row.status],
      bestRating: RATING_SCALE.bestRating,
      worstRating: RATING_SCALE.worstRating,
      alternateName: options.ratingNames[row.status],
    },
    ...(row.rationale ? { reviewBody: row.rationale } : {}),
    itemReviewed: {
      "@type": "Claim",
      ...(first ? { datePublished: isoDayOrTime(first.publishedAt), firstAppearance: creativeWork(first) } : {}),
      appearance: appearances.map(creativeWork),
    },
  };
}

export async function* claimReviewDocument(batches: AsyncIterable<ExportRow[]>, options: ClaimReviewOptions): AsyncGenerator<string> {
  yield `{"@context":"https://schema.org","@graph":[`;
  yield* jsonArrayMembers(batches, (row) => claimReview(row, options));
  yield "]}\n";
}
