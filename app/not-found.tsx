import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <p className="text-sm font-semibold text-accent-600">404</p>
      <h1 className="mt-1 text-xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{t("body")}</p>
      <Link href="/articles" className="mt-6 inline-block text-sm font-medium text-accent-600 hover:underline">
        {t("back")}
      </Link>
    </main>
  );
}
