import { Readability } from "@mozilla/readability";
import { DOMParser } from "linkedom";
import { primaryLanguageSubtag } from "./language";
import { collapseWhitespace, normalizePlainText } from "./normalize";

export { normalizePlainText } from "./normalize";
export { extractFromMarkdown } from "./markdown";

export type ExtractedArticle = {
  title: string | null;
  text: string;
  byline: string | null;
  language: string | null;
  publishedAt: string | null;
  siteName: string | null;
};

/**
 * Elements whose content is never article prose: code, media, form UI and
 * page chrome. Readability usually drops the chrome already, but keeps it on
 * short pages, and the body fallback needs it gone too.
 */
const SKIPPED_TAGS = new Set([
  "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
  "math", "canvas", "button", "select", "option", "input", "textarea", "head",
  "title", "meta", "link", "video", "audio", "source", "track", "map", "picture",
  "nav", "footer", "aside", "form", "dialog",
]);

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "body", "center", "dd", "details",
  "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav",
  "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
  "thead", "tr", "ul",
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Walks a DOM subtree and emits one plain-text block per paragraph-like
 * element. Only text nodes are read, so attributes (onerror=, href=
 * "javascript:…") can never leak into the output; entities were already
 * decoded by the parser.
 */
class BlockCollector {
  readonly blocks: string[] = [];
  private buffer = "";
  private bulletPending = false;

  visit(node: Node): void {
    if (node.nodeType === TEXT_NODE) {
      // Source newlines are just whitespace; only <br> makes a line break.
      this.buffer += (node.textContent ?? "").replace(/\s+/gu, " ");
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === "br") {
      this.buffer += "\n";
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) this.flush();
    if (tag === "li") this.bulletPending = true;
    for (const child of Array.from(node.childNodes)) this.visit(child);
    if (isBlock) this.flush();
    if (tag === "li") this.bulletPending = false;
  }

  flush(): void {
    // <br> breaks survive as single newlines; everything else collapses.
    const text = this.buffer
      .split("\n")
      .map(collapseWhitespace)
      .filter((line) => line.length > 0)
      .join("\n");
    this.buffer = "";
    if (!text) return;
    this.blocks.push(this.bulletPending ? `- ${text}` : text);
    this.bulletPending = false;
  }
}

function blocksToText(root: Node): string {
  const collector = new BlockCollector();
  collector.visit(root);
  collector.flush();
  return normalizePlainText(collector.blocks.join("\n\n"));
}

function parseHtml(html: string): Document {
  // linkedom only builds <html>/<body> when the markup has them; fragments
  // (pasted snippets, empty input) would otherwise yield a null body.
  const markup = /<body[\s>]/iu.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  // linkedom's Document is structurally a DOM Document; Readability is typed
  // against the lib.dom one.
  return new DOMParser().parseFromString(markup, "text/html") as unknown as Document;
}

/** "Titre - Le Site" → "Titre" when the site name is known. */
function stripSiteSuffix(title: string | null, siteName: string | null): string | null {
  if (!title || !siteName) return title;
  for (const separator of [" - ", " | ", " – ", " — ", " · ", " :: "]) {
    const suffix = `${separator}${siteName}`;
    if (title.toLowerCase().endsWith(suffix.toLowerCase()) && title.length > suffix.length) {
      return title.slice(0, -suffix.length).trim();
    }
  }
  return title;
}

function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attr of ["property", "name", "itemprop", "http-equiv"]) {
      const value = doc.querySelector(`meta[${attr}="${key}"]`)?.getAttribute("content");
      if (value && value.trim()) return value.trim();
    }
  }
  return null;
}

function cleanString(value: string | null | undefined): string | null {
  if (value == null) return null;
  const cleaned = collapseWhitespace(value);
  return cleaned ? cleaned : null;
}

/** ISO 8601 when the source date parses, otherwise null (never a guess). */
function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value.trim());
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

function hostnameOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./u, "") || null;
  } catch {
    return null;
  }
}

type DocumentMetadata = Omit<ExtractedArticle, "text">;

/** Metadata read from the untouched document (Readability mutates its copy). */
function readMetadata(doc: Document, url: string | undefined): DocumentMetadata {
  const title =
    metaContent(doc, "og:title", "twitter:title") ??
    cleanString(doc.querySelector("title")?.textContent) ??
    cleanString(doc.querySelector("h1")?.textContent);
  const timeAttr = doc.querySelector("time[datetime]")?.getAttribute("datetime");
  return {
    title: cleanString(title),
    byline: cleanString(metaContent(doc, "author", "article:author", "dc.creator")),
    language: primaryLanguageSubtag(
      doc.documentElement?.getAttribute("lang") ??
        metaContent(doc, "og:locale", "content-language", "language"),
    ),
    publishedAt: toIsoDate(
      metaContent(doc, "article:published_time", "datePublished", "pubdate", "date") ?? timeAttr,
    ),
    siteName: cleanString(metaContent(doc, "og:site_name", "application-name")) ?? hostnameOf(url),
  };
}

/**
 * Article text and metadata from a web page. Readability picks the main
 * content; when it finds nothing we fall back to the body minus obvious page
 * chrome, so an import never silently yields an empty article.
 */
export function extractFromHtml(html: string, url?: string): ExtractedArticle {
  // Readability mutates the document it is given, so it gets its own copy;
  // this one stays pristine for the metadata and the fallback.
  const doc = parseHtml(html);
  const meta = readMetadata(doc, url);

  let text = "";
  let parsed: ReturnType<Readability<Node>["parse"]> = null;
  try {
    parsed = new Readability<Node>(parseHtml(html), { serializer: (node) => node }).parse();
  } catch {
    // Readability throws on some degenerate documents (no <body>, huge
    // nesting); the fallback below still gives the editor the text.
    parsed = null;
  }
  if (parsed?.content) text = blocksToText(parsed.content);

  if (!text) {
    const root = doc.body ?? doc.documentElement;
    if (root) text = blocksToText(root);
  }

  const siteName = cleanString(parsed?.siteName) ?? meta.siteName;
  return {
    title: stripSiteSuffix(cleanString(parsed?.title) ?? meta.title, siteName),
    text,
    byline: cleanString(parsed?.byline) ?? meta.byline,
    language: primaryLanguageSubtag(parsed?.lang) ?? meta.language,
    publishedAt: toIsoDate(parsed?.publishedTime) ?? meta.publishedAt,
    siteName,
  };
}
