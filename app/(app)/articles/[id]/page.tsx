import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleReader } from "@/components/reader/article-reader";
import { ArticleHeader } from "@/components/reader/article-header";
import { LiveRefresh } from "@/components/verdicts/live-refresh";
import { requireTeamContext } from "@/lib/auth/context";
import { roleAllows } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors";
import { getArticleForReader } from "@/lib/services/articles";
import { getVerdictDetails } from "@/lib/services/verdicts";
import { toVerdictView, unknownVerdict } from "@/lib/verdicts/view";
import { addEvidenceAction, removeEvidenceAction, setVerdictAction } from "../../queue/actions";
import {
  createClaimAction,
  deleteClaimAction,
  linkClaimAction,
  rejectMatchAction,
  unlinkClaimAction,
  editClaimAction,
  mergeClaimsAction,
  restoreClaimAction,
  splitClaimAction,
  toggleBoilerplateAction,
} from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string }> };

async function load(id: string) {
  const context = await requireTeamContext();
  try {
    return { context, article: await getArticleForReader(context.teamId, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await load((await params).id);
  return { title: article.title };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const [{ id }, { claim }] = await Promise.all([params, searchParams]);
  const { context, article } = await load(id);
  const details = await getVerdictDetails(context.teamId, article.claims.map((c) => c.groupId));
  const claims = article.claims.map((c) => {
    const found = details.get(c.groupId);
    return { ...c, verdict: found ? toVerdictView(found) : unknownVerdict(c.groupId) };
  });
  const liveClaims = claims.filter((c) => !c.deletedAt);
  return (
    <div className="space-y-4">
      <ArticleHeader
        article={article}
        claimCount={liveClaims.length}
        setAsideCount={article.boilerplate.filter((b) => !b.included).length}
        verdictCounts={{
          corroborated: liveClaims.filter((c) => c.verdict.status === "corroborated").length,
          disputed: liveClaims.filter((c) => c.verdict.status === "disputed").length,
          unverified: liveClaims.filter((c) => c.verdict.status === "unverified").length,
        }}
      />
      <ArticleReader
        articleId={article.id}
        text={article.text}
        claims={liveClaims}
        deletedClaims={claims.filter((c) => c.deletedAt)}
        boilerplate={article.boilerplate}
        canEdit={roleAllows(context.role, "editor")}
        initialClaimId={claim ?? null}
        selfUserId={context.userId}
        actions={{
          edit: editClaimAction,
          split: splitClaimAction,
          merge: mergeClaimsAction,
          remove: deleteClaimAction,
          restore: restoreClaimAction,
          create: createClaimAction,
          toggleBoilerplate: toggleBoilerplateAction,
          link: linkClaimAction,
          unlink: unlinkClaimAction,
          reject: rejectMatchAction,
          setVerdict: setVerdictAction,
          addEvidence: addEvidenceAction,
          removeEvidence: removeEvidenceAction,
        }}
      />
      <LiveRefresh selfUserId={context.userId} />
    </div>
  );
}
