/** What every server action returns: forms show `error` and per-field `fieldErrors`. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; code: string; fieldErrors?: Record<string, string[]>; [detail: string]: unknown };
