import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";
import { COMMON_PASSWORD_COUNT, isCommonPassword } from "./common-passwords";
import { buildCsp, newNonce } from "./csp";
import { isCrossSiteRequest } from "./origin";
import { safeNextPath } from "./redirect";
import { passwordSchema } from "@/lib/validation/auth";

const headers = (values: Record<string, string>) => new Headers(values);

describe("common passwords", () => {
  it("ships a few hundred entries", () => {
    expect(COMMON_PASSWORD_COUNT).toBeGreaterThan(300);
  });

  it("refuses listed passwords, padded ones, repeats and keyboard runs", () => {
    for (const password of ["password", "Password2024!", "azertyuiop123", "123456789012", "qwertyuiopasdf", "passwordpassword", "abcabcabcabc", "MotDePasse!!!!", "iloveyou12345", "zzzzzzzzzzzz"]) {
      expect(isCommonPassword(password), password).toBe(true);
    }
  });

  it("accepts passphrases and random strings", () => {
    for (const password of ["correct horse battery staple", "vérification-des-faits-2024", "Tr0ub4dor&3-lamp", "k8#Lq!pz@Wm2x"]) {
      expect(isCommonPassword(password), password).toBe(false);
    }
  });

  it("is part of the password rule, after the length check", () => {
    expect(passwordSchema.safeParse("password12345").success).toBe(false);
    expect(passwordSchema.safeParse("a sentence nobody else types").success).toBe(true);
    const short = passwordSchema.safeParse("short");
    expect(short.error?.issues.map((issue) => issue.message)).toEqual(["validation.passwordTooShort"]);
  });
});

describe("content security policy", () => {
  it("allows scripts by nonce only: no unsafe-inline, no unsafe-eval in production", () => {
    const nonce = newNonce();
    const csp = buildCsp(nonce);
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(buildCsp(nonce, { https: true })).toContain("upgrade-insecure-requests");
    expect(buildCsp(nonce, { dev: true })).toContain("'unsafe-eval'");
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("cross-site request check", () => {
  const own = "http://localhost:3000";
  it("lets same-origin browsers and header-less clients through", () => {
    expect(isCrossSiteRequest(headers({ origin: own, "sec-fetch-site": "same-origin" }), own)).toBe(false);
    expect(isCrossSiteRequest(headers({}), own)).toBe(false);
    // Behind a proxy: the browser's host reaches us as Host / X-Forwarded-Host.
    expect(isCrossSiteRequest(headers({ origin: "https://claimdesk.example", host: "claimdesk.example" }), "http://127.0.0.1:3000")).toBe(false);
    expect(isCrossSiteRequest(headers({ origin: "https://claimdesk.example", "x-forwarded-host": "claimdesk.example" }), "http://127.0.0.1:3000")).toBe(false);
  });

  it("refuses other origins, sibling subdomains, opaque origins and garbage", () => {
    expect(isCrossSiteRequest(headers({ origin: "https://evil.example", host: "localhost:3000" }), own)).toBe(true);
    expect(isCrossSiteRequest(headers({ "sec-fetch-site": "cross-site" }), own)).toBe(true);
    expect(isCrossSiteRequest(headers({ "sec-fetch-site": "same-site", origin: "http://evil.localhost:3000" }), own)).toBe(true);
    expect(isCrossSiteRequest(headers({ origin: "null" }), own)).toBe(true);
    expect(isCrossSiteRequest(headers({ origin: "not a url" }), own)).toBe(true);
  });
});

describe("client address for throttling", () => {
  it("takes the entry the nearest proxy added", () => {
    expect(clientIp("203.0.113.9")).toBe("203.0.113.9");
    expect(clientIp("6.6.6.6, 203.0.113.9")).toBe("203.0.113.9");
    expect(clientIp("6.6.6.6, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
    expect(clientIp("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(clientIp("")).toBeNull();
    expect(clientIp(undefined)).toBeNull();
    expect(clientIp("x".repeat(500))?.length).toBe(64);
  });
});

describe("redirect after sign-in", () => {
  it("keeps local paths and refuses anything that leaves the site", () => {
    expect(safeNextPath("/articles/abc?claim=1")).toBe("/articles/abc?claim=1");
    expect(safeNextPath("/invite/abc_DEF-123")).toBe("/invite/abc_DEF-123");
    for (const next of ["//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "/\t/evil.example", "", undefined, "articles"]) {
      expect(safeNextPath(next), String(next)).toBe("/articles");
    }
  });
});
