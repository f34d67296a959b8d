/**
 * Where to go after sign-in: a path of this site only. "//evil.example" and
 * "/\evil.example" are protocol-relative URLs to browsers, hence refused.
 */
export function safeNextPath(next: string | null | undefined, fallback = "/articles"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return fallback;
  // Control characters (tabs, newlines) are stripped by URL parsers: "/\t/evil.example".
  if (/[\u0000-\u001f\u007f]/.test(next)) return fallback;
  try {
    const url = new URL(next, "http://claimdesk.invalid");
    return url.origin === "http://claimdesk.invalid" ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
