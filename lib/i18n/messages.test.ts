import { describe, expect, it } from "vitest";
import { localizeMessage, MESSAGES, translateKey } from "./messages";
import { negotiateLocale } from "./config";

function leafKeys(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key));
}

describe("messages", () => {
  it("has every key in both English and French", () => {
    const en = new Set(leafKeys(MESSAGES.en));
    const fr = new Set(leafKeys(MESSAGES.fr));
    expect([...en].filter((key) => !fr.has(key))).toEqual([]);
    expect([...fr].filter((key) => !en.has(key))).toEqual([]);
  });

  it("has no empty message", () => {
    for (const locale of ["en", "fr"] as const) {
      const empty = leafKeys(MESSAGES[locale]).filter((key) => translateKey(locale, key).trim() === "");
      expect(empty).toEqual([]);
    }
  });

  it("never lets two message files claim the same top-level namespace", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    for (const locale of ["en", "fr"]) {
      const dir = `lib/i18n/messages/${locale}`;
      const owners = new Map<string, string>();
      for (const file of readdirSync(dir)) {
        for (const namespace of Object.keys(JSON.parse(readFileSync(`${dir}/${file}`, "utf8")))) {
          expect(owners.get(namespace), `${namespace} in ${file} and ${owners.get(namespace)}`).toBeUndefined();
          owners.set(namespace, file);
        }
      }
    }
  });

  it("translates error keys and leaves plain text alone", () => {
    expect(localizeMessage("fr", "errors.notFound")).toBe("Introuvable.");
    expect(localizeMessage("en", "Plain message.")).toBe("Plain message.");
  });
});

describe("negotiateLocale", () => {
  it("prefers the cookie, then Accept-Language order, then English", () => {
    expect(negotiateLocale("fr", "en-GB,en;q=0.9")).toBe("fr");
    expect(negotiateLocale(undefined, "de-DE,fr-CA;q=0.8,en;q=0.5")).toBe("fr");
    expect(negotiateLocale("xx", "de")).toBe("en");
    expect(negotiateLocale(undefined, null)).toBe("en");
  });
});
