// The editor's main journey, in French and in English, with the keyboard only: sign in →
// load the demo articles → import a paraphrase of a demo sentence → split and merge claims →
// confirm a match → evidence and verdict → export (CSV and JSON downloads, content checked).
// No mouse: every action is a key press (Tab to a control, Enter/Space, the app's shortcuts).
import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { expect, newSignedUpContext, openHydrated, test } from "./fixtures";
import { message, type Lang } from "./messages";

// A paraphrase of a demo sentence ("Poutine se rend à Pyongyang avec une importante délégation
// comprenant Andrey Belousov, …, selon des responsables russes."), plus sentences to split and merge.
const TITLE = "Poutine à Pyongyang avec Belousov et Lavrov";
const PARAPHRASE = "Selon des responsables russes, Vladimir Poutine se rend à Pyongyang accompagné d’Andrey Belousov, son nouveau chef de la défense, et de Sergueï Lavrov, le ministre des Affaires étrangères.";
const TO_SPLIT = "Les deux dirigeants doivent signer un accord de partenariat stratégique, selon le Kremlin.";
const TEXT = [TITLE, "", PARAPHRASE, "", `${TO_SPLIT} La visite durera deux jours. Elle se terminera au Vietnam.`].join("\n");
const EVIDENCE_URL = "https://www.kremlin.example/events/74285";

/** Presses Tab (or Shift+Tab) until the target has the focus: how a keyboard user reaches a control. */
async function tabTo(page: Page, target: Locator, { back = false, max = 250 } = {}) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`${max} presses of Tab never reached ${target}`);
}

const LANGS: Array<{ lang: Lang; locale: string }> = [
  { lang: "en", locale: "en-GB" },
  { lang: "fr", locale: "fr-FR" },
];

for (const { lang, locale } of LANGS) {
  test(`the main journey in ${lang}, with the keyboard only`, async ({ browser, baseURL }) => {
    test.setTimeout(90_000);
    const m = (file: Parameters<typeof message>[1], key: string, values?: Record<string, string | number>) => message(lang, file, key, values);
    const { user, context: setup } = await newSignedUpContext(browser, baseURL, "Journey");
    await setup.close();

    // The browser's language picks the app's: a French browser gets the French app.
    const context = await browser.newContext({ baseURL, locale, viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    try {
      const page = await context.newPage();
      const nav = page.getByRole("navigation", { name: m("common", "nav.main") });

      // ── Sign in: the e-mail field has the focus; Tab to the password, Enter submits.
      await page.goto("/login");
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByLabel(m("common", "auth.email"))).toBeFocused();
      await page.keyboard.type(user.email);
      await tabTo(page, page.getByLabel(m("common", "auth.password")));
      await page.keyboard.type(user.password);
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { name: m("common", "articles.title"), exact: true })).toBeVisible();

      // ── An empty team: load the demo articles from the first-run panel.
      await tabTo(page, page.getByRole("button", { name: m("common", "onboarding.loadDemo") }));
      await page.keyboard.press("Enter");
      await expect(page.getByRole("main").getByRole("row")).toHaveCount(6); // header + five articles

      // ── Import: paste an article (a paraphrase of a demo sentence); Enter in a field submits.
      await tabTo(page, nav.getByRole("link", { name: m("common", "nav.import") }));
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { name: m("import", "import.title") })).toBeVisible();
      await tabTo(page, page.getByRole("main").getByLabel(m("import", "import.fields.text")));
      await page.keyboard.insertText(TEXT); // a paste
      await expect(page.getByRole("main").getByLabel(m("import", "import.fields.title"), { exact: true })).toHaveValue(TITLE);
      await tabTo(page, page.getByRole("main").getByLabel(m("import", "import.fields.outlet"), { exact: true }));
      await page.keyboard.type("Le Journal du test");
      // Keys only work once React has hydrated.
      await openHydrated(page, async () => {
        await page.keyboard.press("Enter");
        await expect(page).toHaveURL(/\/articles\/[\w-]+$/, { timeout: 15_000 });
      });
      const articleId = page.url().split("/").pop()!;
      const claims = page.getByRole("complementary", { name: m("reader", "reader.claimsLabel") }).locator("li[id^='claim-']");
      await expect(claims).toHaveCount(5); // title, paraphrase, three sentences

      // ── The shortcuts help opens with ?, closes with Escape.
      await page.keyboard.press("?");
      const help = page.getByRole("dialog", { name: m("reader", "reader.shortcuts") });
      await expect(help).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(help).toBeHidden();

      // ── Split the third claim before "selon" (j j, s, Tab to the word, Enter).
      for (let i = 0; i < 2; i++) await page.keyboard.press("j");
      await expect(claims.nth(2).getByRole("button").first()).toHaveAttribute("aria-current", "true");
      await page.keyboard.press("s");
      await tabTo(page, page.getByRole("button", { name: m("reader", "reader.splitBefore", { word: "selon" }) }));
      await page.keyboard.press("Enter");
      await expect(claims).toHaveCount(6);
      await expect(claims.nth(2)).toContainText("Les deux dirigeants doivent signer un accord de partenariat stratégique,");
      await expect(claims.nth(3)).toContainText("selon le Kremlin.");

      // ── Merge the last two claims (j to the fifth, m merges it with the next).
      await page.keyboard.press("Escape"); // focus back to the page, not a split button
      for (let i = 0; i < 2; i++) await page.keyboard.press("j");
      await expect(claims.nth(4).getByRole("button").first()).toHaveAttribute("aria-current", "true");
      await page.keyboard.press("m");
      await expect(claims).toHaveCount(5);
      await expect(claims.nth(4)).toContainText("La visite durera deux jours. Elle se terminera au Vietnam.");
      await expect(page.getByRole("status").filter({ hasText: m("reader", "reader.mergeDone") })).toBeVisible();

      // ── The paraphrase (k k k): the matches panel proposes the demo sentence; confirm it.
      for (let i = 0; i < 3; i++) await page.keyboard.press("k");
      const paraphrase = claims.nth(1);
      await expect(paraphrase.getByRole("button").first()).toHaveAttribute("aria-current", "true");
      const matches = paraphrase.getByRole("region", { name: m("reader", "matches.title") });
      const candidate = matches.getByRole("listitem").filter({ hasText: "Belousov" }).first();
      await expect(candidate).toContainText("anten3noticias.com");
      await tabTo(page, candidate.getByRole("button", { name: m("reader", "matches.same"), exact: true }));
      await page.keyboard.press("Enter");
      await expect(page.getByRole("status").filter({ hasText: m("reader", "matches.linkedSame") })).toBeVisible();
      await expect(matches.getByText(m("reader", "matches.linked", { count: 1 }))).toBeVisible();

      // ── Evidence (p: URL, Tab, title, Ctrl+Enter), then the verdict (c, a rationale, Enter).
      await page.keyboard.press("Escape");
      await page.keyboard.press("p");
      const evidenceForm = page.getByRole("form", { name: m("verdicts", "verdicts.evidence.formLabel") });
      await expect(evidenceForm.getByLabel(m("verdicts", "verdicts.evidence.url"))).toBeFocused();
      await page.keyboard.type(EVIDENCE_URL);
      await page.keyboard.press("Tab");
      await page.keyboard.type("Kremlin : composition de la délégation");
      await page.keyboard.press("Control+Enter");
      await expect(page.getByRole("status").filter({ hasText: m("verdicts", "verdicts.evidence.added") })).toBeVisible();
      await page.keyboard.press("c");
      const verdictForm = page.getByRole("form", { name: m("verdicts", "verdicts.form.label") });
      await expect(verdictForm).toBeVisible();
      await page.keyboard.type("Liste officielle de la délégation publiée par le Kremlin.");
      await page.keyboard.press("Enter");
      await expect(verdictForm).toHaveCount(0);
      const paraphraseId = await paraphrase.getAttribute("id").then((id) => id!.replace(/^claim-/, ""));
      await expect(page.locator(`mark[data-claim-id="${paraphraseId}"]`)).toHaveAttribute("data-status", "corroborated");

      // ── Export: Tab to the nav link; CSV (the default) first, then JSON (arrow keys in the format radios).
      await tabTo(page, nav.getByRole("link", { name: m("common", "nav.export") }));
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { name: m("export", "export.title"), exact: true })).toBeVisible();
      await expect(page.getByRole("status").filter({ hasText: /proposition/ })).toContainText("1 proposition");
      await tabTo(page, page.getByRole("button", { name: m("export", "export.download", { format: "CSV" }) }));
      const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
      expect(csvDownload.suggestedFilename()).toMatch(/^claimdesk-journey-desk-[\w-]+-\d{4}-\d{2}-\d{2}\.csv$/);
      const records = parse(await readFile((await csvDownload.path())!, "utf8"), { bom: true, columns: true }) as Array<Record<string, string>>;
      expect(records).toHaveLength(2); // the paraphrase and the demo sentence it was linked to
      const ours = records.find((record) => record.claim_id === paraphraseId)!;
      expect(ours).toMatchObject({ article_id: articleId, status: "corroborated", outlet: "Le Journal du test", sentence: PARAPHRASE, reviewer: user.name });
      expect(ours.evidence).toBe(`[supports] ${EVIDENCE_URL} — Kremlin : composition de la délégation`);
      expect(records.find((record) => record.claim_id !== paraphraseId)).toMatchObject({ outlet: "anten3noticias.com", group_id: ours.group_id });

      await tabTo(page, page.getByRole("radio", { name: new RegExp(`^${m("export", "export.formats.csv.name")}`) }), { back: true });
      await page.keyboard.press("ArrowDown"); // CSV → JSON
      await expect(page.getByRole("radio", { name: new RegExp(`^${m("export", "export.formats.json.name")}`) })).toBeChecked();
      await tabTo(page, page.getByRole("button", { name: m("export", "export.download", { format: "JSON" }) }));
      const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
      const file = JSON.parse(await readFile((await jsonDownload.path())!, "utf8"));
      expect(file).toMatchObject({ format: "claimdesk.claims", version: 1, team: { name: user.teamName } });
      expect(file.claims).toHaveLength(1);
      expect(file.claims[0]).toMatchObject({ status: "corroborated", rationale: "Liste officielle de la délégation publiée par le Kremlin.", evidence: [{ kind: "link", stance: "supports", url: EVIDENCE_URL }] });
      expect(file.claims[0].sources.map((source: { claimId: string }) => source.claimId)).toContain(paraphraseId);
      expect(file.claims[0].sources).toHaveLength(2);
    } finally {
      await context.close();
    }
  });
}
