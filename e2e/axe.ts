// Accessibility checks shared by the specs: axe-core in the real page, after it has rendered.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
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
 * The file is rewritten only when its bytes change, so it is committed when the page changes.
 */
export async function docScreenshot(page: Page, name: string) {
  const path = `docs/screenshots/${name}.png`;
  // No caret blinking, no hover state, no running transitions in the picture.
  const image = await page.screenshot({ animations: "disabled", caret: "hide" });
  if (existsSync(path) && readFileSync(path).equals(image)) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, image);
}
