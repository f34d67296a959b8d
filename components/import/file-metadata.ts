import { EMPTY_META, type ArticleMeta, type ImportFormat } from "./types";

/** What the file picker offers; anything else dropped on the zone is refused per file. */
export const ACCEPTED_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"] as const;
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.join(",");

/** Larger files are refused before reading (the server would refuse them anyway). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

const TITLE_MAX = 200;

export function formatFromFileName(name: string): ImportFormat | null {
  const extension = name.toLowerCase().match(/\.[a-z0-9]+$/)?.[0];
  if (extension === ".txt") return "text";
  if (extension === ".md" || extension === ".markdown") return "markdown";
  if (extension === ".html" || extension === ".htm") return "html";
  return null;
}

/** "2024-06-19_poutine-pyongyang.md" → "2024-06-19 poutine pyongyang". */
export function titleFromFileName(name: string): string {
  return name
    .replace(/\.[^.]+$/, "")
    .replace(/[_-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= TITLE_MAX) return line;
  const cut = line.slice(0, TITLE_MAX);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > TITLE_MAX / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function firstLine(text: string): string {
  for (const line of text.split(/\r?\n/)) {
    if (line.trim()) return line;
  }
  return "";
}

/** First non-empty line, without Markdown heading, quote or emphasis markers; skips YAML front matter. */
function markdownTitle(text: string): string {
  let body = text.replace(/^\uFEFF/, "");
  const frontMatter = body.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n/);
  if (frontMatter) {
    const declared = frontMatter[1]?.match(/^title:\s*["']?(.+?)["']?\s*$/m)?.[1];
    if (declared) return declared;
    body = body.slice(frontMatter[0].length);
  }
  return firstLine(body)
    .replace(/^\s{0,3}(#{1,6}\s+|>\s*|[-*+]\s+)/, "")
    .replace(/\s+#+\s*$/, "")
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, "$2")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1");
}

function parseHtml(html: string): Document | null {
  if (typeof DOMParser === "undefined") return null;
  // DOMParser documents are inert: scripts never run, images never load.
  return new DOMParser().parseFromString(html, "text/html");
}

function metaContent(doc: Document, selectors: string[]): string {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute("content") ?? doc.querySelector(selector)?.getAttribute("href");
    if (value?.trim()) return value.trim();
  }
  return "";
}

/** Title, outlet, URL, author and date an HTML page declares about itself (Open Graph, article:*, canonical). */
function htmlMeta(html: string): Partial<ArticleMeta> {
  const doc = parseHtml(html);
  if (!doc) return {};
  const heading = doc.querySelector("h1")?.textContent ?? "";
  const title = metaContent(doc, ['meta[property="og:title"]']) || heading.trim() || doc.title;
  const url = metaContent(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const published = metaContent(doc, ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]']);
  const time = doc.querySelector("time[datetime]")?.getAttribute("datetime") ?? "";
  const date = [published, time].map((value) => value.match(/^\d{4}-\d{2}-\d{2}/)?.[0]).find(Boolean) ?? "";
  return {
    title: title ? clip(title) : "",
    outlet: clip(metaContent(doc, ['meta[property="og:site_name"]'])),
    url: /^https?:\/\//i.test(url) ? url : "",
    author: clip(metaContent(doc, ['meta[name="author"]', 'meta[property="article:author"]']).replace(/^https?:\/\/\S+$/, "")),
    publishedAt: date,
  };
}

/** A title guessed from the text itself ("" when there is nothing to go on). */
export function guessTitle(text: string, format: ImportFormat): string {
  if (format === "html") return htmlMeta(text.slice(0, 200_000)).title ?? "";
  if (format === "markdown") return clip(markdownTitle(text));
  return clip(firstLine(text));
}

/** Prefilled metadata for an uploaded file; language stays empty (the server detects it). */
export function metaForFile(fileName: string, text: string, format: ImportFormat): ArticleMeta {
  const fromHtml = format === "html" ? htmlMeta(text) : {};
  const title = (format === "html" ? fromHtml.title : guessTitle(text, format)) || titleFromFileName(fileName);
  return { ...EMPTY_META, ...fromHtml, title };
}

/** A pasted text that is obviously an HTML document or fragment. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<(p|div|h1|h2|section)[\s>][\s\S]*<\/\2>)/i.test(text);
}

/** UTF-8 (BOM dropped); files that are not valid UTF-8 are read as Windows-1252, the usual legacy encoding. */
export async function readFileText(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
