import { detectBoilerplate, type BoilerplateSpan } from "./boilerplate";
import { scoreCheckworthiness, type CheckSignal } from "./checkworthiness";
import { detectLanguage, primaryLanguageSubtag, UNDETERMINED_LANGUAGE } from "./language";
import { segmentClaims, type ClaimKind } from "./segment";

export type AnalyzedClaim = {
  start: number;
  end: number;
  text: string;
  kind: ClaimKind;
  /** 0-based order of the claim in the article. */
  position: number;
  checkworthiness: number;
  signals: CheckSignal[];
};

export type ArticleAnalysis = {
  language: string;
  boilerplate: BoilerplateSpan[];
  claims: AnalyzedClaim[];
};

export type AnalyzeInput = { text: string; title?: string; language?: string };

/**
 * The import service's single entry point. `text` must be the stored text
 * (see normalizePlainText): every returned offset indexes into it. Pure and
 * deterministic: the same input always yields the same analysis.
 */
export function analyzeArticleText(input: AnalyzeInput): ArticleAnalysis {
  const { text, title } = input;
  const language = primaryLanguageSubtag(input.language) ?? detectLanguage(text);
  const boilerplate = detectBoilerplate(text, { title, language });
  // Sentence rules are tuned for French/English; ICU's root rules are a
  // reasonable default for anything else, including undetermined text.
  const segmenterLanguage = language === UNDETERMINED_LANGUAGE ? "en" : language;
  const segments = segmentClaims(text, { language: segmenterLanguage, excluded: boilerplate });
  const claims = segments.map((segment, position): AnalyzedClaim => {
    const { score, signals } = scoreCheckworthiness(segment.text, language);
    return { ...segment, position, checkworthiness: score, signals };
  });
  return { language, boilerplate, claims };
}
