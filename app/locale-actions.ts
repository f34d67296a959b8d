"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { publicAction } from "@/lib/actions/team-action";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";

export const setLocaleAction = publicAction(z.enum(LOCALES), async (locale) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  return locale;
});
