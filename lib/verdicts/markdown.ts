// Free notes and rationales are Markdown written by editors. Rendered on the server into
// a small, safe subset of HTML: raw HTML is shown as text, only http(s)/mailto links
// survive, and every link opens apart from Claimdesk without passing it the referrer.
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { escapeHtml } from "@/lib/text/escape-html";


const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    // Editors' raw HTML (<script>, <img onerror>, …) is displayed, never interpreted.
    html: ({ text }) => escapeHtml(text),
    // Images would load third-party content into the desk's pages: keep the words only.
    image: ({ text }) => escapeHtml(text),
    // A link to anything but the web or an e-mail address (javascript:, data:, …) keeps its words only.
    link(token) {
      const inner = this.parser.parseInline(token.tokens);
      if (!SAFE_HREF.test(token.href.trim())) return inner;
      const title = token.title ? ` title="${escapeHtml(token.title)}"` : "";
      return `<a href="${escapeHtml(token.href.trim())}"${title}>${inner}</a>`;
    },
  },
});

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h3", "h4", "hr"],
  allowedAttributes: { a: ["href", "title", "rel", "target"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: {
    // Headings inside a note must not outrank the page's own headings.
    h1: "h3",
    h2: "h3",
    h5: "h4",
    h6: "h4",
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: "noopener noreferrer nofollow", target: "_blank" },
    }),
  },
  disallowedTagsMode: "escape",
};

/** Markdown → sanitised HTML, safe for dangerouslySetInnerHTML. Empty input → "". */
export function renderMarkdown(markdown: string | null | undefined): string {
  if (!markdown?.trim()) return "";
  const html = marked.parse(markdown) as string;
  return sanitizeHtml(html, SANITIZE).trim();
}
