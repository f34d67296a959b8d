// The app's own message files, so a spec can run in either language and still find
// controls by their visible names (and fails if a string is missing from one language).
import { readFileSync } from "node:fs";

export type Lang = "en" | "fr";
type MessageFile = "common" | "reader" | "import" | "export" | "verdicts" | "groups" | "team" | "states";

const cache = new Map<string, Record<string, unknown>>();

function load(lang: Lang, file: MessageFile) {
  const path = `lib/i18n/messages/${lang}/${file}.json`;
  if (!cache.has(path)) cache.set(path, JSON.parse(readFileSync(path, "utf8")));
  return cache.get(path)!;
}

/**
 * The text of `key` ("reader.splitBefore") in that language, with simple ICU values
 * filled in ({word}) and plurals resolved ({count, plural, one {…} other {…}}).
 */
export function message(lang: Lang, file: MessageFile, key: string, values: Record<string, string | number> = {}): string {
  const found = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], load(lang, file));
  if (typeof found !== "string") throw new Error(`no message ${lang}/${file}:${key}`);
  const plural = found.replace(/\{(\w+), plural, (.*)\}$/s, (_, name: string, cases: string) => {
    const n = Number(values[name]);
    const pick = (which: string) => cases.match(new RegExp(`${which} \\{([^}]*)\\}`))?.[1];
    return (pick(`=${n}`) ?? (n === 1 ? pick("one") : undefined) ?? pick("other") ?? "").replace(/#/g, String(n));
  });
  return plural.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
