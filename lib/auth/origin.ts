// CSRF check for cookie-authenticated writes to route handlers (server actions have
// Next's own Origin check). The session cookie is SameSite=Lax, so other sites' forms
// and fetches do not carry it; this catches what Lax lets through: sibling subdomains
// ("same-site"), and browsers without SameSite support.

type HeaderSource = { get(name: string): string | null };

/** True when the browser says, or the Origin shows, that the request comes from another site. */
export function isCrossSiteRequest(headers: HeaderSource, ownOrigin: string): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  const origin = headers.get("origin");
  // Non-browser clients (curl, scripts) send no Origin; a browser always does on writes.
  if (origin === null) return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return true; // "null" (sandboxed frames, file://) and garbage
  }
  if (parsed.origin === ownOrigin) return false;
  // Behind a reverse proxy the server sees its internal URL; the Host the browser used
  // reaches us as Host or X-Forwarded-Host.
  const hosts = [headers.get("x-forwarded-host"), headers.get("host")].filter((h): h is string => Boolean(h));
  return !hosts.some((host) => host.split(",")[0]!.trim().toLowerCase() === parsed.host);
}
