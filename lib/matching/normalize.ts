// Text folding and tokenisation. Every extractor works on the folded text
// (lower case, no diacritics, ASCII punctuation) but must report spans in the
// ORIGINAL text, so folding keeps a per-character map back to the source.

export interface Token {
  /** Folded form: lower case, diacritics removed. */
  norm: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** Offsets in the folded text. */
  fStart: number;
  fEnd: number;
  /** First letter is upper case in the original (proper-noun hint). */
  cap: boolean;
  /** Whole token upper case and at least two letters (acronym hint). */
  upper: boolean;
  /** Folded text between the previous token and this one (" ", "-", "'", ", "...). */
  sep: string;
  /** First token of a sentence, where capitals say nothing about names. */
  sentStart: boolean;
}

export interface Prepared {
  text: string;
  folded: string;
  /** srcStart[i] / srcEnd[i]: original span of folded character i. */
  srcStart: number[];
  srcEnd: number[];
  tokens: Token[];
}

const SPECIAL: Record<string, string> = {
  "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u0060": "'", "\u00b4": "'", "\u2032": "'",
  "\u00ab": '"', "\u00bb": '"', "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
  "\u2212": "-", "\ufe63": "-", "\uff0d": "-",
  "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200a": " ", "\u3000": " ", "\t": " ",
  "\u200b": "", "\u00ad": "", "\ufeff": "",
  "\u0153": "oe", "\u0152": "oe", "\u00e6": "ae", "\u00c6": "ae", "\u00df": "ss",
  "\u00f8": "o", "\u00d8": "o", "\u0142": "l", "\u0141": "l", "\u0111": "d", "\u0110": "d",
  "\u0131": "i", "\u2026": "...", "\u20ac": "\u20ac",
};

// Folding one character costs a normalize() call; real text reuses few distinct
// non-ASCII characters, so memoising keeps extraction in the microsecond range.
const charCache = new Map<string, string>();

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch === "\t" ? " " : ch;
  let out = charCache.get(ch);
  if (out === undefined) {
    out = SPECIAL[ch] ?? ch.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
    if (charCache.size < 20_000) charCache.set(ch, out);
  }
  return out;
}

/** Fold case, diacritics, typographic quotes/apostrophes/dashes and ligatures. */
export function foldText(text: string): string {
  let out = "";
  for (const ch of text) out += foldChar(ch);
  return out;
}

const TOKEN_RE = /[\p{L}\p{N}]+/gu;
const SENTENCE_BREAK_RE = /[.!?]\s|[\n•:;"(]/;

/** Fold text, remember where each folded character came from, and tokenise. */
export function prepare(text: string): Prepared {
  let folded = "";
  const srcStart: number[] = [];
  const srcEnd: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) {
      srcStart.push(i);
      srcEnd.push(i + ch.length);
    }
    folded += f;
    i += ch.length;
  }
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of folded.matchAll(TOKEN_RE)) {
    const fStart = m.index;
    const fEnd = fStart + m[0].length;
    const start = srcStart[fStart] ?? 0;
    const end = srcEnd[fEnd - 1] ?? text.length;
    const orig = text.slice(start, end);
    const first = orig.charAt(0);
    const sep = folded.slice(prevEnd, fStart);
    tokens.push({
      norm: m[0],
      start,
      end,
      fStart,
      fEnd,
      cap: first !== first.toLowerCase(),
      upper: orig.length >= 2 && orig === orig.toUpperCase() && orig !== orig.toLowerCase(),
      sep,
      sentStart: tokens.length === 0 || SENTENCE_BREAK_RE.test(sep + " "),
    });
    prevEnd = fEnd;
  }
  return { text, folded, srcStart, srcEnd, tokens };
}

export function asPrepared(input: string | Prepared): Prepared {
  return typeof input === "string" ? prepare(input) : input;
}

/** Original-text span for folded offsets [fStart, fEnd). */
export function spanOf(p: Prepared, fStart: number, fEnd: number): { start: number; end: number; text: string } {
  const start = p.srcStart[fStart] ?? p.text.length;
  const end = fEnd > fStart ? (p.srcEnd[fEnd - 1] ?? p.text.length) : start;
  return { start, end, text: p.text.slice(start, end) };
}

/** Folded tokens only, for callers that do not need offsets. */
export function tokenize(text: string): string[] {
  return foldText(text).match(TOKEN_RE) ?? [];
}

export function normalizeLanguage(language: string): "fr" | "en" | "und" {
  const l = language.trim().toLowerCase().slice(0, 3);
  if (l.startsWith("fr")) return "fr";
  if (l.startsWith("en")) return "en";
  return "und";
}

// Transliteration variants that the generic rules below cannot derive. Values are
// the readable canonical spelling; extend when a new name family shows up.
const NAME_VARIANTS: Record<string, string> = {
  andrey: "andrei", andrei: "andrei", andrej: "andrei",
  belooussov: "belousov", belousov: "belousov", belousow: "belousov",
  serguei: "sergei", sergey: "sergei", sergei: "sergei", sergeij: "sergei",
  jung: "jong",
  iouri: "yuri", youri: "yuri", yuri: "yuri", yury: "yuri", iuri: "yuri",
  dmitri: "dmitri", dmitry: "dmitri", dmitriy: "dmitri",
  mikhail: "mikhail", mikhael: "mikhail",
  aleksandr: "alexander", alexandr: "alexander", alexandre: "alexander", alexander: "alexander",
  volodymyr: "volodymyr", volodimir: "volodymyr", wolodymyr: "volodymyr",
  zelensky: "zelensky", zelenski: "zelensky", zelenskyy: "zelensky", zelenskiy: "zelensky",
};

/** Canonical spelling of one folded name token ("belooussov" → "belousov"). */
export function foldNameToken(token: string): string {
  const t = foldText(token);
  return NAME_VARIANTS[t] ?? t;
}

const nameKeyCache = new Map<string, string>();

/**
 * Phonetic-ish skeleton of a name token, so FR and EN transliterations of the same
 * Russian/Korean name collide: FR "ou"/"ch"/"tch" vs EN "u"/"sh"/"ch", y/i, doubled
 * consonants, mute final e. Only used as a lookup key, never shown.
 */
export function nameKey(token: string): string {
  let k = nameKeyCache.get(token);
  if (k !== undefined) return k;
  k = foldNameToken(token)
    .replace(/tch/g, "ch")
    .replace(/sh/g, "ch")
    .replace(/zh/g, "j")
    .replace(/ck/g, "k")
    .replace(/y/g, "i")
    .replace(/(.)\1+/g, "$1")
    .replace(/ou/g, "u")
    .replace(/(.)\1+/g, "$1");
  if (k.length > 4) k = k.replace(/e$/, "");
  if (nameKeyCache.size < 50_000) nameKeyCache.set(token, k);
  return k;
}
