import { describe, expect, it } from "vitest";
import { detectBoilerplate, type BoilerplateReason } from "./boilerplate";
import { matchLineRule } from "./boilerplate-patterns";

describe("matchLineRule: generic French and English furniture", () => {
  const cases: Array<[string, BoilerplateReason]> = [
    ["Skip to content", "navigation"],
    ["Aller au contenu principal", "navigation"],
    ["Accueil › Monde › Asie", "navigation"],
    ["Monde | Europe | France", "navigation"],
    ["By Jane Doe and John Smith", "byline-meta"],
    ["Par Jean-Pierre Martin, envoyé spécial à Séoul", "byline-meta"],
    ["De notre correspondant à Moscou", "byline-meta"],
    ["5 min read", "byline-meta"],
    ["Publié le 19 juin 2024 à 10h30", "byline-meta"],
    ["Updated June 19, 2024 10:30 am", "byline-meta"],
    ["19/06/2024 14:05", "timestamp"],
    ["Mercredi 19 juin 2024", "timestamp"],
    ["June 19, 2024", "timestamp"],
    ["Photo : AFP", "image-caption"],
    ["Le président lors de la cérémonie, mercredi. (Photo: Jean Dupont / Reuters)", "image-caption"],
    ["Share this article", "share"],
    ["Facebook Twitter LinkedIn Email", "share"],
    ["Follow us on Twitter for the latest updates", "social"],
    ["Subscribe to our newsletter", "newsletter"],
    ["Sign up for our daily briefing", "newsletter"],
    ["Abonnez-vous pour recevoir nos alertes", "newsletter"],
    ["Recevez notre newsletter quotidienne", "newsletter"],
    ["Réservé aux abonnés", "paywall"],
    ["3 comments", "comments"],
    ["Your email address will not be published. Required fields are marked *", "comments"],
    ["© 2024 Le Journal. Tous droits réservés.", "site-description"],
    ["Related articles", "related-teaser"],
    ["À lire aussi : Le sommet de l’OTAN s’ouvre à Vilnius", "related-teaser"],
    ["Read more", "related-teaser"],
    ["Next article: Markets close higher", "related-teaser"],
    ["Tags: Russie, Corée du Nord, diplomatie", "tags"],
    ["Publicité", "ads-cookies"],
    ["Advertisement", "ads-cookies"],
    ["Story continues below advertisement", "ads-cookies"],
    ["We use cookies to improve your experience. By continuing you accept our cookie policy.", "ads-cookies"],
    ["En poursuivant votre navigation, vous acceptez l’utilisation de cookies.", "ads-cookies"],
    ["* * *", "separator"],
  ];

  it.each(cases)("%s → %s", (line, reason) => {
    expect(matchLineRule(line)).toBe(reason);
  });

  const prose = [
    "Par ailleurs, le ministre a rappelé que la Russie avait signé le traité en 1992.",
    "By then, the delegation had already left Pyongyang for Vladivostok.",
    "Latest figures show that exports rose by 12% in May.",
    "La CNIL a infligé une amende de 150 millions d’euros à Google pour ses cookies publicitaires utilisés sans consentement.",
    "Le ministère a publié une newsletter interne révélant que les livraisons d’obus avaient doublé depuis janvier 2024.",
    "Les manifestants ont crié « À bas la guerre » devant l’ambassade, selon les images de Reuters.",
    "Suivant l'aéroport, les deux hommes ont embarqué dans une course vers la Maison d'État.",
    "Dans un discours, il a annoncé que les deux pays signeraient un accord.",
    "Next week, the two leaders will meet again in Moscow.",
  ];

  it.each(prose)("leaves prose alone: %s", (line) => {
    expect(matchLineRule(line)).toBeNull();
  });
});

describe("detectBoilerplate", () => {
  const article = [
    "Le Parlement adopte la réforme des retraites",
    "",
    "Par Marie Durand",
    "Publié le 3 mars 2024",
    "",
    "Le Parlement a adopté mardi la réforme des retraites par 287 voix contre 252, selon le décompte officiel.",
    "",
    "À lire aussi : La grève des transports se poursuit",
    "",
    "La réforme repousse l’âge légal de départ à la retraite de 62 à 64 ans d’ici 2030, a précisé le gouvernement.",
    "",
    "Les syndicats de la réforme des retraites appellent à une nouvelle journée de mobilisation contre le Parlement jeudi.",
    "",
    "Partager cet article",
    "",
    "Sur le même sujet",
    "",
    "Un festival de jazz attire des milliers de spectateurs sur la plage de Juan-les-Pins cet été.",
    "",
    "La recette du gâteau au chocolat que tout le monde adore, en dix minutes chrono.",
  ].join("\n");

  const reasonsByLine = (text: string, title?: string) => {
    const spans = detectBoilerplate(text, { title });
    let offset = 0;
    return text.split("\n").map((line) => {
      const start = offset;
      offset += line.length + 1;
      return spans.find((s) => s.start <= start && start + line.length <= s.end && line.trim())?.reason ?? null;
    });
  };

  it("flags inline teasers, metadata and an unrelated tail, but not the body", () => {
    expect(reasonsByLine(article)).toEqual([
      null, null,
      "byline-meta", "byline-meta", null,
      null, null,
      "related-teaser", null,
      null, null,
      null, null,
      "share", null,
      "related-teaser", null,
      "related-teaser", null,
      "related-teaser",
    ]);
  });

  it("does not let a tail marker eat on-topic paragraphs that follow it", () => {
    const text = [
      "Le Parlement adopte la réforme des retraites",
      "Le Parlement a adopté mardi la réforme des retraites par 287 voix contre 252.",
      "Publicité",
      "La réforme des retraites repousse l’âge légal de départ, a précisé le gouvernement au Parlement.",
    ].join("\n");
    expect(reasonsByLine(text)).toEqual([null, null, "ads-cookies", null]);
  });

  it("ignores end-of-article markers in the page header", () => {
    const text = [
      "Suivez-nous sur Telegram",
      "Le gel tardif menace les vignes de Bourgogne",
      "Les viticulteurs ont allumé des bougies dans les parcelles pour protéger les bourgeons, mardi.",
      "Selon la chambre d’agriculture, 30 % des surfaces pourraient être touchées cette année.",
    ].join("\n");
    expect(reasonsByLine(text)).toEqual(["social", null, null, null]);
  });

  it("does not let a mid-article ad open the tail before an unrelated-looking paragraph", () => {
    const text = [
      "Le gel tardif menace les vignes de Bourgogne",
      "Les viticulteurs ont allumé des bougies dans les parcelles pour protéger les bourgeons, mardi.",
      "Publicité",
      "Selon la chambre d’agriculture, 30 % des surfaces pourraient être touchées cette année.",
      "Partager cet article",
    ].join("\n");
    expect(reasonsByLine(text)).toEqual([null, null, "ads-cookies", null, "share"]);
  });

  it("keeps the first copy of the headline (a claim) and flags the later ones", () => {
    const text = "Un titre assez long ici\n\nUn titre assez long ici.\n\nLe corps de l’article commence ici avec une phrase.";
    expect(reasonsByLine(text)).toEqual([null, null, "repeated-title", null, null]);
    expect(reasonsByLine(text, "Un titre assez long ici")).toEqual([null, null, "repeated-title", null, null]);
  });

  it("flags a paragraph pasted twice, keeping the first copy", () => {
    const text = "Budget 2025\n\nLe ministre a annoncé une hausse de 5 % du budget.\n\nLe ministre a annoncé une hausse de 5 % du budget.";
    expect(reasonsByLine(text)).toEqual([null, null, null, null, "duplicate"]);
  });

  it("sets aside an inline 'Lire aussi : …' line without cutting the article after it", () => {
    const text = "Le maire annonce 40 logements\n\nLe maire de Lyon a annoncé mardi 40 logements.\n\nLire aussi : Les loyers flambent à Paris\n\nLe budget atteint 12 millions d'euros, a précisé M. Dupont.";
    expect(reasonsByLine(text)).toEqual([null, null, null, null, "related-teaser", null, null]);
  });

  it("returns nothing for clean text and for empty text", () => {
    expect(detectBoilerplate("Le ministre a annoncé une hausse de 5 % du budget. Les syndicats protestent.")).toEqual([]);
    expect(detectBoilerplate("")).toEqual([]);
  });

  it("merges consecutive lines with the same reason and excerpts them", () => {
    const text = "Le corps de l’article commence ici avec une phrase complète et informative.\n\nCommentaires (2)\nPoster un commentaire";
    const spans = detectBoilerplate(text);
    expect(spans).toEqual([
      { start: text.indexOf("Commentaires"), end: text.length, reason: "comments", excerpt: "Commentaires (2) Poster un commentaire" },
    ]);
  });
});
