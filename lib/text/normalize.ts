/**
 * Canonical form of the stored article text. Every span (boilerplate, claims,
 * annotations) points into this exact string, so the same input must always
 * produce the same bytes, and running it twice must change nothing.
 */
export function normalizePlainText(text: string): string {
  return (
    text
      // Pasted text from macOS may arrive decomposed (e + U+0301); NFC makes
      // identical-looking articles compare and search equal.
      .normalize("NFC")
      .replace(/\r\n?/gu, "\n")
      // Unicode line/paragraph separators, NEL, VT and FF act as line breaks
      // in Word/PDF pastes; keep them as breaks rather than deleting them.
      .replace(/[\u2028\u2029\u0085\u000B\u000C]/gu, "\n")
      .replace(/\uFEFF/gu, "")
      // Remaining C0/C1 controls are invisible junk (NUL from broken
      // encoders, ESC from terminals) that would shift offsets in the UI.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu, "")
      .replace(/[^\S\n]+$/gmu, "")
      .replace(/^\n+/u, "")
      .replace(/\n+$/u, "")
  );
}

/** Collapses all whitespace runs to one space and trims (single-line text). */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
