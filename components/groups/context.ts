// The text around a statement's sentence, shortened at word boundaries for display.
// The service sends up to a fixed number of characters each side (more than MAX_CHARS);
// we stop at the paragraph break, cut longer context at a word and say so with "…".

export const MAX_CONTEXT_CHARS = 120;

const collapse = (text: string) => text.replace(/\s+/g, " ");

export type ContextPiece = { text: string; ellipsis: boolean };

/**
 * `before` ends right before the sentence. `cutByService` is true when the service
 * already dropped text before it (its first word may then be partial).
 */
export function contextBefore(before: string, cutByService: boolean, max = MAX_CONTEXT_CHARS): ContextPiece {
  let text = before;
  let ellipsis = cutByService;
  let dropFirstWord = cutByService;
  const paragraph = text.search(/\n[^\n]*$/);
  if (paragraph >= 0) {
    text = text.slice(paragraph + 1);
    ellipsis = false;
    dropFirstWord = false;
  }
  if (text.length > max) {
    text = text.slice(text.length - max);
    ellipsis = true;
    dropFirstWord = true;
  }
  if (dropFirstWord) {
    const space = text.search(/\s/);
    text = space >= 0 ? text.slice(space + 1) : "";
  }
  text = collapse(text).trimStart();
  return { text, ellipsis };
}

/** `after` starts right after the sentence; shorter than `max` means the article ends there. */
export function contextAfter(after: string, max = MAX_CONTEXT_CHARS): ContextPiece {
  let text = after;
  let ellipsis = false;
  const paragraph = text.indexOf("\n");
  if (paragraph >= 0) text = text.slice(0, paragraph);
  if (text.length > max) {
    text = text.slice(0, max + 1);
    const lastSpace = text.search(/\s\S*$/);
    text = lastSpace > 0 ? text.slice(0, lastSpace) : "";
    ellipsis = true;
  }
  text = collapse(text).trimEnd();
  return { text, ellipsis };
}
