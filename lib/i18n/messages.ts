// One JSON file per feature and locale, merged here: features add strings without
// touching each other's files. lib/i18n/messages.test.ts checks both locales match.
import enCommon from "./messages/en/common.json";
import enGroups from "./messages/en/groups.json";
import enImport from "./messages/en/import.json";
import enReader from "./messages/en/reader.json";
import enTeam from "./messages/en/team.json";
import enVerdicts from "./messages/en/verdicts.json";
import enExport from "./messages/en/export.json";
import enStates from "./messages/en/states.json";
import frCommon from "./messages/fr/common.json";
import frGroups from "./messages/fr/groups.json";
import frImport from "./messages/fr/import.json";
import frReader from "./messages/fr/reader.json";
import frTeam from "./messages/fr/team.json";
import frVerdicts from "./messages/fr/verdicts.json";
import frExport from "./messages/fr/export.json";
import frStates from "./messages/fr/states.json";
import type { Locale } from "./config";

// Each file owns distinct top-level namespaces (a later spread would hide an earlier one).
const en = { ...enCommon, ...enImport, ...enReader, ...enGroups, ...enVerdicts, ...enTeam, ...enExport, ...enStates };
const fr = { ...frCommon, ...frImport, ...frReader, ...frGroups, ...frVerdicts, ...frTeam, ...frExport, ...frStates };

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

/** Error and schema messages may be i18n keys ("errors.notFound", "verdicts.errors.…"): translate those. */
export function localizeMessage(locale: Locale, message: string): string {
  return /^[a-zA-Z]+(\.[\w-]+)+$/.test(message) ? translateKey(locale, message) : message;
}
