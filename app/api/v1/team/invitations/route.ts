import { apiRoute } from "@/lib/api/route";
import { negotiateLocale } from "@/lib/i18n/config";
import { createAndSendInvitation } from "@/lib/services/invitation-email";
import { listInvitations } from "@/lib/services/invitations";
import { invitationCreateSchema } from "@/lib/validation/team";

type Invitation = { id: string; role: string; email: string | null; expiresAt: Date; createdAt: Date; status?: string };
const invitationJson = (i: Invitation) => ({ ...i, expiresAt: i.expiresAt.toISOString(), createdAt: i.createdAt.toISOString() });

export const GET = apiRoute({ role: "owner" }, async ({ auth }) => {
  return { invitations: (await listInvitations(auth.teamId)).map(invitationJson) };
});

/**
 * The link is in this answer only: the database keeps a hash of its secret. `emailed`: it was
 * also sent to the invitation's address (SMTP configured, sending succeeded).
 */
export const POST = apiRoute({ role: "owner", body: invitationCreateSchema, status: 201 }, async ({ auth, body, request }) => {
  const { invitation, url, emailed } = await createAndSendInvitation(auth.teamId, auth.actor, body, {
    locale: negotiateLocale(undefined, request.headers.get("accept-language")),
    baseUrl: process.env.NEXTAUTH_URL ?? request.nextUrl.origin,
  });
  return { invitation: invitationJson({ ...invitation, status: "pending" }), url, emailed };
});
