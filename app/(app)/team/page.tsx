import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateTeamForm } from "@/components/team/create-team-form";
import { InvitationsPanel } from "@/components/team/invitations-panel";
import { MembersTable } from "@/components/team/members-table";
import { Section } from "@/components/team/section";
import { TeamName } from "@/components/team/team-name";
import { TokensPanel } from "@/components/team/tokens-panel";
import { requireTeamContext } from "@/lib/auth/context";
import { smtpConfig } from "@/lib/env";
import { listApiTokens } from "@/lib/services/api-tokens";
import { listInvitations } from "@/lib/services/invitations";
import { getTeam, listMembers } from "@/lib/services/teams";
import { createTeamAction } from "../team-actions";
import {
  changeRoleAction,
  createInvitationAction,
  createTokenAction,
  leaveTeamAction,
  removeMemberAction,
  renameTeamAction,
  revokeInvitationAction,
  revokeTokenAction,
  transferOwnershipAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team"))("title") };
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

export default async function TeamPage() {
  const context = await requireTeamContext();
  const isOwner = context.role === "owner";
  const [team, members, invitations, tokens, t, tInvite, tTokens] = await Promise.all([
    getTeam(context.teamId),
    listMembers(context.teamId),
    // Links and tokens are secrets' metadata: owners only, like the actions on them.
    isOwner ? listInvitations(context.teamId) : Promise.resolve([]),
    isOwner ? listApiTokens(context.teamId) : Promise.resolve([]),
    getTranslations("team"),
    getTranslations("invite"),
    getTranslations("tokens"),
  ]);
  return (
    <div className="space-y-6">
      <TeamName name={team.name} role={context.role} rename={isOwner ? renameTeamAction : null} />
      <Section title={t("members.title")} description={t("members.description", { count: members.length })}>
        <MembersTable
          members={members.map((m) => ({ ...m, joinedAt: m.joinedAt.toISOString() }))}
          currentUserId={context.userId}
          isOwner={isOwner}
          actions={{ changeRole: changeRoleAction, remove: removeMemberAction, transfer: transferOwnershipAction, leave: leaveTeamAction }}
        />
      </Section>
      {isOwner ? (
        <>
          <Section title={tInvite("title")} description={tInvite("description")}>
            <InvitationsPanel
              invitations={invitations.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString(), createdAt: i.createdAt.toISOString() }))}
              emailDelivery={smtpConfig().url ? "configured" : "not_configured"}
              actions={{ create: createInvitationAction, revoke: revokeInvitationAction }}
            />
          </Section>
          <Section title={tTokens("title")} description={tTokens("description")}>
            <TokensPanel
              tokens={tokens.map((token) => ({
                ...token,
                expiresAt: iso(token.expiresAt),
                lastUsedAt: iso(token.lastUsedAt),
                revokedAt: iso(token.revokedAt),
                createdAt: token.createdAt.toISOString(),
              }))}
              actions={{ create: createTokenAction, revoke: revokeTokenAction }}
            />
          </Section>
        </>
      ) : (
        <p className="rounded-md border border-dashed border-stone-300 px-4 py-3 text-sm text-stone-600 dark:border-stone-700 dark:text-stone-400">{t("ownersOnly")}</p>
      )}
      <Section title={t("create.title")} description={t("create.description")}>
        <CreateTeamForm create={createTeamAction} />
      </Section>
    </div>
  );
}
