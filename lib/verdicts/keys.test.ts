import { describe, expect, it } from "vitest";
import { VERDICT_SHORTCUTS, verdictKeyAction } from "./keys";

describe("verdict keys", () => {
  it("maps c, d, n, p and h to the verdict actions", () => {
    expect(verdictKeyAction("c")).toEqual({ kind: "verdict", status: "corroborated" });
    expect(verdictKeyAction("d")).toEqual({ kind: "verdict", status: "disputed" });
    expect(verdictKeyAction("n")).toBe("reset");
    expect(verdictKeyAction("p")).toEqual({ kind: "evidence" });
    expect(verdictKeyAction("h")).toBe("history");
  });

  it("leaves the reader's and the queue's own keys alone", () => {
    for (const key of ["j", "k", "e", "s", "m", "x", "u", "a", "o", "r", "?", "Escape", "C", "Enter"]) expect(verdictKeyAction(key)).toBeUndefined();
  });

  it("lists every mapped key in the help", () => {
    for (const { keys } of VERDICT_SHORTCUTS) for (const key of keys) expect(verdictKeyAction(key)).toBeDefined();
  });
});
