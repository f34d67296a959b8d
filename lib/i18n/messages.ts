import en from "./messages/en.json";
import fr from "./messages/fr.json";
import type { Locale } from "./config";

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
