import type { ActionResult } from "@/lib/actions/result";
import type { VerdictActions, VerdictView } from "@/components/verdicts/types";

export type QueueItemView = {
  id: string;
  text: string;
  articleId: string;
  articleTitle: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  checkworthiness: number;
  assigneeId: string | null;
  verdict: VerdictView;
};

export type Teammate = { id: string; name: string; canReview: boolean };

export type QueueActions = VerdictActions & {
  assign: (input: { claimId: string; assigneeId: string | null }) => Promise<ActionResult<{ id: string; assigneeId: string | null }>>;
};

/** The filters as they appear in the URL (all optional; "" = any). */
export type QueueParams = {
  status?: string;
  articleId?: string;
  outlet?: string;
  assignee?: string;
  minCheckworthiness?: string;
  from?: string;
  to?: string;
};

export function queueHref(params: QueueParams & { cursor?: string }): string {
  const search = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const query = search.toString();
  return query ? `/queue?${query}` : "/queue";
}
