import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { setLocaleAction } from "@/app/locale-actions";

// Invitation links are opened signed in or not: the sign-in pages' frame, not the app's.
export default async function InviteLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("app");
  return (
    <div className="flex min-h-screen flex-col">
      <div className="flex justify-end p-4">
        <LocaleSwitcher setLocale={setLocaleAction} />
      </div>
      <main id="content" className="mx-auto flex w-full max-w-md flex-1 flex-col justify-center px-4 pb-24">
        <p className="mb-6 text-sm font-semibold tracking-wide text-accent-600 uppercase">{t("name")}</p>
        {children}
      </main>
    </div>
  );
}
