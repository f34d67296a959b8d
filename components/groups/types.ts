// The shape the group page hands to its components (what getClaimGroup returns).

export type GroupArticle = {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: Date | null;
  language: string;
};

export type Statement = {
  id: string;
  text: string;
  start: number;
  end: number;
  article: GroupArticle;
  before: string;
  source: string;
  after: string;
};

export type ContradictionView = {
  kind: string;
  unit?: string;
  label: string;
  a: string;
  b: string;
};

export type ContradictionHint = { claimId: string; otherClaimId: string; contradictions: ContradictionView[] };

export type ContradictingGroup = {
  groupId: string;
  details: unknown;
  claims: Array<{ id: string; text: string; groupId: string; article: { id: string; title: string; outlet: string | null } }>;
};

export type GroupView = {
  id: string;
  status: string;
  version: number;
  rationale: string | null;
  decidedAt: Date | null;
  statements: Statement[];
  sourceCount: number;
  independentSourceCount: number;
  copyClusters: string[][];
  contradictionHints: ContradictionHint[];
  contradictingGroups: ContradictingGroup[];
};
