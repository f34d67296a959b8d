// Canonical named entities with FR/EN spellings. Matching folds case, accents
// and transliteration (see nameKey), so list one spelling per real variant
// family, not every typographic form: "Kim Jong-un" also covers "Kim Jong Un"
// and "KIM JONG-UN". To extend: add an entry (ids are stable anchor keys, never
// rename one without a data migration) or add aliases to an existing entry.
// Aliases written in capitals with ≤5 letters (US, UN, ONU) only match capitals
// in the text, so French "un" is not the United Nations. `ambiguous` aliases
// (a bare surname shared by many people) only match when not followed by
// another capitalised word: "Kim" alone is Kim Jong-un, "Kim Hong-kyun" is not.

import type { EntityType } from "./types";

export interface GazetteerEntry {
  id: string;
  type: Exclude<EntityType, "name">;
  /** English display label; the UI may localise by id. */
  label: string;
  aliases: string[];
  ambiguous?: string[];
}

// French adjectives/demonyms: over-generating non-words ("russene") is harmless.
const fr = (base: string) => [base, `${base}e`, `${base}s`, `${base}es`, `${base}ne`, `${base}nes`];
const en = (...forms: string[]) => forms.flatMap((f) => [f, `${f}s`]);

export const GAZETTEER: readonly GazetteerEntry[] = [
  // People
  { id: "putin", type: "person", label: "Vladimir Putin", aliases: ["Vladimir Poutine", "Poutine", "Vladimir Putin", "Putin", "Vladimir Vladimirovitch Poutine"] },
  { id: "kim-jong-un", type: "person", label: "Kim Jong Un", aliases: ["Kim Jong-un", "Kim Jung-un", "Kim Jong-oun"], ambiguous: ["Kim"] },
  { id: "kim-il-sung", type: "person", label: "Kim Il Sung", aliases: ["Kim Il-sung"] },
  { id: "kim-yo-jong", type: "person", label: "Kim Yo Jong", aliases: ["Kim Yo-jong"] },
  { id: "belousov", type: "person", label: "Andrei Belousov", aliases: ["Andreï Belooussov", "Andrey Belousov", "Belousov"] },
  { id: "lavrov", type: "person", label: "Sergei Lavrov", aliases: ["Sergueï Lavrov", "Lavrov"] },
  { id: "shoigu", type: "person", label: "Sergei Shoigu", aliases: ["Sergueï Choïgou", "Sergei Shoigu", "Choïgou", "Shoigu"] },
  { id: "peskov", type: "person", label: "Dmitry Peskov", aliases: ["Dmitri Peskov", "Peskov"] },
  { id: "ushakov", type: "person", label: "Yuri Ushakov", aliases: ["Iouri Ouchakov", "Yuri Ushakov", "Ouchakov", "Ushakov"] },
  { id: "manturov", type: "person", label: "Denis Manturov", aliases: ["Denis Mantourov", "Denis Manturov", "Manturov", "Mantourov"] },
  { id: "xi-jinping", type: "person", label: "Xi Jinping", aliases: ["Xi Jinping"], ambiguous: ["Xi"] },
  { id: "biden", type: "person", label: "Joe Biden", aliases: ["Joe Biden", "Biden"] },
  { id: "trump", type: "person", label: "Donald Trump", aliases: ["Donald Trump", "Trump"] },
  { id: "zelensky", type: "person", label: "Volodymyr Zelensky", aliases: ["Volodymyr Zelensky", "Zelensky", "Zelenskiy"] },
  { id: "yoon-suk-yeol", type: "person", label: "Yoon Suk Yeol", aliases: ["Yoon Suk-yeol"], ambiguous: ["Yoon"] },
  { id: "duterte", type: "person", label: "Rodrigo Duterte", aliases: ["Rodrigo Duterte", "Duterte"] },
  // Places
  {
    id: "north-korea", type: "place", label: "North Korea",
    aliases: ["Corée du Nord", "North Korea", "RPDC", "DPRK", "République populaire démocratique de Corée",
      "Democratic People's Republic of Korea", ...fr("nord-coréen"), ...en("North Korean")],
  },
  {
    id: "south-korea", type: "place", label: "South Korea",
    aliases: ["Corée du Sud", "South Korea", "République de Corée", "Republic of Korea", "ROK", ...fr("sud-coréen"), ...en("South Korean")],
  },
  { id: "russia", type: "place", label: "Russia", aliases: ["Russie", "Russia", "Fédération de Russie", "Russian Federation", "russe", "russes", ...en("Russian")] },
  { id: "ukraine", type: "place", label: "Ukraine", aliases: ["Ukraine", ...fr("ukrainien"), ...en("Ukrainian")] },
  {
    id: "united-states", type: "place", label: "United States",
    aliases: ["États-Unis", "United States", "United States of America", "US", "USA", "U.S.", "U.S.A.", ...fr("américain"), ...en("American")],
  },
  { id: "china", type: "place", label: "China", aliases: ["Chine", "China", ...fr("chinois"), "Chinese"] },
  { id: "japan", type: "place", label: "Japan", aliases: ["Japon", "Japan", ...fr("japonais"), "Japanese"] },
  { id: "vietnam", type: "place", label: "Vietnam", aliases: ["Vietnam", "Viêt Nam", ...fr("vietnamien"), "Vietnamese"] },
  { id: "iran", type: "place", label: "Iran", aliases: ["Iran", ...fr("iranien"), ...en("Iranian")] },
  { id: "philippines", type: "place", label: "Philippines", aliases: ["Philippines", ...fr("philippin"), "Philippine", "Filipino"] },
  { id: "soviet-union", type: "place", label: "Soviet Union", aliases: ["Union soviétique", "Soviet Union", "URSS", "USSR", ...fr("soviétique"), "Soviet"] },
  { id: "pyongyang", type: "place", label: "Pyongyang", aliases: ["Pyongyang", "Pyong Yang"] },
  { id: "moscow", type: "place", label: "Moscow", aliases: ["Moscou", "Moscow"] },
  { id: "seoul", type: "place", label: "Seoul", aliases: ["Séoul"] },
  { id: "washington", type: "place", label: "Washington", aliases: ["Washington"] },
  { id: "beijing", type: "place", label: "Beijing", aliases: ["Pékin", "Beijing", "Peking"] },
  { id: "kyiv", type: "place", label: "Kyiv", aliases: ["Kiev", "Kyiv", "Kyïv"] },
  { id: "vladivostok", type: "place", label: "Vladivostok", aliases: ["Vladivostok"] },
  { id: "vostochny", type: "place", label: "Vostochny Cosmodrome", aliases: ["cosmodrome de Vostochny", "Vostochny Cosmodrome", "Vostochny", "Vostotchny"] },
  { id: "kim-il-sung-square", type: "place", label: "Kim Il Sung Square", aliases: ["place Kim Il Sung", "Kim Il Sung Square"] },
  { id: "russian-far-east", type: "place", label: "Russian Far East", aliases: ["Extrême-Orient russe", "Russian Far East", "Extrême-Orient"] },
  { id: "korean-peninsula", type: "place", label: "Korean Peninsula", aliases: ["péninsule coréenne", "Korean Peninsula"] },
  { id: "dmz", type: "place", label: "Demilitarized Zone", aliases: ["zone démilitarisée", "DMZ", "demilitarized zone", "demilitarised zone"] },
  { id: "the-west", type: "place", label: "The West", aliases: ["Occident", "occidental", "occidentale", "occidentaux", "occidentales", "Western"] },
  // Organisations
  { id: "kremlin", type: "org", label: "Kremlin", aliases: ["Kremlin"] },
  { id: "un", type: "org", label: "United Nations", aliases: ["ONU", "UN", "Nations unies", "United Nations", "Organisation des Nations unies"] },
  {
    id: "un-security-council", type: "org", label: "UN Security Council",
    aliases: ["Conseil de sécurité", "Security Council", "Conseil de sécurité des Nations unies", "UN Security Council", "UNSC"],
  },
  { id: "nato", type: "org", label: "NATO", aliases: ["OTAN", "NATO", "Alliance atlantique", "North Atlantic Treaty Organization"] },
  { id: "eu", type: "org", label: "European Union", aliases: ["Union européenne", "European Union", "UE", "EU"] },
  { id: "kcna", type: "org", label: "KCNA", aliases: ["KCNA", "Agence centrale de presse coréenne", "Agence centrale de presse", "Korean Central News Agency"] },
  { id: "icc", type: "org", label: "International Criminal Court", aliases: ["Cour pénale internationale", "International Criminal Court", "CPI", "ICC"] },
  { id: "reuters", type: "org", label: "Reuters", aliases: ["Reuters"] },
  { id: "afp", type: "org", label: "AFP", aliases: ["AFP", "Agence France-Presse"] },
];
