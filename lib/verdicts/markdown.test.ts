import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders the usual Markdown", () => {
    expect(renderMarkdown("**Figure** from the *prefecture*:\n\n- 45 units\n- 2024")).toBe(
      "<p><strong>Figure</strong> from the <em>prefecture</em>:</p>\n<ul>\n<li>45 units</li>\n<li>2024</li>\n</ul>",
    );
  });

  it("shows raw HTML as text instead of interpreting it", () => {
    const html = renderMarkdown('Look <script>alert(1)</script> <img src=x onerror="alert(2)">');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("&lt;script&gt;");
  });

  it("drops javascript: and data: links but keeps their words", () => {
    for (const href of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>x</b>", "vbscript:x"]) {
      const html = renderMarkdown(`[click me](${href})`);
      expect(html).not.toMatch(/href/i);
      expect(html).toContain("click me");
    }
  });

  it("opens links apart, without referrer, and tells crawlers not to follow", () => {
    expect(renderMarkdown("[source](https://example.org/a?b=1)")).toBe(
      '<p><a href="https://example.org/a?b=1" rel="noopener noreferrer nofollow" target="_blank">source</a></p>',
    );
    expect(renderMarkdown("<https://example.org>")).toContain('rel="noopener noreferrer nofollow"');
  });

  it("keeps images out and headings below the page's own", () => {
    expect(renderMarkdown("![tracker](https://evil.example/p.gif)")).toBe("<p>tracker</p>");
    expect(renderMarkdown("# Big")).toBe("<h3>Big</h3>");
  });

  it("returns an empty string for empty notes", () => {
    expect(renderMarkdown("  ")).toBe("");
    expect(renderMarkdown(null)).toBe("");
  });
});
