import { getTranslations } from "next-intl/server";
import { NotFoundView } from "@/components/states/not-found-view";

/** An unknown URL (outside the app shell): the same page, with the app's name above it. */
export default async function NotFound() {
  const t = await getTranslations("app");
  return (
    <main className="min-h-screen pt-8">
      <p className="text-center text-sm font-semibold tracking-wide text-accent-600 uppercase">{t("name")}</p>
      <NotFoundView inApp={false} />
    </main>
  );
}
