import { spawn, type ChildProcess } from "node:child_process";
import type { Page } from "@playwright/test";
import { expect, openHydrated, screenshot, signUp, test } from "./fixtures";

// A second `next start` against the same database: the app keeps no state of its own,
// so sessions and data are the same on both instances.
const firstPort = Number(process.env.E2E_PORT ?? 3100);
const secondPort = firstPort + 50;
const second = `http://localhost:${secondPort}`;
let instance: ChildProcess;

test.beforeAll(async () => {
  instance = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(secondPort)], {
    env: { ...process.env, NEXTAUTH_URL: second },
    stdio: "ignore",
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${second}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the second instance did not start");
});

test.afterAll(() => {
  instance?.kill("SIGTERM");
});

test("two app instances serve the same users and the same data, and live updates reach both", async ({ page, newUser }) => {
  await signUp(page, newUser);

  // The session made by instance 1 is valid on instance 2.
  await page.goto(`${second}/articles`);
  await expect(page.getByRole("heading", { name: "Articles", exact: true })).toBeVisible();
  await expect(page.getByRole("option", { name: newUser.teamName })).toBeAttached();

  // Written through instance 1, read through instance 2.
  const created = await page.request.post("/api/v1/articles", {
    data: { title: "Deux instances", text: "Le port de Marseille a accueilli 3 000 navires en 2023." },
  });
  expect(created.status()).toBe(201);
  const { article } = await created.json();
  const read = await page.request.get(`${second}/api/v1/articles/${article.id}`);
  expect(read.status()).toBe(200);
  expect((await read.json()).article.claims[0].text).toBe("Le port de Marseille a accueilli 3 000 navires en 2023.");
  await page.goto(`${second}/articles/${article.id}`);
  await expect(page.getByRole("heading", { name: "Deux instances" })).toBeVisible();
  await screenshot(page, "second-instance");

  // Live updates reach both: each instance polls the database, not its own memory.
  const claimId = (article.claims[0] as { id: string }).id;
  const mark = (on: Page) => on.locator(`mark[data-claim-id="${claimId}"]`);
  const onFirst = await page.context().newPage();
  await openHydrated(onFirst, `/articles/${article.id}`);
  await openHydrated(page, `${second}/articles/${article.id}`);
  const viaFirst = await page.request.put(`/api/v1/claims/${claimId}/verdict`, {
    data: { status: "disputed", rationale: "Written through instance 1.", version: 0 },
  });
  expect(viaFirst.status()).toBe(200);
  await expect(mark(page)).toHaveAttribute("data-status", "disputed", { timeout: 10_000 });
  const viaSecond = await page.request.put(`${second}/api/v1/claims/${claimId}/verdict`, {
    data: { status: "unverified", version: 1 },
  });
  expect(viaSecond.status()).toBe(200);
  await expect(mark(onFirst)).toHaveAttribute("data-status", "unverified", { timeout: 10_000 });
  await onFirst.close();

  // Signing out on instance 2 ends the session on instance 1 too (one cookie, one secret).
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/login/);
});
