import type { Page } from "@playwright/test";
import { expect, screenshot, signUp, test } from "./fixtures";
import { expectNoA11yViolations } from "./axe";
import { importSample, LYON_A, LYON_B } from "./samples";

// Two reports of one event that disagree on a figure (40 vs 45 housing units); one unrelated article.
const A = LYON_A;
const B = LYON_B;
const C = {
  title: "Record au musée des Confluences",
  text: "Le musée des Confluences a accueilli 500 000 visiteurs en 2023.",
  outlet: "Gazette C",
  publishedAt: "2024-01-10",
  language: "fr",
};

test("a claim group and the claims × sources matrix", async ({ page, newUser }) => {
  await signUp(page, newUser);
  const a = await importSample(page, A);
  const b = await importSample(page, B);
  await importSample(page, C);
  const claimA = a.claims.find((claim) => claim.text.includes("40 logements"))!;
  const claimB = b.claims.find((claim) => claim.text.includes("45 logements"))!;
  expect(claimA && claimB).toBeTruthy();

  // Before any link, no proposition is stated by two sources: the matrix explains how to build groups.
  await page.goto("/matrix");
  await expect(page.getByRole("heading", { name: "Claims matrix" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No proposition stated by 2 or more sources" })).toBeVisible();
  await expect(page.getByText(/confirm matches in its match panel/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Show claims stated by 1 source" })).toHaveAttribute("href", "/matrix?minSources=1");

  const link = await page.request.post(`/api/v1/claims/${claimA.id}/links`, { data: { otherClaimId: claimB.id, relation: "same" } });
  expect(link.ok()).toBe(true);
  const { groupId } = (await link.json()) as { groupId: string };

  // The group: both statements in context, independence, the 40 ≠ 45 hint.
  await page.goto(`/groups/${groupId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(claimA.text);
  await expect(page.getByText("Unverified", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Stated by 2 sources, 2 independent")).toBeVisible();
  const statements = page.getByRole("region", { name: "Statements" }).locator("ol > li");
  await expect(statements).toHaveCount(2);
  await expect(statements.nth(0)).toContainText("Agence A");
  await expect(statements.nth(1)).toContainText("Journal B");
  await expect(statements.nth(1).locator("mark")).toHaveText(claimB.text);
  await expect(statements.nth(1).locator("blockquote")).toContainText("La cérémonie s'est tenue");
  await expect(page.getByRole("link", { name: A.title })).toHaveAttribute("href", `/articles/${a.id}?claim=${claimA.id}`);
  await expect(page.getByRole("link", { name: B.title })).toHaveAttribute("href", `/articles/${b.id}?claim=${claimB.id}`);
  const hints = page.getByRole("region", { name: "Conflicting values" });
  await expect(hints).toBeVisible();
  await expect(hints).toContainText("Different figures");
  await expect(hints).toContainText("40");
  await expect(hints).toContainText("45");
  await expect(hints).toContainText("Statement 1 · Agence A");
  await expect(hints).toContainText("Statement 2 · Journal B");
  await expectNoA11yViolations(page, { include: "#content", impacts: "all" });
  await screenshot(page, "group");
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, "group-dark");
  await page.emulateMedia({ colorScheme: "light" });

  // The matrix (default: at least 2 sources) has the group's row, stated by A and B.
  await page.goto("/matrix");
  const rows = page.getByRole("table", { name: "Propositions by source" }).locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole("rowheader")).toContainText("Le maire de Lyon");
  await expect(rows.first().getByRole("img", { name: "Stated by Agence A" })).toBeVisible();
  await expect(rows.first().getByRole("img", { name: "Stated by Journal B" })).toBeVisible();
  await expect(rows.first().getByRole("cell", { name: "2", exact: true })).toBeVisible();
  // Gazette C states none of the listed propositions: its column is left out.
  await expect(page.getByRole("columnheader", { name: /Gazette C/ })).toHaveCount(0);
  await expect(page.getByText("1 other source states none of these and is hidden.")).toBeVisible();
  await expectNoA11yViolations(page, { include: "#content", impacts: "all" });
  await screenshot(page, "matrix");
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, "matrix-dark");
  await page.emulateMedia({ colorScheme: "light" });

  // Filters are a GET form: at least 1 source + a search.
  await page.getByLabel("Stated by at least").selectOption("1");
  await page.getByLabel("Search claims").fill("préfecture");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/matrix\?minSources=1&q=pr%C3%A9fecture&sort=sources$/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole("rowheader")).toContainText("Le maire de Lyon");
  await expect(page.getByText("Le musée des Confluences")).toHaveCount(0);

  // Without the search, single-source claims are listed too, here sorted by text.
  await page.goto("/matrix?minSources=1&sort=text");
  await expect(rows.filter({ hasText: "Le chantier avait pris" })).toHaveCount(1);
  const texts = await rows.getByRole("rowheader").allInnerTexts();
  expect(texts.length).toBeGreaterThan(3);
  expect([...texts].sort(new Intl.Collator("en", { sensitivity: "base", numeric: true }).compare)).toEqual(texts);
  const museum = rows.filter({ hasText: "Le musée des Confluences" });
  await expect(museum.getByRole("img", { name: "Stated by Gazette C" })).toBeVisible();
  await expect(museum.getByRole("img", { name: "Not stated by Agence A" })).toBeVisible();
  await expect(museum.getByRole("cell", { name: "1", exact: true })).toBeVisible();

  // A group with one statement says it is not cross-referenced yet.
  await museum.getByRole("link", { name: /Le musée des Confluences/ }).click();
  await expect(page.getByRole("heading", { name: "Not cross-referenced yet" })).toBeVisible();
  await expect(page.getByText("Stated by 1 source", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Conflicting values" })).toHaveCount(0);
  await screenshot(page, "group-single");

  // A search without results.
  await page.goto("/matrix?q=introuvable");
  await expect(page.getByRole("heading", { name: "Nothing matches “introuvable”" })).toBeVisible();

  // Unknown group → 404.
  const missing = await page.goto("/groups/does-not-exist");
  expect(missing?.status()).toBe(404);
});

test("near-identical copies count once; a contradicting proposition", async ({ page, newUser }) => {
  await signUp(page, newUser);
  const a = await importSample(page, A);
  // The same wire story republished by another outlet, with one extra sentence.
  const d = await importSample(page, { ...A, title: "Quarante logements inaugurés à Lyon", outlet: "Le Quotidien D", publishedAt: "2024-05-04", text: `${A.text} Une seconde tranche est prévue.` });
  const e = await importSample(page, {
    title: "Pas d'inauguration ce jour-là",
    text: "Grégory Doucet n'a inauguré aucun logement le 3 mai 2024, a assuré Bruno Bernard.",
    outlet: "Radio E",
    publishedAt: "2024-05-05",
    language: "fr",
  });
  const claimA = a.claims.find((claim) => claim.text.includes("40 logements"))!;
  const claimD = d.claims.find((claim) => claim.text.includes("40 logements"))!;
  const claimE = e.claims[0]!;
  const same = await page.request.post(`/api/v1/claims/${claimA.id}/links`, { data: { otherClaimId: claimD.id, relation: "same" } });
  expect(same.ok()).toBe(true);
  const { groupId } = (await same.json()) as { groupId: string };
  const contradicts = await page.request.post(`/api/v1/claims/${claimA.id}/links`, { data: { otherClaimId: claimE.id, relation: "contradicts" } });
  expect(contradicts.ok()).toBe(true);

  await page.goto(`/groups/${groupId}`);
  await expect(page.getByText("Stated by 2 sources, 1 independent")).toBeVisible();
  await expect(page.getByText("2 articles are near-identical copies (Agence A and Le Quotidien D): counted as one source.")).toBeVisible();
  await expect(page.getByText("counted once with Le Quotidien D")).toBeVisible();
  const contradicting = page.getByRole("region", { name: "Contradicted by" });
  const otherGroup = contradicting.getByRole("link", { name: claimE.text });
  await expect(otherGroup).toBeVisible();
  await expect(contradicting).toContainText("Radio E");
  await expectNoA11yViolations(page, { include: "#content", impacts: "all" });
  await screenshot(page, "group-copies");

  // The contradicting proposition lists this one in return.
  await otherGroup.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(claimE.text);
  await expect(page.getByRole("region", { name: "Contradicted by" }).getByRole("link", { name: claimA.text }).first()).toHaveAttribute("href", `/groups/${groupId}`);

  // In the matrix, Radio E's cell of the group's row is a contradiction.
  await page.goto("/matrix");
  const row = page.getByRole("table", { name: "Propositions by source" }).locator("tbody tr").filter({ hasText: "Le maire de Lyon" });
  await expect(row.getByRole("img", { name: "Stated by Agence A" })).toBeVisible();
  await expect(row.getByRole("img", { name: "Stated by Le Quotidien D" })).toBeVisible();
  await expect(row.getByRole("img", { name: "Contradicted by Radio E" })).toBeVisible();
});
