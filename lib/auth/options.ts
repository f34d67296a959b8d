import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIp } from "@/lib/auth/client-ip";
import { signInSchema } from "@/lib/validation/auth";
import { checkPasswordThrottled } from "@/lib/services/users";

/** The sign-in error code the login form turns into "too many attempts". */
export const THROTTLED_ERROR = "throttled";

// Cookies: next-auth v4 marks them Secure (and prefixes them __Secure-/__Host-) when
// NEXTAUTH_URL starts with https:// (core/init.js: useSecureCookies defaults to that);
// they are always HttpOnly, SameSite=Lax, Path=/. Set NEXTAUTH_URL to the https URL in
// production (SECURITY.md).
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "E-mail and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const headers = (request?.headers ?? {}) as Record<string, string | undefined>;
        const check = await checkPasswordThrottled(parsed.data.email, parsed.data.password, clientIp(headers["x-forwarded-for"]));
        if (check.outcome === "throttled") throw new Error(THROTTLED_ERROR);
        return check.outcome === "ok" ? check.user : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === "string") {
        Object.assign(session.user, { id: token.uid, sessionVersion: token.sv ?? 0 });
      }
      return session;
    },
  },
};
