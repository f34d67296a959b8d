// A reproducible synthetic newsroom corpus for benchmarks: sentences recombined from the
// demo articles' subject matter, with numbers, names, places and dates varied, in French
// and English. Pure (no I/O): the same seed always gives the same corpus.

export type SyntheticArticle = { title: string; outlet: string; language: "fr" | "en"; publishedAt: Date; sentences: string[] };

/** mulberry32: small, fast, good enough for test data, and seedable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ["Vladimir Poutine", "Kim Jong-un", "Sergueï Lavrov", "Andreï Belooussov", "Xi Jinping", "Joe Biden", "Volodymyr Zelensky", "Emmanuel Macron", "Olaf Scholz", "Yoon Suk-yeol", "Denis Mantourov", "Iouri Ouchakov"];
const PEOPLE_EN = ["Vladimir Putin", "Kim Jong Un", "Sergei Lavrov", "Andrei Belousov", "Xi Jinping", "Joe Biden", "Volodymyr Zelensky", "Emmanuel Macron", "Olaf Scholz", "Yoon Suk Yeol", "Denis Manturov", "Yuri Ushakov"];
const PLACES = ["Pyongyang", "Moscou", "Séoul", "Pékin", "Vladivostok", "Kiev", "Washington", "Tokyo", "Paris", "Berlin", "Hanoï", "Khabarovsk"];
const PLACES_EN = ["Pyongyang", "Moscow", "Seoul", "Beijing", "Vladivostok", "Kyiv", "Washington", "Tokyo", "Paris", "Berlin", "Hanoi", "Khabarovsk"];
const COUNTRIES = ["la Corée du Nord", "la Russie", "la Corée du Sud", "la Chine", "l'Ukraine", "le Japon", "les États-Unis", "la France", "l'Allemagne", "le Vietnam"];
const COUNTRIES_EN = ["North Korea", "Russia", "South Korea", "China", "Ukraine", "Japan", "the United States", "France", "Germany", "Vietnam"];
const MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const OUTLETS = ["Agence Alpha", "Le Quotidien", "Radio Est", "Daily Ledger", "Nouvelles du Soir", "The Courier", "Infos Monde", "Gazette du Nord", "Wire Service", "Le Fil", "Morning Herald", "La Dépêche Libre", "Tribune", "Global Report", "Le Matin", "Pacific News", "L'Observateur", "Capital Times", "Actu Direct", "World Desk"];

type Slots = { p: string; q: string; l: string; c: string; d: string; n: number; m: number; y: number };

const TEMPLATES_FR: Array<(s: Slots) => string> = [
  (s) => `${s.p} s'est rendu à ${s.l} pour la première fois en ${s.n} ans, selon des responsables.`,
  (s) => `${s.p} a rencontré ${s.q} à ${s.l} le ${s.d}.`,
  (s) => `Selon un communiqué officiel, ${s.c} a livré ${s.m} missiles à la Russie en ${s.y}.`,
  (s) => `La délégation comprenait ${s.p} et ${s.q}, a indiqué le Kremlin.`,
  (s) => `Des milliers de personnes ont accueilli ${s.p} sur les grandes avenues de ${s.l}.`,
  (s) => `Les deux pays ont signé un accord de partenariat stratégique le ${s.d}.`,
  (s) => `${s.c} aurait envoyé ${s.m} obus d'artillerie depuis le mois de ${MONTHS_FR[s.n % 12]}.`,
  (s) => `${s.p} a déclaré que la coopération militaire avait augmenté de ${s.n} % en ${s.y}.`,
  (s) => `La visite de ${s.p} intervient ${s.n} ans après le sommet de ${s.l}.`,
  (s) => `Plusieurs soldats ont été blessés près de la frontière, selon l'état-major de ${s.c}.`,
  (s) => `Les sanctions imposées par ${s.c} visent ${s.m} entreprises, a affirmé ${s.q}.`,
  (s) => `${s.q} s'est entretenu avec ${s.p} pendant ${s.n} heures à ${s.l}.`,
];

const TEMPLATES_EN: Array<(s: Slots) => string> = [
  (s) => `${s.p} visited ${s.l} for the first time in ${s.n} years, officials said.`,
  (s) => `${s.p} met ${s.q} in ${s.l} on ${s.d}.`,
  (s) => `According to an official statement, ${s.c} delivered ${s.m} missiles to Russia in ${s.y}.`,
  (s) => `The delegation included ${s.p} and ${s.q}, the Kremlin said.`,
  (s) => `Thousands of people greeted ${s.p} on the main avenues of ${s.l}.`,
  (s) => `The two countries signed a strategic partnership agreement on ${s.d}.`,
  (s) => `${s.c} reportedly sent ${s.m} artillery shells since ${MONTHS_EN[s.n % 12]}.`,
  (s) => `${s.p} said military cooperation had grown by ${s.n}% in ${s.y}.`,
  (s) => `${s.p}'s visit comes ${s.n} years after the summit in ${s.l}.`,
  (s) => `Several soldiers were wounded near the border, according to the military staff of ${s.c}.`,
  (s) => `Sanctions imposed by ${s.c} target ${s.m} companies, ${s.q} said.`,
  (s) => `${s.q} talked with ${s.p} for ${s.n} hours in ${s.l}.`,
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export function generateArticles(options: { seed: number; articles: number; sentencesPerArticle: number; englishShare?: number; startId?: number }): SyntheticArticle[] {
  const random = seededRandom(options.seed);
  const result: SyntheticArticle[] = [];
  for (let index = 0; index < options.articles; index++) {
    const english = random() < (options.englishShare ?? 0.3);
    const [people, places, countries, templates] = english
      ? [PEOPLE_EN, PLACES_EN, COUNTRIES_EN, TEMPLATES_EN]
      : [PEOPLE, PLACES, COUNTRIES, TEMPLATES_FR];
    const day = 1 + Math.floor(random() * 28);
    const month = Math.floor(random() * 12);
    const year = 2019 + Math.floor(random() * 6);
    const sentences: string[] = [];
    for (let i = 0; i < options.sentencesPerArticle; i++) {
      const slots: Slots = {
        p: pick(random, people),
        q: pick(random, people),
        l: pick(random, places),
        c: pick(random, countries),
        d: english ? `${MONTHS_EN[month]} ${day}, ${year}` : `${day} ${MONTHS_FR[month]} ${year}`,
        n: 2 + Math.floor(random() * 40),
        m: 10 * (1 + Math.floor(random() * 500)),
        y: year,
      };
      sentences.push(pick(random, templates)(slots));
    }
    result.push({
      title: sentences[0]!.replace(/[.!?]$/u, ""),
      outlet: pick(random, OUTLETS),
      language: english ? "en" : "fr",
      publishedAt: new Date(Date.UTC(year, month, day)),
      sentences,
    });
  }
  return result;
}
