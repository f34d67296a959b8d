import "server-only";
import { smtpConfig } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { buildInvitationEmail } from "@/lib/invitations/email";
import { db } from "@/lib/db";
import { accountableUser, type Actor } from "@/lib/services/audit";
import { createInvitation } from "@/lib/services/invitations";
import { sendMail } from "@/lib/services/mailer";
import { getTeam } from "@/lib/services/teams";
import type { InvitationCreateInput } from "@/lib/validation/team";

type Options = {
  /** The inviter's UI language: the e-mail is written in it. */
  locale: Locale;
  /** NEXTAUTH_URL (or the request's origin): the link in the e-mail must be absolute. */
  baseUrl: string;
};

/**
 * Creates the link and, when it is bound to an address and SMTP is configured, e-mails it.
 * The row is committed before sending: a failed send loses nothing, the caller still has
 * the link to copy, and `emailed` says what happened.
 */
export async function createAndSendInvitation(teamId: string, actor: Actor, input: InvitationCreateInput, options: Options) {
  // Parsed first: a malformed SMTP_URL fails the request before any link exists.
  const smtp = smtpConfig();
  const created = await createInvitation(teamId, actor, input);
  const url = new URL(created.path, options.baseUrl).toString();
  const to = created.invitation.email;
  if (!to || !smtp.url) return { ...created, url, emailed: false };
  try {
    const [team, inviter] = await Promise.all([
      getTeam(teamId),
      db().user.findUnique({ where: { id: accountableUser(actor) }, select: { name: true } }),
    ]);
    const mail = buildInvitationEmail({
      locale: options.locale,
      teamName: team.name,
      inviterName: inviter?.name ?? actor.label,
      role: created.invitation.role,
      expiresAt: created.invitation.expiresAt,
      url,
    });
    await sendMail({ ...smtp, url: smtp.url }, { to, ...mail });
    return { ...created, url, emailed: true };
  } catch (error) {
    // The id, not the link: the secret must not end up in logs.
    console.error(`[invitations] e-mail for invitation ${created.invitation.id} not sent:`, error instanceof Error ? error.message : error);
    return { ...created, url, emailed: false };
  }
}
