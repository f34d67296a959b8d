import { apiRoute } from "@/lib/api/route";
import { createInvitation, listInvitations } from "@/lib/services/invitations";
import { invitationCreateSchema } from "@/lib/validation/team";

type Invitation = { id: string; role: string; email: string | null; expiresAt: Date; createdAt: Date; status?: string };
const invitationJson = (i: Invitation) => ({ ...i, expiresAt: i.expiresAt.toISOString(), createdAt: i.createdAt.toISOString() });

export const GET = apiRoute({ role: "owner" }, async ({ auth }) => {
  return { invitations: (await listInvitations(auth.teamId)).map(invitationJson) };
});

/** The link is in this answer only: the database keeps a hash of its secret. */
export const POST = apiRoute({ role: "owner", body: invitationCreateSchema, status: 201 }, async ({ auth, body, request }) => {
  const { invitation, path } = await createInvitation(auth.teamId, auth.actor, body, auth.accountableUserId);
  const base = process.env.NEXTAUTH_URL ?? request.nextUrl.origin;
  return { invitation: invitationJson({ ...invitation, status: "pending" }), url: new URL(path, base).toString() };
});
