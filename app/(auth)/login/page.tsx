import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { NoTeam } from "@/components/auth/no-team";
import { currentUser } from "@/lib/auth/context";
import { safeNextPath } from "@/lib/auth/redirect";
import { listMembershipsOfUser } from "@/lib/services/teams";
import { env } from "@/lib/env";
import { createTeamAction } from "@/app/(app)/team-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signIn") };
}

// The demo account exists on the embedded database only; say so there, nowhere else.
const DEMO = { email: "demo@claimdesk.local", password: "claimdesk-demo" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  // Signed in but in no team (removed, or left the last one): the app would send them
  // back here; offer to create a team instead of a sign-in form that cannot help.
  const user = await currentUser();
  if (user && (await listMembershipsOfUser(user.id)).length === 0) {
    return <NoTeam name={user.name} email={user.email} create={createTeamAction} />;
  }
  return <LoginForm next={safeNextPath(next)} demo={env().CLAIMDESK_EMBEDDED_DB === "1" ? DEMO : null} />;
}
