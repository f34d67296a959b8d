/**
 * A cheap, explainable prior for "is this sentence worth fact-checking?".
 * Verifiable claims tend to contain numbers, dates, quantities, named
 * people/places and attributions; questions, opinions and fragments do not.
 * The signals are returned so the UI can show *why* a claim ranks high.
 *
 * Lexicons are matched on lowercased word tokens, phrases as token sequences
 * indexed by their first word: much faster than large alternation regexes,
 * and word edges come for free (\b does not understand accented letters).
 */

export type CheckSignal =
  | "number"
  | "date"
  | "quantity"
  | "named-entity"
  | "attribution"
  | "comparison"
  | "question"
  | "opinion"
  | "short";

export const CHECK_SIGNALS: readonly CheckSignal[] = [
  "number", "date", "quantity", "named-entity", "attribution", "comparison",
  "question", "opinion", "short",
];

export type Checkworthiness = { score: number; signals: CheckSignal[] };

type PositiveSignal = "number" | "date" | "quantity" | "named-entity" | "attribution" | "comparison";
type NegativeSignal = "question" | "opinion" | "short";

/** Independent-evidence combination: each signal removes a share of the doubt. */
const POSITIVE_WEIGHTS: Readonly<Record<PositiveSignal, number>> = {
  number: 0.25, date: 0.2, quantity: 0.3, "named-entity": 0.2, attribution: 0.25, comparison: 0.2,
};
/** Multipliers: a question or an opinion is rarely a checkable statement. */
const PENALTIES: Readonly<Record<NegativeSignal, number>> = { question: 0.4, opinion: 0.5, short: 0.5 };
const BASE_SCORE = 0.1;
const SHORT_WORDS = 6;

const words = (list: string) => new Set(list.trim().split(/\s+/u));

/** Phrases by first token; a last token ending in an elision ("d'") matches "d'autres". */
type PhraseIndex = ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
function phrases(list: string[]): PhraseIndex {
  const index = new Map<string, string[][]>();
  for (const phrase of list) {
    const parts = phrase.split(" ");
    const first = parts[0] ?? "";
    index.set(first, [...(index.get(first) ?? []), parts]);
  }
  return index;
}

function containsPhrase(tokens: readonly string[], index: PhraseIndex): boolean {
  for (let i = 0; i < tokens.length; i++) {
    for (const parts of index.get(tokens[i] ?? "") ?? []) {
      const matches = parts.every((part, k) => {
        const token = tokens[i + k];
        if (token === undefined) return false;
        return part.endsWith("'") && k === parts.length - 1 ? token.startsWith(part) : token === part;
      });
      if (matches) return true;
    }
  }
  return false;
}

const NUMBER_WORDS = words(`
  deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt vingts
  trente quarante cinquante soixante septante octante nonante cent cents mille million millions
  milliard milliards dizaine dizaines douzaine douzaines centaine centaines millier milliers moitié
  two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
  thousand thousands million millions billion billions trillion trillions dozen dozens half`);
/** "les deux pays" is "both countries", not a count worth checking. */
const BOTH_DETERMINERS = words("les des aux ces leurs nos vos");

const DATE_WORDS = words(`
  janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre
  decembre lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain avant-hier 1er
  january february march april june july august september october november december monday tuesday
  wednesday thursday friday saturday sunday yesterday today tomorrow`);
const DATE_PHRASES = phrases([
  "cette semaine", "cette année", "ce mois", "la semaine dernière", "le mois dernier", "l'an dernier",
  "l'année dernière", "l'an prochain", "l'année prochaine", "last week", "last month", "last year",
  "this week", "this month", "this year", "next year",
]);
const YEAR_OR_NUMERIC_DATE =
  /(?<!\p{N})(?:1[89]\d{2}|20\d{2})(?!\p{N})|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}\s?(?:h|:)\s?\d{2}\b|\bMay\s+\d|\d\s+May\b/u;

const UNIT_WORDS = words(`
  % km kilomètres kilometres kilometers mile miles m mètres meters metres kg kilos tonnes tons litres
  liters barils barrels hectares ha degrés degrees ans années mois jours semaines heures minutes year
  years month months day days week weeks hour hours habitants personnes people morts blessés victimes
  soldats soldiers victims deaths euro euros dollar dollars rouble roubles won wons yuan yuans livres
  pounds million millions milliard milliards billion billions`);
const PERCENT_OR_CURRENCY = /\d\s*%|[€$£¥₽]|\b(?:USD|EUR|GBP|CHF)\b/u;
const QUANTITY_PHRASES = phrases(["pour cent", "pourcent", "pourcentage", "percent", "per cent", "percentage"]);

const ATTRIBUTION_WORDS = words(`
  selon d'après déclare déclarent affirme affirment indique indiquent annonce annoncent explique
  précise souligne ajoute assure rapporte rapportent estime estiment confirme dément écrit écrivent porte-parole
  communiqué said says told stated claimed reported announced added noted warned confirmed denied
  wrote estimated spokesman spokeswoman spokesperson`);
const AUXILIARIES = words("a ont avait avaient aurait auraient");
const REPORTING_PARTICIPLES = words(`
  déclaré affirmé indiqué annoncé expliqué précisé souligné ajouté assuré rapporté écrit confirmé
  démenti estimé dit averti reconnu révélé dénoncé accusé décrit`);
const ATTRIBUTION_PHRASES = phrases(["according to", "cité par", "a-t-il ajouté", "a-t-elle ajouté", "a-t-il dit", "a-t-elle dit", "a-t-il déclaré", "a-t-elle déclaré"]);

const COMPARISON_WORDS = words(`
  davantage record hausse baisse augmentation diminution recul chute croissance doublé triplé
  baissé baissée augmenté augmentée diminué diminuée progressé reculé chuté grimpé bondi
  multiplié divisé supérieur supérieure supérieurs supérieures inférieur inférieure inférieurs
  inférieures most least largest biggest highest lowest smallest worst best unprecedented twice
  doubled tripled increase increased decrease decreased rose fell dropped growth decline declined`);
const COMPARISON_PHRASES = phrases([
  "plus de", "plus que", "plus d'", "moins de", "moins que", "moins d'", "le plus", "la plus",
  "les plus", "le moins", "la moins", "les moins", "sans précédent", "première fois", "par rapport à",
  "comparé à", "comparée à", "more than", "less than", "fewer than", "higher than", "lower than",
  "larger than", "bigger than", "smaller than", "first time", "compared to", "compared with",
]);

const OPINION_WORDS = words("malheureusement heureusement should must unfortunately hopefully");
const OPINION_PHRASES = phrases([
  "je pense", "je crois", "je trouve", "je considère", "je suis convaincu", "je suis convaincue",
  "j'estime", "j'espère", "à mon avis", "selon moi", "il faut", "il faudrait", "on doit",
  "nous devons", "il est temps de", "il est nécessaire de", "il est essentiel de", "il est urgent de",
  "i think", "i believe", "i feel", "i guess", "i hope", "in my view", "in my opinion", "ought to",
  "we need to", "it is time to",
]);

/** Tokens keep elisions and hyphens together ("d'après", "a-t-il") and "%" as a unit. */
function tokenize(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/gu, "'").match(/[\p{L}\p{N}][\p{L}\p{N}'-]*|%/gu) ?? [];
}

const isNumberToken = (token: string, previous: string | undefined) =>
  /^\p{N}/u.test(token) || (NUMBER_WORDS.has(token) && !(token === "deux" && previous && BOTH_DETERMINERS.has(previous)));

/*
 * Capitalised words that are not sentence-initial: after a space that
 * follows a word, digit, comma or closing bracket (not after ". " or an
 * opening quote/dash, which restart a sentence), or after a lowercase
 * elision ("de l'Ukraine"). In French and English prose those are almost
 * always proper names; acronyms count too. English "I" is excluded.
 */
const ACRONYM = /(?<!\p{L})\p{Lu}{2,}(?!\p{L})/u;
const MID_SENTENCE_CAPITAL = /(?<=[\p{L}\p{N},;)\]»”]\s+)(?!I(?!\p{L}))\p{Lu}/u;
const ELIDED_CAPITAL = /(?<=(?:^|[\s(])\p{Ll}['’])\p{Lu}/u;

function hasNamedEntity(text: string): boolean {
  return ACRONYM.test(text) || MID_SENTENCE_CAPITAL.test(text) || ELIDED_CAPITAL.test(text);
}

/** French and English lexicons only make sense for those (or undetermined) texts. */
function usesLexicons(language: string): boolean {
  const code = language.toLowerCase().split(/[-_]/u)[0] ?? "";
  // Articles mix the two (quotes, agency copy), so both are always applied.
  return code === "fr" || code === "en" || code === "und" || code === "";
}

export function detectCheckSignals(text: string, language: string): CheckSignal[] {
  const tokens = tokenize(text);
  const lexical = usesLexicons(language);
  const hasWord = (set: ReadonlySet<string>) => lexical && tokens.some((t) => set.has(t));
  const hasPhrase = (index: PhraseIndex) => lexical && containsPhrase(tokens, index);

  const numberAt = tokens.map((t, i) => (lexical ? isNumberToken(t, tokens[i - 1]) : /^\p{N}/u.test(t)));
  const quantityByUnit = tokens.some(
    (t, i) => numberAt[i] && lexical && [tokens[i + 1], tokens[i + 2]].some((u) => u !== undefined && UNIT_WORDS.has(u)),
  );
  const reportingVerb = lexical && tokens.some(
    (t, i) => AUXILIARIES.has(t) && REPORTING_PARTICIPLES.has(tokens[i + 1] ?? ""),
  );

  const signals: CheckSignal[] = [];
  if (numberAt.some(Boolean)) signals.push("number");
  if (YEAR_OR_NUMERIC_DATE.test(text) || hasWord(DATE_WORDS) || hasPhrase(DATE_PHRASES)) signals.push("date");
  if (PERCENT_OR_CURRENCY.test(text) || quantityByUnit || hasPhrase(QUANTITY_PHRASES)) signals.push("quantity");
  if (hasNamedEntity(text)) signals.push("named-entity");
  if (hasWord(ATTRIBUTION_WORDS) || reportingVerb || hasPhrase(ATTRIBUTION_PHRASES)) signals.push("attribution");
  if (hasWord(COMPARISON_WORDS) || hasPhrase(COMPARISON_PHRASES)) signals.push("comparison");
  if (/\?[\s»”"’)]*$/u.test(text.trim())) signals.push("question");
  if (hasWord(OPINION_WORDS) || hasPhrase(OPINION_PHRASES)) signals.push("opinion");
  if (tokens.filter((t) => t !== "%").length < SHORT_WORDS) signals.push("short");
  return signals;
}

export function scoreCheckworthiness(text: string, language: string): Checkworthiness {
  const signals = detectCheckSignals(text, language);
  let doubt = 1 - BASE_SCORE;
  let penalty = 1;
  for (const signal of signals) {
    if (signal in POSITIVE_WEIGHTS) doubt *= 1 - POSITIVE_WEIGHTS[signal as PositiveSignal];
    else penalty *= PENALTIES[signal as NegativeSignal];
  }
  const score = Math.min(1, Math.max(0, (1 - doubt) * penalty));
  return { score: Math.round(score * 1000) / 1000, signals };
}
