import { describe, expect, it } from "vitest";
import { buildPieces, splitPoints } from "./pieces";

describe("buildPieces", () => {
  const text = "Intro. Claim one. Lire aussi : autre. Claim two.";
  const claims = [
    { id: "c1", start: 7, end: 17 },
    { id: "c2", start: 38, end: 48 },
  ];
  const boilerplate = [{ id: "b1", start: 18, end: 37, included: false }];

  it("covers the text exactly, in order, without gaps", () => {
    const pieces = buildPieces(text.length, claims, boilerplate);
    expect(pieces[0]!.start).toBe(0);
    expect(pieces.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.start).toBe(pieces[i - 1]!.end);
  });

  it("tags claim and set-aside pieces", () => {
    const pieces = buildPieces(text.length, claims, boilerplate);
    const byText = Object.fromEntries(pieces.map((p) => [text.slice(p.start, p.end), p]));
    expect(byText["Claim one."]).toMatchObject({ claimId: "c1", boilerplateId: null });
    expect(byText["Lire aussi : autre."]).toMatchObject({ boilerplateId: "b1", setAside: true, boilerplateStart: true });
    expect(byText["Claim two."]).toMatchObject({ claimId: "c2" });
  });

  it("lets a claim sit inside an included boilerplate span", () => {
    const pieces = buildPieces(10, [{ id: "c", start: 2, end: 6 }], [{ id: "b", start: 0, end: 10, included: true }]);
    expect(pieces.map((p) => [p.start, p.end, p.claimId, p.setAside])).toEqual([
      [0, 2, null, false],
      [2, 6, "c", false],
      [6, 10, null, false],
    ]);
  });
});

describe("splitPoints", () => {
  it("offers each word start after the first, as offsets into the whole text", () => {
    const text = "xx Le ministre a parlé.";
    expect(splitPoints(text, 3, text.length)).toEqual([6, 15, 17]);
  });
});
