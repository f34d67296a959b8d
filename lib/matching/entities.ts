// Named entities: gazetteer lookup first (canonical ids shared across
// languages), then a fallback that turns unknown capitalised multi-word names
// into `name:<skeleton>` ids so that "Dmitri Peskov"-like names still anchor
// even before anyone adds them to the gazetteer.

import { DATE_WORDS } from "./dates";
import { GAZETTEER, type GazetteerEntry } from "./gazetteer";
import { asPrepared, nameKey, prepare, type Prepared, type Token } from "./normalize";
import { numberWordValue } from "./numbers";
import { isStopword } from "./stopwords";
import type { ConceptMention, EntityMention } from "./types";

interface CompiledAlias {
  entry: GazetteerEntry;
  /** Acronym: every token must be upper case in the text. */
  acronym: boolean;
  /** Proper-noun alias: the first text token must be capitalised ("Séoul" vs French "seul"). */
  capitalised: boolean;
  ambiguous: boolean;
}

const ALIASES = new Map<string, CompiledAlias>();
const FIRST_KEYS = new Set<string>();
let MAX_LEN = 1;

function addAlias(entry: GazetteerEntry, alias: string, ambiguous: boolean): void {
  const toks = prepare(alias).tokens;
  if (toks.length === 0) return;
  const key = toks.map((t) => nameKey(t.norm)).join(" ");
  const letters = alias.replace(/[^\p{L}]/gu, "");
  const existing = ALIASES.get(key);
  // First entry wins on a clash; gazetteer.test.ts keeps clashes at zero.
  if (existing && existing.entry.id !== entry.id) return;
  ALIASES.set(key, {
    entry,
    acronym: letters.length <= 5 && letters === letters.toUpperCase(),
    capitalised: toks[0]!.cap,
    ambiguous,
  });
  FIRST_KEYS.add(key.split(" ")[0]!);
  MAX_LEN = Math.max(MAX_LEN, toks.length);
}

for (const entry of GAZETTEER) {
  for (const a of [entry.label, ...entry.aliases]) addAlias(entry, a, false);
  for (const a of entry.ambiguous ?? []) addAlias(entry, a, true);
}

/** Gazetteer id for a surface form, if it is a known alias (for tests and admin tooling). */
export function lookupAlias(surface: string): string | null {
  const key = prepare(surface).tokens.map((t) => nameKey(t.norm)).join(" ");
  return ALIASES.get(key)?.entry.id ?? null;
}

/** Alias keys claimed by more than one entry; should stay empty. */
export function aliasClashes(): string[] {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const entry of GAZETTEER) {
    for (const a of [entry.label, ...entry.aliases, ...(entry.ambiguous ?? [])]) {
      const key = prepare(a).tokens.map((t) => nameKey(t.norm)).join(" ");
      const owner = seen.get(key);
      if (owner && owner !== entry.id) clashes.push(`${a} (${owner} / ${entry.id})`);
      else seen.set(key, entry.id);
    }
  }
  return clashes;
}

const joinable = (t: Token | undefined) => !!t && /^[\s'.-]+$/.test(t.sep) && !/[.]\s/.test(t.sep);

function matchGazetteer(p: Prepared, taken: boolean[]): EntityMention[] {
  const toks = p.tokens;
  const out: EntityMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || !FIRST_KEYS.has(nameKey(toks[i]!.norm))) continue;
    let best: { len: number; alias: CompiledAlias } | null = null;
    let key = "";
    for (let len = 1; len <= MAX_LEN && i + len <= toks.length; len++) {
      const t = toks[i + len - 1]!;
      if (len > 1 && (!joinable(t) || taken[i + len - 1])) break;
      key = len === 1 ? nameKey(t.norm) : `${key} ${nameKey(t.norm)}`;
      const alias = ALIASES.get(key);
      if (!alias) continue;
      const span = toks.slice(i, i + len);
      if (alias.acronym && !span.every((x) => x.upper || (x.cap && x.norm.length === 1))) continue;
      if ((alias.capitalised || alias.ambiguous) && !span[0]!.cap) continue;
      const next = toks[i + len];
      if (alias.ambiguous && next?.cap && /^[\s-]+$/.test(next.sep)) continue;
      best = { len, alias };
    }
    if (!best) continue;
    const first = toks[i]!;
    const last = toks[i + best.len - 1]!;
    const { entry } = best.alias;
    out.push({
      id: entry.id, type: entry.type, label: entry.label, source: "gazetteer",
      start: first.start, end: last.end, text: p.text.slice(first.start, last.end),
    });
    for (let k = i; k < i + best.len; k++) taken[k] = true;
    i += best.len - 1;
  }
  return out;
}

// Capitalised words that are titles or sentence furniture, not parts of a name.
const TITLES = new Set(
  `president presidente minister ministre ministres secretary secretaire general chief chef spokesman
  spokeswoman spokesperson deputy vice prime premier foreign defence defense affaires etrangeres mr mrs ms
  dr mme monsieur madame leader supreme chairman king queen pope pape sir lord ambassador ambassadeur
  colonel senator senateur governor gouverneur mayor maire home lire read photo video`.split(/\s+/),
);
const PARTICLES = new Set(["de", "du", "des", "d", "la", "le", "l", "von", "van", "der", "den", "bin", "ben", "al", "el", "di", "da", "dos", "del", "of"]);

function isNameToken(toks: Token[], i: number, seqLen: number): boolean {
  const t = toks[i]!;
  if (TITLES.has(t.norm) || /^\d/.test(t.norm) || numberWordValue(t.norm) !== null) return false;
  if (DATE_WORDS.has(t.norm)) {
    // "Avril Haines" is a person, "June 18" is not.
    const next = toks[i + 1];
    return t.cap && !!next?.cap && /^\s+$/.test(next.sep) && !DATE_WORDS.has(next.norm);
  }
  if (t.cap && t.norm.length >= 2) return true;
  // Korean given names: "Kim Hong-kyun" keeps its lower-case hyphenated tail.
  return seqLen >= 2 && t.sep === "-";
}

function fallbackNames(p: Prepared, taken: boolean[]): EntityMention[] {
  const toks = p.tokens;
  const out: EntityMention[] = [];
  let seq: number[] = [];
  const flush = () => {
    let s = seq;
    seq = [];
    while (s.length && PARTICLES.has(toks[s[s.length - 1]!]!.norm)) s = s.slice(0, -1);
    // A capital at sentence start proves nothing: drop a leading function word ("Les", "The").
    if (s.length && toks[s[0]!]!.sentStart && isStopword(toks[s[0]!]!.norm)) s = s.slice(1);
    while (s.length && PARTICLES.has(toks[s[0]!]!.norm)) s = s.slice(1);
    if (s.filter((i) => !PARTICLES.has(toks[i]!.norm)).length < 2) return;
    const first = toks[s[0]!]!;
    const last = toks[s[s.length - 1]!]!;
    out.push({
      id: `name:${s.map((i) => nameKey(toks[i]!.norm)).join("-")}`,
      type: "name", label: p.text.slice(first.start, last.end), source: "fallback",
      start: first.start, end: last.end, text: p.text.slice(first.start, last.end),
    });
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (taken[i]) { flush(); continue; }
    if (seq.length && !joinable(t)) flush();
    if (isNameToken(toks, i, seq.length)) { seq.push(i); continue; }
    const next = toks[i + 1];
    if (seq.length && PARTICLES.has(t.norm) && next && joinable(next) && !taken[i + 1] && isNameToken(toks, i + 1, seq.length)) {
      seq.push(i);
      continue;
    }
    flush();
  }
  flush();
  return out;
}

const AFTER_GAP = /^\s*(?:(?:du|de la|de l['\u2019]|des|de|of the|of)\s*[^,;.:()]{1,40}?,)?[\s,]*(?:\p{L}{1,3}\.\s*)?$/u;
const NAMEABLE = (e: EntityMention) => e.type === "person" || e.type === "name";

/**
 * Attach office concepts to the person they describe: apposition after a comma
 * ("Andrei Belousov, ministre de la Défense") wins over a following name
 * ("le ministre des Affaires étrangères Sergueï Lavrov").
 */
export function assignRoles(text: string, entities: EntityMention[], concepts: ConceptMention[]): void {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  for (const r of concepts) {
    if (!r.role) continue;
    const before = sorted.filter((e) => e.end <= r.start).pop();
    const gapBefore = before ? text.slice(before.end, r.start) : "";
    if (before && NAMEABLE(before) && /^\s*,(?:\s*[\p{L}'\u2019]+){0,3}\s*$/u.test(gapBefore)) {
      before.role ??= r.id;
      continue;
    }
    // "le ministre des Affaires étrangères Sergueï Lavrov", "porte-parole du Kremlin, Dmitri Peskov".
    const after = sorted.find((e) => e.start >= r.end && NAMEABLE(e));
    const gapAfter = after ? text.slice(r.end, after.start) : "";
    if (after && AFTER_GAP.test(gapAfter)) after.role ??= r.id;
  }
}

export interface EntityOptions {
  /** Spans already claimed (dates, times) that must not become names. */
  exclude?: ReadonlyArray<{ start: number; end: number }>;
  /** Concepts of the same text; role concepts are attached to nearby people. */
  concepts?: ConceptMention[];
}

export function extractEntities(input: string | Prepared, opts: EntityOptions = {}): EntityMention[] {
  const p = asPrepared(input);
  const taken = p.tokens.map((t) => !!opts.exclude?.some((e) => t.start < e.end && t.end > e.start));
  const known = matchGazetteer(p, taken);
  const names = fallbackNames(p, taken);
  const all = [...known, ...names].sort((a, b) => a.start - b.start);
  if (opts.concepts) assignRoles(p.text, all, opts.concepts);
  return all;
}
