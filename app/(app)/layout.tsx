import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/shell/app-header";
import { teamContextFromSession } from "@/lib/auth/context";
import { setLocaleAction } from "@/app/locale-actions";
import { switchTeamAction } from "./team-actions";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const context = await teamContextFromSession();
  if (!context) redirect("/login");
  const t = await getTranslations("app");
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("skipToContent")}
      </a>
      <AppHeader
        userName={context.userName}
        activeTeamId={context.teamId}
        teams={context.teams}
        switchTeam={switchTeamAction}
        setLocale={setLocaleAction}
      />
      <main id="content" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 sm:px-6">
        {children}
      </main>
    </div>
  );
}
