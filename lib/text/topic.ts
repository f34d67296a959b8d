/**
 * Crude topical vocabulary used to tell an article's own paragraphs from
 * teasers of unrelated stories glued to its end. Deliberately simple
 * (lowercased prefix stems, FR+EN stopwords): it only has to separate
 * "shares several content words with the article" from "shares almost none".
 */

const STOPWORDS = new Set(
  (
    // French (with accents: lines are not accent-folded)
    "alors aussi autre autres aux avait avaient avant avec avoir bien car ceci cela celle celles celui " +
    "cependant ces cet cette ceux chaque comme comment contre dans depuis des deux donc dont elle elles " +
    "encore entre est étaient était été être eux fait faire fois font hors ici ils jusqu leur leurs lors " +
    "mais même mêmes moins mon nos notre nous ont par parce pas pendant peu peut plus pour pourquoi " +
    "quand que quel quelle quelles quels qui quoi sans ses selon sera seront son sont sous sur tandis " +
    "tant tous tout toute toutes très une vers via voici voilà vos votre vous travers après auprès " +
    "serait seraient aurait auraient " +
    // English
    "about above after again against all also and any are because been before being between both but " +
    "can could did does doing down during each few for from further had has have having her here hers " +
    "him his how into its itself just more most not now off once only other our out over own same she " +
    "should some such than that the their them then there these they this those through too under until " +
    "very was were what when where which while who whom why will with would you your"
  ).split(/\s+/u),
);

/** Prefix stems tie "sanctions"/"sanctionné", "présidente"/"président". */
function stem(word: string): string {
  return word.replace(/[sx]$/u, "").slice(0, 6);
}

/**
 * Distinct content stems of a line (no stopwords, no numbers, ≥ 3 letters).
 * Accents are kept: folding them cost a third of boilerplate detection, and
 * one article spells its own words consistently.
 */
export function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (word.length < 3 || STOPWORDS.has(word)) continue;
    stems.add(stem(word));
  }
  return stems;
}

/**
 * Document-frequency table of stems over a set of reference lines; a line
 * can be scored against it without counting its own contribution. Callers
 * pass precomputed stem sets (see contentStems) so each line is stemmed once.
 */
export class TopicVocabulary {
  private readonly counts = new Map<string, number>();
  private readonly members = new Map<number, ReadonlySet<string>>();

  add(id: number, stems: ReadonlySet<string>): void {
    this.members.set(id, stems);
    for (const s of stems) this.counts.set(s, (this.counts.get(s) ?? 0) + 1);
  }

  /** How many of a line's stems are also used elsewhere in the reference lines. */
  sharedStems(id: number, stems: ReadonlySet<string>): { shared: number; total: number } {
    const own = this.members.get(id);
    let shared = 0;
    for (const s of stems) {
      const count = (this.counts.get(s) ?? 0) - (own?.has(s) ? 1 : 0);
      if (count > 0) shared++;
    }
    return { shared, total: stems.size };
  }

  /**
   * Three shared stems, or a third of the line's stems, count as on topic.
   * On the seeds, body paragraphs share 3–21 stems; teasers of other stories
   * share 0–2.
   */
  isOnTopic(id: number, stems: ReadonlySet<string>): boolean {
    const { shared, total } = this.sharedStems(id, stems);
    return shared >= 3 || (shared > 0 && shared / total >= 1 / 3);
  }
}
