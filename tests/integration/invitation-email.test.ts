import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAndSendInvitation } from "@/lib/services/invitation-email";
import { findInvitationByToken, listInvitations } from "@/lib/services/invitations";
import { createTestTeam } from "../support/fixtures";
import { closedPort, startSmtpServer } from "../support/smtp";

const BASE_URL = "https://claimdesk.example.org";
const saved = { SMTP_URL: process.env.SMTP_URL, SMTP_FROM: process.env.SMTP_FROM };
const invite = (email?: string) => ({ role: "editor" as const, expiresInDays: 7, email });
const inviteeEmail = () => `invitee-${Date.now()}-${Math.floor(Math.random() * 1e6)}@test.claimdesk.local`;

function restore(name: keyof typeof saved) {
  if (saved[name] === undefined) delete process.env[name];
  else process.env[name] = saved[name];
}

afterEach(() => {
  restore("SMTP_URL");
  restore("SMTP_FROM");
});

describe("invitation e-mail", () => {
  it("e-mails the link in the inviter's language, through an SMTP server that requires a login", async () => {
    const smtp = await startSmtpServer({ user: "mailer", pass: "s3cret" });
    try {
      process.env.SMTP_URL = `smtp://mailer:s3cret@127.0.0.1:${smtp.port}`;
      process.env.SMTP_FROM = "Claimdesk <invites@claimdesk.example.org>";
      const { teamId, team, user, actor } = await createTestTeam("Mail");
      const to = inviteeEmail();
      const result = await createAndSendInvitation(teamId, actor, invite(to), { locale: "fr", baseUrl: BASE_URL });
      expect(result.emailed).toBe(true);
      expect(result.url).toBe(`${BASE_URL}/invite/${result.token}`);

      expect(smtp.received).toHaveLength(1);
      const mail = smtp.received[0]!;
      expect(mail.envelopeTo).toEqual([to]);
      expect(mail.headers.get("to")).toBe(to);
      expect(mail.headers.get("from")).toBe("Claimdesk <invites@claimdesk.example.org>");
      expect(mail.subject).toBe(`${user.name} vous invite à rejoindre « ${team.name} » sur Claimdesk`);
      expect(mail.text).toContain("avec le rôle Éditeur.");
      // The token in the received link is the one the invitation page accepts.
      const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
      expect(`${BASE_URL}/invite/${token}`).toBe(result.url);
      expect(await findInvitationByToken(token!)).toMatchObject({ id: result.invitation.id, email: to, role: "editor", status: "pending" });
      expect(mail.html).toContain(`href="${result.url}"`);
    } finally {
      await smtp.close();
    }
  });

  it("keeps the invitation and its link when the SMTP server cannot be reached", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    const { teamId, actor } = await createTestTeam("Unsent");
    const to = inviteeEmail();
    const result = await createAndSendInvitation(teamId, actor, invite(to), { locale: "en", baseUrl: BASE_URL });
    expect(result.emailed).toBe(false);
    expect(result.url).toBe(`${BASE_URL}/invite/${result.token}`);
    expect(await findInvitationByToken(result.token)).toMatchObject({ id: result.invitation.id, email: to, status: "pending" });
    expect((await listInvitations(teamId)).map((i) => i.id)).toEqual([result.invitation.id]);
  });

  it("sends nothing without SMTP_URL or without an address, and creates the link as before", async () => {
    const smtp = await startSmtpServer();
    try {
      delete process.env.SMTP_URL;
      const { teamId, actor } = await createTestTeam("Link");
      const unconfigured = await createAndSendInvitation(teamId, actor, invite(inviteeEmail()), { locale: "en", baseUrl: BASE_URL });
      process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
      const anyone = await createAndSendInvitation(teamId, actor, invite(), { locale: "en", baseUrl: BASE_URL });
      expect([unconfigured.emailed, anyone.emailed]).toEqual([false, false]);
      expect(smtp.received).toEqual([]);
      expect(await db().invitation.count({ where: { teamId } })).toBe(2);
    } finally {
      await smtp.close();
    }
  });

  it("refuses a malformed SMTP_URL before creating any link", async () => {
    process.env.SMTP_URL = "http://mail.example.org";
    const { teamId, actor } = await createTestTeam("BadSmtp");
    await expect(createAndSendInvitation(teamId, actor, invite(inviteeEmail()), { locale: "en", baseUrl: BASE_URL })).rejects.toThrow(/SMTP_URL/);
    expect(await db().invitation.count({ where: { teamId } })).toBe(0);
  });
});
