import { collapseWhitespace, normalizePlainText } from "./normalize";

export type ExtractedMarkdown = { title: string | null; text: string };

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0",
  laquo: "«", raquo: "»", rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”",
  hellip: "…", ndash: "–", mdash: "—", eacute: "é", egrave: "è", agrave: "à",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X"
        ? parseInt(name.slice(2), 16)
        : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/*
 * Backslash-escaped punctuation is parked in the Private Use Area while the
 * emphasis/link regexes run, so "\*not emphasis\*" survives literally.
 */
const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!>~|<])/gu;
const parkEscapes = (s: string) =>
  s.replace(ESCAPABLE, (_m, ch: string) => String.fromCharCode(0xe000 + ch.charCodeAt(0)));
const restoreEscapes = (s: string) =>
  s.replace(/[\uE000-\uE07F]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xe000));

/** Inline Markdown to plain text: keep the words, drop the syntax. */
function stripInline(text: string): string {
  let s = parkEscapes(text);
  s = s.replace(/`+([^`]*?)`+/gu, "$1");
  // Images are dropped: their alt text is not part of the article's prose.
  // Bracket contents exclude "[" so each match attempt stops at the next
  // bracket: "[[[[…" stays linear instead of rescanning the whole line.
  s = s.replace(/!\[[^[\]]*\]\([^()]*\)/gu, "").replace(/!\[[^[\]]*\]\[[^[\]]*\]/gu, "");
  s = s.replace(/\[([^[\]]*)\]\((?:[^()]|\([^()]*\))*\)/gu, "$1");
  s = s.replace(/\[([^[\]]+)\]\[[^[\]]*\]/gu, "$1");
  s = s.replace(/<((?:https?|mailto):[^>\s]+)>/giu, "$1");
  s = s.replace(/<\/?[a-z][^>]*>/giu, "");
  s = s.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/gu, "$2");
  s = s.replace(/~~(?=\S)([\s\S]*?\S)~~/gu, "$1");
  s = s.replace(/\*(?=\S)([^*]*?\S)\*/gu, "$1");
  // Underscore emphasis only at word edges, so snake_case_names survive.
  s = s.replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, "$1$2");
  return collapseWhitespace(decodeEntities(restoreEscapes(s)));
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/u;
const ATX_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/u;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/u;
const THEMATIC_BREAK = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/u;
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,9}[.)])\s+(.*)$/u;
const BLOCKQUOTE = /^\s{0,3}>\s?(.*)$/u;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/u;

/**
 * Markdown article to the same plain-text shape as extractFromHtml: blocks
 * separated by a blank line, headings as bare lines, list items as "- item".
 * The title is the first level-1 heading, if any.
 */
export function extractFromMarkdown(md: string): ExtractedMarkdown {
  const lines = normalizePlainText(md).split("\n");
  const blocks: string[] = [];
  let title: string | null = null;
  let paragraph: string[] = [];
  let isListItem = false;
  let fence: string | null = null;

  const flush = () => {
    if (paragraph.length > 0) {
      const text = stripInline(paragraph.join(" "));
      if (text) blocks.push(isListItem ? `- ${text}` : text);
    }
    paragraph = [];
    isListItem = false;
  };
  const pushHeading = (raw: string, level: number) => {
    const heading = stripInline(raw);
    if (!heading) return;
    if (level === 1 && title === null) title = heading;
    blocks.push(heading);
  };

  let i = 0;
  // YAML front matter carries metadata, not prose.
  if (lines[0] === "---") {
    const close = lines.indexOf("---", 1);
    if (close > 0) i = close + 1;
  }

  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]?.[0] === fence[0]) {
        // Code keeps its own line structure; it is rare in articles.
        const code = paragraph.join("\n").trim();
        if (code) blocks.push(code);
        paragraph = [];
        fence = null;
      } else {
        paragraph.push(line);
      }
      continue;
    }
    if (fenceMatch) {
      flush();
      fence = fenceMatch[1] ?? "```";
      continue;
    }
    if (line.trim() === "") {
      flush();
      continue;
    }
    const setext = SETEXT_UNDERLINE.exec(line);
    if (setext && paragraph.length > 0 && !isListItem) {
      const raw = paragraph.join(" ");
      paragraph = [];
      pushHeading(raw, setext[1]?.[0] === "=" ? 1 : 2);
      continue;
    }
    if (THEMATIC_BREAK.test(line) || LINK_DEFINITION.test(line)) {
      flush();
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      flush();
      pushHeading(heading[2] ?? "", heading[1]?.length ?? 1);
      continue;
    }
    const quote = BLOCKQUOTE.exec(line);
    const content = quote ? (quote[1] ?? "") : line;
    const item = LIST_ITEM.exec(content);
    if (item) {
      flush();
      isListItem = true;
      paragraph.push(item[1] ?? "");
      continue;
    }
    if (quote && content.trim() === "") {
      flush();
      continue;
    }
    paragraph.push(content.trim());
  }
  if (fence !== null) {
    const code = paragraph.join("\n").trim();
    if (code) blocks.push(code);
    paragraph = [];
  }
  flush();
  return { title, text: normalizePlainText(blocks.join("\n\n")) };
}
