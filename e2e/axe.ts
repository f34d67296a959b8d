// Accessibility checks shared by the specs: axe-core in the real page, after it has rendered.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

type Options = {
  /** A CSS selector to check instead of the whole page (e.g. "#content"). */
  include?: string;
  /** Which impacts fail the check; default serious and critical. Pass "all" for every violation. */
  impacts?: "serious" | "all";
};

/** Runs axe on the page (WCAG 2.x A/AA rules and best practices) and fails on serious or critical violations, listing them. */
export async function expectNoA11yViolations(page: Page, { include, impacts = "serious" }: Options = {}) {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const failing = results.violations.filter((v) => impacts === "all" || v.impact === "serious" || v.impact === "critical");
  const where = `${page.url()} (${await page.evaluate(() => `${document.documentElement.lang}, ${matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light"}`)})`;
  // Soft: one run lists every page's problems; the test still fails.
  expect.soft(
    failing.map((v) => `${v.id} [${v.impact}]: ${v.nodes.slice(0, 12).map((n) => `${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(1, 2).join("").trim()}`).join(" | ")}`),
    `axe violations on ${where}`,
  ).toEqual([]);
}

/**
 * A README picture: docs/screenshots/<name>.png, the viewport only (deterministic size).
 * Playwright compares it with the committed one and rewrites it only when more than 1% of
 * the pixels differ (playwright.config.ts: updateSnapshots "changed"), so a verdict's
 * time or today's date in a corner does not make a new picture at every run.
 */
export async function docScreenshot(page: Page, name: string) {
  await expect(page).toHaveScreenshot(`${name}.png`, { maxDiffPixelRatio: 0.01 });
}
