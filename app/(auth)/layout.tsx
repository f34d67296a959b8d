import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { setLocaleAction } from "@/app/locale-actions";

// The frame of the pages one reaches signed out: sign-in, sign-up and invitation links.
export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("app");
  return (
    <div className="flex min-h-screen flex-col">
      <div className="flex justify-end p-4">
        <LocaleSwitcher setLocale={setLocaleAction} />
      </div>
      <main id="content" className="mx-auto flex w-full max-w-md flex-1 flex-col justify-center px-4 pb-24">
        <p className="mb-1 text-sm font-semibold tracking-wide text-accent-600 uppercase">{t("name")}</p>
        <p className="mb-6 text-sm text-stone-600 dark:text-stone-400">{t("tagline")}</p>
        {children}
      </main>
    </div>
  );
}
