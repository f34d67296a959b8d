import { describe, expect, it } from "vitest";
import { escapeHtml } from "@/lib/text/escape-html";
import { buildInvitationEmail } from "./email";

const base = {
  teamName: "Desk Politique",
  inviterName: "Alice Martin",
  role: "editor" as const,
  expiresAt: new Date("2026-03-10T14:30:00Z"),
  url: "https://claimdesk.example.org/invite/abc_DEF-123",
  timeZone: "UTC",
};

describe("invitation e-mail", () => {
  it("says who invites, to which team, with which role, until when, in English", () => {
    const mail = buildInvitationEmail({ ...base, locale: "en" });
    expect(mail.subject).toBe("Alice Martin invites you to join “Desk Politique” on Claimdesk");
    expect(mail.text).toContain("Alice Martin invites you to join the team “Desk Politique” on Claimdesk with the Editor role.");
    expect(mail.text).toContain(`\n${base.url}\n`);
    expect(mail.text).toContain("expires on March 10, 2026 at 2:30 PM");
    expect(mail.html).toContain(`<a href="${base.url}">Accept the invitation</a>`);
    expect(mail.html).toContain('<html lang="en">');
  });

  it("is written in French for a French-speaking inviter", () => {
    const mail = buildInvitationEmail({ ...base, locale: "fr", role: "viewer" });
    expect(mail.subject).toBe("Alice Martin vous invite à rejoindre « Desk Politique » sur Claimdesk");
    expect(mail.text).toContain("l’équipe « Desk Politique » sur Claimdesk avec le rôle Lecteur.");
    expect(mail.text).toContain("expire le 10 mars 2026 à 14:30");
    expect(mail.html).toContain("Accepter l’invitation</a>");
    expect(mail.text).not.toMatch(/inviteEmail\.|\{\w+\}/);
  });

  it("escapes names in the HTML part and keeps them as typed in the text part", () => {
    const mail = buildInvitationEmail({ ...base, locale: "en", teamName: "<b>Desk & Co</b>", inviterName: `Bob "O'Neil"` });
    expect(mail.html).toContain("“&lt;b&gt;Desk &amp; Co&lt;/b&gt;”");
    expect(mail.html).toContain("Bob &quot;O&#39;Neil&quot;");
    expect(mail.html).not.toContain("<b>Desk");
    expect(mail.text).toContain("“<b>Desk & Co</b>”");
    expect(mail.subject).toContain("“<b>Desk & Co</b>”");
  });

  it("keeps the subject on one line whatever the team name holds", () => {
    const mail = buildInvitationEmail({ ...base, locale: "en", teamName: "Desk\r\nBcc: someone@example.org" });
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it("escapes every character that matters in HTML text and attributes", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
