import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIp } from "@/lib/auth/client-ip";
import { signInSchema } from "@/lib/validation/auth";
import { beginLoginAttempt, loginSucceeded } from "@/lib/services/login-throttle";
import { verifyCredentials } from "@/lib/services/users";

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
        const attempt = await beginLoginAttempt(parsed.data.email, clientIp(headers["x-forwarded-for"]));
        // Checked before the password: a throttled attacker learns nothing, not even
        // whether the password was right. Unknown and known e-mails are throttled alike.
        if (!attempt.allowed) throw new Error(THROTTLED_ERROR);
        const user = await verifyCredentials(parsed.data.email, parsed.data.password);
        if (!user) return null;
        await loginSucceeded(attempt);
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
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
