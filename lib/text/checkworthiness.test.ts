import { describe, expect, it } from "vitest";
import { detectCheckSignals, scoreCheckworthiness } from "./checkworthiness";

describe("detectCheckSignals", () => {
  it.each([
    ["Le chômage a baissé de 3,5 % en 2023, selon l’Insee.", "fr", ["number", "date", "quantity", "named-entity", "attribution", "comparison"]],
    ["Trois cents soldats ont été tués mardi, a déclaré le ministère.", "fr", ["number", "date", "quantity", "attribution"]],
    ["Le 1er juillet, le gouvernement présentera son plan.", "fr", ["number", "date"]],
    ["Le budget atteint 12 milliards d’euros, plus que l’an dernier.", "fr", ["number", "date", "quantity", "comparison"]],
    ["Les deux pays ont signé un accord de coopération militaire.", "fr", []],
    ["Poutine a rencontré Kim Jong Un à Pyongyang.", "fr", ["named-entity"]],
    ["Est-ce vraiment utile pour la population du pays ?", "fr", ["question"]],
    ["Je pense qu’il faut agir maintenant pour le climat.", "fr", ["opinion"]],
    ["Il écrit Reuters.", "fr", ["named-entity", "attribution", "short"]],
    ["The unemployment rate fell to 4.1 percent in May, the Labor Department said on Friday.", "en", ["number", "date", "quantity", "named-entity", "attribution", "comparison"]],
    ["According to officials, more than two thousand people attended the rally.", "en", ["number", "quantity", "attribution", "comparison"]],
    ["I think the government should act now on the climate crisis.", "en", ["opinion"]],
  ] as const)("%s", (text, language, expected) => {
    expect(detectCheckSignals(text, language)).toEqual(expected);
  });

  it("only uses the French/English lexicons for those languages", () => {
    expect(detectCheckSignals("Selon el ministerio, 300 soldados murieron ayer.", "es")).toEqual(["number"]);
  });
});

describe("scoreCheckworthiness", () => {
  it("scores in [0, 1] and rewards verifiable content", () => {
    const factual = scoreCheckworthiness("Le chômage a baissé de 3,5 % en 2023, selon l’Insee.", "fr");
    const plain = scoreCheckworthiness("La situation reste compliquée pour tout le monde ici.", "fr");
    const question = scoreCheckworthiness("Est-ce vraiment utile pour la population du pays ?", "fr");
    const opinion = scoreCheckworthiness("Je pense qu’il faut agir maintenant pour le climat.", "fr");
    expect(factual.score).toBeGreaterThan(0.8);
    expect(factual.score).toBeLessThanOrEqual(1);
    expect(plain.score).toBe(0.1);
    expect(question.score).toBeLessThan(plain.score);
    expect(opinion.score).toBeLessThan(plain.score);
    expect(question.score).toBeGreaterThanOrEqual(0);
  });

  it("is deterministic and rounded", () => {
    const a = scoreCheckworthiness("Trois cents soldats ont été tués mardi, a déclaré le ministère.", "fr");
    expect(scoreCheckworthiness("Trois cents soldats ont été tués mardi, a déclaré le ministère.", "fr")).toEqual(a);
    expect(Math.round(a.score * 1000) / 1000).toBe(a.score);
  });
});
