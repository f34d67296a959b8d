import { describe, expect, it } from "vitest";
import { RATING_SCALE, RATING_VALUE, claimReview, claimReviewDocument, reviewUrl } from "./claimreview";
import { collect } from "./stream";
import { row, source } from "./test-rows";
import type { ExportRow } from "./types";

const ratingNames = { unverified: "Non vérifié", corroborated: "Corroboré", disputed: "Contesté" };
const team = { id: "team-1", name: "Desk Vérification", publicationBaseUrl: "https://verif.example.org/fact-checks/" };

describe("ClaimReview export", () => {
  it("has the required fields: claimReviewed, reviewRating, itemReviewed with appearances, author, url, date", () => {
    const review = claimReview(row(), { team, ratingNames });
    expect(review).toEqual({
      "@type": "ClaimReview",
      identifier: "group-1",
      url: "https://verif.example.org/fact-checks/group-1",
      claimReviewed: "Le maire a annoncé « 40 logements » à Lyon.",
      datePublished: "2024-06-20",
      author: { "@type": "Organization", name: "Desk Vérification", url: "https://verif.example.org" },
      reviewRating: { "@type": "Rating", ratingValue: 3, bestRating: 3, worstRating: 1, alternateName: "Corroboré" },
      reviewBody: "Confirmé par la préfecture « sans réserve ».",
      itemReviewed: {
        "@type": "Claim",
        datePublished: "2024-06-18",
        firstAppearance: {
          "@type": "CreativeWork", url: "https://www.leprogres.fr/lyon/annonce", headline: "Lyon : l’annonce du maire", datePublished: "2024-06-18",
          author: { "@type": "Person", name: "Anne Dupré" }, publisher: { "@type": "Organization", name: "Le Progrès" },
        },
        appearance: [expect.objectContaining({ url: "https://www.leprogres.fr/lyon/annonce" })],
      },
    });
  });

  it("maps statuses on a 1–3 scale: disputed 1, unverified 2, corroborated 3", () => {
    expect(RATING_SCALE).toEqual({ worstRating: 1, bestRating: 3 });
    for (const status of ["disputed", "unverified", "corroborated"] as const) {
      const rating = claimReview(row({ status }), { team, ratingNames }).reviewRating;
      expect(rating).toMatchObject({ ratingValue: RATING_VALUE[status], alternateName: ratingNames[status] });
    }
    expect([RATING_VALUE.disputed, RATING_VALUE.unverified, RATING_VALUE.corroborated]).toEqual([1, 2, 3]);
  });

  it("lists one appearance per article, the first dated one as first appearance; leaves out what is unknown", () => {
    const sources = [
      source({ claimId: "a", articleId: "older", url: "https://a.example/1", publishedAt: new Date("2024-06-15T00:00:00Z"), author: null }),
      source({ claimId: "b", articleId: "older", url: "https://a.example/1", publishedAt: new Date("2024-06-15T00:00:00Z"), author: null }),
      source({ claimId: "c", articleId: "newer", url: "https://b.example/2", publishedAt: new Date("2024-06-19T08:30:00Z") }),
      source({ claimId: "d", articleId: "undated", url: null, outlet: null, publishedAt: null }),
    ];
    const review = claimReview(row({ sources, rationale: null, decidedAt: null }), { team: { ...team, publicationBaseUrl: null }, ratingNames });
    expect(review.itemReviewed.appearance).toEqual([
      { "@type": "CreativeWork", url: "https://a.example/1", headline: "Lyon : l’annonce du maire", datePublished: "2024-06-15", publisher: { "@type": "Organization", name: "Le Progrès" } },
      expect.objectContaining({ url: "https://b.example/2", datePublished: "2024-06-19T08:30:00.000Z" }),
      { "@type": "CreativeWork", headline: "Lyon : l’annonce du maire", author: { "@type": "Person", name: "Anne Dupré" } },
    ]);
    expect(review.itemReviewed.firstAppearance).toMatchObject({ url: "https://a.example/1" });
    expect(review).not.toHaveProperty("url");
    expect(review).not.toHaveProperty("reviewBody");
    expect(review).not.toHaveProperty("datePublished");
    expect(review.author).toEqual({ "@type": "Organization", name: "Desk Vérification" });
  });

  it("builds review URLs from the base, with or without its trailing slash", () => {
    expect(reviewUrl("https://verif.example.org/fc", "g 1")).toBe("https://verif.example.org/fc/g%201");
    expect(reviewUrl("https://verif.example.org/fc///", "g1")).toBe("https://verif.example.org/fc/g1");
    expect(reviewUrl(null, "g1")).toBeUndefined();
  });

  it("streams a JSON-LD document with a schema.org context and one node per proposition", async () => {
    async function* batches(): AsyncGenerator<ExportRow[]> {
      yield [row()];
      yield [];
      yield [row({ groupId: "group-2", status: "disputed" })];
    }
    const doc = JSON.parse(await collect(claimReviewDocument(batches(), { team, ratingNames })));
    expect(doc["@context"]).toBe("https://schema.org");
    expect(doc["@graph"].map((node: { identifier: string }) => node.identifier)).toEqual(["group-1", "group-2"]);
    async function* none(): AsyncGenerator<ExportRow[]> {}
    expect(JSON.parse(await collect(claimReviewDocument(none(), { team, ratingNames })))).toEqual({ "@context": "https://schema.org", "@graph": [] });
  });
});
