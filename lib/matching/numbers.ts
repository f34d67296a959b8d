// Numbers and quantities in FR/EN claims: digits with either language's
// separators, number words, ordinals, adjacent units and hedges ("plus de").
// Works on tokens so it can skip spans already claimed as dates or times.

import { asPrepared, normalizeLanguage, spanOf, type Prepared, type Token } from "./normalize";
import { isStopword } from "./stopwords";
import type { Approx, NumberMention } from "./types";

const CARDINALS: Record<string, number> = {
  zero: 0, un: 1, une: 1, one: 1, deux: 2, two: 2, trois: 3, three: 3, quatre: 4, four: 4,
  cinq: 5, five: 5, six: 6, sept: 7, seven: 7, huit: 8, eight: 8, neuf: 9, nine: 9, dix: 10, ten: 10,
  onze: 11, eleven: 11, douze: 12, twelve: 12, treize: 13, thirteen: 13, quatorze: 14, fourteen: 14,
  quinze: 15, fifteen: 15, seize: 16, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  vingt: 20, vingts: 20, twenty: 20, trente: 30, thirty: 30, quarante: 40, forty: 40,
  cinquante: 50, fifty: 50, soixante: 60, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const HUNDREDS = new Set(["cent", "cents", "hundred"]);
const SCALES: Record<string, number> = {
  mille: 1e3, thousand: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9,
  billion: 1e9, billions: 1e9, trillion: 1e12,
};
// "un/une/a/an" are articles far more often than numbers: numeric only before a scale word.
const ARTICLES = new Set(["un", "une", "a", "an"]);
const APPROX_NOUNS: Record<string, number> = {
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40,
  cinquantaine: 50, soixantaine: 60, centaine: 100, dozen: 12,
};
const ORDINAL_WORDS: Record<string, number> = {
  premier: 1, premiere: 1, first: 1, second: 2, seconde: 2, third: 3, fifth: 5, eighth: 8,
  ninth: 9, twelfth: 12, cinquieme: 5, neuvieme: 9,
};
// "premier ministre" is an office, not a rank worth anchoring on.
const NOT_ORDINAL_BEFORE = new Set(["ministre", "minister", "dame", "lady", "secretaire", "secretary"]);

export const UNITS: Readonly<Record<string, string>> = {
  an: "year", ans: "year", annee: "year", annees: "year", year: "year", years: "year", yr: "year", yrs: "year",
  mois: "month", month: "month", months: "month",
  semaine: "week", semaines: "week", week: "week", weeks: "week",
  jour: "day", jours: "day", journee: "day", journees: "day", day: "day", days: "day",
  heure: "hour", heures: "hour", h: "hour", hour: "hour", hours: "hour", hr: "hour", hrs: "hour",
  minute: "minute", minutes: "minute", min: "minute", mn: "minute",
  seconde: "second", secondes: "second", second: "second", seconds: "second",
  decennie: "decade", decennies: "decade", decade: "decade", decades: "decade",
  siecle: "century", siecles: "century", century: "century", centuries: "century",
  pourcent: "pct", percent: "pct", pct: "pct",
  km: "km", kilometre: "km", kilometres: "km", kilometer: "km", kilometers: "km",
  metre: "m", metres: "m", meter: "m", meters: "m", mile: "mile", miles: "mile",
  kg: "kg", kilo: "kg", kilos: "kg", kilogramme: "kg", kilogrammes: "kg", kilogram: "kg", kilograms: "kg",
  tonne: "tonne", tonnes: "tonne", ton: "tonne", tons: "tonne",
  dollar: "usd", dollars: "usd", usd: "usd", euro: "eur", euros: "eur", eur: "eur",
  rouble: "rub", roubles: "rub", ruble: "rub", rubles: "rub", yuan: "cny", yuans: "cny", won: "krw", wons: "krw",
  soldat: "soldier", soldats: "soldier", soldier: "soldier", soldiers: "soldier", troops: "soldier", militaires: "soldier",
  personne: "person", personnes: "person", people: "person", person: "person", persons: "person",
  gens: "person", habitants: "person", individus: "person",
  mort: "dead", morts: "dead", dead: "dead", deaths: "dead", deces: "dead", tues: "dead", killed: "dead",
  blesse: "injured", blesses: "injured", injured: "injured", wounded: "injured",
  civil: "civilian", civils: "civilian", civilian: "civilian", civilians: "civilian",
  enfant: "child", enfants: "child", child: "child", children: "child",
  missile: "missile", missiles: "missile", obus: "shell", shell: "shell", shells: "shell",
  pays: "country", country: "country", countries: "country", nation: "country", nations: "country",
};
const SYMBOL_UNITS: Record<string, string> = { "%": "pct", $: "usd", "\u20ac": "eur", "\u00a3": "gbp" };
const SUFFIX_UNITS: Record<string, string> = { km: "km", kg: "kg", h: "hour", ans: "year", an: "year", t: "tonne" };

const QUALIFIERS: Array<[string[], Approx]> = [
  [["environ"], "about"], [["pres", "de"], "about"], [["quelque"], "about"], [["about"], "about"],
  [["around"], "about"], [["approximately"], "about"], [["roughly"], "about"], [["some"], "about"],
  [["nearly"], "less"], [["almost"], "less"], [["presque"], "less"], [["moins", "de"], "less"],
  [["less", "than"], "less"], [["fewer", "than"], "less"], [["up", "to"], "less"], [["jusqu", "a"], "less"],
  [["plus", "de"], "more"], [["au", "moins"], "more"], [["more", "than"], "more"], [["over"], "more"],
  [["at", "least"], "more"],
];

/** Value of a number word or ordinal word, for callers that need single-word lookups. */
export function numberWordValue(word: string): number | null {
  return CARDINALS[word] ?? (HUNDREDS.has(word) ? 100 : SCALES[word] ?? ordinalWord(word));
}

export function ordinalWord(w: string): number | null {
  const direct = ORDINAL_WORDS[w];
  if (direct !== undefined) return direct;
  let stem: string | null = null;
  if (w.endsWith("ieme")) stem = w.slice(0, -4);
  else if (w.endsWith("ieth")) stem = `${w.slice(0, -4)}y`;
  else if (w.endsWith("th")) stem = w.slice(0, -2);
  if (!stem) return null;
  for (const s of [stem, `${stem}e`]) {
    const v = CARDINALS[s] ?? (HUNDREDS.has(s) ? 100 : SCALES[s]);
    if (v !== undefined) return v;
  }
  return null;
}

/** Stable text form for keys: integers as-is, decimals trimmed ("3.5"). */
export function formatNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(4)));
}

interface Read { value: number; end: number; ordinal: boolean; digits: boolean; unit?: string; approx?: Approx; of?: boolean }

const isSpace = (t: Token | undefined): t is Token => !!t && /^\s+$/.test(t.sep);
const canJoinWord = (t: Token | undefined): t is Token => !!t && /^[\s-]+$/.test(t.sep);

// Whether adding a units/tens word continues the number ("vingt quatre") rather
// than starting a new one ("deux trois" is two numbers, not five).
function canAdd(cur: number, lastV: number, v: number): boolean {
  const r = cur % 100;
  if (r === 0) return true;
  if (lastV >= 20 && lastV % 10 === 0 && v < 10) return true;
  if ((lastV === 60 || lastV === 80) && v >= 10 && v < 20) return true;
  return lastV === 10 && v >= 7 && v <= 9 && (r === 10 || r === 70 || r === 90);
}

function readWords(toks: Token[], i: number): Read | null {
  const first = toks[i]!.norm;
  const next = toks[i + 1];
  let total = 0, cur = 0, lastV = -1, any = false, ordinal = false, j = i;
  if (ARTICLES.has(first)) {
    if (!isSpace(next)) return null;
    const approxV = APPROX_NOUNS[next.norm];
    if (approxV !== undefined) return { value: approxV, end: i + 2, ordinal: false, digits: false, approx: next.norm === "dozen" ? undefined : "about", of: true };
    if (!HUNDREDS.has(next.norm) && SCALES[next.norm] === undefined) return null;
    cur = 1; any = true; j = i + 1;
  }
  for (; j < toks.length; j++) {
    const t = toks[j]!;
    if (j > i && !canJoinWord(t)) break;
    const w = t.norm;
    if ((w === "et" || w === "and") && any) {
      const nx = toks[j + 1];
      const nv = nx ? CARDINALS[nx.norm] ?? ordinalWord(nx.norm) : null;
      // "vingt et un", "soixante et onze"; "one hundred and five". Otherwise "et" joins two numbers.
      const ok = w === "et" ? lastV >= 20 && (nv === 1 || nv === 11) : nv != null && cur % 100 === 0;
      if (!canJoinWord(nx) || !ok) break;
      continue;
    }
    const v = CARDINALS[w];
    if (v !== undefined) {
      if ((w === "vingt" || w === "vingts") && lastV === 4 && cur % 100 === 4) { cur += 76; lastV = 80; continue; }
      if (any && !canAdd(cur, lastV, v)) break;
      if (!any && ARTICLES.has(w)) return null;
      cur += v; lastV = v; any = true;
      continue;
    }
    if (HUNDREDS.has(w)) {
      if (cur >= 100) break;
      cur = (cur || 1) * 100; lastV = 100; any = true;
      continue;
    }
    const scale = SCALES[w];
    if (scale !== undefined && (any || w === "mille")) {
      total += (cur || 1) * scale; cur = 0; lastV = -1; any = true;
      continue;
    }
    const ov = ordinalWord(w);
    if (ov !== null) {
      if (!any) {
        if (NOT_ORDINAL_BEFORE.has(toks[j + 1]?.norm ?? "")) return null;
        cur = ov;
      } else if (ov >= 100) cur = (cur || 1) * ov;
      else if (canAdd(cur, lastV, ov)) cur += ov;
      else break;
      any = true; ordinal = true; j++;
      break;
    }
    break;
  }
  if (!any) return null;
  return { value: total + cur, end: j, ordinal, digits: false };
}

function readDigits(toks: Token[], i: number, lang: string): Read | null {
  const t = toks[i]!;
  const prev = toks[i - 1];
  // "MiG-29", "COVID-19", "Hwasong-18": model names, not quantities.
  if (prev && t.sep === "-" && /\p{L}$/u.test(prev.norm)) return null;
  const m = /^(\d+)(?:(er|re|ere|e|eme|st|nd|rd|th)|(km|kg|h|ans|an|t))?$/.exec(t.norm);
  if (!m) return null;
  if (m[2]) return { value: Number(m[1]), end: i + 1, ordinal: true, digits: true };
  if (m[3]) return { value: Number(m[1]), end: i + 1, ordinal: false, digits: true, unit: SUFFIX_UNITS[m[3]] };
  let int = m[1]!;
  let dec = "";
  let j = i + 1;
  const groupSep = lang === "fr" ? "." : ",";
  const isGroup = (x: Token | undefined, sep: string) => !!x && x.sep === sep && /^\d{3}$/.test(x.norm);
  if (int.length <= 3 && isGroup(toks[j], " ")) {
    while (isGroup(toks[j], " ")) int += toks[j++]!.norm;
  } else if (int.length <= 3 && isGroup(toks[j], groupSep)) {
    while (isGroup(toks[j], groupSep)) int += toks[j++]!.norm;
  }
  const d = toks[j];
  if (d && (d.sep === "," || d.sep === ".") && /^\d+$/.test(d.norm) && !(j > i + 1 && d.sep === toks[j - 1]!.sep)) {
    dec = d.norm;
    j++;
  }
  return { value: Number(dec ? `${int}.${dec}` : int), end: j, ordinal: false, digits: true };
}

function singular(w: string): string {
  if (w.length > 4 && w.endsWith("aux")) return `${w.slice(0, -3)}al`;
  return w.length > 4 && /[sx]$/.test(w) ? w.slice(0, -1) : w;
}

export interface NumberOptions {
  /** "fr" reads "3,500" as 3.5; "en"/other as 3500. */
  language?: string;
  /** Original-text spans already claimed (dates, times), to skip. */
  exclude?: ReadonlyArray<{ start: number; end: number }>;
}

export function extractNumbers(input: string | Prepared, opts: NumberOptions = {}): NumberMention[] {
  const p = asPrepared(input);
  const toks = p.tokens;
  const lang = normalizeLanguage(opts.language ?? "und");
  const excluded = (t: Token | undefined) =>
    !!t && !!opts.exclude?.some((e) => t.start < e.end && t.end > e.start);
  const out: NumberMention[] = [];
  for (let i = 0; i < toks.length; ) {
    const t = toks[i]!;
    const r = excluded(t) ? null : /^\d/.test(t.norm) ? readDigits(toks, i, lang) : readWords(toks, i);
    if (!r || toks.slice(i, r.end).some(excluded)) {
      i++;
      continue;
    }
    let value = r.value;
    let k = r.end;
    let unit: string | null = r.unit ?? null;
    let fStart = t.fStart;
    let allowOf = r.of ?? false;
    const scaleTok = toks[k];
    if (r.digits && !r.ordinal && isSpace(scaleTok) && SCALES[scaleTok.norm] !== undefined) {
      value *= SCALES[scaleTok.norm]!;
      k++;
      allowOf = true;
    }
    if (!r.digits && toks[r.end - 1] && SCALES[toks[r.end - 1]!.norm] !== undefined) allowOf = true;
    let fEnd = toks[k - 1]!.fEnd;
    const pre = /([$\u20ac\u00a3])\s?$/.exec(p.folded.slice(Math.max(0, fStart - 2), fStart));
    if (pre && !unit) {
      unit = SYMBOL_UNITS[pre[1]!]!;
      fStart -= pre[0].length;
    }
    const sym = /^\s?([%$\u20ac\u00a3])/.exec(p.folded.slice(fEnd, fEnd + 2));
    if (sym && !unit) {
      unit = SYMBOL_UNITS[sym[1]!]!;
      fEnd += sym[0].length;
    } else if (!unit) {
      let u = toks[k];
      let skip = 0;
      if (allowOf && isSpace(u) && (u.norm === "de" || u.norm === "d" || u.norm === "of")) {
        skip = 1;
        u = toks[k + 1];
      }
      // "24 ans", "d'euros", "24-year".
      if (u && /^(?:\s*'?\s*|-)$/.test(u.sep) && !excluded(u)) {
        const nx = toks[k + skip + 1];
        if ((u.norm === "pour" || u.norm === "per") && nx?.norm === "cent" && isSpace(nx)) {
          unit = "pct"; k += skip + 2;
        } else if (UNITS[u.norm]) {
          unit = UNITS[u.norm]!; k += skip + 1;
        } else if (/^\p{L}{3,}$/u.test(u.norm) && !isStopword(u.norm) && numberWordValue(u.norm) === null) {
          unit = `x:${singular(u.norm)}`; k += skip + 1;
        }
        fEnd = toks[k - 1]!.fEnd;
      }
    }
    let approx: Approx | null = r.approx ?? null;
    for (const [words, kind] of QUALIFIERS) {
      const at = i - words.length;
      if (at < 0 || !isSpace(toks[i])) continue;
      if (words.every((w, x) => toks[at + x]!.norm === w && (x === 0 || isSpace(toks[at + x])))) {
        approx = kind;
        fStart = Math.min(fStart, toks[at]!.fStart);
        break;
      }
    }
    out.push({ ...spanOf(p, fStart, fEnd), value, unit, ordinal: r.ordinal, approx, digits: r.digits });
    i = Math.max(k, i + 1);
  }
  return out;
}
