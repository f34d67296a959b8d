// FR↔EN concept lexicon for news predicates: paraphrases and translations of
// the same idea share one `c:<id>` key. This stands in for a translation model.
//
// How to extend: add a row, or a pattern to a row. A pattern is a space-separated
// sequence of folded words (accents and case do not matter, "s'est" is "s est");
// a trailing `*` makes a word a prefix ("visit*" = visite, visiter, visited...).
// Keep prefixes ≥ 4 letters and specific enough not to swallow other words
// ("arme" and "armes", not "arm*", which would also take "armée"). The longest
// pattern wins at each position, so multi-word patterns ("premier ministre") can
// shadow their parts ("premier" → first). `role: true` marks offices a person can
// hold; they feed the role-slot contradiction check. A leading `=` restricts a
// pattern to claims in its own language, for false friends ("met" is English
// "met" but French "puts"; "concerne" is French "is about").

import { asPrepared, foldText, normalizeLanguage, type Prepared } from "./normalize";
import type { ConceptMention } from "./types";

export interface LexiconEntry {
  id: string;
  fr: string[];
  en: string[];
  role?: boolean;
}

export const LEXICON: readonly LexiconEntry[] = [
  { id: "visit", fr: ["visit*", "se rend*", "s est rend*", "s etait rend*", "se sont rend*", "rendre visite", "voyag*", "sejour*", "deplacement*"], en: ["visit*", "travel*", "trip", "trips", "went to", "will go to", "head* to", "tour of"] },
  { id: "first", fr: ["premier", "premiere", "premiere fois", "pour la premiere fois", "inedit*"], en: ["first", "first time", "for the first time", "first ever"] },
  { id: "last-time", fr: ["derniere fois", "pour la derniere fois"], en: ["last time", "for the last time"] },
  { id: "early-hours", fr: ["premieres heures", "petit matin"], en: ["early hours", "early morning"] },
  { id: "meet", fr: ["rencontr*", "reunion*", "sommet*", "entrevue*"], en: ["meet", "meets", "meeting*", "=met", "summit*"] },
  { id: "talks", fr: ["discussion*", "discut*", "pourparler*", "entretien*", "negoci*"], en: ["talk", "talks", "discuss*", "negotiat*"] },
  { id: "welcome", fr: ["accueil*", "bienvenue"], en: ["welcom*", "greet*"] },
  { id: "red-carpet", fr: ["tapis rouge*"], en: ["red carpet*"] },
  { id: "delegation", fr: ["delegation*", "accompagn*", "entourage"], en: ["delegation*", "accompan*", "entourage"] },
  { id: "agreement", fr: ["accord", "accords", "pacte*", "traite", "traites"], en: ["agreement*", "pact", "pacts", "treaty", "treaties", "deal"] },
  { id: "sign", fr: ["signer", "=signe", "signee", "signees", "signera", "signeront", "signature*"], en: ["sign", "signs", "signed", "signing"] },
  { id: "partnership", fr: ["partenariat*"], en: ["partnership*"] },
  { id: "strategic", fr: ["strategi*"], en: ["strategi*"] },
  { id: "cooperation", fr: ["cooper*", "collabor*"], en: ["cooper*", "collabor*"] },
  { id: "alliance", fr: ["allian*", "allie", "allies"], en: ["allian*", "ally", "allies", "allied"] },
  { id: "mutual-defence", fr: ["assistance mutuelle", "defense mutuelle", "assistance militaire mutuelle"], en: ["mutual defen*", "mutual assistance", "mutual aid"] },
  { id: "ties", fr: ["relation*", "lien", "liens"], en: ["relation*", "ties", "links"] },
  { id: "strengthen", fr: ["renforc*", "approfond*", "intensifi*", "resserr*"], en: ["strengthen*", "deepen*", "bolster*", "boost*", "intensif*"] },
  { id: "support", fr: ["soutien*", "soutenir", "soutient", "soutenu*", "appui*"], en: ["support*", "backing"] },
  { id: "missile", fr: ["missile*"], en: ["missile*"] },
  { id: "ballistic", fr: ["balistique*"], en: ["ballistic"] },
  { id: "ammunition", fr: ["munition*", "obus"], en: ["ammunition", "ammo", "shell", "shells", "munitions"] },
  { id: "artillery", fr: ["artiller*"], en: ["artiller*"] },
  { id: "weapons", fr: ["arme", "armes", "armement*"], en: ["weapon*", "arms", "armament*"] },
  { id: "nuclear", fr: ["nucleaire*"], en: ["nuclear"] },
  { id: "military", fr: ["militaire*", "armee", "armees"], en: ["militar*", "army", "armies", "armed forces"] },
  { id: "defence", fr: ["defense", "defensi*", "defendre"], en: ["defence", "defense", "defensive", "defend*"] },
  { id: "security", fr: ["securite"], en: ["security"] },
  { id: "defence-minister", role: true, fr: ["ministre de la defense", "ministre russe de la defense", "chef de la defense", "ministre des armees"], en: ["defence minister", "defense minister", "minister of defence", "minister of defense", "defence chief", "defense chief", "defense secretary", "secretary of defense"] },
  { id: "foreign-minister", role: true, fr: ["ministre des affaires etrangeres", "ministre russe des affaires etrangeres", "chef de la diplomatie"], en: ["foreign minister", "minister of foreign affairs", "foreign secretary", "top diplomat"] },
  { id: "prime-minister", role: true, fr: ["premier ministre"], en: ["prime minister"] },
  { id: "deputy-prime-minister", role: true, fr: ["vice premier ministre"], en: ["deputy prime minister"] },
  { id: "spokesperson", role: true, fr: ["porte parole"], en: ["spokes*"] },
  { id: "president", fr: ["president", "presidente", "presidents", "presidentiel*", "presidence"], en: ["presiden*"] },
  { id: "leader", fr: ["dirigeant*", "chef d etat", "chefs d etat", "chef supreme", "leader*"], en: ["leader*", "head of state", "heads of state"] },
  { id: "war", fr: ["guerre*", "conflit*"], en: ["war", "wars", "warfare", "conflict*"] },
  { id: "invasion", fr: ["invasion*", "envahi*"], en: ["invasion*", "invad*"] },
  { id: "attack", fr: ["attaque*", "offensive*", "frappe*"], en: ["attack*", "offensive*", "strike", "strikes"] },
  { id: "sanctions", fr: ["sanction*"], en: ["sanction*"] },
  { id: "accuse", fr: ["accus*", "allegation*"], en: ["accus*", "alleg*"] },
  { id: "deny", fr: ["=nie", "nient", "nier", "niant", "dement*", "refut*"], en: ["deny", "denies", "denied", "denial*", "refut*", "reject*"] },
  { id: "supply", fr: ["fourni*", "livraison*", "livrer", "livrent", "livrera*", "=envoy*", "transfert*"], en: ["supply*", "supplie*", "provid*", "deliver*", "=send*", "=sent", "transfer*"] },
  { id: "exchange", fr: ["en echange", "echange*", "contrepartie"], en: ["in exchange", "exchange*", "in return"] },
  { id: "trade", fr: ["commerc*", "echanges commerciaux"], en: ["trade", "trading", "commerc*"] },
  { id: "economy", fr: ["econom*"], en: ["econom*"] },
  { id: "payment", fr: ["paiement*"], en: ["payment*"] },
  { id: "technology", fr: ["technolog*"], en: ["technolog*"] },
  { id: "satellite", fr: ["satellite*"], en: ["satellite*"] },
  { id: "parade", fr: ["defile*", "parade*"], en: ["parade*"] },
  { id: "airport", fr: ["aeroport*"], en: ["airport*"] },
  { id: "capital", fr: ["capitale*"], en: ["capital"] },
  { id: "historic", fr: ["histori*"], en: ["histori*"] },
  { id: "friendship", fr: ["amitie*", "amical*"], en: ["friendship*", "friendly"] },
  { id: "concern", fr: ["inquiet*", "preoccup*", "crain*", "alarm*"], en: ["concern", "concerns", "concerned", "worr*", "fear*", "alarm*"] },
  { id: "threat", fr: ["menac*"], en: ["threat*"] },
  { id: "troops", fr: ["soldat*", "troupe*"], en: ["soldier*", "troop*"] },
  { id: "killed", fr: ["=tue", "tues", "tuee", "tuees", "=mort", "=morts"], en: ["killed", "dead", "death", "deaths"] },
  { id: "injured", fr: ["blesse", "blesses", "blessee", "blessees"], en: ["injured", "wounded"] },
  { id: "ambassador", fr: ["ambassad*"], en: ["ambassador*", "embass*"] },
  { id: "intelligence", fr: ["renseignement*"], en: ["intelligence"] },
];

interface Compiled {
  id: string;
  role: boolean;
  /** Set when the pattern only applies to claims in this language. */
  lang: "fr" | "en" | null;
  words: Array<{ text: string; prefix: boolean }>;
}

const EXACT_FIRST = new Map<string, Compiled[]>();
const PREFIX_FIRST = new Map<string, Compiled[]>();
const PREFIX_LENGTHS = new Set<number>();

for (const entry of LEXICON) {
  const tagged = [...entry.fr.map((p) => ["fr", p] as const), ...entry.en.map((p) => ["en", p] as const)];
  for (const [lang, pattern] of tagged) {
    const words = foldText(pattern.replace(/^=/, "")).split(/[^a-z0-9*]+/).filter(Boolean).map((w) => ({
      text: w.replace(/\*$/, ""),
      prefix: w.endsWith("*"),
    }));
    const first = words[0];
    if (!first) continue;
    const c: Compiled = { id: entry.id, role: entry.role ?? false, lang: pattern.startsWith("=") ? lang : null, words };
    const bucket = first.prefix ? PREFIX_FIRST : EXACT_FIRST;
    if (first.prefix) PREFIX_LENGTHS.add(first.text.length);
    bucket.set(first.text, [...(bucket.get(first.text) ?? []), c]);
  }
}
const PREFIX_LENS = [...PREFIX_LENGTHS].sort((a, b) => b - a);

const wordMatches = (w: { text: string; prefix: boolean }, tok: string) =>
  w.prefix ? tok.startsWith(w.text) : tok === w.text;

/** Concepts in a claim; `language` ("fr", "en", other) only gates `=`-restricted patterns. */
export function extractConcepts(input: string | Prepared, language = "und"): ConceptMention[] {
  const p = asPrepared(input);
  const lang = normalizeLanguage(language);
  const toks = p.tokens;
  const out: ConceptMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!.norm;
    const candidates = [...(EXACT_FIRST.get(tok) ?? [])];
    for (const len of PREFIX_LENS) {
      if (len <= tok.length) candidates.push(...(PREFIX_FIRST.get(tok.slice(0, len)) ?? []));
    }
    let best: Compiled | null = null;
    for (const c of candidates) {
      if (best && c.words.length <= best.words.length) continue;
      if (c.lang && lang !== "und" && c.lang !== lang) continue;
      if (i + c.words.length > toks.length) continue;
      // Multi-word patterns must not straddle a sentence or clause break.
      const ok = c.words.every((w, k) => wordMatches(w, toks[i + k]!.norm) && (k === 0 || !/[.;:!?,()]/.test(toks[i + k]!.sep)));
      if (ok) best = c;
    }
    if (!best) continue;
    const last = toks[i + best.words.length - 1]!;
    const start = toks[i]!.start;
    out.push({ id: best.id, role: best.role, start, end: last.end, text: p.text.slice(start, last.end) });
    i += best.words.length - 1;
  }
  return out;
}

/** Human-readable label for a concept id ("foreign-minister" → "foreign minister"). */
export function conceptLabel(id: string): string {
  return id.replace(/-/g, " ");
}
