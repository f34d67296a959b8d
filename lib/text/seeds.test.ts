import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticleText, type ArticleAnalysis } from "./analyze";
import type { BoilerplateReason } from "./boilerplate";
import { splitLines } from "./spans";

const SEED_DIR = join(process.cwd(), "prisma/demo/articles");
const seedFiles = readdirSync(SEED_DIR).filter((f) => f.endsWith(".txt")).sort();
const seeds = new Map(seedFiles.map((f) => [f.slice(0, 3), readFileSync(join(SEED_DIR, f), "utf8")]));

function seed(id: string): string {
  const text = seeds.get(id);
  if (text === undefined) throw new Error(`missing seed ${id}`);
  return text;
}

/**
 * Exactly the lines (1-based) each seed's detector must flag, with the
 * reason and the line's opening words (guards against misnumbering). Every
 * other line must stay out of the boilerplate.
 */
const EXPECTED_BOILERPLATE: Record<string, Array<[line: number, reason: BoilerplateReason, startsWith: string]>> = {
  "000": [
    [3, "repeated-title", "Poutine rencontre Kim Jong-un"],
    [4, "repeated-title", "Poutine rencontre Kim Jong-un"],
    [5, "separator", "-"],
    [27, "social", "Suivez-nous sur notre chaîne WhatsApp"],
    [29, "separator", "-"],
    [31, "related-teaser", "NEXT Liga MX Femenil"],
  ],
  "001": [
    [15, "related-teaser", "Ce thème vous a passionné"],
    [16, "related-teaser", "Traité d’économie politique/1841"],
    [17, "site-description", "actionrc.fr est site d’information"],
  ],
  "002": [
    [1, "navigation", "Aller au contenu"],
    [7, "image-caption", "Le président russe Vladimir Poutine rencontre le dirigeant nord-coréen Kim Jong-un à Pyongyang le..."],
    [8, "image-caption", "Le président russe Vladimir Poutine rencontre le dirigeant nord-coréen Kim Jong-un à Pyongyang le 19 juin 2024."],
    [10, "repeated-title", "La Corée du Nord accueille chaleureusement"],
    [28, "related-teaser", "Lire aussi:"],
    [30, "comments", "commentaires"],
    [32, "related-teaser", "Dernier"],
    [34, "image-caption", "Sur cette photo illustrative"],
    [36, "related-teaser", "Telegram sert de plateforme"],
    [38, "related-teaser", "Les syndicats du crime organisé"],
    [40, "paywall", "Membres Publique"],
    [41, "related-teaser", "Rodrigo Duterte, le président des Philippines"],
    [43, "related-teaser", "L'ancien président philippin Duterte"],
    [45, "related-teaser", "Dans un coup de théâtre inattendu"],
    [47, "paywall", "Membres Publique"],
  ],
  "003": [
    [1, "navigation", "Home » International »"],
    [5, "byline-meta", "by Nouvelles"],
    [6, "repeated-title", "Les alarmes se déclenchent"],
    [16, "related-teaser", "Regarder la vidéo :"],
    [24, "ads-cookies", "L’article continue sous l’annonce"],
    [30, "ads-cookies", "L’article continue sous l’annonce"],
    [34, "image-caption", "Vladimir Poutine et Kim Jong-Un ont visité le cosmodrome"],
    [40, "ads-cookies", "L’article continue sous l’annonce"],
    [54, "ads-cookies", "L’article continue sous l’annonce"],
    [58, "ads-cookies", "L’article continue sous l’annonce"],
    [70, "timestamp", "2024-06-15 09:07:56"],
    [71, "timestamp", "1718435283"],
    [74, "tags", "#Les #alarmes"],
    [76, "related-teaser", "You may also like"],
    [78, "comments", "Leave a Comment"],
    [80, "comments", "This site uses Akismet"],
  ],
  "004": [
    [3, "byline-meta", "Temps de lecture: 2 minutes"],
    [4, "byline-meta", "Par Josephine Martin"],
    [5, "byline-meta", "- dans"],
    [6, "image-caption", "Drapeaux de la Russie et de la Corée du Nord"],
    [27, "related-teaser", "Guerre en Ukraine: Dernières nouvelles"],
    [28, "related-teaser", "Lire la suite:"],
    [30, "share", "Partager cet article"],
    [32, "comments", "Commentaires (0)"],
    [34, "comments", "Poster un commentaire"],
  ],
};

/** Key body sentences that must come out as claims, verbatim. */
const EXPECTED_CLAIMS: Record<string, string[]> = {
  "000": [
    "La visite se concentrera sur des discussions sur « la sécurité, l’économie, l’énergie et les transports », selon un communiqué officiel.",
    "La Corée du Nord aurait envoyé des missiles à la Russie, et des « navires fantômes » naviguant entre les côtes des deux pays ont été détectés avec leurs émetteurs éteints, faisant craindre qu’ils ne soient impliqués dans des activités de contournement des sanctions.",
    "La visite de Poutine en Corée du Nord rappelle la coopération historique entre les deux pays, ainsi que Poutine s’est rendu pour la dernière fois à Pyongyang il y a 24 ans. alors qu’il venait de devenir président russe.",
    "Zone démilitarisée (DMZ) qui divise la Corée du Nord et la Corée du Sud.",
  ],
  "001": [
    "Poutine s’est rendu en Corée du Nord pour la première fois en 24 ans et s’est engagé à développer les liens de leur pays et à coopérer pour surmonter les sanctions imposées par les États-Unis.",
    "Selon le Kremlin, Poutine a déclaré avant la visite qu’ils « façonneraient l’architecture d’une sécurité égale et indivisible en Eurasie ».",
    "La Corée du Nord et la Russie entrent dans une nouvelle ère de grande prospérité.",
  ],
  "002": [
    "La Corée du Nord accueille chaleureusement M. Poutine lors de sa première visite en vingt ans.",
    "Des milliers de Nord-Coréens ont crié \"bienvenue à Poutine\" sur les grandes avenues de Pyongyang, marquant le début de la première visite du président russe Vladimir Poutine en Corée du Nord en l'espace de 24 ans.",
    "Suivant l'aéroport, les deux hommes ont embarqué dans une course vers la Maison d'État de Kumsusan, où Poutine réside, d'après l'agence d'information coréenne KCNA.",
  ],
  "003": [
    "Plus tôt cette semaine, Reuters a rapporté que le président russe Vladimir Poutine se rendrait prochainement en Corée du Nord et à Kim Jung-un.",
    "Tout en surveillant de près les développements connexes, les deux parties ont convenu de répondre résolument, par une coopération étroite, aux provocations de la Corée du Nord contre la Corée du Sud et aux actions qui aggravent les tensions dans la région, a indiqué le ministère dans un communiqué.",
    "Il est toutefois plus flou de savoir ce que la Russie a apporté à la Corée du Nord, a-t-il ajouté.",
    "Des devises fortes ?",
    "Mais cela nous préoccupe et surveillons de près, a déclaré Campbell.",
  ],
  "004": [
    "Kim s'est rendu en Russie en septembre, marquant leur première rencontre depuis 2019.",
    "La coopération militaire a considérablement augmenté.",
    "Tout commerce de ce type enfreindrait les résolutions du Conseil de sécurité de l'ONU.",
    "Kim Jong Un et Vladimir Poutine se sont rencontrés pour la première fois en 2019 à Vladivostok, une ville de l'est de la Russie.",
  ],
};

/** Section headings and headlines: body text, but never claims. */
const EXPECTED_HEADINGS: Record<string, string[]> = {
  "000": ["Coopération militaire historique", "Escale en Extrême-Orient russe"],
  "003": ["Signes de préparatifs", "Congrès averti", "Nous suivons", "Se mettre d’accord sur une réponse résolue"],
};

/** Each seed's headline (first content line) is a claim, of kind "headline" or a sentence. */
const EXPECTED_HEADLINES: Record<string, string> = {
  "000": "Poutine rencontre Kim Jong-un en Corée du Nord pour la première fois en 24 ans",
  "003": "Les alarmes se déclenchent avant la visite de Poutine en Corée du Nord",
  "004": "Poutine en Corée du Nord mardi pour rencontrer Kim Jong Un",
};

const analyses = new Map<string, ArticleAnalysis>(
  [...seeds].map(([id, text]) => [id, analyzeArticleText({ text })]),
);

function analysis(id: string): ArticleAnalysis {
  const result = analyses.get(id);
  if (!result) throw new Error(`missing analysis ${id}`);
  return result;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const ENDS_WITH_ABBREVIATION = /(?:^|[\s(«“])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|St|Mr|Mrs|Ms|cf|p|ex|No|vs|e\.g|i\.e|U\.S|\p{Lu})\.?$/u;

describe("seed corpus", () => {
  it("has the five demo articles", () => {
    expect([...seeds.keys()]).toEqual(["000", "001", "002", "003", "004"]);
  });

  describe.each([...seeds.keys()])("seed %s", (id) => {
    const text = seed(id);

    it("is detected as French", () => {
      expect(analysis(id).language).toBe("fr");
    });

    it("flags exactly the expected boilerplate lines", () => {
      const { boilerplate } = analysis(id);
      const flagged = splitLines(text)
        .map((line) => ({ line, span: boilerplate.find((b) => b.start <= line.start && line.end <= b.end && line.text.trim()) }))
        .filter((x) => x.span)
        .map((x) => [x.line.index + 1, x.span?.reason, x.line.text]);
      const expected = (EXPECTED_BOILERPLATE[id] ?? []).map(([line, reason]) => [line, reason, splitLines(text)[line - 1]?.text]);
      expect(flagged).toEqual(expected);
      for (const [line, , startsWith] of EXPECTED_BOILERPLATE[id] ?? []) {
        expect(splitLines(text)[line - 1]?.text.trimStart().startsWith(startsWith)).toBe(true);
      }
    });

    it("reports spans on whole lines with a matching excerpt", () => {
      for (const span of analysis(id).boilerplate) {
        expect(span.start === 0 || text[span.start - 1] === "\n").toBe(true);
        expect(span.end === text.length || text[span.end] === "\n").toBe(true);
        expect(text.slice(span.start, span.end).replace(/\s+/gu, " ").startsWith(span.excerpt.replace(/…$/u, ""))).toBe(true);
      }
    });

    it("produces claims that are exact, trimmed, ordered slices outside the boilerplate", () => {
      const { claims, boilerplate } = analysis(id);
      expect(claims.length).toBeGreaterThan(10);
      claims.forEach((claim, i) => {
        expect(text.slice(claim.start, claim.end)).toBe(claim.text);
        expect(claim.text).toBe(claim.text.trim());
        expect(claim.position).toBe(i);
        if (i > 0) expect(claim.start).toBeGreaterThanOrEqual(claims[i - 1]!.end);
        for (const span of boilerplate) expect(claim.end <= span.start || claim.start >= span.end).toBe(true);
        expect(claim.checkworthiness).toBeGreaterThanOrEqual(0);
        expect(claim.checkworthiness).toBeLessThanOrEqual(1);
      });
    });

    it("never cuts inside a word, a number or an abbreviation", () => {
      for (const claim of analysis(id).claims) {
        expect(isWordChar(text[claim.start - 1]) && isWordChar(text[claim.start])).toBe(false);
        expect(isWordChar(text[claim.end - 1]) && isWordChar(text[claim.end])).toBe(false);
        expect(claim.text).not.toMatch(ENDS_WITH_ABBREVIATION);
        expect(claim.text).not.toMatch(/^\p{Ll}/u);
        expect(/[.,]$/u.test(claim.text) && /\p{N}/u.test(text[claim.end] ?? "")).toBe(false);
        expect(/\p{N}/u.test(claim.text[0] ?? "") && /[\p{N}.,]/u.test(text[claim.start - 1] ?? "")).toBe(false);
      }
    });

    it("keeps the key body sentences as claims", () => {
      const texts = analysis(id).claims.map((c) => c.text);
      for (const sentence of EXPECTED_CLAIMS[id] ?? []) expect(texts).toContain(sentence);
    });

    it("does not turn headings into claims", () => {
      const texts = analysis(id).claims.map((c) => c.text);
      for (const heading of EXPECTED_HEADINGS[id] ?? []) {
        expect(text).toContain(heading);
        expect(texts.some((t) => t.includes(heading))).toBe(false);
      }
    });

    it("keeps the headline as the first claim", () => {
      const headline = EXPECTED_HEADLINES[id];
      if (headline) expect(analysis(id).claims[0]).toMatchObject({ kind: "headline", text: headline });
      else expect(analysis(id).claims[0]?.kind).not.toBe("headline");
    });

    it("is deterministic", () => {
      expect(analyzeArticleText({ text })).toEqual(analysis(id));
    });
  });

  it("keeps the headline once, as a claim, and flags its later copies", () => {
    const text = seed("000");
    const title = "Poutine rencontre Kim Jong-un en Corée du Nord pour la première fois en 24 ans";
    const analysis = analyzeArticleText({ text, title });
    const copies = analysis.boilerplate.filter((b) => b.reason === "repeated-title");
    // Lines 3 and 4 are consecutive copies, so they form one span; line 1 is the headline.
    expect(copies).toEqual([{ start: title.length + 2, end: text.indexOf("\n-\n"), reason: "repeated-title", excerpt: expect.any(String) }]);
    expect(analysis.claims[0]).toMatchObject({ kind: "headline", start: 0, end: title.length, text: title });
  });

  it("makes 002's headline ('première visite en vingt ans') a claim", () => {
    const text = seed("002");
    const title = "La Corée du Nord accueille chaleureusement M. Poutine lors de sa première visite en vingt ans";
    const headline = analyzeArticleText({ text, title }).claims[0]!;
    expect(headline.text).toBe(`${title}.`);
    expect(text.slice(headline.start, headline.end)).toBe(headline.text);
  });

  it("turns the 004 bullets into bullet claims", () => {
    const bullets = analysis("004").claims.filter((c) => c.kind === "bullet").map((c) => c.text);
    expect(bullets).toEqual([
      "La coopération militaire a considérablement augmenté.",
      "La Corée du Nord pourrait fournir à la Russie des équipements militaires.",
      "Moscou et Pyongyang démentent toutes les accusations de transferts d'armes.",
      "Tout commerce de ce type enfreindrait les résolutions du Conseil de sécurité de l'ONU.",
    ]);
  });

  it("ranks a dated, numeric, attributed claim above a question", () => {
    const claims = analysis("003").claims;
    const question = claims.find((c) => c.text === "Des devises fortes ?");
    const factual = claims.find((c) => c.text.startsWith("Mercredi, un responsable du bureau présidentiel"));
    expect(question?.signals).toContain("question");
    expect(factual?.signals).toEqual(expect.arrayContaining(["date", "attribution", "named-entity"]));
    expect(factual!.checkworthiness).toBeGreaterThan(question!.checkworthiness);
  });
});
