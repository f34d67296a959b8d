// The invitation e-mail, built from data and the messages of the inviter's language.
// Pure (no Next, no Prisma): unit-tested; lib/services/invitation-email.ts sends it.
import type { Locale } from "@/lib/i18n/config";
import { translateKey } from "@/lib/i18n/messages";
import { escapeHtml } from "@/lib/text/escape-html";

export type InvitationEmailData = {
  locale: Locale;
  teamName: string;
  inviterName: string;
  role: "owner" | "editor" | "viewer";
  expiresAt: Date;
  /** Absolute: the reader's mail client has no base URL. */
  url: string;
  /** The team page shows dates in this zone; the e-mail says the same time. */
  timeZone?: string;
};

export type InvitationEmail = { subject: string; text: string; html: string };

/** These messages use plain `{name}` placeholders only (no plural), so no ICU runtime is needed here. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

// Subject lines are headers: a team name with a line break must not start a new line there.
const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();

export function buildInvitationEmail(data: InvitationEmailData): InvitationEmail {
  const t = (key: string) => translateKey(data.locale, `inviteEmail.${key}`);
  const values = {
    team: oneLine(data.teamName),
    inviter: oneLine(data.inviterName),
    role: translateKey(data.locale, `team.roles.${data.role}`),
    date: new Intl.DateTimeFormat(data.locale, { dateStyle: "long", timeStyle: "short", timeZone: data.timeZone ?? "Europe/Paris" }).format(data.expiresAt),
  };
  const body = fill(t("body"), values);
  const expires = fill(t("expires"), values);
  const text = [t("greeting"), "", body, "", t("linkIntro"), data.url, "", expires, t("ignore"), ""].join("\n");
  const html = [
    `<!doctype html><html lang="${data.locale}"><body style="font-family:sans-serif;line-height:1.5">`,
    `<p>${escapeHtml(t("greeting"))}</p>`,
    `<p>${escapeHtml(body)}</p>`,
    `<p><a href="${escapeHtml(data.url)}">${escapeHtml(t("action"))}</a></p>`,
    `<p>${escapeHtml(t("linkIntro"))}<br>${escapeHtml(data.url)}</p>`,
    `<p>${escapeHtml(expires)}<br>${escapeHtml(t("ignore"))}</p>`,
    "</body></html>",
  ].join("\n");
  return { subject: fill(t("subject"), values), text, html };
}
