import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { buildCsp, newNonce } from "@/lib/auth/csp";

const PUBLIC_PATHS = ["/login", "/signup", "/api/auth", "/api/health", "/invite"];

/** Signed-out visitors go to /login, API callers get 401 JSON; null lets the request through. */
async function gate(request: NextRequest): Promise<NextResponse | null> {
  const { pathname } = request.nextUrl;
  if (PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`))) return null;
  const isApi = pathname.startsWith("/api/");
  // API tokens are verified by the route wrapper (database lookup), not here.
  if (isApi && request.headers.get("authorization")?.toLowerCase().startsWith("bearer ")) return null;
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return null;
  if (isApi) {
    return NextResponse.json({ error: { code: "unauthorized", message: "Sign in first." } }, { status: 401 });
  }
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("next", pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

/**
 * A first gate only: membership and role are checked again by the action/route wrappers
 * on every call. Also sets the per-request CSP nonce: Next.js reads it from the request's
 * Content-Security-Policy header and puts it on the scripts it renders (every page is
 * dynamic: they all read the session).
 */
export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const https = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  const csp = buildCsp(nonce, { dev: process.env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  const response = (await gate(request)) ?? NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
