import { describe, expect, it } from "vitest";
import { extractFromHtml, extractFromMarkdown, normalizePlainText } from "./html";

const ARTICLE_HTML = `<!doctype html>
<html lang="fr-FR">
<head>
  <title>Poutine à Pyongyang &amp; après - Le Quotidien</title>
  <meta property="og:site_name" content="Le Quotidien">
  <meta property="article:published_time" content="2024-06-19T10:00:00+02:00">
  <style>.lead { color: red; background: url(javascript:alert(3)) }</style>
  <script>window.stolen = document.cookie; alert("head");</script>
</head>
<body>
  <nav class="menu"><a href="/">Accueil</a> <a href="/monde">Rubrique Monde</a> <a href="/eco">Rubrique Économie</a></nav>
  <article>
    <h1>Poutine à Pyongyang &amp; après</h1>
    <p class="lead">Le président russe est arrivé mardi soir à Pyongyang,   pour sa première visite
      en Corée du Nord depuis 24&nbsp;ans. <img src="x.png" onerror="alert('img')"> Les deux dirigeants
      ont signé un &laquo;&nbsp;partenariat stratégique&nbsp;&raquo; selon l&rsquo;agence KCNA.</p>
    <script>document.write("injected paragraph");</script>
    <h2>Un accord de défense</h2>
    <p>L&rsquo;accord prévoit une assistance mutuelle en cas d&rsquo;agression, a précisé le Kremlin.
      Voir <a href="javascript:alert('link')" onclick="steal()">le texte intégral</a> de l&rsquo;accord.</p>
    <ul>
      <li>Assistance militaire mutuelle</li>
      <li>Coopération <b>technologique</b> renforcée</li>
    </ul>
    <p>Les États-Unis et la Corée du Sud ont exprimé leur inquiétude face à ce rapprochement, qui intervient
      alors que la guerre en Ukraine entre dans sa troisième année et que Moscou cherche des munitions.</p>
  </article>
  <footer>© Le Quotidien — Mentions légales</footer>
</body>
</html>`;

describe("extractFromHtml", () => {
  const result = extractFromHtml(ARTICLE_HTML, "https://www.lequotidien.example/monde/poutine");

  it("keeps no script, style, attribute, navigation or javascript: content", () => {
    for (const forbidden of ["alert", "injected", "stolen", "document.", "color", "onerror", "onclick", "javascript", "steal", "x.png", "Rubrique", "Accueil", "Mentions légales", "<", ">"]) {
      expect(result.text).not.toContain(forbidden);
    }
  });

  it("outputs plain paragraphs, headings and bullets separated by blank lines, entities decoded", () => {
    expect(result.text.split("\n\n")).toEqual([
      // Non-breaking spaces are whitespace too: they collapse to plain spaces.
      "Le président russe est arrivé mardi soir à Pyongyang, pour sa première visite en Corée du Nord depuis 24 ans. Les deux dirigeants ont signé un « partenariat stratégique » selon l’agence KCNA.",
      "Un accord de défense",
      "L’accord prévoit une assistance mutuelle en cas d’agression, a précisé le Kremlin. Voir le texte intégral de l’accord.",
      "- Assistance militaire mutuelle",
      "- Coopération technologique renforcée",
      "Les États-Unis et la Corée du Sud ont exprimé leur inquiétude face à ce rapprochement, qui intervient alors que la guerre en Ukraine entre dans sa troisième année et que Moscou cherche des munitions.",
    ]);
  });

  it("reads the metadata", () => {
    expect(result.title).toBe("Poutine à Pyongyang & après");
    expect(result.language).toBe("fr");
    expect(result.siteName).toBe("Le Quotidien");
    expect(result.publishedAt).toBe("2024-06-19T08:00:00.000Z");
  });

  it("falls back to the body text when Readability finds no article", () => {
    const fallback = extractFromHtml("<div>Bref.<br>Deuxième ligne.</div><nav>Menu</nav><script>alert(1)</script><p>Fin.</p>");
    expect(fallback.text).toBe("Bref.\nDeuxième ligne.\n\nFin.");
    expect(fallback.title).toBeNull();
  });

  it("copes with empty input", () => {
    expect(extractFromHtml("")).toEqual({ title: null, text: "", byline: null, language: null, publishedAt: null, siteName: null });
  });

  it("uses the URL's host as site name when the page has none", () => {
    expect(extractFromHtml("<p>Un texte.</p>", "https://www.exemple.fr/a").siteName).toBe("exemple.fr");
  });
});

describe("extractFromMarkdown", () => {
  const md = [
    "---",
    "title: ignored front matter",
    "---",
    "# Le *grand* titre",
    "",
    "Un paragraphe avec un [lien](https://x.fr/a_(b)) et **du gras**,",
    "sur deux lignes, snake_case_name et \\*étoiles\\* &amp; `code`.",
    "",
    "* premier point",
    "* second _point_",
    "  qui continue",
    "",
    "1. un",
    "2) deux",
    "",
    "> Une citation",
    "",
    "![photo](x.png)",
    "",
    "Sous-titre",
    "----------",
  ].join("\n");

  it("keeps paragraphs, headings and items as plain text", () => {
    expect(extractFromMarkdown(md)).toEqual({
      title: "Le grand titre",
      text: [
        "Le grand titre",
        "Un paragraphe avec un lien et du gras, sur deux lignes, snake_case_name et *étoiles* & code.",
        "- premier point",
        "- second point qui continue",
        "- un",
        "- deux",
        "Une citation",
        "Sous-titre",
      ].join("\n\n"),
    });
  });
});

describe("normalizePlainText", () => {
  it("normalises line endings, BOM, control characters and trailing spaces", () => {
    expect(normalizePlainText("\uFEFFTitre  \r\nLigne\u0000 un\t \rLigne deux\u0007\n\n\n")).toBe("Titre\nLigne un\nLigne deux");
  });

  it("keeps tabs and composes decomposed accents", () => {
    expect(normalizePlainText("a\tb")).toBe("a\tb");
    expect(normalizePlainText("Core\u0301e")).toBe("Corée");
  });

  it("is idempotent", () => {
    const once = normalizePlainText(" \n\nUn\u2028deux  \r\n\u000Btrois\u0085");
    expect(normalizePlainText(once)).toBe(once);
  });
});
