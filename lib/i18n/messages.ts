// One JSON file per feature and locale, merged here: features add strings without
// touching each other's files. lib/i18n/messages.test.ts checks both locales match.
import enCommon from "./messages/en/common.json";
import enGroups from "./messages/en/groups.json";
import enImport from "./messages/en/import.json";
import enReader from "./messages/en/reader.json";
import frCommon from "./messages/fr/common.json";
import frGroups from "./messages/fr/groups.json";
import frImport from "./messages/fr/import.json";
import frReader from "./messages/fr/reader.json";
import type { Locale } from "./config";

const en = { ...enCommon, ...enImport, ...enReader, ...enGroups };
const fr = { ...frCommon, ...frImport, ...frReader, ...frGroups };

export const MESSAGES = { en, fr } satisfies Record<Locale, unknown>;
export type Messages = typeof en;

/** Look up a dotted key outside React (API errors, validation); falls back to the key. */
export function translateKey(locale: Locale, key: string): string {
  let node: unknown = MESSAGES[locale];
  for (const part of key.split(".")) {
    node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === "string" ? node : key;
}

/** Errors and schema messages may be i18n keys ("errors.…", "validation.…"): translate those. */
export function localizeMessage(locale: Locale, message: string): string {
  return /^(errors|validation)\.[\w.]+$/.test(message) ? translateKey(locale, message) : message;
}
