// How many independent sources state a proposition: articles of the same outlet, and
// near-identical articles (a wire story republished), count once.

export type SourceArticle = { id: string; outlet: string | null };

export function independentSourceClusters(articles: readonly SourceArticle[], copies: ReadonlyArray<readonly [string, string]>): string[][] {
  const parent = new Map(articles.map((article) => [article.id, article.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => {
    if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b));
  };
  const byOutlet = new Map<string, string>();
  for (const article of articles) {
    const outlet = article.outlet?.trim().toLowerCase();
    if (!outlet) continue;
    const first = byOutlet.get(outlet);
    if (first) union(first, article.id);
    else byOutlet.set(outlet, article.id);
  }
  for (const [a, b] of copies) union(a, b);
  const clusters = new Map<string, string[]>();
  for (const article of articles) {
    const root = find(article.id);
    clusters.set(root, [...(clusters.get(root) ?? []), article.id]);
  }
  return [...clusters.values()];
}
