import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

/**
 * The 404 page body. In the app (`inApp`), an unknown id and another team's record get
 * the same answer, on purpose; outside it, an address that matches no page.
 */
export async function NotFoundView({ inApp }: { inApp: boolean }) {
  const t = await getTranslations("states.notFound");
  return (
    <div className="mx-auto max-w-lg px-4 py-16 text-center">
      <p className="text-sm font-semibold text-accent-600 tabular-nums dark:text-accent-100">404</p>
      <h1 className="mt-1 text-xl font-semibold">{inApp ? t("title") : t("pageTitle")}</h1>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{inApp ? t("body") : t("pageBody")}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-2">
        <Link href="/articles" className={buttonClass("primary")}>{t("articles")}</Link>
        {inApp ? <Link href="/queue" className={buttonClass("secondary")}>{t("queue")}</Link> : null}
      </div>
    </div>
  );
}
