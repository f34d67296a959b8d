import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "@/lib/export/csv";
import { RATING_VALUE } from "@/lib/export/claimreview";
import { collect } from "@/lib/export/stream";
import { DEFAULT_EXPORT_STATUSES, type ExportFilters } from "@/lib/export/types";
import { db } from "@/lib/db";
import { importArticle } from "@/lib/services/articles";
import { editClaimText } from "@/lib/services/claims";
import { linkClaims } from "@/lib/services/claim-groups";
import { loadDemoArticles } from "@/lib/services/demo";
import { countExport, exportDocument } from "@/lib/services/export";
import { importExportFile } from "@/lib/services/json-import";
import { ConflictError } from "@/lib/errors";
import { articleImportSchema } from "@/lib/validation/article";
import { exportFileSchema, type ExportFile } from "@/lib/validation/export";
import { addEvidence, addMember, assignClaim, liveClaims, setPublicationBaseUrl, setVerdict } from "../support/export-fixtures";
import { createTestTeam } from "../support/fixtures";

const RATING_NAMES = { unverified: "Unverified", corroborated: "Corroborated", disputed: "Disputed" };
const verified: ExportFilters = { status: [...DEFAULT_EXPORT_STATUSES] };

async function run(teamId: string, filters: ExportFilters, format: "csv" | "json" | "claimreview", extra: { excel?: boolean; batchSize?: number; cacheChars?: number } = {}) {
  const { chunks } = await exportDocument(teamId, filters, {
    format,
    csv: { excel: extra.excel ?? false, delimiter: extra.excel ? ";" : "," },
    ratingNames: RATING_NAMES,
    batchSize: extra.batchSize,
    cacheChars: extra.cacheChars,
  });
  return collect(chunks);
}

const csvRecords = (text: string, delimiter = ",") => parse(text, { columns: true, bom: true, delimiter }) as Array<Record<(typeof CSV_COLUMNS)[number], string>>;

/**
 * The demo team with verdicts: one proposition stated by two outlets (corroborated, with
 * evidence), one disputed with a formula-like rationale, contradicting a third
 * (corroborated); one reworded statement; everything else unverified.
 */
async function demoWithVerdicts() {
  const team = await createTestTeam("Export");
  await loadDemoArticles(team.teamId, team.actor);
  const claims = await liveClaims(team.teamId);
  const find = (start: string) => {
    const claim = claims.find((c) => c.text.startsWith(start));
    if (!claim) throw new Error(`no demo claim starts with ${start}`);
    return claim;
  };
  const title = find("Poutine rencontre Kim Jong-un en Corée du Nord pour la première fois en 24 ans");
  const visit = find("Poutine s’est rendu en Corée du Nord pour la première fois en 24 ans");
  const denial = find("Moscou et Pyongyang démentent toutes les accusations");
  const missiles = find("La Corée du Nord aurait envoyé des missiles à la Russie");
  const unverified = find("Plus tôt cette année, Poutine a offert une luxueuse limousine");

  const { groupId: visitGroup } = await linkClaims(team.teamId, team.actor, visit.id, title.id, "same");
  await linkClaims(team.teamId, team.actor, denial.id, missiles.id, "contradicts");
  await editClaimText(team.teamId, team.actor, visit.id, "Poutine s’est rendu en Corée du Nord, une première depuis 24 ans « selon l’agence »");
  await setVerdict(team.teamId, visitGroup, { status: "corroborated", rationale: "Deux sources indépendantes : « visite d’État ».", decidedById: team.user.id, decidedAt: new Date("2024-06-20T09:30:00Z") });
  await addEvidence(team.teamId, visitGroup, { url: "https://www.lemonde.fr/international/poutine-pyongyang", title: "Poutine à Pyongyang « première depuis 2000 »", outlet: "Le Monde" });
  await addEvidence(team.teamId, visitGroup, { kind: "note", stance: "context", note: "Vérifié auprès de l’AFP." });
  await setVerdict(team.teamId, denial.groupId, { status: "disputed", rationale: "=HYPERLINK(\"http://evil\") les démentis sont contredits", decidedById: team.user.id, decidedAt: new Date("2024-06-21T12:00:00Z") });
  await setVerdict(team.teamId, missiles.groupId, { status: "corroborated", rationale: "-Rapports de l’ONU.", decidedById: team.user.id, decidedAt: new Date("2024-06-22T08:00:00Z") });
  await assignClaim(team.teamId, missiles.id, team.user.id);
  return { ...team, visitGroup, title, visit, denial, missiles, unverified };
}

describe("export", () => {
  it("writes the verified list as CSV: one line per statement, exact sentences, formulas neutralised", async () => {
    const team = await demoWithVerdicts();
    const records = csvRecords(await run(team.teamId, verified, "csv"));
    const claims = await liveClaims(team.teamId);
    const verifiedClaims = claims.filter((c) => [team.visit.id, team.title.id, team.denial.id, team.missiles.id].includes(c.id));
    expect(records.map((r) => r.claim_id).sort()).toEqual(verifiedClaims.map((c) => c.id).sort());
    for (const record of records) {
      const claim = claims.find((c) => c.id === record.claim_id)!;
      expect(record.sentence).toBe(claim.article.text.slice(claim.start, claim.end));
      expect(record.claim).toBe(claim.text);
      expect(record.group_id).toBe(claim.groupId);
      expect(record.article_id).toBe(claim.articleId);
      expect(record.outlet).toBe(claim.article.outlet);
      expect(record.published_at).toBe(claim.article.publishedAt!.toISOString().slice(0, 10));
      expect(record.reviewer).toBe(team.user.name);
    }
    const visit = records.find((r) => r.claim_id === team.visit.id)!;
    expect(visit.claim).toBe("Poutine s’est rendu en Corée du Nord, une première depuis 24 ans « selon l’agence »");
    expect(visit.status).toBe("corroborated");
    expect(visit.decided_at).toBe("2024-06-20T09:30:00.000Z");
    expect(visit.rationale).toBe("Deux sources indépendantes : « visite d’État ».");
    expect(visit.evidence.split("\n")).toEqual([
      "[supports] https://www.lemonde.fr/international/poutine-pyongyang — Poutine à Pyongyang « première depuis 2000 » — Le Monde",
      "[context] Vérifié auprès de l’AFP.",
    ]);
    const denial = records.find((r) => r.claim_id === team.denial.id)!;
    expect(denial.rationale).toBe("'=HYPERLINK(\"http://evil\") les démentis sont contredits");
    expect(denial.contradicts).toBe(`${team.missiles.groupId}: ${team.missiles.text}`);
    expect(records.find((r) => r.claim_id === team.missiles.id)!.rationale).toBe("'-Rapports de l’ONU.");
  });

  it("writes Excel CSV with a byte-order mark and semicolons", async () => {
    const team = await demoWithVerdicts();
    const text = await run(team.teamId, verified, "csv", { excel: true });
    expect(text.startsWith("\uFEFFgroup_id;claim_id;")).toBe(true);
    const records = csvRecords(text, ";");
    expect(records).toHaveLength(4);
    expect(records.find((r) => r.claim_id === team.visit.id)!.rationale).toBe("Deux sources indépendantes : « visite d’État ».");
  });

  it("writes JSON that matches the schema and the database, article texts byte for byte", async () => {
    const team = await demoWithVerdicts();
    const file = exportFileSchema.parse(JSON.parse(await run(team.teamId, verified, "json")));
    expect(file.team).toEqual({ id: team.teamId, name: team.team.name, publicationBaseUrl: null });
    expect(file.filters.status).toEqual(["corroborated", "disputed"]);
    expect(file.claims.map((c) => c.groupId).sort()).toEqual([team.visitGroup, team.denial.groupId, team.missiles.groupId].sort());
    const articles = await db().article.findMany({ where: { teamId: team.teamId } });
    const cited = new Set(file.claims.flatMap((c) => c.sources.map((s) => s.articleId)));
    expect(file.articles.map((a) => a.id).sort()).toEqual([...cited].sort());
    for (const article of file.articles) expect(article.text).toBe(articles.find((a) => a.id === article.id)!.text);
    const visit = file.claims.find((c) => c.groupId === team.visitGroup)!;
    // Oldest article first: anten3noticias (18 June) before actionrc (19 June).
    expect(visit.sources.map((s) => s.claimId)).toEqual([team.title.id, team.visit.id]);
    expect(visit.text).toBe(team.title.text);
    expect(visit.reviewer).toEqual({ id: team.user.id, name: team.user.name });
    expect(visit.evidence.map((e) => e.kind)).toEqual(["link", "note"]);
    const denial = file.claims.find((c) => c.groupId === team.denial.groupId)!;
    expect(denial.contradicts).toEqual([{ groupId: team.missiles.groupId, text: team.missiles.text }]);
    expect(file.claims.find((c) => c.groupId === team.missiles.groupId)!.contradicts).toEqual([{ groupId: team.denial.groupId, text: team.denial.text }]);
  });

  it("writes one ClaimReview per proposition with the documented rating and the sources' URLs", async () => {
    const team = await demoWithVerdicts();
    await setPublicationBaseUrl(team.teamId, "https://verif.example.org/claims/");
    const doc = JSON.parse(await run(team.teamId, { status: ["corroborated", "disputed", "unverified"] }, "claimreview"));
    expect(doc["@context"]).toBe("https://schema.org");
    const reviews = doc["@graph"] as Array<Record<string, any>>;
    expect(reviews).toHaveLength(await db().claimGroup.count({ where: { teamId: team.teamId, claims: { some: { deletedAt: null } } } }));
    for (const review of reviews) {
      expect(review["@type"]).toBe("ClaimReview");
      expect(review.claimReviewed).toEqual(expect.any(String));
      expect(review.author).toEqual({ "@type": "Organization", name: team.team.name, url: "https://verif.example.org" });
      expect(review.url).toBe(`https://verif.example.org/claims/${review.identifier}`);
      expect(review.reviewRating).toMatchObject({ "@type": "Rating", worstRating: 1, bestRating: 3 });
      expect(review.itemReviewed["@type"]).toBe("Claim");
      expect(review.itemReviewed.appearance.length).toBeGreaterThan(0);
    }
    const visit = reviews.find((r) => r.identifier === team.visitGroup)!;
    expect(visit.reviewRating).toEqual({ "@type": "Rating", ratingValue: 3, bestRating: 3, worstRating: 1, alternateName: "Corroborated" });
    expect(visit.datePublished).toBe("2024-06-20");
    expect(visit.reviewBody).toBe("Deux sources indépendantes : « visite d’État ».");
    expect(visit.itemReviewed.appearance.map((a: { url: string }) => a.url)).toEqual(["https://anten3noticias.com/", "https://actionrc.fr/"]);
    expect(visit.itemReviewed.firstAppearance).toMatchObject({ url: "https://anten3noticias.com/", datePublished: "2024-06-18" });
    expect(reviews.find((r) => r.identifier === team.denial.groupId)!.reviewRating.ratingValue).toBe(RATING_VALUE.disputed);
    expect(reviews.find((r) => r.identifier === team.unverified.groupId)!.reviewRating).toMatchObject({ ratingValue: 2, alternateName: "Unverified" });
    // The author of an article shows where it is known.
    const authored = reviews.flatMap((r) => r.itemReviewed.appearance).find((a: { author?: unknown }) => a.author);
    expect(authored.author).toEqual({ "@type": "Person", name: expect.any(String) });
  });

  it("filters by status, article, outlet, dates, assignee and language, and counts the same", async () => {
    const team = await demoWithVerdicts();
    const groups = async (filters: ExportFilters) => {
      const file = JSON.parse(await run(team.teamId, filters, "json"));
      const count = await countExport(team.teamId, filters);
      const sources = file.claims.flatMap((c: { sources: unknown[] }) => c.sources);
      expect(count).toEqual({ groups: file.claims.length, claims: sources.length });
      return file.claims.map((c: { groupId: string }) => c.groupId).sort();
    };
    const sorted = (...ids: string[]) => ids.sort();
    expect(await groups({ status: ["disputed"] })).toEqual([team.denial.groupId]);
    expect(await groups({ ...verified, outlet: "PORTAIL D'ACTUALITés b" })).toEqual([team.denial.groupId]);
    expect(await groups({ ...verified, articleId: team.visit.articleId })).toEqual([team.visitGroup]);
    expect(await groups({ ...verified, from: "2024-06-19", to: "2024-06-19" })).toEqual([team.visitGroup]);
    expect(await groups({ ...verified, from: "2024-06-18", to: "2024-06-18" })).toEqual(sorted(team.visitGroup, team.missiles.groupId));
    expect(await groups({ ...verified, decidedFrom: "2024-06-21" })).toEqual(sorted(team.denial.groupId, team.missiles.groupId));
    expect(await groups({ ...verified, decidedTo: "2024-06-20" })).toEqual([team.visitGroup]);
    expect(await groups({ ...verified, assignee: team.user.id })).toEqual([team.missiles.groupId]);
    expect(await groups({ ...verified, assignee: "none" })).toEqual(sorted(team.visitGroup, team.denial.groupId));
    expect(await groups({ ...verified, language: "en" })).toEqual([]);
    expect(await groups({ ...verified, minCheckworthiness: 1.01 })).toEqual([]);
    // Only the matching statements are listed: the article filter keeps one of the two.
    const file = JSON.parse(await run(team.teamId, { ...verified, articleId: team.visit.articleId }, "json"));
    expect(file.claims[0].sources.map((s: { claimId: string }) => s.claimId)).toEqual([team.visit.id]);
    expect(file.articles.map((a: { id: string }) => a.id)).toEqual([team.visit.articleId]);
  });

  it("keeps teams apart and reads in keyset batches without losing or repeating a row, whatever the cache", async () => {
    const team = await demoWithVerdicts();
    const other = await createTestTeam("Other");
    expect(await run(other.teamId, { status: ["unverified", "corroborated", "disputed"] }, "csv")).toBe(`${CSV_COLUMNS.join(",")}\r\n`);
    // Another team's article id as a filter finds nothing of theirs.
    expect(await countExport(other.teamId, { ...verified, articleId: team.visit.articleId })).toEqual({ groups: 0, claims: 0 });
    const all = { status: ["unverified", "corroborated", "disputed"] } as ExportFilters;
    const whole = await run(team.teamId, all, "csv");
    const batched = await run(team.teamId, all, "csv", { batchSize: 7 });
    expect(batched).toBe(whole);
    // A cache smaller than one article: every batch rereads the texts it needs.
    expect(await run(team.teamId, all, "csv", { batchSize: 7, cacheChars: 100 })).toBe(whole);
    const live = await db().claim.count({ where: { teamId: team.teamId, deletedAt: null } });
    expect(csvRecords(whole)).toHaveLength(live);
  });

  it("cuts exact sentences after characters outside the BMP", async () => {
    const { teamId, actor, user } = await createTestTeam("Emoji");
    const article = await importArticle(teamId, actor, articleImportSchema.parse({
      title: "Fête 🎉 à Lyon",
      text: "La fête 🎉 a réuni 3 000 personnes « selon la préfecture ». Le maire 👨‍💼 a promis 40 logements en 2025.",
    }));
    for (const claim of article.claims) await setVerdict(teamId, claim.groupId, { status: "corroborated", decidedById: user.id });
    const records = csvRecords(await run(teamId, verified, "csv"));
    expect(records.map((r) => r.sentence).sort()).toEqual(article.claims.map((c) => article.text.slice(c.start, c.end)).sort());
    expect(records.some((r) => r.sentence.includes("👨‍💼"))).toBe(true);
  });
});

/** The file without its ids (articles referred to by content), rows in content order. */
function withoutIds(file: ExportFile) {
  const articleKey = new Map(file.articles.map((a) => [a.id, JSON.stringify({ ...a, id: undefined })]));
  const sort = <T>(items: T[]) => items.map((item) => JSON.stringify(item)).sort();
  return {
    format: file.format,
    version: file.version,
    filters: file.filters,
    articles: sort([...articleKey.values()]),
    claims: sort(
      file.claims.map(({ groupId: _g, reviewer, sources, contradicts, evidence, ...claim }) => ({
        ...claim,
        reviewer: reviewer?.name ?? null,
        evidence: evidence.map((e) => ({ ...e, linkedClaimId: e.linkedClaimId ? "linked" : null })),
        contradicts: contradicts.map((other) => other.text),
        sources: sources.map(({ claimId: _c, articleId, ...source }) => ({ ...source, article: articleKey.get(articleId) })),
      })),
    ),
  };
}

describe("JSON import", () => {
  const all: ExportFilters = { status: ["unverified", "corroborated", "disputed"] };
  const exportFile = async (teamId: string, filters: ExportFilters) => exportFileSchema.parse(JSON.parse(await run(teamId, filters, "json")));

  it("round-trips: export, import into a fresh team, export again gives the same file but for ids", async () => {
    const team = await demoWithVerdicts();
    for (const filters of [verified, all]) {
      const first = await exportFile(team.teamId, filters);
      const copy = await createTestTeam("Copy");
      await addMember(copy.teamId, team.user.id);
      const summary = await importExportFile(copy.teamId, copy.actor, first);
      expect(summary).toMatchObject({ articles: first.articles.length, groups: first.claims.length, reviewersNotFound: 0 });
      const second = await exportFile(copy.teamId, filters);
      expect(withoutIds(second)).toEqual(withoutIds(first));
      expect(second.claims.length).toBeGreaterThan(0);
      const firstIds = new Set(first.claims.map((c) => c.groupId));
      expect(second.claims.filter((c) => firstIds.has(c.groupId))).toEqual([]);
    }
  });

  it("validates the file before writing anything, and refuses articles the team already has", async () => {
    const team = await demoWithVerdicts();
    const file = await exportFile(team.teamId, verified);
    const corrupt = structuredClone(file);
    corrupt.claims[0]!.sources[0]!.start += 1;
    const result = exportFileSchema.safeParse(corrupt);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["claims.0.sources.0.sentence"]);
    expect(exportFileSchema.safeParse({ ...file, version: 2 }).success).toBe(false);
    expect(exportFileSchema.safeParse({ ...file, extra: true }).success).toBe(false);

    const before = await db().article.count({ where: { teamId: team.teamId } });
    await expect(importExportFile(team.teamId, team.actor, file)).rejects.toBeInstanceOf(ConflictError);
    expect(await db().article.count({ where: { teamId: team.teamId } })).toBe(before);
    await importExportFile(team.teamId, team.actor, file, { allowDuplicates: true });
    expect(await db().article.count({ where: { teamId: team.teamId } })).toBe(before + file.articles.length);
  });

  it("leaves a reviewer blank when no member of the target team matches", async () => {
    const team = await demoWithVerdicts();
    const file = await exportFile(team.teamId, verified);
    const stranger = await createTestTeam("Stranger");
    const summary = await importExportFile(stranger.teamId, stranger.actor, file);
    expect(summary.reviewersNotFound).toBe(file.claims.length);
    const again = await exportFile(stranger.teamId, verified);
    expect(again.claims.every((c) => c.reviewer === null && c.decidedAt !== null)).toBe(true);
  });
});
