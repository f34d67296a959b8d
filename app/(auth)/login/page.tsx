import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signIn") };
}

// The demo account exists on the embedded database only; say so there, nowhere else.
const DEMO = { email: "demo@claimdesk.local", password: "claimdesk-demo" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const safeNext = next?.startsWith("/") && !next.startsWith("//") ? next : "/articles";
  return <LoginForm next={safeNext} demo={env().CLAIMDESK_EMBEDDED_DB === "1" ? DEMO : null} />;
}
