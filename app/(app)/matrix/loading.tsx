import { getTranslations } from "next-intl/server";
import { PageSkeleton } from "@/components/states/skeleton";

export default async function Loading() {
  const t = await getTranslations("states");
  return <PageSkeleton label={t("loading")} shape="matrix" />;
}
