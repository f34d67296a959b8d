import { DEMO, expect, screenshot, signIn, test } from "./fixtures";

test("sign up creates a team, then sign out and sign in again", async ({ page, newUser }) => {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(newUser.name);
  await page.getByLabel("E-mail").fill(newUser.email);
  await page.getByLabel("Password").fill(newUser.password);
  await page.getByLabel("Team name").fill(newUser.teamName);
  await screenshot(page, "signup");
  await page.getByRole("button", { name: "Create team and sign in" }).click();
  await expect(page.getByRole("heading", { name: "Articles", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Welcome to Claimdesk" })).toBeVisible();
  await expect(page.getByLabel("Active team")).toHaveValue(/.+/);
  await expect(page.getByRole("option", { name: newUser.teamName })).toBeAttached();
  await screenshot(page, "articles-empty");
  await page.getByRole("button", { name: "Load the five demo articles" }).click();
  await expect(page.getByRole("row")).toHaveCount(6);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, newUser.email, newUser.password);
  await expect(page.getByRole("heading", { name: "Articles", exact: true })).toBeVisible();
});

test("a wrong password shows a clear error and keeps the visitor out", async ({ page }) => {
  await signIn(page, DEMO.email, "not the right password");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong e-mail or password.");
  await screenshot(page, "login-error");
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/login/);
});

test("sign-up with a short password explains the rule", async ({ page, newUser }) => {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(newUser.name);
  await page.getByLabel("E-mail").fill(newUser.email);
  await page.getByLabel("Password").fill("short");
  await page.getByLabel("Team name").fill(newUser.teamName);
  await page.getByRole("button", { name: "Create team and sign in" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
});

test("the demo account lists the five seed articles", async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  await expect(page.getByRole("heading", { name: "Articles", exact: true })).toBeVisible();
  const rows = page.getByRole("row");
  await expect(rows).toHaveCount(6);
  await expect(page.getByRole("link", { name: /Poutine rencontre Kim Jong-un/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: "actionrc.fr" })).toBeVisible();
  await screenshot(page, "articles-demo");
});

test("unauthenticated API calls get 401 JSON, not a redirect", async ({ request }) => {
  const response = await request.get("/api/v1/articles", { maxRedirects: 0 });
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("unauthorized");
});

test("health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});
