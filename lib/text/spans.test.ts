import { describe, expect, it } from "vitest";
import { mergeSpans, overlapsAny, spanContains, splitLines, subtractSpans, trimSpan } from "./spans";

describe("spans", () => {
  it("merges overlapping and touching spans, dropping empty ones", () => {
    expect(mergeSpans([{ start: 5, end: 8 }, { start: 0, end: 2 }, { start: 2, end: 3 }, { start: 7, end: 10 }, { start: 4, end: 4 }])).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 10 },
    ]);
  });

  it("subtracts excluded spans from a range", () => {
    expect(subtractSpans({ start: 0, end: 20 }, [{ start: 5, end: 8 }, { start: 15, end: 30 }, { start: 7, end: 10 }])).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 15 },
    ]);
    expect(subtractSpans({ start: 3, end: 6 }, [{ start: 0, end: 10 }])).toEqual([]);
    expect(subtractSpans({ start: 3, end: 6 }, [])).toEqual([{ start: 3, end: 6 }]);
  });

  it("tests containment and overlap with half-open semantics", () => {
    expect(spanContains({ start: 0, end: 10 }, { start: 2, end: 10 })).toBe(true);
    expect(spanContains({ start: 0, end: 10 }, { start: 2, end: 11 })).toBe(false);
    expect(overlapsAny({ start: 5, end: 6 }, [{ start: 0, end: 5 }, { start: 6, end: 9 }])).toBe(false);
    expect(overlapsAny({ start: 5, end: 7 }, [{ start: 6, end: 9 }])).toBe(true);
  });

  it("trims whitespace off a span", () => {
    expect(trimSpan("  ab c \n", { start: 0, end: 8 })).toEqual({ start: 2, end: 6 });
    expect(trimSpan("   ", { start: 0, end: 3 })).toBeNull();
  });

  it("splits lines with exact offsets", () => {
    const text = "a\n\nbc";
    expect(splitLines(text)).toEqual([
      { index: 0, start: 0, end: 1, text: "a" },
      { index: 1, start: 2, end: 2, text: "" },
      { index: 2, start: 3, end: 5, text: "bc" },
    ]);
  });
});
