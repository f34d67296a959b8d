import { franc } from "franc-min";

/**
 * franc-min answers in ISO 639-3; the rest of the app (Intl.Segmenter, the
 * UI, the database) speaks ISO 639-1, so map every language franc-min knows
 * that has a two-letter code. Macro-language variants franc reports
 * (arb, pes, zlm, uzn, azj, plt, swh, npi, ckb…) map to their macrolanguage.
 */
const ISO_639_3_TO_1: Readonly<Record<string, string>> = {
  afr: "af", amh: "am", arb: "ar", ara: "ar", azj: "az", aze: "az", bel: "be",
  ben: "bn", bos: "bs", bul: "bg", cat: "ca", ces: "cs", ckb: "ku", cmn: "zh",
  cym: "cy", dan: "da", deu: "de", ell: "el", eng: "en", est: "et", eus: "eu",
  fin: "fi", fra: "fr", gle: "ga", glg: "gl", guj: "gu", hau: "ha", heb: "he",
  hin: "hi", hrv: "hr", hun: "hu", hye: "hy", ibo: "ig", ind: "id", isl: "is",
  ita: "it", jav: "jv", jpn: "ja", kan: "kn", kat: "ka", kaz: "kk", khm: "km",
  kin: "rw", kor: "ko", lav: "lv", lin: "ln", lit: "lt", mal: "ml", mar: "mr",
  mkd: "mk", mya: "my", nld: "nl", nno: "nn", nob: "nb", npi: "ne", nya: "ny",
  pan: "pa", pbu: "ps", pes: "fa", plt: "mg", pol: "pl", por: "pt", ron: "ro",
  run: "rn", rus: "ru", sin: "si", slk: "sk", slv: "sl", som: "so", spa: "es",
  sqi: "sq", srp: "sr", sun: "su", swe: "sv", swh: "sw", tam: "ta", tel: "te",
  tgl: "tl", tha: "th", tur: "tr", ukr: "uk", urd: "ur", uzn: "uz", vie: "vi",
  yor: "yo", zlm: "ms", zul: "zu",
};

export const UNDETERMINED_LANGUAGE = "und";

/** Below this many letters franc's trigram statistics are mostly noise. */
const MIN_LETTERS = 20;

/**
 * franc compares every distinct trigram of its input against ~45 language
 * models, which dominated analysis time; 500 characters of prose already
 * identify French or English reliably, so long articles are sampled. The
 * longest lines are taken first: they are body paragraphs, while navigation,
 * share buttons and widget labels (often in another language than the
 * article, like the English comment form under a French story) are short.
 */
const SAMPLE_CHARS = 500;

function sample(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const lines = text.split("\n").sort((a, b) => b.length - a.length);
  const picked: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (size >= SAMPLE_CHARS) break;
    picked.push(line);
    size += line.length;
  }
  // Cleaning below removes some characters, so keep a margin before cutting.
  return picked.join("\n").slice(0, SAMPLE_CHARS * 4);
}

/**
 * Best-guess language of `text` as an ISO 639-1 code ("fr", "en", …), or an
 * ISO 639-3 code when the language has no two-letter code, or "und" when the
 * text is too short or franc cannot decide.
 */
export function detectLanguage(text: string): string {
  // URLs, numbers and hashtags carry no language signal but skew trigrams.
  const cleaned = sample(text)
    .replace(/\bhttps?:\/\/\S+/giu, " ")
    .replace(/[#@][\p{L}\p{N}_]+/gu, " ")
    .replace(/[\p{N}\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim()
    .slice(0, SAMPLE_CHARS);
  const letters = cleaned.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return UNDETERMINED_LANGUAGE;
  const code = franc(cleaned, { minLength: MIN_LETTERS });
  if (code === UNDETERMINED_LANGUAGE) return UNDETERMINED_LANGUAGE;
  return ISO_639_3_TO_1[code] ?? code;
}

/**
 * Reduces a BCP 47 tag from HTML metadata ("fr-FR", "EN_us") to its primary
 * language subtag, or null when it does not look like one.
 */
export function primaryLanguageSubtag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/u)[0] ?? "";
  return /^[a-z]{2,3}$/u.test(primary) ? primary : null;
}
