import { acceptInvitationVia, apiSignIn, createApiTokenVia, createInvitationVia, expect, makeUser, newSignedInContext, newSignedUpContext, screenshot, signUp, test } from "./fixtures";
import { expectNoA11yViolations } from "./axe";

test("invite by link, accept in a second browser, change the role, revoke a token, remove the member", async ({ page, browser, baseURL, newUser }) => {
  test.setTimeout(90_000);
  await signUp(page, newUser);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Team" }).click();
  await expect(page.getByRole("heading", { level: 1, name: newUser.teamName })).toBeVisible();
  await expect(page.getByText("You are Owner")).toBeVisible();

  // The owner creates an editor link; it is shown once, with the note that no e-mail is sent.
  const invitations = page.getByRole("region", { name: "Invitations" });
  await invitations.getByLabel("Role").selectOption("editor");
  await invitations.getByRole("button", { name: "Create link" }).click();
  const link = invitations.getByLabel("Invitation link");
  await expect(link).toHaveValue(/\/invite\/[\w-]{43}$/);
  const url = await link.inputValue();
  await expect(invitations.getByRole("list", { name: "Pending invitations" }).getByRole("listitem")).toHaveCount(1);
  await expectNoA11yViolations(page, { include: "#content", impacts: "all" });
  await screenshot(page, "team-invite-link");
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, "team-invite-link-dark");
  await page.emulateMedia({ colorScheme: "light" });

  // A second link, revoked: the owner confirms first, then it leaves the list.
  const pending = invitations.getByRole("list", { name: "Pending invitations" }).getByRole("listitem");
  await invitations.getByLabel("Role").selectOption("viewer");
  await invitations.getByRole("button", { name: "Create link" }).click();
  await expect(pending).toHaveCount(2);
  await invitations.getByRole("button", { name: "Revoke the invitation for Viewer" }).click();
  await expect(pending).toHaveCount(2);
  await invitations.getByRole("button", { name: "Revoke now" }).click();
  await expect(pending).toHaveCount(1);
  await expect(page.getByRole("status").filter({ hasText: /revoked/i })).toBeVisible();

  // A second browser (no session) opens the link and creates an account in the team.
  const guest = await browser.newContext({ baseURL, locale: "en-GB" });
  const guestPage = await guest.newPage();
  const teammate = makeUser("Teammate");
  await guestPage.goto(new URL(url).pathname);
  await expect(guestPage.getByRole("heading", { name: `Join “${newUser.teamName}”` })).toBeVisible();
  await expect(guestPage.getByText("You are invited as Editor.")).toBeVisible();
  await guestPage.getByLabel("Your name").fill(teammate.name);
  await guestPage.getByLabel("E-mail").fill(teammate.email);
  await guestPage.getByLabel("Password").fill(teammate.password);
  await expectNoA11yViolations(guestPage, { include: "#content", impacts: "all" });
  await screenshot(guestPage, "invite-signup");
  await guestPage.getByRole("button", { name: "Create account and join" }).click();
  await expect(guestPage.getByRole("heading", { name: "Articles", exact: true })).toBeVisible();
  await expect(guestPage.getByLabel("Active team").getByRole("option", { name: newUser.teamName })).toBeAttached();

  // Single use: the same link again says so.
  const third = await browser.newContext({ baseURL, locale: "en-GB" });
  const thirdPage = await third.newPage();
  await thirdPage.goto(new URL(url).pathname);
  await expect(thirdPage.getByRole("heading", { name: "This invitation was already used" })).toBeVisible();
  await third.close();

  // The owner sees the editor and makes them a viewer.
  await page.reload();
  const members = page.getByRole("region", { name: "Members" });
  const role = members.getByLabel(`Role of ${teammate.name}`);
  await expect(role).toHaveValue("editor");
  await role.selectOption("viewer");
  await expect(role).toHaveValue("viewer");
  await page.reload();
  await expect(members.getByLabel(`Role of ${teammate.name}`)).toHaveValue("viewer");

  // The viewer's page has no owner sections, and its writes are refused.
  await guestPage.goto("/team");
  await expect(guestPage.getByText("You are Viewer")).toBeVisible();
  await expect(guestPage.getByRole("region", { name: "API tokens" })).toHaveCount(0);
  await expect(guestPage.getByText("Only owners can invite people")).toBeVisible();
  const write = await guestPage.request.post("/api/v1/articles", { data: { title: "Viewer write", text: "Le maire a inauguré 40 logements." } });
  expect(write.status()).toBe(403);
  await expectNoA11yViolations(guestPage, { include: "#content", impacts: "all" });
  await screenshot(guestPage, "team-viewer");

  // A token: shown once, works with its role, then revoked from the list.
  const tokens = page.getByRole("region", { name: "API tokens" });
  await tokens.getByLabel("Name").fill("Nightly import");
  await tokens.getByLabel("Role").selectOption("editor");
  await tokens.getByRole("button", { name: "Create token" }).click();
  const secretField = tokens.getByLabel("Token “Nightly import”");
  await expect(secretField).toHaveValue(/^cdk_[\w-]{43}$/);
  const secret = await secretField.inputValue();
  const bearer = { Authorization: `Bearer ${secret}` };
  const anonymous = await browser.newContext({ baseURL });
  expect((await anonymous.request.get("/api/v1/articles", { headers: bearer })).status()).toBe(200);
  await page.reload();
  const row = tokens.getByRole("row", { name: /Nightly import/ });
  await expect(row).not.toContainText("Never used");
  await screenshot(page, "team-tokens");
  await row.getByRole("button", { name: "Revoke token Nightly import" }).click();
  await row.getByRole("button", { name: "Revoke now" }).click();
  await expect(row).toContainText("Revoked");
  expect((await anonymous.request.get("/api/v1/articles", { headers: bearer })).status()).toBe(401);
  await anonymous.close();

  // The last owner cannot leave.
  const me = members.getByRole("row", { name: new RegExp(newUser.name) });
  await me.getByRole("button", { name: "Leave team" }).click();
  await me.getByRole("button", { name: "Leave", exact: true }).click();
  await expect(members.getByRole("alert")).toHaveText("A team needs at least one owner: make someone else owner first.");

  // Removing the teammate: their next page shows they are in no team, with a way out.
  const theirs = members.getByRole("row", { name: new RegExp(teammate.name) });
  await theirs.getByRole("button", { name: `Remove ${teammate.name}` }).click();
  await theirs.getByRole("button", { name: "Remove", exact: true }).click();
  await expect(members.getByRole("row", { name: new RegExp(teammate.name) })).toHaveCount(0);
  await guestPage.goto("/articles");
  await expect(guestPage).toHaveURL(/\/login/);
  await expect(guestPage.getByRole("heading", { name: "You are not in any team" })).toBeVisible();
  await screenshot(guestPage, "no-team");
  await guest.close();
  await screenshot(page, "team-owner");
});

test("an e-mail-bound invitation, accepted after signing in; ownership transfer", async ({ page, browser, baseURL, newUser }) => {
  test.setTimeout(60_000);
  await signUp(page, newUser);
  const invited = makeUser("Invited");
  const other = makeUser("Other");
  // Both have accounts (and teams) of their own already.
  for (const user of [invited, other]) await (await newSignedUpContext(browser, baseURL, user)).context.close();
  await page.goto("/team");
  const invitations = page.getByRole("region", { name: "Invitations" });
  await invitations.getByLabel("Role").selectOption("editor");
  await invitations.getByLabel("E-mail (optional)").fill(invited.email);
  await invitations.getByRole("button", { name: "Create link" }).click();
  await expect(invitations.getByText(`E-mail delivery is not configured on this server: send this link to ${invited.email} yourself.`)).toBeVisible();
  const path = new URL(await invitations.getByLabel("Invitation link").inputValue()).pathname;

  // Someone else signed in: told the link is not for them.
  const otherSession = await newSignedInContext(browser, baseURL, other);
  await otherSession.page.goto(path);
  await expect(otherSession.page.getByText(`This invitation is for ${invited.email}, and you are signed in as ${other.email}.`)).toBeVisible();
  await otherSession.context.close();

  // The invited person, signed out, signs in from the link and comes back to it.
  const invitedContext = await browser.newContext({ baseURL, locale: "en-GB" });
  const invitedPage = await invitedContext.newPage();
  await invitedPage.goto(path);
  await invitedPage.getByRole("link", { name: "I have an account: sign in to join" }).click();
  await invitedPage.getByLabel("E-mail").fill(invited.email);
  await invitedPage.getByLabel("Password").fill(invited.password);
  await invitedPage.getByRole("button", { name: "Sign in" }).click();
  await expect(invitedPage).toHaveURL(new RegExp(`${path}$`));
  await screenshot(invitedPage, "invite-signed-in");
  await invitedPage.getByRole("button", { name: `Join “${newUser.teamName}”` }).click();
  await expect(invitedPage).toHaveURL(/\/articles$/);
  await expect(invitedPage.getByLabel("Active team")).toHaveValue(await page.getByLabel("Active team").inputValue());

  // Ownership moves to the invited editor; the former owner becomes an editor.
  await page.reload();
  const row = page.getByRole("region", { name: "Members" }).getByRole("row", { name: new RegExp(invited.name) });
  await row.getByRole("button", { name: "Make owner" }).click();
  await row.getByRole("button", { name: "Transfer ownership" }).click();
  await expect(page.getByText("You are Editor")).toBeVisible();
  await invitedPage.goto("/team");
  await expect(invitedPage.getByText("You are Owner")).toBeVisible();
  await invitedContext.close();
});

test("account: password change needs the old one, signs other sessions out; sign out everywhere", async ({ page, browser, baseURL, newUser }) => {
  test.setTimeout(60_000);
  await signUp(page, newUser);
  const elsewhere = await newSignedInContext(browser, baseURL, newUser);

  await page.getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
  const form = page.getByRole("region", { name: "Password" });
  await form.getByLabel("Current password").fill("not the password");
  await form.getByLabel("New password").fill("password2024!");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("This password is too common")).toBeVisible();
  await form.getByLabel("New password").fill("a fresh passphrase for the desk");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("alert")).toHaveText("The current password is wrong.");
  await form.getByLabel("Current password").fill(newUser.password);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("Password changed. Your other sessions are signed out.")).toBeVisible();
  await expectNoA11yViolations(page, { include: "#content", impacts: "all" });
  await screenshot(page, "account");

  // This browser stays signed in (signed in again with the new password); the other is out.
  await page.goto("/articles");
  await expect(page.getByRole("heading", { name: "Articles", exact: true })).toBeVisible();
  await elsewhere.page.goto("/articles");
  await expect(elsewhere.page).toHaveURL(/\/login/);
  expect((await apiSignIn(elsewhere.request, newUser.email, newUser.password)).error).toBe("CredentialsSignin");
  expect((await apiSignIn(elsewhere.request, newUser.email, "a fresh passphrase for the desk")).error).toBeNull();
  expect((await elsewhere.request.get("/api/v1/articles")).status()).toBe(200);

  // Sign out everywhere: this browser and the other one.
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect((await elsewhere.request.get("/api/v1/articles")).status()).toBe(401);
  await elsewhere.context.close();
});

test("create another team and switch between teams", async ({ page, newUser }) => {
  await signUp(page, newUser);
  await page.goto("/team");
  const create = page.getByRole("region", { name: "Another team" });
  await create.getByLabel("New team name").fill(`${newUser.teamName} bis`);
  await create.getByRole("button", { name: "Create team" }).click();
  await expect(page).toHaveURL(/\/articles$/);
  const switcher = page.getByLabel("Active team");
  await expect(switcher.locator("option:checked")).toHaveText(`${newUser.teamName} bis`);
  await page.goto("/team");
  await expect(page.getByRole("heading", { level: 1, name: `${newUser.teamName} bis` })).toBeVisible();
  await switcher.selectOption({ label: newUser.teamName });
  await expect(page.getByRole("heading", { level: 1, name: newUser.teamName, exact: true })).toBeVisible();
});

test("a removed owner keeps no access: their tokens, and tokens minted with those tokens, stop working", async ({ page, browser, baseURL, newUser, playwright }) => {
  test.setTimeout(60_000);
  await signUp(page, newUser);
  const invite = await createInvitationVia(page.request, "owner");
  const coOwner = await newSignedUpContext(browser, baseURL, "CoOwner");
  await acceptInvitationVia(coOwner.page, invite.url);
  const first = await createApiTokenVia(coOwner.request, "owner", "first");
  const viaToken = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${first.secret}` } });
  const minted = await createApiTokenVia(viaToken, "editor", "minted");
  const link = await createInvitationVia(viaToken, "owner");
  const members = (await (await page.request.get("/api/v1/team")).json()) as { members: Array<{ userId: string; email: string }> };
  const coOwnerId = members.members.find((m) => m.email === coOwner.user.email)!.userId;
  expect((await page.request.delete(`/api/v1/team/members/${coOwnerId}`)).status()).toBe(200);

  const anonymous = await playwright.request.newContext({ baseURL });
  for (const secret of [first.secret, minted.secret]) {
    expect((await anonymous.get("/api/v1/articles", { headers: { Authorization: `Bearer ${secret}` } })).status()).toBe(401);
  }
  expect((await coOwner.request.get("/api/v1/articles")).status()).toBe(200); // their own team only
  expect((await coOwner.request.get(new URL(link.url).pathname)).status()).toBe(404);
  const tokens = (await (await page.request.get("/api/v1/tokens")).json()) as { tokens: Array<{ name: string; status: string }> };
  expect(tokens.tokens.map((t) => `${t.name}:${t.status}`).sort()).toEqual(["first:revoked", "minted:revoked"]);
  await Promise.all([viaToken.dispose(), anonymous.dispose(), coOwner.context.close()]);
});
