// Every main page, in English and in French: no serious or critical axe violation (light,
// and dark on the reader and the queue), and the README pictures (docs/screenshots) taken
// from a deterministic team (the five demo articles, a few links and verdicts).
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { docScreenshot, expectNoA11yViolations } from "./axe";
import { createInvitationVia, expect, makeUser, setLocale, signUp, test } from "./fixtures";
import { message, type Lang } from "./messages";

type Claim = { id: string; text: string; groupId: string };
type Article = { id: string; title: string; claims: Claim[] };

const DESK = "Desk Vérification";
const EDITOR = "Camille Martin";

/** The demo article on Putin's arrival; its claims get verdicts and links to the other demo articles. */
async function deskWithVerdicts(request: APIRequestContext) {
  const { articles } = (await (await request.get("/api/v1/articles")).json()) as { articles: Array<{ id: string; title: string }> };
  const summary = articles.find((a) => a.title.startsWith("Poutine rencontre Kim Jong-un"))!;
  const article = ((await (await request.get(`/api/v1/articles/${summary.id}`)).json()) as { article: Article }).article;

  // Link each early claim to its best candidate elsewhere, when the candidate is close enough.
  const linked: Claim[] = [];
  for (const claim of article.claims.slice(0, 12)) {
    const { matches } = (await (await request.get(`/api/v1/claims/${claim.id}/matches?limit=1`)).json()) as { matches: Array<{ claimId: string; score: number }> };
    if (!matches[0] || matches[0].score < 0.5) continue;
    const response = await request.post(`/api/v1/claims/${claim.id}/links`, { data: { otherClaimId: matches[0].claimId, relation: "same" } });
    expect(response.ok(), await response.text()).toBe(true);
    linked.push(claim);
  }
  expect(linked.length).toBeGreaterThanOrEqual(2);

  const verdict = async (claim: Claim, data: Record<string, unknown>) => {
    const { claim: current } = (await (await request.get(`/api/v1/claims/${claim.id}`)).json()) as { claim: { version: number } };
    const response = await request.put(`/api/v1/claims/${claim.id}/verdict`, { data: { version: current.version, ...data } });
    expect(response.status(), await response.text()).toBe(200);
  };
  const unlinked = article.claims.filter((claim) => !linked.includes(claim));
  await verdict(linked[0]!, {
    status: "corroborated",
    rationale: "Annoncé par le Kremlin et confirmé par l’agence KCNA.",
    evidence: [{ kind: "link", stance: "supports", url: "https://www.kremlin.example/events/74285", title: "Communiqué du Kremlin" }],
  });
  await verdict(linked[1]!, { status: "corroborated", rationale: "Deux sources indépendantes." });
  await verdict(unlinked[1]!, { status: "disputed", rationale: "Aucune image satellite publiée ne montre ces préparatifs." });
  const groupId = ((await (await request.get(`/api/v1/claims/${linked[0]!.id}`)).json()) as { claim: { groupId: string } }).claim.groupId;
  return { article, linked, groupId };
}

/** A signed-out page in that language (login, sign-up, invitation). */
async function anonymousPage(browser: Browser, baseURL: string | undefined, lang: Lang) {
  const context = await browser.newContext({ baseURL, locale: lang === "fr" ? "fr-FR" : "en-GB", viewport: { width: 1280, height: 720 } });
  return { context, page: await context.newPage() };
}

/** Waits for the page's own content (not a loading state) and checks it. */
async function check(page: Page, path: string, heading: RegExp | string, shot?: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText(heading);
  await expectNoA11yViolations(page);
  if (shot) await docScreenshot(page, shot);
}

for (const lang of ["en", "fr"] as const) {
  test(`every main page in ${lang} passes axe; README screenshots`, async ({ page, browser, baseURL }) => {
    test.setTimeout(150_000);
    const m = (file: Parameters<typeof message>[1], key: string, values?: Record<string, string | number>) => message(lang, file, key, values);
    const suffix = lang === "en" ? "" : "-fr";

    // Signed out: login and sign-up.
    const guest = await anonymousPage(browser, baseURL, lang);
    try {
      await check(guest.page, "/login", m("common", "auth.signInTitle"));
      await check(guest.page, "/signup", m("common", "auth.signUpTitle"));
    } finally {
      await guest.context.close();
    }

    // A fresh team with fixed names (they show in the pictures); the e-mail stays unique.
    await page.setViewportSize({ width: 1280, height: 720 });
    await signUp(page, { ...makeUser("Pages"), name: EDITOR, teamName: DESK });
    if (lang === "fr") await setLocale(page, "fr");

    await check(page, "/articles", m("common", "articles.title"));
    await page.getByRole("button", { name: m("common", "onboarding.loadDemo") }).click();
    await expect(page.getByRole("main").getByRole("row")).toHaveCount(6);
    const { article, linked, groupId } = await deskWithVerdicts(page.request);
    await check(page, "/articles", m("common", "articles.title"), `articles${suffix}`);
    await check(page, "/import", m("import", "import.title"));

    // The reader: verdict colours in the text, the selected claim's verdict and its matches.
    const reader = async (claimId: string) => {
      await page.goto(`/articles/${article.id}?claim=${claimId}`);
      await expect(page.locator(`#claim-${claimId}`).getByRole("region", { name: m("reader", "matches.title") })).toBeVisible();
    };
    await reader(linked[0]!.id);
    await expectNoA11yViolations(page);
    await docScreenshot(page, `reader${suffix}`);
    const candidates = article.claims.find((claim) => !linked.includes(claim) && claim.text.includes("Lavrov")) ?? article.claims[3]!;
    await reader(candidates.id);
    await expect(page.getByRole("button", { name: m("reader", "matches.same"), exact: true }).first()).toBeVisible();
    await expectNoA11yViolations(page);
    // The claim list scrolls by itself: bring the selected claim and its matches to the top of it.
    await page.locator(`#claim-${candidates.id}`).evaluate((el) => el.scrollIntoView({ block: "start" }));
    await docScreenshot(page, `matches${suffix}`);
    await page.emulateMedia({ colorScheme: "dark" });
    await reader(linked[0]!.id);
    await expectNoA11yViolations(page);
    await docScreenshot(page, `reader-dark${suffix}`);
    await page.goto("/queue");
    await expect(page.getByRole("list", { name: m("verdicts", "queue.listLabel") })).toBeVisible();
    await expectNoA11yViolations(page);
    await docScreenshot(page, `queue-dark${suffix}`);
    await page.emulateMedia({ colorScheme: "light" });

    await page.goto("/queue");
    await expect(page.getByRole("list", { name: m("verdicts", "queue.listLabel") })).toBeVisible();
    await expectNoA11yViolations(page);
    await docScreenshot(page, `queue${suffix}`);
    await check(page, `/groups/${groupId}`, linked[0]!.text, `group${suffix}`);
    await check(page, "/matrix", m("groups", "matrix.title"), `matrix${suffix}`);
    await page.goto("/dashboard");
    await expect(page.getByRole("img").locator("svg.recharts-surface").first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m("verdicts", "dashboard.title"));
    await expectNoA11yViolations(page);
    await docScreenshot(page, `dashboard${suffix}`);
    await page.goto("/export");
    await expect(page.getByRole("status").filter({ hasText: /proposition/ })).toContainText("3");
    await expectNoA11yViolations(page);
    await docScreenshot(page, `export${suffix}`);
    await check(page, "/export/report", m("export", "report.title"));
    await check(page, `/articles/${article.id}/history`, m("verdicts", "history.articleTitle", { title: article.title }));
    await check(page, "/team", DESK);
    await check(page, "/account", m("team", "account.title"));

    // A tablet, in the reader.
    await page.setViewportSize({ width: 768, height: 1024 });
    await reader(linked[0]!.id);
    await expectNoA11yViolations(page);
    await docScreenshot(page, `reader-tablet${suffix}`);

    // The invitation page, opened signed out.
    const { url } = await createInvitationVia(page.request, "editor");
    const invited = await anonymousPage(browser, baseURL, lang);
    try {
      await check(invited.page, new URL(url).pathname, m("team", "invite.page.title", { team: DESK }));
    } finally {
      await invited.context.close();
    }
  });
}
