import { describe, expect, it } from "vitest";
import { isHeadingLine, segmentClaims, type ClaimSegment } from "./segment";
import type { Span } from "./spans";

function claimsOf(text: string, language = "fr", excluded?: Span[]): ClaimSegment[] {
  const claims = segmentClaims(text, { language, excluded });
  for (const c of claims) {
    // The contract every caller relies on, checked on every case below.
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.text).toBe(c.text.trim());
  }
  return claims;
}

const split = (text: string, language = "fr") => claimsOf(text, language).map((c) => c.text);

describe("segmentClaims: French abbreviations, initials and numbers", () => {
  it("does not split after civil titles", () => {
    expect(split("M. Kim est arrivé hier. Mme Dupont et MM. Durand et Petit l'attendaient. Le Dr. Martin et le Pr. Dubois aussi.")).toEqual([
      "M. Kim est arrivé hier.",
      "Mme Dupont et MM. Durand et Petit l'attendaient.",
      "Le Dr. Martin et le Pr. Dubois aussi.",
    ]);
  });

  it("does not split after cf., p. ex. and St.", () => {
    expect(split("Voir cf. Annexe 2 pour le détail. Certaines villes, p. ex. Paris, ont voté. La basilique St. Denis est fermée.")).toEqual([
      "Voir cf. Annexe 2 pour le détail.",
      "Certaines villes, p. ex. Paris, ont voté.",
      "La basilique St. Denis est fermée.",
    ]);
  });

  it("keeps initials with the name that follows", () => {
    expect(split("J. Biden a rencontré Kim J. Un à Séoul. J.-P. Sartre est mort en 1980. Fin de l'histoire.")).toEqual([
      "J. Biden a rencontré Kim J. Un à Séoul.",
      "J.-P. Sartre est mort en 1980.",
      "Fin de l'histoire.",
    ]);
  });

  it("keeps decimals, percentages and times whole", () => {
    expect(split("Le taux est passé de 3,5 % à 3.75 % en 2023. La réunion a commencé à 14 h 30 et fini à 16h. Elle a coûté 1 500,50 euros.")).toEqual([
      "Le taux est passé de 3,5 % à 3.75 % en 2023.",
      "La réunion a commencé à 14 h 30 et fini à 16h.",
      "Elle a coûté 1 500,50 euros.",
    ]);
  });

  it("handles dates, including abbreviated months before a day number", () => {
    expect(split("Le sommet aura lieu le 19 juin 2024. Le 1er juillet, il partira. Le rapport daté du 3 sept. 2024 le confirme. Fin.")).toEqual([
      "Le sommet aura lieu le 19 juin 2024.",
      "Le 1er juillet, il partira.",
      "Le rapport daté du 3 sept. 2024 le confirme.",
      "Fin.",
    ]);
  });

  it("never starts a claim with a lowercase continuation", () => {
    expect(split("Il est venu il y a 24 ans. alors qu'il venait d'être élu. Puis il est reparti.")).toEqual([
      "Il est venu il y a 24 ans. alors qu'il venait d'être élu.",
      "Puis il est reparti.",
    ]);
  });
});

describe("segmentClaims: quotations", () => {
  it("keeps a quotation together when the sentence continues after it", () => {
    expect(split("« Nous sommes prêts. Nous irons », a déclaré M. Kim. Puis il est parti.")).toEqual([
      "« Nous sommes prêts. Nous irons », a déclaré M. Kim.",
      "Puis il est parti.",
    ]);
  });

  it("keeps the closing guillemet with its sentence despite French spacing", () => {
    expect(split("Il a répondu : « Oui ! Bien sûr ! » Puis il est sorti.")).toEqual([
      "Il a répondu : « Oui ! Bien sûr ! »",
      "Puis il est sorti.",
    ]);
  });

  it("handles English curly quotes and straight quotes", () => {
    expect(split("“We are ready. We will go,” Mr. Kim said. Then he left.", "en")).toEqual([
      "“We are ready. We will go,” Mr. Kim said.",
      "Then he left.",
    ]);
    expect(split('Ils ont crié "Bienvenue. Merci" dans la rue. La foule est partie.')).toEqual([
      'Ils ont crié "Bienvenue. Merci" dans la rue.',
      "La foule est partie.",
    ]);
  });

  it("does not let a stray opening guillemet swallow the paragraph", () => {
    expect(split("Il parle de « sécurité. Puis il se tait. Fin.")).toEqual([
      "Il parle de « sécurité.",
      "Puis il se tait.",
      "Fin.",
    ]);
  });
});

describe("segmentClaims: ellipses and punctuation", () => {
  it("splits after an ellipsis followed by a capital, not before lowercase", () => {
    expect(split("Il hésite… Puis il part. Il hésite… et reste. Il attend... Rien ne vient.")).toEqual([
      "Il hésite…",
      "Puis il part.",
      "Il hésite… et reste.",
      "Il attend...",
      "Rien ne vient.",
    ]);
  });

  it("does not split at an elided-quotation marker", () => {
    expect(split("Selon lui, « la Russie […] Elle avance » sans répit. Fin.")).toEqual([
      "Selon lui, « la Russie […] Elle avance » sans répit.",
      "Fin.",
    ]);
    expect(split("Il a écrit que la guerre (...) Les combats continuent. Fin.")).toEqual([
      "Il a écrit que la guerre (...) Les combats continuent.",
      "Fin.",
    ]);
  });

  it("splits French questions with a space before the question mark", () => {
    expect(split("– Des devises fortes ? Est-ce de l’énergie ? Nous ne savons pas, a déclaré Campbell.")).toEqual([
      "Des devises fortes ?",
      "Est-ce de l’énergie ?",
      "Nous ne savons pas, a déclaré Campbell.",
    ]);
  });
});

describe("segmentClaims: English", () => {
  it("handles titles, U.S., e.g., i.e., No. and vs.", () => {
    expect(
      split("Mr. Smith met Mrs. Jones at the U.S. Capitol. Some cities, e.g. Boston, voted. Others, i.e. Dallas, did not. He lives at No. 10 Downing Street. It was Smith vs. Jones in 2020. Dr. Brown disagreed.", "en"),
    ).toEqual([
      "Mr. Smith met Mrs. Jones at the U.S. Capitol.",
      "Some cities, e.g. Boston, voted.",
      "Others, i.e. Dallas, did not.",
      "He lives at No. 10 Downing Street.",
      "It was Smith vs. Jones in 2020.",
      "Dr. Brown disagreed.",
    ]);
  });
});

describe("segmentClaims: structure", () => {
  it("makes one claim per bullet, without the marker", () => {
    const text = "Voici les points :\n\n- Premier point. Avec deux phrases.\n• Deuxième point\n* Troisième point\n1. Quatrième point.\n  • Cinquième point.";
    expect(claimsOf(text).map((c) => [c.kind, c.text])).toEqual([
      ["sentence", "Voici les points :"],
      ["bullet", "Premier point. Avec deux phrases."],
      ["bullet", "Deuxième point"],
      ["bullet", "Troisième point"],
      ["bullet", "Quatrième point."],
      ["bullet", "Cinquième point."],
    ]);
  });

  it("skips headings standing alone between blank lines", () => {
    const text = "Titre de section\n\nLe corps du texte est ici. Deuxième phrase.\n\n– Autre intertitre\n\nFin du texte.";
    expect(split(text)).toEqual(["Le corps du texte est ici.", "Deuxième phrase.", "Fin du texte."]);
  });

  it("joins hard-wrapped lines that continue in lowercase", () => {
    const text = "Le président a annoncé\nune réforme importante. Elle entrera\nen vigueur en 2025.";
    expect(split(text)).toEqual(["Le président a annoncé\nune réforme importante.", "Elle entrera\nen vigueur en 2025."]);
  });

  it("treats each unpunctuated long line as its own paragraph", () => {
    const text = "La visite est le reflet de l’influence croissante de la Russie dans la région et sa capacité à entretenir des relations avec les pays soumis à des sanctions\nLa suite commence ici.";
    expect(split(text)).toHaveLength(2);
  });

  it("strips the French dialogue dash from the claim", () => {
    expect(split("– Nous ne savons pas. Mais nous surveillons, a déclaré Campbell.")).toEqual([
      "Nous ne savons pas.",
      "Mais nous surveillons, a déclaré Campbell.",
    ]);
  });
});

describe("segmentClaims: excluded spans", () => {
  it("never produces or extends a claim inside an excluded line", () => {
    const text = "Phrase une. Phrase deux.\nLire aussi : Un autre article sans rapport.\nPhrase trois.";
    const start = text.indexOf("Lire");
    const excluded = [{ start, end: text.indexOf("\n", start) }];
    expect(claimsOf(text, "fr", excluded).map((c) => c.text)).toEqual(["Phrase une.", "Phrase deux.", "Phrase trois."]);
  });

  it("does not join text across an excluded span inside a line", () => {
    const text = "Le président a affirmé hier PUBLICITÉ que la réforme coûtera 3 milliards.";
    const start = text.indexOf("PUBLICITÉ");
    const excluded = [{ start, end: start + "PUBLICITÉ".length }];
    const claims = claimsOf(text, "fr", excluded);
    for (const c of claims) expect(c.end <= start || c.start >= excluded[0]!.end).toBe(true);
    expect(claims.map((c) => c.text)).toContain("que la réforme coûtera 3 milliards.");
  });

  it("does not join lines separated by an excluded line", () => {
    const text = "Le ministre a annoncé\nPublicité\nune hausse de 5 %.";
    const start = text.indexOf("Publicité");
    const claims = claimsOf(text, "fr", [{ start, end: start + "Publicité".length }]);
    expect(claims.every((c) => !c.text.includes("Publicité"))).toBe(true);
  });
});

describe("isHeadingLine", () => {
  it("recognises short unpunctuated lines only", () => {
    expect(isHeadingLine("Escale en Extrême-Orient russe")).toBe(true);
    expect(isHeadingLine("– Nous suivons")).toBe(true);
    expect(isHeadingLine("Zone démilitarisée (DMZ)")).toBe(true);
    expect(isHeadingLine("Il écrit Reuters.")).toBe(false);
    expect(isHeadingLine("Voici les points :")).toBe(false);
    expect(isHeadingLine("- Premier point")).toBe(false);
    expect(isHeadingLine("Un très long paragraphe sans ponctuation finale qui continue encore et encore avec beaucoup de mots pour dépasser largement la limite")).toBe(false);
  });
});
