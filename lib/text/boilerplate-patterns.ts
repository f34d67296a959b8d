/**
 * Line-level patterns for page furniture that scrapers leave in article text
 * (French and English). Each rule matches one whole line; `maxWords` keeps
 * rules built on ordinary words ("newsletter", "cookies") from firing on a
 * real sentence that merely mentions them.
 */

export type BoilerplateReason =
  | "repeated-title"
  | "duplicate"
  | "navigation"
  | "byline-meta"
  | "timestamp"
  | "image-caption"
  | "share"
  | "social"
  | "comments"
  | "newsletter"
  | "paywall"
  | "site-description"
  | "related-teaser"
  | "tags"
  | "ads-cookies"
  | "separator";

export const BOILERPLATE_REASONS: readonly BoilerplateReason[] = [
  "repeated-title", "duplicate", "navigation", "byline-meta", "timestamp", "image-caption",
  "share", "social", "comments", "newsletter", "paywall", "site-description",
  "related-teaser", "tags", "ads-cookies", "separator",
];

type LineRule = {
  reason: BoilerplateReason;
  /** Tested on the trimmed line (typographic apostrophes folded to "'"). */
  pattern?: RegExp;
  /** Substrings of the lowercased line; plain includes() is far cheaper than an unanchored regex. */
  phrases?: readonly string[];
  /** Skip the rule unless the lowercased line matches this cheap prefilter. */
  requires?: RegExp;
  maxWords?: number;
};

const FR_MONTHS = "janv(?:ier|\\.)?|f[ée]vr(?:ier|\\.)?|mars|avr(?:il|\\.)?|mai|juin|juil(?:let|\\.)?|ao[uû]t|sept(?:embre|\\.)?|oct(?:obre|\\.)?|nov(?:embre|\\.)?|d[ée]c(?:embre|\\.)?";
const EN_MONTHS = "jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:t|tember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?";
const TIME = "(?:\\s*(?:à|a|at|-|,)?\\s*\\d{1,2}\\s*[:h]\\s*\\d{2}(?:\\s*(?:am|pm))?)?";
/** Optional trailing colon/period on label-like lines ("Lire aussi :", "Publicité."). */
const END = "\\s*[.:!]?\\s*$";

/*
 * Rules run in order; the first match gives the reason.
 */
export const LINE_RULES: readonly LineRule[] = [
  { reason: "separator", pattern: /^[\p{P}\p{S}\s]+$/u },
  {
    reason: "navigation",
    pattern: new RegExp(
      `^(?:aller au contenu(?: principal)?|passer au contenu(?: principal)?|skip to (?:main )?content|skip to navigation|aller à la navigation|menu|menu principal|main menu|rechercher|search|accueil|home|retour en haut|back to top|haut de page|connexion|se connecter|log ?in|sign in|mon compte|my account|s'identifier|mentions légales|legal notice|politique de confidentialité|privacy policy|conditions (?:générales )?d'utilisation|terms of (?:use|service)|contactez-nous|nous contacter|contact us|plan du site|sitemap|qui sommes-nous|about us|à propos)${END}`,
      "iu",
    ),
  },
  // Photo credits and caption openers before byline rules: "Photo : X / AFP".
  {
    reason: "image-caption",
    pattern:
      /^(?:sur cette (?:photo|image|capture)|(?:photo|image) d'illustration|(?:photo|image|illustration|crédits?(?: photo)?|photo credit|image credit|source image|pictured)\s*:)/iu,
    maxWords: 60,
  },
  {
    // A caption ends with its credit; only lines with ":", "/" or "©" can.
    reason: "image-caption",
    requires: /[:/©]/u,
    pattern:
      /(?:\b(?:photos?|crédits?|credit|image|illustration)\s*:\s*[^.!?]{1,80}|\/\s*(?:AFP|Reuters|AP|EPA|Getty(?: Images)?|Sipa|Maxppp|Abaca|Shutterstock|Belga|Keystone|ANP|dpa|Xinhua|Yonhap|KCNA)|©\s*\p{L}[^.!?]{0,60})[\s)\]]*$/iu,
    maxWords: 60,
  },
  {
    // Case-sensitive on purpose: the name must be capitalised ("Par Josephine
    // Martin"), so "Par ailleurs, …" and "By then, …" stay prose.
    reason: "byline-meta",
    pattern:
      /^(?:(?:[Pp]ar|[Bb]y|[Ww]ritten by|[ÉéEe]crit par|[Rr]édigé par|[Aa]uteure?|[Aa]uthor)\s*:?\s+\p{Lu}[\p{L}.'-]*(?:\s+(?:\p{Lu}[\p{L}.'-]*|de|du|des|von|van|le|la|et|and|&))*(?:\s*,.*)?|(?:[Dd]e notre|[Ff]rom our) (?:envoyée?|correspondante?|correspondent)\b.*)$/u,
    maxWords: 12,
  },
  {
    reason: "byline-meta",
    pattern:
      /^(?:(?:temps|durée) de lecture\s*:?\s*(?:\d+|moins d'une?)\s*(?:min|minutes?)\b.*|(?:lecture|reading time|read time)\s*:?\s*\d+\s*(?:min|minutes?)\b.*|\d+\s*(?:min|minutes?)\s+(?:de lecture|read|reading)\b.*)$/iu,
    maxWords: 8,
  },
  {
    // Category label left behind when the category link was stripped: "- dans".
    reason: "byline-meta",
    pattern:
      /^(?:[-–—•]\s*(?:dans|in|publié dans|posted in|filed under)(?:\s+[\p{L}&'-]+){0,3}|(?:dans|publié dans|posted in|filed under)\s*:?|(?:catégories?|category|categories|rubriques?)\s*:\s*.{1,60})$/iu,
    maxWords: 6,
  },
  {
    reason: "byline-meta",
    pattern:
      /^(?:publié|mis à jour|modifié|actualisé|published|updated|posted|last updated)(?: le| on| at)?\b.*\d[^.!?]*$/iu,
    maxWords: 14,
  },
  {
    reason: "timestamp",
    pattern: new RegExp(
      `^(?:\\d{4}-\\d{2}-\\d{2}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?|\\d{9,13}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}${TIME}|(?:\\p{L}+\\.?,?\\s+)?\\d{1,2}(?:er)?\\s+(?:${FR_MONTHS}|${EN_MONTHS})\\s+\\d{4}${TIME}|(?:\\p{L}+,?\\s+)?(?:${EN_MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}${TIME}|\\d{1,2}\\s*[:h]\\s*\\d{2})$`,
      "iu",
    ),
  },
  {
    reason: "share",
    pattern: new RegExp(
      `^(?:partager(?: cet article| l'article| sur (?:facebook|twitter|x|linkedin|whatsapp))?|partagez(?: cet article)?|share(?: this(?: article| story| post)?| on (?:facebook|twitter|x|linkedin))?|tweet|tweeter|copier le lien|copy link|envoyer par (?:e-?mail|courriel)|imprimer|print)${END}|^(?:(?:facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|e-?mail|messenger|flipboard|bluesky|threads|imprimer|print)[\\s,|•·/-]*){2,}$`,
      "iu",
    ),
  },
  {
    reason: "social",
    pattern:
      /^(?:suivez[- ]nous|retrouvez[- ]nous|rejoignez[- ]nous|follow us|join us|join our (?:whatsapp|telegram)|like us on|find us on)\b/iu,
    phrases: [
      "notre chaîne whatsapp", "notre chaîne telegram", "notre chaîne youtube",
      "our whatsapp channel", "our telegram channel", "our youtube channel",
    ],
    maxWords: 40,
  },
  {
    reason: "newsletter",
    pattern:
      /^(?:abonnez-vous|inscrivez-vous|subscribe|sign up|s'abonner|s'inscrire|recevez (?:notre|nos|gratuitement)|get (?:our|the) newsletter|ne manquez rien|don't miss)\b/iu,
    maxWords: 30,
  },
  {
    reason: "newsletter",
    phrases: ["newsletter", "lettre d'information", "infolettre"],
    maxWords: 12,
  },
  {
    reason: "paywall",
    pattern:
      /^(?:membres? publique?s?|members? (?:only|public)|réservé aux abonnés|article réservé aux abonnés|contenu réservé(?: aux abonnés)?|subscribers? only|for subscribers|pour lire la suite.*|to continue reading.*|il vous reste \d+ ?% de cet article à lire.*)\s*[.:!]?$/iu,
    maxWords: 20,
  },
  {
    reason: "comments",
    pattern:
      /^(?:\d+\s+)?(?:commentaires?|comments?|réactions?|réagir|réagissez)(?:\s*\(\d+\))?\s*:?$|^(?:poster|laisser|ajouter|écrire|publier|rédiger) (?:un|votre) (?:commentaire|avis)|^(?:leave|post|add|write) a (?:comment|reply)|^(?:répondre|reply|annuler la réponse|cancel reply)$/iu,
    phrases: [
      "akismet", "ne sera pas publiée", "will not be published", "comment data is processed",
      "required fields are marked", "champs obligatoires sont indiqués", "connectez-vous pour commenter",
      "connectez-vous pour réagir", "log in to comment", "be the first to comment",
      "soyez le premier à commenter", "soyez la première à commenter", "soyez le premier à réagir",
    ],
    maxWords: 30,
  },
  {
    reason: "site-description",
    pattern:
      /^(?:[\p{L}\p{N}-]+\.)+(?:fr|com|net|org|info|be|ch|ca|eu|io|news|media|tv|co|uk|de|es|it|blog|online|site)\s+(?:est|is|a été|was|propose|publie|vous)\b/iu,
    phrases: [
      "ce post est reconstitué", "vous est proposé par", "vous est proposée par", "site d'information qui",
      "est un site d'information", "est un site d'actualité", "est un site web", "is a news website",
      "is a website that", "is a website dedicated", "is a blog that",
    ],
  },
  {
    reason: "site-description",
    pattern: /^(?:©|copyright\b|\(c\)\s)/iu,
    phrases: ["tous droits réservés", "all rights reserved"],
    maxWords: 30,
  },
  {
    reason: "related-teaser",
    pattern: new RegExp(
      `^(?:dernier|derniers articles|dernières (?:nouvelles|infos|actualités)|latest(?: news)?|à la une|trending|vidéo|video|related|recommended|most read|les plus lus|top stories|more stories|en savoir plus|pour aller plus loin|à découvrir|continue reading|continuer la lecture|lire la suite|read more)${END}`,
      "iu",
    ),
  },
  {
    reason: "related-teaser",
    pattern:
      /^(?:à lire aussi|a lire aussi|lire aussi|lire également|à lire également|voir aussi|à voir aussi|sur le même sujet|dans la même rubrique|read also|see also|you may also like|you might also like|related (?:articles|posts|stories|news|content)|regarder la vidéo|voir la vidéo|watch the video|vidéo\s*:|video\s*:|lire\s*:|read\s*:)(?=$|[\s:])/iu,
    phrases: [
      "vous apprécierez également", "vous apprécierez aussi", "ces parutions", "ce thème vous a plu",
      "ce thème vous a passionné", "ce thème vous a intéressé",
    ],
    maxWords: 40,
  },
  {
    reason: "related-teaser",
    pattern: /^(?:NEXT|PREVIOUS|PREV|SUIVANT|PRÉCÉDENT)\b|^(?:[Aa]rticle|[Pp]ost|[Bb]illet) (?:suivant|précédent)\b|^(?:[Nn]ext|[Pp]revious) (?:article|post|story)\b/u,
    maxWords: 30,
  },
  {
    reason: "tags",
    pattern: /^(?:#[\p{L}\p{N}_-]+[\s,]*){2,}$|^(?:tags|mots[- ]clés|étiquettes|thèmes|topics|keywords)\s*:/iu,
    maxWords: 40,
  },
  {
    reason: "ads-cookies",
    pattern: new RegExp(
      `^(?:publicité|pub|annonce|advertisement|advertising|ad|sponsored|sponsorisé|contenu sponsorisé|contenu partenaire|sponsored content|paid content|promoted)${END}`,
      "iu",
    ),
    phrases: [
      "l'article continue sous l'annonce", "l'article continue après l'annonce",
      "l'article continue après la publicité", "article continues below", "article continues after",
      "story continues below", "après cette publicité", "bloqueur de publicité", "adblock", "ad blocker",
    ],
    maxWords: 30,
  },
  {
    // Cookie banners talk about *this* site; news about cookies does not.
    reason: "ads-cookies",
    requires: /cookie/u,
    pattern:
      /^(?=.*\bcookies?\b)(?=.*(?:nous utilisons|we use|ce site|this (?:site|website)|notre site|our (?:site|website)|en poursuivant|by continuing|accepte[rz]?\b|\baccept\b|paramétrer|gérer (?:les|mes) cookies|manage cookies|cookie (?:settings|policy)|politique (?:de|des|relative aux) cookies))/iu,
    maxWords: 40,
  },
];

/**
 * "Home » International » Title" and "Monde | Europe | France": three or more
 * short segments joined by navigation separators. A French closing guillemet
 * is only a separator when the line has no opening one.
 */
export function isBreadcrumb(line: string): boolean {
  const separators = line.includes("«") ? /\s+[›>→|/]\s+/u : /\s+[»›>→|/]\s+/u;
  const parts = line.split(separators);
  if (parts.length < 2) return false;
  if (parts.some((p) => p.trim() === "" || p.split(/\s+/u).length > 15)) return false;
  return parts.length >= 3 || /^(?:home|accueil)$/iu.test(parts[0]?.trim() ?? "");
}

/** Whitespace-separated tokens; a plain loop, as this runs for every line and rule. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 9 || code === 10 || code === 160 || code === 0x202f;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** The reason of the first line rule matching `line`, if any. */
export function matchLineRule(line: string): BoilerplateReason | null {
  const key = line.trim().replace(/[’‘`´]/gu, "'").replace(/\u00A0/gu, " ");
  if (!key) return null;
  const lower = key.toLowerCase();
  const words = wordCount(key);
  if (isBreadcrumb(key)) return "navigation";
  for (const rule of LINE_RULES) {
    if (rule.maxWords !== undefined && words > rule.maxWords) continue;
    if (rule.requires !== undefined && !rule.requires.test(lower)) continue;
    if (rule.pattern?.test(key) || rule.phrases?.some((p) => lower.includes(p))) return rule.reason;
  }
  return null;
}
