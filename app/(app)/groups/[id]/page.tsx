import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { GroupView } from "@/components/groups/group-view";
import { requireTeamContext } from "@/lib/auth/context";
import { NotFoundError } from "@/lib/errors";
import { getClaimGroup } from "@/lib/services/group-views";

type Props = { params: Promise<{ id: string }> };

// generateMetadata and the page share one load per request.
const load = cache(async (id: string) => {
  const context = await requireTeamContext();
  try {
    return await getClaimGroup(context.teamId, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = await load((await params).id);
  const text = group.statements[0]?.text;
  if (!text) return { title: (await getTranslations("groups"))("metaTitle") };
  return { title: text.length > 80 ? `${text.slice(0, 80).replace(/\s+\S*$/, "")}…` : text };
}

export default async function GroupPage({ params }: Props) {
  const group = await load((await params).id);
  return <GroupView group={group} />;
}
