import { describe, expect, it } from "vitest";
import { independentSourceClusters } from "./independence";

describe("independentSourceClusters", () => {
  it("counts one source per outlet and per cluster of near-identical articles", () => {
    const articles = [
      { id: "a", outlet: "AFP" },
      { id: "b", outlet: "afp " },
      { id: "c", outlet: "Le Monde" },
      { id: "d", outlet: "Ouest-France" },
      { id: "e", outlet: null },
    ];
    const clusters = independentSourceClusters(articles, [["c", "d"]]);
    expect(clusters.map((cluster) => [...cluster].sort()).sort()).toEqual([["a", "b"], ["c", "d"], ["e"]]);
  });

  it("treats every article as independent when nothing links them", () => {
    expect(independentSourceClusters([{ id: "a", outlet: "X" }, { id: "b", outlet: "Y" }], [])).toHaveLength(2);
  });
});
