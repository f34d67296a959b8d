import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

const PUBLIC_PATHS = ["/login", "/signup", "/api/auth", "/api/health", "/invite"];

/**
 * A first gate only: signed-out visitors go to /login, API callers get 401 JSON.
 * Membership and role are checked again by the action/route wrappers on every call.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`))) return NextResponse.next();
  const isApi = pathname.startsWith("/api/");
  // API tokens are verified by the route wrapper (database lookup), not here.
  if (isApi && request.headers.get("authorization")?.toLowerCase().startsWith("bearer ")) return NextResponse.next();
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  if (isApi) {
    return NextResponse.json({ error: { code: "unauthorized", message: "Sign in first." } }, { status: 401 });
  }
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("next", pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
