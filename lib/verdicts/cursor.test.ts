import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

const shape = { at: "string", id: "string", start: "number" } as const;

describe("paging cursors", () => {
  it("round-trips a sort key", () => {
    const key = { at: "2026-11-23T10:00:00.000Z", id: "c1", start: 42 };
    expect(decodeCursor(encodeCursor(key), shape)).toEqual(key);
  });

  it("refuses garbage, other shapes and wrong types", () => {
    expect(decodeCursor("not base64 json!", shape)).toBeNull();
    expect(decodeCursor(encodeCursor({ at: "x", id: "c1" }), shape)).toBeNull();
    expect(decodeCursor(encodeCursor({ at: "x", id: "c1", start: "42" }), shape)).toBeNull();
    expect(decodeCursor(Buffer.from("[1,2,3]").toString("base64url"), shape)).toBeNull();
  });
});
