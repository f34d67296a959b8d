import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InvitationView } from "@/components/auth/invitation-view";
import { currentUser } from "@/lib/auth/context";
import { findInvitationByToken } from "@/lib/services/invitations";
import { listMembershipsOfUser } from "@/lib/services/teams";
import { invitationTokenSchema } from "@/lib/validation/auth";
import { acceptInvitationAction, signUpWithInvitationAction } from "./actions";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  // The team's name stays out of the title: titles end up in history and bookmarks.
  return { title: (await getTranslations("invite"))("page.metaTitle"), referrer: "no-referrer" };
}

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  if (!invitationTokenSchema.safeParse(token).success) notFound();
  const invitation = await findInvitationByToken(token);
  if (!invitation) notFound();
  const user = await currentUser();
  const alreadyMember = user ? (await listMembershipsOfUser(user.id)).some((m) => m.team.id === invitation.team.id) : false;
  return (
    <InvitationView
      token={token}
      invitation={{ teamName: invitation.team.name, role: invitation.role, email: invitation.email, status: invitation.status, expiresAt: invitation.expiresAt.toISOString() }}
      user={user ? { name: user.name, email: user.email } : null}
      alreadyMember={alreadyMember}
      accept={acceptInvitationAction}
      signUp={signUpWithInvitationAction}
    />
  );
}
