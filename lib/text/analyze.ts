import { comparisonKey, detectBoilerplate, type BoilerplateSpan } from "./boilerplate";
import { scoreCheckworthiness, type CheckSignal } from "./checkworthiness";
import { detectLanguage, primaryLanguageSubtag, UNDETERMINED_LANGUAGE } from "./language";
import { isHeadingLine, segmentClaims, type ClaimKind, type ClaimSegment } from "./segment";
import { overlapsAny, splitLines, trimSpan } from "./spans";

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
  const given = primaryLanguageSubtag(input.language);
  const language = given && given !== UNDETERMINED_LANGUAGE ? given : detectLanguage(text);
  const boilerplate = detectBoilerplate(text, { title, language });
  // Sentence rules are tuned for French/English; ICU's root rules are a
  // reasonable default for anything else, including undetermined text.
  const segmenterLanguage = language === UNDETERMINED_LANGUAGE ? "en" : language;
  const segments = withHeadline(text, segmentClaims(text, { language: segmenterLanguage, excluded: boilerplate }), boilerplate, title);
  const claims = segments.map((segment, position): AnalyzedClaim => {
    const { score, signals } = scoreCheckworthiness(segment.text, language);
    return { ...segment, position, checkworthiness: score, signals };
  });
  return { language, boilerplate, claims };
}

/**
 * The headline is the claim a reader sees first, even without final punctuation
 * (where segmentation takes it for a section heading): the first copy of the stored
 * title, or without a title a heading-like first line, becomes a "headline" claim.
 */
function withHeadline(text: string, segments: ClaimSegment[], boilerplate: BoilerplateSpan[], title?: string): ClaimSegment[] {
  const titleKey = title ? comparisonKey(title) : null;
  const firstLine = splitLines(text)
    .map((line) => trimSpan(text, line))
    .find((span) => span !== null && !overlapsAny(span, boilerplate));
  if (!firstLine) return segments;
  const line = text.slice(firstLine.start, firstLine.end);
  const isHeadline = titleKey ? comparisonKey(line) === titleKey : isHeadingLine(line) && line.split(/\s+/u).length >= 4;
  if (!isHeadline) return segments;
  const rest = segments.filter((segment) => segment.end <= firstLine.start || segment.start >= firstLine.end);
  const headline: ClaimSegment = { ...firstLine, text: line, kind: "headline" };
  return [headline, ...rest].sort((a, b) => a.start - b.start);
}
