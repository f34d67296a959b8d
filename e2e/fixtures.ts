import { randomUUID } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";

export const DEMO = { email: "demo@claimdesk.local", password: "claimdesk-demo" };

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `e2e/output/screenshots/${name}.png`, fullPage: true });
}

export const test = base.extend<{ newUser: { name: string; email: string; password: string; teamName: string } }>({
  // A fresh identity per test: sign-ups never collide, reruns need no cleanup of old users.
  newUser: async ({}, use) => {
    const suffix = randomUUID().slice(0, 8);
    await use({ name: `E2E Editor ${suffix}`, email: `e2e-${suffix}@test.claimdesk.local`, password: "correct horse battery staple", teamName: `E2E desk ${suffix}` });
  },
});

export { expect };
