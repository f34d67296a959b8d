import { describe, expect, it } from "vitest";
import { dateKeys, extractDates, weekdayOf } from "./dates";

const one = (text: string, language = "fr") => {
  const found = extractDates(text, { language });
  expect(found, `dates in ${JSON.stringify(text)}`).toHaveLength(1);
  return found[0]!;
};
const keys = (text: string, language = "fr") => extractDates(text, { language }).flatMap(dateKeys);

describe("calendar dates", () => {
  it.each([
    ["mardi 18 juin", "fr", ["d:06-18", "wd:tue"]],
    ["18 juin 2024", "fr", ["d:06-18", "y:2024"]],
    ["Poutine arrive le 19 juin.", "fr", ["d:06-19"]],
    ["le 1er septembre", "fr", ["d:09-01"]],
    ["June 18", "en", ["d:06-18"]],
    ["18 June 2024", "en", ["d:06-18", "y:2024"]],
    ["Tuesday, June 18, 2024", "en", ["d:06-18", "y:2024", "wd:tue"]],
    ["the 18th of June", "en", ["d:06-18"]],
    ["2024-06-15 09:07:56", "fr", ["d:06-15", "y:2024", "t:09:07"]],
    ["05/06/2024", "fr", ["d:06-05", "y:2024"]],
    ["06/05/2024", "en", ["d:06-05", "y:2024"]],
    ["en février 2022", "fr", ["m:02", "y:2022"]],
    ["Kim s'est rendu en Russie en septembre", "fr", ["m:09"]],
    ["leur première rencontre depuis 2019", "fr", ["y:2019"]],
    ["they met in 2019", "en", ["y:2019"]],
  ])("%s → %j", (text, language, expected) => {
    expect(keys(text, language)).toEqual(expected);
  });

  it("reports the date itself as the span, not the preposition", () => {
    const text = "rencontrés pour la première fois en 2019 à Vladivostok";
    const d = one(text);
    expect(d.text).toBe("2019");
    expect(text.slice(d.start, d.end)).toBe("2019");
    expect(one("Poutine arrive le 19 juin.").text).toBe("19 juin");
  });
});

describe("weekdays", () => {
  it("reads weekdays and parts of the day", () => {
    expect(one("accueilli mardi soir")).toMatchObject({ weekday: "tue", partOfDay: "evening", text: "mardi soir" });
    expect(one("le mercredi matin")).toMatchObject({ weekday: "wed", partOfDay: "morning" });
    expect(one("on Tuesday night", "en")).toMatchObject({ weekday: "tue", partOfDay: "night" });
  });

  it("computes the weekday of a calendar date", () => {
    expect(weekdayOf(2024, 6, 19)).toBe("wed");
    expect(weekdayOf(2024, 6, 18)).toBe("tue");
    expect(weekdayOf(2000, 2, 29)).toBe("tue");
  });
});

describe("times", () => {
  it.each([
    ["à 14 h 30", "fr", "14:30"], ["à 14h30", "fr", "14:30"], ["vers 2 h du matin", "fr", "02:00"],
    ["à 8 heures du soir", "fr", "20:00"], ["à 3 h de l'après-midi", "fr", "15:00"], ["à 14 h", "fr", "14:00"],
    ["at 3 a.m.", "en", "03:00"], ["at 3 p.m.", "en", "15:00"], ["12 a.m.", "en", "00:00"], ["11:45 pm", "en", "23:45"],
    ["14:30", "fr", "14:30"], ["à midi", "fr", "12:00"], ["at midnight", "en", "00:00"],
  ])("%s → %s", (text, language, time) => {
    expect(one(text, language).time).toBe(time);
  });

  it("keeps a stated time zone", () => {
    expect(one("à 14 h heure de Moscou")).toMatchObject({ time: "14:00", tz: "heure de moscou" });
    expect(one("at 3 a.m. local time", "en")).toMatchObject({ time: "03:00", tz: "local time" });
  });
});

describe("things that are not dates", () => {
  it.each([
    "pendant 24 heures", "de 2000 soldats", "La directrice, Avril Haines, a déclaré", "they may go", "un score de 3:1",
    "il y a 24 ans", "sept soldats",
  ])("%s", (text) => {
    expect(extractDates(text, { language: /they/.test(text) ? "en" : "fr" })).toEqual([]);
  });
});
