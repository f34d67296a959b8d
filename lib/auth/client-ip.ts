// The client address used as a sign-in throttling key. Next.js sets X-Forwarded-For to
// the socket address only when the request has none, and a reverse proxy appends the
// address it saw: the trustworthy entry is the N-th from the right, N being the number
// of proxies in front of Claimdesk (CLAIMDESK_PROXY_HOPS, default 1). Exposed without a
// proxy, a client can forge the header: per-IP limits then only slow down honest
// clients, while the per-account limit still holds (see SECURITY.md).

function proxyHops(): number {
  const hops = Number(process.env.CLAIMDESK_PROXY_HOPS ?? 1);
  return Number.isInteger(hops) && hops >= 1 && hops <= 10 ? hops : 1;
}

export function clientIp(forwardedFor: string | null | undefined, hops = proxyHops()): string | null {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const entry = entries[Math.max(0, entries.length - hops)];
  if (!entry) return null;
  // Bound what goes into the database; strip an IPv4-mapped IPv6 prefix so one client has one key.
  return entry.slice(0, 64).toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
}
