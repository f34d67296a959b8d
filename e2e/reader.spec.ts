import type { Page } from "@playwright/test";
import { expect, screenshot, signUp, test } from "./fixtures";
import { importSample, type SampleArticle } from "./samples";

const TITLE = "Le maire annonce 40 logements";
const TEXT = [
  TITLE,
  "",
  "Le maire de Lyon a annoncé mardi 40 nouveaux logements sociaux, selon un communiqué. Le chantier doit commencer le 3 septembre 2024.",
  "",
  "Lire aussi : Les loyers flambent à Paris",
  "",
  "Le budget atteint 12 millions d'euros, a précisé M. Dupont. Les travaux dureront deux ans.",
  "",
  "Suivez-nous sur notre chaîne WhatsApp et ne manquez pas les dernières nouvelles.",
].join("\n");

const ARTICLE: SampleArticle = { title: TITLE, text: TEXT, outlet: "Le Progrès" };

const claimItems = (page: Page) => page.getByRole("complementary", { name: "Claims" }).locator("ol > li");

test("split, merge, edit, delete and restore claims, with the keyboard", async ({ page, newUser }) => {
  await signUp(page, newUser);
  const article = await importSample(page, ARTICLE);
  expect(article.claims.map((claim) => claim.text)).toEqual([
    TITLE,
    "Le maire de Lyon a annoncé mardi 40 nouveaux logements sociaux, selon un communiqué.",
    "Le chantier doit commencer le 3 septembre 2024.",
    "Le budget atteint 12 millions d'euros, a précisé M. Dupont.",
    "Les travaux dureront deux ans.",
  ]);

  await page.goto(`/articles/${article.id}`);
  await expect(claimItems(page)).toHaveCount(5);
  await expect(page.getByText("Set aside: unrelated teaser")).toBeVisible();
  await screenshot(page, "reader");

  // Go to the first sentence (j) and split it before "selon" (s).
  await page.keyboard.press("j");
  await page.keyboard.press("s");
  await page.getByRole("button", { name: "Split before “selon”" }).click();
  await expect(claimItems(page)).toHaveCount(6);
  await expect(claimItems(page).nth(1)).toContainText("Le maire de Lyon a annoncé mardi 40 nouveaux logements sociaux,");
  await expect(claimItems(page).nth(2)).toContainText("selon un communiqué.");

  // Merge them back (m: the first part is still selected).
  await page.keyboard.press("m");
  await expect(claimItems(page)).toHaveCount(5);
  await expect(claimItems(page).nth(1)).toContainText("Le maire de Lyon a annoncé mardi 40 nouveaux logements sociaux, selon un communiqué.");

  // Move to the next claim (j) and reword it (e).
  await page.keyboard.press("j");
  await page.keyboard.press("e");
  await page.getByLabel("Claim wording").fill("Le chantier commence le 3 septembre 2024.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(claimItems(page).nth(2)).toContainText("Le chantier commence le 3 septembre 2024.");
  await expect(claimItems(page).nth(2)).toContainText("edited");

  // Delete it (x), then undo (u).
  await page.keyboard.press("x");
  await expect(claimItems(page)).toHaveCount(4);
  await expect(page.getByRole("status").filter({ hasText: "Claim deleted." })).toBeVisible();
  await page.keyboard.press("u");
  await expect(claimItems(page)).toHaveCount(5);
  await screenshot(page, "reader-edited");

  // The stored spans still point at the source text.
  const stored = await (await page.request.get(`/api/v1/articles/${article.id}`)).json();
  for (const claim of stored.article.claims) {
    const source = stored.article.text.slice(claim.start, claim.end);
    if (claim.text !== "Le chantier commence le 3 septembre 2024.") expect(source).toBe(claim.text);
    else expect(source).toBe("Le chantier doit commencer le 3 septembre 2024.");
  }
});

test("a set-aside part can be included, and selected text becomes a claim", async ({ page, newUser }) => {
  await signUp(page, newUser);
  const article = await importSample(page, ARTICLE);
  await page.goto(`/articles/${article.id}`);
  await expect(claimItems(page)).toHaveCount(5);

  const whatsapp = page.locator("span", { hasText: /^Set aside: / }).filter({ has: page.getByRole("button", { name: "Include" }) }).last();
  await whatsapp.getByRole("button", { name: "Include" }).click();
  await expect(claimItems(page)).toHaveCount(6);
  await expect(claimItems(page).last()).toContainText("Suivez-nous sur notre chaîne WhatsApp");

  // Select "Lire aussi : Les loyers flambent à Paris" in the text, as a mouse would.
  await page.evaluate(() => {
    const piece = [...document.querySelectorAll<HTMLElement>("[data-start]")].find((el) => el.textContent?.includes("Lire aussi"));
    const node = [...piece!.childNodes].find((child) => child instanceof Text && child.textContent!.includes("Lire aussi")) as Text;
    const from = node.textContent!.indexOf("Lire aussi");
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, from + "Lire aussi : Les loyers flambent à Paris".length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    piece!.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  });
  await page.getByRole("button", { name: "Add as claim" }).click();
  await expect(claimItems(page)).toHaveCount(7);
  await expect(claimItems(page).nth(3)).toContainText("Lire aussi : Les loyers flambent à Paris");
  await screenshot(page, "reader-included");
});

test("another team's article is a 404, in the page and the API", async ({ page, newUser }) => {
  await signUp(page, newUser);
  const article = await importSample(page, ARTICLE);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signUp(page, { ...newUser, email: `other-${newUser.email}`, teamName: `${newUser.teamName} bis` });
  const api = await page.request.get(`/api/v1/articles/${article.id}`);
  expect(api.status()).toBe(404);
  const response = await page.goto(`/articles/${article.id}`);
  expect(response?.status()).toBe(404);
});
