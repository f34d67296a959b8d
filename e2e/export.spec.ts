import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { expect, type NewUser, screenshot, setLocale, signUp, test } from "./fixtures";
import { type ImportedArticle, importSample, type SampleArticle } from "./samples";

const PROGRES: SampleArticle = {
  title: "Lyon : le maire promet « 40 logements »",
  outlet: "Le Progrès",
  url: "https://www.leprogres.fr/lyon/logements",
  publishedAt: "2024-06-18",
  language: "fr",
  text: [
    "Lyon : le maire promet « 40 logements »",
    "",
    "Le maire de Lyon a annoncé mardi 40 nouveaux logements sociaux « d’ici à l’été », selon un communiqué.",
    "Le chantier coûtera 12 millions d’euros, a précisé l’adjointe Hélène Dupré.",
  ].join("\n"),
};
const CAPITALE: SampleArticle = {
  title: "Logements : l’opposition conteste les chiffres",
  outlet: "Lyon Capitale",
  url: "https://www.lyoncapitale.fr/logements",
  publishedAt: "2024-06-20",
  language: "fr",
  text: [
    "Logements : l’opposition conteste les chiffres",
    "",
    "Selon l’opposition, seuls 25 logements seront livrés en 2025.",
  ].join("\n"),
};

async function setVerdict(page: Page, claimId: string, data: Record<string, unknown>) {
  const response = await page.request.put(`/api/v1/claims/${claimId}/verdict`, { data: { version: 0, ...data } });
  expect(response.status(), await response.text()).toBe(200);
}

const claimStarting = (article: ImportedArticle, start: string) => article.claims.find((claim) => claim.text.startsWith(start))!;

/** Two outlets, three verdicts: the maire's claim corroborated, its cost and the opposition's figure disputed. */
async function teamWithVerdicts(page: Page, user: NewUser) {
  await signUp(page, user);
  const progres = await importSample(page, PROGRES);
  const capitale = await importSample(page, CAPITALE);
  const announced = claimStarting(progres, "Le maire de Lyon");
  const cost = claimStarting(progres, "Le chantier");
  const opposition = claimStarting(capitale, "Selon l’opposition");
  await setVerdict(page, announced.id, {
    status: "corroborated",
    rationale: "Communiqué de la mairie « confirmé ».",
    evidence: [{ kind: "link", stance: "supports", url: "https://www.lyon.fr/communique", title: "Communiqué « logements »" }],
  });
  await setVerdict(page, cost.id, { status: "disputed", rationale: "=SOMME(A1) le budget voté est de 9 M€." });
  await setVerdict(page, opposition.id, { status: "disputed", rationale: "Le calendrier prévoit 40 livraisons." });
  return { progres, capitale, announced, cost, opposition };
}

async function downloaded(download: Download) {
  return readFile((await download.path())!, "utf8");
}

test("exports a filtered CSV from the export page; a queue link pre-fills the filters", async ({ page, newUser }) => {
  test.setTimeout(90_000);
  const { progres, capitale, announced, cost, opposition } = await teamWithVerdicts(page, newUser);

  await page.goto("/export");
  await expect(page.getByRole("heading", { name: "Export", exact: true })).toBeVisible();
  const summary = page.getByRole("status").filter({ hasText: /proposition/ });
  await expect(summary).toHaveText("3 propositions · 3 statements");
  await page.getByLabel("Outlet").selectOption("Le Progrès");
  await expect(summary).toHaveText("2 propositions · 2 statements");
  await expect(page).toHaveURL(/outlet=Le\+Progr%C3%A8s/);
  await page.getByLabel("Open in Excel").check();
  await page.getByLabel("Column separator").selectOption("semicolon");
  await screenshot(page, "export");

  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^claimdesk-e2e-desk-[\w-]+-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(page.getByText(/^Saved claimdesk-.*\.csv \(/)).toBeVisible();
  const csv = await downloaded(csvDownload);
  expect(csv.startsWith("\uFEFFgroup_id;claim_id;")).toBe(true);
  const records = parse(csv, { bom: true, delimiter: ";", columns: true }) as Array<Record<string, string>>;
  expect(records.map((r) => r.claim_id).sort()).toEqual([announced.id, cost.id].sort());
  expect(records.every((r) => r.outlet === "Le Progrès" && r.article_id === progres.id)).toBe(true);
  const announcedRow = records.find((r) => r.claim_id === announced.id)!;
  expect(announcedRow.sentence).toBe(progres.text.slice(announced.start, announced.end));
  expect(announcedRow.sentence).toContain("« d’ici à l’été »");
  expect(announcedRow.evidence).toBe("[supports] https://www.lyon.fr/communique — Communiqué « logements »");
  expect(announcedRow.reviewer).toBe(newUser.name);
  expect(records.find((r) => r.claim_id === cost.id)!.rationale).toBe("'=SOMME(A1) le budget voté est de 9 M€.");

  // The review queue links here with its own params.
  await page.goto("/export?status=disputed&outlet=lyon%20capitale&sort=text");
  await expect(page.getByRole("checkbox", { name: "Disputed" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Corroborated" })).not.toBeChecked();
  await expect(page.getByLabel("Outlet")).toHaveValue("lyon capitale");
  await expect(summary).toHaveText("1 proposition · 1 statement");
  await page.getByRole("radio", { name: /^JSON/ }).check();
  await screenshot(page, "export-from-queue");
  // Reloaded in dark mode (no colour transitions caught half-way); the URL keeps every choice.
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await expect(page.getByRole("radio", { name: /^JSON/ })).toBeChecked();
  await expect(summary).toHaveText("1 proposition · 1 statement");
  await screenshot(page, "export-dark");
  await page.emulateMedia({ colorScheme: "light" });
  const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download JSON" }).click()]);
  const file = JSON.parse(await downloaded(jsonDownload));
  expect(file).toMatchObject({ format: "claimdesk.claims", version: 1, filters: { status: ["disputed"], outlet: "lyon capitale" } });
  expect(file.articles).toEqual([expect.objectContaining({ id: capitale.id, text: capitale.text, outlet: "Lyon Capitale" })]);
  expect(file.claims).toHaveLength(1);
  expect(file.claims[0]).toMatchObject({ status: "disputed", rationale: "Le calendrier prévoit 40 livraisons.", sources: [{ claimId: opposition.id, sentence: "Selon l’opposition, seuls 25 logements seront livrés en 2025." }] });
});

test("the API streams ClaimReview, refuses unknown filters, and imports its own JSON", async ({ page, newUser }) => {
  await teamWithVerdicts(page, newUser);
  const response = await page.request.get("/api/v1/export?format=claimreview", { headers: { "Accept-Language": "fr-FR" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/ld+json; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="claimdesk-.*\.jsonld"$/);
  const doc = await response.json();
  expect(doc["@context"]).toBe("https://schema.org");
  expect(doc["@graph"]).toHaveLength(3);
  const corroborated = doc["@graph"].find((review: { reviewRating: { ratingValue: number } }) => review.reviewRating.ratingValue === 3);
  expect(corroborated).toMatchObject({
    "@type": "ClaimReview",
    author: { "@type": "Organization", name: newUser.teamName },
    reviewRating: { alternateName: "Corroboré", worstRating: 1, bestRating: 3 },
    itemReviewed: { "@type": "Claim", appearance: [{ url: PROGRES.url, datePublished: "2024-06-18", publisher: { name: "Le Progrès" } }] },
  });
  // A repeated parameter is a list where a list is expected, and refused elsewhere: never "the last one wins".
  const repeated = await (await page.request.get("/api/v1/export?format=claimreview&status=corroborated&status=disputed")).json();
  expect(repeated["@graph"]).toHaveLength(3);
  expect((await page.request.get("/api/v1/export?format=csv&format=json")).status()).toBe(422);
  const refused = await page.request.get("/api/v1/export?format=csv&stauts=disputed");
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error.code).toBe("invalid_input");

  // The JSON export goes back in: the team has these articles already (409) unless copies are asked for.
  const file = await (await page.request.get("/api/v1/export?format=json")).json();
  const again = await page.request.post("/api/v1/import", { data: file });
  expect(again.status()).toBe(409);
  const copied = await page.request.post("/api/v1/import?allowDuplicates=1", { data: file });
  expect(copied.status(), await copied.text()).toBe(201);
  expect((await copied.json()).imported).toEqual({ articles: 2, groups: 3, claims: 3, evidence: 1, contradictions: 0, reviewersNotFound: 0 });
  const twice = await (await page.request.get("/api/v1/export?format=csv")).text();
  expect(parse(twice, { columns: true })).toHaveLength(6);
});

test("the printable report goes article by article and prints without the app around it", async ({ page, newUser }) => {
  const { progres, announced } = await teamWithVerdicts(page, newUser);
  await page.goto("/export");
  const [report] = await Promise.all([page.waitForEvent("popup"), page.getByRole("link", { name: /Printable report/ }).click()]);
  await expect(report.getByRole("heading", { name: "Claim report" })).toBeVisible();
  const articles = report.getByRole("article");
  await expect(articles).toHaveCount(2);
  await expect(articles.nth(0).getByRole("heading")).toHaveText(`1. ${PROGRES.title}`);
  await expect(articles.nth(1).getByRole("heading")).toHaveText(`2. ${CAPITALE.title}`);
  await expect(articles.nth(0).getByRole("blockquote").first()).toHaveText(progres.text.slice(announced.start, announced.end));
  await expect(articles.nth(0)).toContainText("Communiqué de la mairie « confirmé ».");
  await expect(articles.nth(0).getByRole("link", { name: "https://www.lyon.fr/communique" })).toBeVisible();
  await expect(report.getByText("3 propositions in 2 articles — 1 corroborated, 2 disputed")).toBeVisible();
  await screenshot(report, "export-report");
  await report.emulateMedia({ media: "print" });
  await expect(report.getByRole("navigation", { name: "Main navigation" })).toBeHidden();
  await expect(report.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await screenshot(report, "export-report-print");
  // Dark mode on screen must still print dark text on white.
  await report.emulateMedia({ media: "print", colorScheme: "dark" });
  await screenshot(report, "export-report-print-dark");
});

test("the export page in French", async ({ page, newUser }) => {
  const { progres, capitale } = await teamWithVerdicts(page, newUser);
  const claims = progres.claims.length + capitale.claims.length;
  await setLocale(page, "fr");
  await page.goto("/export?status=all");
  await expect(page.getByRole("heading", { name: "Export", exact: true })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /proposition/ })).toHaveText(`${claims} propositions · ${claims} énoncés`);
  await page.getByLabel("Pour Excel").check();
  await expect(page.getByLabel("Séparateur de colonnes")).toHaveValue("semicolon");
  await screenshot(page, "export-fr");
});
