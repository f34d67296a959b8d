import type { Page } from "@playwright/test";
import { expect, type NewUser, screenshot, signUp, test } from "./fixtures";


/** A fresh account and team per test, so the team starts without articles. */
async function openImport(page: Page) {
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { name: "Import articles" })).toBeVisible();
}

const file = (name: string, mimeType: string, text: string) => ({ name, mimeType, buffer: Buffer.from(text, "utf8") });

/** Each test's texts carry a unique marker: the duplicate check is per team, but keep runs independent anyway. */
const marker = () => Math.random().toString(36).slice(2, 8);

test("pasting a French article imports it, opens it and lists it with its claims", async ({ page, newUser }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await signUp(page, newUser);
  await openImport(page);
  const title = `Le chômage recule au deuxième trimestre (${marker()})`;
  await page.getByRole("main").getByLabel("Article text").fill(
    [
      "Le taux de chômage a reculé de 0,3 point au deuxième trimestre 2024, à 7,3 % de la population active, selon l’Insee.",
      "Lire aussi : Emploi, les chiffres clés de l’année",
      "Selon le ministre du Travail, 120 000 emplois ont été créés depuis janvier dans le secteur privé.",
    ].join("\n\n"),
  );
  // The title follows the first line until the editor types one.
  const main = page.getByRole("main");
  await expect(main.getByLabel("Title", { exact: true })).toHaveValue(/^Le taux de chômage a reculé/);
  await main.getByLabel("Title", { exact: true }).fill(title);
  await main.getByLabel("Outlet", { exact: true }).fill("Le Quotidien");
  await main.getByLabel("Published", { exact: true }).fill("2024-08-14");
  await expect(main.getByLabel("Language", { exact: true })).toHaveValue("");
  await screenshot(page, "import-paste");
  // The whole form, button included, fits a 1280×720 screen.
  await expect(page.getByRole("button", { name: "Import and split into claims" })).toBeInViewport({ ratio: 1 });

  await page.getByRole("button", { name: "Import and split into claims" }).click();
  await expect(page).toHaveURL(/\/articles\/[\w-]+$/, { timeout: 15_000 });

  await page.goto("/articles");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: title }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell", { name: "Le Quotidien" })).toBeVisible();
  const claims = Number(await row.getByRole("cell").last().textContent());
  expect(claims).toBeGreaterThan(0);
});

test("a batch of three files imports each one, and a re-uploaded file asks before duplicating", async ({ page, newUser }) => {
  await signUp(page, newUser);
  await openImport(page);
  await page.getByRole("tab", { name: "Upload files" }).click();
  const id = marker();
  const txt = file(
    "releve-insee.txt",
    "text/plain",
    `Chômage : le taux recule à 7,3 % (${id})\n\nLe taux de chômage a reculé de 0,3 point au deuxième trimestre, selon l’Insee.\nLe nombre de demandeurs d’emploi a baissé de 2 % en un an.\n`,
  );
  const md = file(
    "notes-conference.md",
    "text/markdown",
    `# Conférence de presse du ministre (${id})\n\nLe ministre a affirmé que **300 millions d’euros** seraient investis dans les hôpitaux en 2025.\n\nIl a ajouté que 4 000 postes d’infirmiers seraient créés d’ici la fin de l’année.\n`,
  );
  const html = file(
    "depeche.html",
    "text/html",
    `<!doctype html><html lang="en"><head><title>Dispatch | Wire</title><meta property="og:site_name" content="The Wire"><meta property="article:published_time" content="2024-06-19T08:00:00+02:00">
<script>window.__importScriptRan = true; document.title = "pwned";</script></head>
<body><nav>Home · World · Sport</nav><article><h1>Putin visits Pyongyang (${id})</h1>
<p>Vladimir Putin visited North Korea on Wednesday for the first time in 24 years.</p>
<p>The two countries signed a mutual defence pact, according to the Kremlin.</p></article><footer>© The Wire</footer></body></html>`,
  );

  await page.getByLabel("Choose files").setInputFiles([txt, md, html]);
  const group = (name: string) => page.getByRole("rowgroup", { name });
  // Titles are prefilled from each file; language is left to the server's detection.
  await expect(page.getByLabel("Title of releve-insee.txt")).toHaveValue(`Chômage : le taux recule à 7,3 % (${id})`);
  await expect(page.getByLabel("Title of notes-conference.md")).toHaveValue(`Conférence de presse du ministre (${id})`);
  await expect(page.getByLabel("Title of depeche.html")).toHaveValue(`Putin visits Pyongyang (${id})`);
  await expect(page.getByLabel("Outlet of depeche.html")).toHaveValue("The Wire");
  await expect(page.getByLabel("Published of depeche.html")).toHaveValue("2024-06-19");
  await expect(page.getByLabel("Language of releve-insee.txt")).toHaveValue("");
  // Reading the HTML in the browser must never run its scripts.
  expect(await page.evaluate(() => (window as unknown as { __importScriptRan?: boolean }).__importScriptRan)).toBeUndefined();

  // "Same for all": the outlet goes to every file.
  await page.getByLabel("Outlet for all files").fill("Desk E2E");
  await page.getByRole("button", { name: "Apply to all" }).click();
  await expect(page.getByLabel("Outlet of releve-insee.txt")).toHaveValue("Desk E2E");

  await page.getByRole("button", { name: "Import 3 files" }).click();
  for (const name of ["releve-insee.txt", "notes-conference.md", "depeche.html"]) {
    await expect(group(name).getByText("Imported", { exact: true })).toBeVisible({ timeout: 15_000 });
    await expect(group(name).getByRole("link", { name: /\d+ claims?/ })).toBeVisible();
  }
  await expect(page.getByRole("status").filter({ hasText: "3 imported, 0 duplicates, 0 failed." })).toBeVisible();

  // The same file again: the editor is asked, nothing is written silently.
  await page.getByLabel("Add files").setInputFiles([txt]);
  await expect(page.getByRole("button", { name: "Import 1 file" })).toBeEnabled();
  await page.getByRole("button", { name: "Import 1 file" }).click();
  const again = group("releve-insee.txt").last();
  await expect(again.getByText("Already imported", { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(again.getByText("This text is already in your team.")).toBeVisible();
  await expect(again.getByRole("link", { name: /^Open existing/ })).toHaveAttribute("href", /^\/articles\/[\w-]+$/);
  await expect(page.getByRole("status").filter({ hasText: "3 imported, 1 duplicate, 0 failed." })).toBeVisible();
  await screenshot(page, "import-batch");

  await again.getByRole("button", { name: /^Import anyway/ }).click();
  await expect(again.getByText("Imported", { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("status").filter({ hasText: "4 imported, 0 duplicates, 0 failed." })).toBeVisible();

  await page.goto("/articles");
  await expect(page.getByText("4 articles")).toBeVisible();
});

test("a file that fails shows its own error while the other files import", async ({ page, newUser }) => {
  await signUp(page, newUser);
  await openImport(page);
  await page.getByRole("tab", { name: "Upload files" }).click();
  const id = marker();
  const tooLong = `Un texte bien trop long (${id}).\n` + "Le gouvernement annonce 3 milliards d’euros. ".repeat(9_000);
  expect(tooLong.length).toBeGreaterThan(400_000);
  await page.getByLabel("Choose files").setInputFiles([
    file("vide.txt", "text/plain", ""),
    file("enorme.txt", "text/plain", tooLong),
    file("bon.md", "text/markdown", `# Budget (${id})\n\nLe déficit public a atteint 5,5 % du PIB en 2023, selon la Cour des comptes.\n`),
    file("sans-titre.txt", "text/plain", `Les dépenses de santé ont augmenté de 4 % en 2023 (${id}).\n`),
    file("scan.pdf", "application/pdf", "%PDF-1.4"),
  ]);
  const group = (name: string) => page.getByRole("rowgroup", { name });

  // Refused in the browser: never sent.
  await expect(group("vide.txt").getByText("Not sent")).toBeVisible();
  await expect(group("vide.txt").getByText("The file is empty.")).toBeVisible();
  await expect(group("scan.pdf").getByText("Unsupported file type: use .txt, .md or .html.")).toBeVisible();

  // A title cleared by the editor: the server's field error lands on that row's input.
  await page.getByLabel("Title of sans-titre.txt").fill("");

  await page.getByRole("button", { name: "Import 3 files" }).click();
  await expect(group("bon.md").getByText("Imported", { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(group("enorme.txt").getByText("Failed", { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(group("enorme.txt").getByText("Article text: The article is too long (400,000 characters at most).")).toBeVisible();
  await expect(group("sans-titre.txt").getByText("Failed", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Title of sans-titre.txt")).toHaveAttribute("aria-invalid", "true");
  await expect(group("sans-titre.txt").getByText("Title: Give the article a title.")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "1 imported, 0 duplicates, 4 failed." })).toBeVisible();

  // Fixing the row and retrying imports it; the others are untouched.
  await page.getByLabel("Title of sans-titre.txt").fill("Dépenses de santé");
  await group("sans-titre.txt").getByRole("button", { name: /^Retry/ }).click();
  await expect(group("sans-titre.txt").getByText("Imported", { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("status").filter({ hasText: "2 imported, 0 duplicates, 3 failed." })).toBeVisible();
  await screenshot(page, "import-batch-errors");

  await page.goto("/articles");
  await expect(page.getByText("2 articles")).toBeVisible();
});

test("the import page speaks French", async ({ page, newUser }) => {
  await signUp(page, newUser);
  await openImport(page);
  await page.getByRole("banner").getByLabel("Language").selectOption("fr");
  await expect(page.getByRole("heading", { name: "Importer des articles" })).toBeVisible();
  await page.getByRole("tab", { name: "Téléverser des fichiers" }).click();
  const id = marker();
  await page.getByLabel("Choisir des fichiers").setInputFiles([
    file("brouillon.txt", "text/plain", "   \n"),
    file("dépêche.md", "text/markdown", `## Retraites (${id})\n\nL’âge légal de départ passera à 64 ans en 2030, a rappelé la Première ministre.\n`),
  ]);
  await expect(page.getByRole("rowgroup", { name: "brouillon.txt" }).getByText("Le fichier est vide.")).toBeVisible();
  await page.getByRole("button", { name: "Importer 1 fichier" }).click();
  await expect(page.getByRole("rowgroup", { name: "dépêche.md" }).getByText("Importé", { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("status").filter({ hasText: "1 importé, 0 doublon, 1 échec." })).toBeVisible();
  await screenshot(page, "import-fr");
});
