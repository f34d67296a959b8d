// Dates, weekdays and clock times in FR/EN claims, normalised to comparable
// fields. Runs regexes over the folded text (lower case, no accents) and maps
// matches back to original spans. Relative dates ("hier", "last week") are not
// resolved: claims carry no reliable publication date to anchor them.

import { UNITS } from "./numbers";
import { asPrepared, normalizeLanguage, spanOf, type Prepared } from "./normalize";
import type { DateMention, PartOfDay, Weekday } from "./types";

const MONTHS_FULL: Record<string, number> = {
  janvier: 1, january: 1, fevrier: 2, february: 2, mars: 3, march: 3, avril: 4, april: 4, mai: 5, may: 5,
  juin: 6, june: 6, juillet: 7, july: 7, aout: 8, august: 8, septembre: 9, september: 9,
  octobre: 10, october: 10, novembre: 11, november: 11, decembre: 12, december: 12,
};
// Abbreviations collide with words ("sept" = seven, "mar"), so only accepted right after a day number.
const MONTHS_ABBR: Record<string, number> = {
  jan: 1, janv: 1, feb: 2, fev: 2, fevr: 2, apr: 4, avr: 4, jun: 6, jul: 7, juil: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTHS: Record<string, number> = { ...MONTHS_FULL, ...MONTHS_ABBR };
const WEEKDAYS: Record<string, Weekday> = {
  lundi: "mon", monday: "mon", mardi: "tue", tuesday: "tue", mercredi: "wed", wednesday: "wed",
  jeudi: "thu", thursday: "thu", vendredi: "fri", friday: "fri", samedi: "sat", saturday: "sat",
  dimanche: "sun", sunday: "sun",
};
const PARTS: Record<string, PartOfDay> = {
  matin: "morning", morning: "morning", "apres-midi": "afternoon", "apres midi": "afternoon",
  afternoon: "afternoon", soir: "evening", soiree: "evening", evening: "evening", nuit: "night", night: "night",
};
const WEEKDAY_ORDER: Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/** Month and weekday words (folded), so name detection does not take "June" for a person. */
export const DATE_WORDS: ReadonlySet<string> = new Set([...Object.keys(MONTHS_FULL), ...Object.keys(WEEKDAYS)]);

const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const WD = alt(Object.keys(WEEKDAYS));
const MON_FULL = alt(Object.keys(MONTHS_FULL));
const MON_ANY = alt(Object.keys(MONTHS));
const PART = alt(Object.keys(PARTS));
const YEAR = "((?:1[89]|20)\\d{2})";
const AMPM = "(a\\.\\s?m\\.?|p\\.\\s?m\\.?|am|pm)(?!\\p{L})";
const TZ_RE = new RegExp(
  `^\\s*\\(?\\s*(heure locale|heure de \\p{L}+|heure francaise|local time|(?:moscow|pyongyang|seoul|paris|beijing|tokyo|kyiv|washington|new york) time|(?:gmt|utc)(?:\\s?[+-]\\s?\\d{1,2})?|kst|msk|cet|cest|edt|pst|pdt)${E}`,
  "u",
);
// A bare "14 h" is only a clock time after a preposition; "24 heures" alone is a duration.
const TIME_PREP_RE = /(?:^|[^\p{L}])(?:a|vers|des|avant|apres|jusqu'a|partir de|depuis|entre|et|at|around|by|until|before|after|from|to|alentours de)\s+$/u;

type Fields = Omit<DateMention, "start" | "end" | "text">;
interface Pattern {
  re: RegExp;
  build(m: RegExpExecArray, folded: string, lang: string): Fields | null;
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const validDay = (d: number | undefined, m: number | undefined) => d !== undefined && d >= 1 && d <= 31 && m !== undefined;
const pad = (n: number) => String(n).padStart(2, "0");

function clock(h: number, min: number, ampm?: string, part?: string): string | null {
  let hour = h;
  if (ampm) {
    if (h < 1 || h > 12) return null;
    const pm = ampm.startsWith("p");
    hour = (h % 12) + (pm ? 12 : 0);
  } else if (part) {
    if (/soir|apres/.test(part) && h < 12) hour = h + 12;
    else if (/nuit/.test(part) && h >= 7 && h < 12) hour = h + 12;
  }
  if (hour > 24 || min > 59) return null;
  return `${pad(hour % 24)}:${pad(min)}`;
}

const PATTERNS: Pattern[] = [
  {
    re: new RegExp(`${B}${YEAR}-(\\d{1,2})-(\\d{1,2})${E}(?:[ t]+(\\d{1,2}):(\\d{2})(?::\\d{2})?${E})?`, "gu"),
    build: (m) => {
      const month = num(m[2])!;
      const time = m[4] ? clock(num(m[4])!, num(m[5])!) ?? undefined : undefined;
      return month <= 12 && validDay(num(m[3]), month) ? { year: num(m[1]), month, day: num(m[3]), time } : null;
    },
  },
  {
    re: new RegExp(`${B}(\\d{1,2})[/.](\\d{1,2})[/.]${YEAR}${E}`, "gu"),
    build: (m, _f, lang) => {
      let [a, b] = [num(m[1])!, num(m[2])!];
      if (lang === "en" && a <= 12 && b <= 31) [a, b] = [b, a];
      return b <= 12 && validDay(a, b) ? { year: num(m[3]), month: b, day: a } : null;
    },
  },
  {
    re: new RegExp(`${B}(?:(${WD})\\s+(?:le\\s+|the\\s+)?)?(1er|premier|\\d{1,2})(?:er|st|nd|rd|th)?\\s+(?:of\\s+)?(${MON_ANY})${E}(?:\\.?,?\\s+${YEAR}${E})?`, "gu"),
    build: (m) => {
      const day = m[2] === "1er" || m[2] === "premier" ? 1 : num(m[2]);
      const month = MONTHS[m[3]!];
      return validDay(day, month) ? { day, month, year: num(m[4]), weekday: m[1] ? WEEKDAYS[m[1]] : undefined } : null;
    },
  },
  {
    re: new RegExp(`${B}(?:(${WD}),?\\s+)?(${MON_FULL})${E}\\s+(\\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\\s+${YEAR}${E})?`, "gu"),
    build: (m) => {
      const month = MONTHS[m[2]!];
      const day = num(m[3]);
      return validDay(day, month) ? { day, month, year: num(m[4]), weekday: m[1] ? WEEKDAYS[m[1]] : undefined } : null;
    },
  },
  { re: new RegExp(`${B}(${MON_FULL})\\s+${YEAR}${E}`, "gu"), build: (m) => ({ month: MONTHS[m[1]!], year: num(m[2]) }) },
  {
    re: new RegExp(`${B}(?:en|in|depuis|since|debut|fin|mi|courant|until|jusqu'en|mois de|last|next|early|late|mid)(?:\\s+|-)(${MON_FULL})${E}`, "gu"),
    build: (m) => ({ month: MONTHS[m[1]!] }),
  },
  {
    re: new RegExp(`${B}(${WD})${E}(?:\\s+(?:au\\s+|a\\s+l'|dans\\s+la\\s+)?(${PART})${E})?`, "gu"),
    build: (m) => ({ weekday: WEEKDAYS[m[1]!], partOfDay: m[2] ? PARTS[m[2]] : undefined }),
  },
  {
    re: new RegExp(`${B}(?:en|in|depuis|since|de|d'|from|of|until|jusqu'en|avant|apres|before|after|fin|debut|annee|year|courant|by|vers|around|circa)\\s*${YEAR}${E}`, "gu"),
    build: (m, folded) => {
      const after = /^\s+(\p{L}+)/u.exec(folded.slice(m.index + m[0].length));
      return after && UNITS[after[1]!] ? null : { year: num(m[1]) };
    },
  },
  {
    re: new RegExp(`${B}(\\d{1,2})\\s?(?:h|heures?)(?:\\s?(\\d{2}))?${E}(?:\\s+(du matin|du soir|de l'apres[- ]midi|de la nuit)${E})?`, "gu"),
    build: (m, folded) => {
      if (!m[2] && !m[3] && !TIME_PREP_RE.test(folded.slice(Math.max(0, m.index - 24), m.index))) return null;
      const time = clock(num(m[1])!, num(m[2]) ?? 0, undefined, m[3]);
      const part: PartOfDay | undefined = m[3] ? (m[3].includes("matin") ? "morning" : m[3].includes("soir") ? "evening" : m[3].includes("nuit") ? "night" : "afternoon") : undefined;
      return time ? { time, partOfDay: part } : null;
    },
  },
  {
    re: new RegExp(`${B}(\\d{1,2}):(\\d{2})(?::\\d{2})?${E}(?:\\s*${AMPM})?`, "gu"),
    build: (m) => {
      const time = clock(num(m[1])!, num(m[2])!, m[3]);
      return time ? { time } : null;
    },
  },
  {
    re: new RegExp(`${B}(\\d{1,2})(?:[.:](\\d{2}))?\\s?${AMPM}`, "gu"),
    build: (m) => {
      const time = clock(num(m[1])!, num(m[2]) ?? 0, m[3]);
      return time ? { time } : null;
    },
  },
  {
    re: new RegExp(`${B}(?:a|vers|at|around|by|until|jusqu'a|avant|apres|before|after|des)\\s+(midi|minuit|noon|midnight)${E}`, "gu"),
    build: (m) => ({ time: m[1] === "midi" || m[1] === "noon" ? "12:00" : "00:00" }),
  },
];

/** Weekday of a calendar date (proleptic Gregorian, UTC so the host time zone cannot shift it). */
export function weekdayOf(year: number, month: number, day: number): Weekday {
  return WEEKDAY_ORDER[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

export interface DateOptions {
  /** Decides "05/06/2024": day first unless "en". */
  language?: string;
}

export function extractDates(input: string | Prepared, opts: DateOptions = {}): DateMention[] {
  const p = asPrepared(input);
  const lang = normalizeLanguage(opts.language ?? "und");
  const found: Array<{ fStart: number; fEnd: number; fields: Fields }> = [];
  for (const { re, build } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(p.folded); m; m = re.exec(p.folded)) {
      const fields = build(m, p.folded, lang);
      if (!fields) continue;
      let fStart = m.index;
      let fEnd = m.index + m[0].length;
      // Prepositions only gate a pattern; highlight the date itself ("2019", not "en 2019").
      const lead = /^(?:en|in|depuis|since|de|d'|from|of|until|jusqu'en|avant|apres|before|after|fin|debut|annee|year|courant|by|vers|around|circa|a|at|des|jusqu'a|mi|mois de|last|next|early|late|mid)(?:\s+|-)|^d'/.exec(m[0]);
      if (lead && !/^\d/.test(m[0])) fStart += lead[0].length;
      if (fields.time) {
        const tz = TZ_RE.exec(p.folded.slice(fEnd));
        if (tz) {
          fields.tz = tz[1];
          fEnd += tz[0].length;
        }
      }
      found.push({ fStart, fEnd, fields });
    }
  }
  found.sort((a, b) => a.fStart - b.fStart || b.fEnd - b.fStart - (a.fEnd - a.fStart));
  const out: DateMention[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.fStart < lastEnd) continue;
    lastEnd = f.fEnd;
    const clean = Object.fromEntries(Object.entries(f.fields).filter(([, v]) => v !== undefined)) as Fields;
    out.push({ ...spanOf(p, f.fStart, f.fEnd), ...clean });
  }
  return out;
}

/** Comparable keys for one mention: d:MM-DD, y:YYYY, m:MM (month without day), wd:xxx, t:HH:MM. */
export function dateKeys(d: DateMention): string[] {
  const keys: string[] = [];
  if (d.month !== undefined && d.day !== undefined) keys.push(`d:${pad(d.month)}-${pad(d.day)}`);
  else if (d.month !== undefined) keys.push(`m:${pad(d.month)}`);
  if (d.year !== undefined) keys.push(`y:${d.year}`);
  if (d.weekday) keys.push(`wd:${d.weekday}`);
  if (d.time) keys.push(`t:${d.time}`);
  return keys;
}
