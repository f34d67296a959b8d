import { describe, expect, it, vi } from "vitest";
import { collect, jsonArrayMembers, slices, toByteStream } from "./stream";

async function* chunksOf(...chunks: string[]) {
  yield* chunks;
}

describe("export streams", () => {
  it("encode chunks as UTF-8, accents and « » intact", async () => {
    const text = await new Response(toByteStream(chunksOf("« été »", ", ", "naïve"))).text();
    expect(text).toBe("« été », naïve");
  });

  it("stop reading when the client goes away, without an error", async () => {
    let closed = false;
    let produced = 0;
    async function* endless() {
      try {
        for (;;) {
          produced += 1;
          yield `row ${produced}\n`;
        }
      } finally {
        closed = true;
      }
    }
    const onError = vi.fn();
    const reader = toByteStream(endless(), onError).getReader();
    await reader.read();
    await reader.cancel();
    expect(closed).toBe(true);
    expect(produced).toBeLessThan(5);
    expect(onError).not.toHaveBeenCalled();
  });

  it("error the stream, and report it, when the source fails midway", async () => {
    async function* failing() {
      yield "a";
      throw new Error("database gone");
    }
    const onError = vi.fn();
    await expect(new Response(toByteStream(failing(), onError)).text()).rejects.toThrow("database gone");
    expect(onError).toHaveBeenCalledOnce();
  });

  it("cut batches into small chunks, JSON members one per line", async () => {
    expect([...slices([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]]);
    async function* batches() {
      yield [1, 2, 3];
      yield [];
      yield [4];
    }
    const chunks: string[] = [];
    for await (const chunk of jsonArrayMembers(batches(), (n) => ({ n }), 2)) chunks.push(chunk);
    expect(chunks).toEqual(['\n{"n":1},\n{"n":2}', ',\n{"n":3}', ',\n{"n":4}', "\n"]);
    expect(JSON.parse(`[${chunks.join("")}]`)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
    async function* nothing(): AsyncGenerator<number[]> {}
    expect(await collect(jsonArrayMembers(nothing(), (n) => n))).toBe("");
  });
});
