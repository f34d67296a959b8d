/**
 * The URL when it is an http(s) link, else null: stored URLs are validated on the way in
 * (httpUrlSchema), and pages check again before making one an href or opening it.
 */
export function httpUrlOrNull(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}
