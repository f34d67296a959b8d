"use client";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { LocaleSwitcher } from "@/components/locale-switcher";
import type { Locale } from "@/lib/i18n/config";

type Props = {
  userName: string;
  activeTeamId: string;
  teams: Array<{ id: string; name: string; role: string }>;
  switchTeam: (teamId: string) => Promise<unknown>;
  setLocale: (locale: Locale) => Promise<unknown>;
};

const NAV = [
  { href: "/articles", key: "articles" },
  { href: "/import", key: "import" },
  { href: "/queue", key: "queue" },
  { href: "/matrix", key: "matrix" },
  { href: "/dashboard", key: "dashboard" },
  { href: "/export", key: "export" },
  { href: "/team", key: "team" },
] as const;

export function AppHeader({ userName, activeTeamId, teams, switchTeam, setLocale }: Props) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <header className="border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2.5 sm:px-6">
        <Link href="/articles" className="text-sm font-semibold tracking-wide text-accent-600 uppercase">
          Claimdesk
        </Link>
        <nav aria-label={t("main")} className="flex items-center gap-1">
          {NAV.map((item) => {
            const active = pathname.startsWith(item.href);
            return (
              <Link
                key={item.href}
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`rounded px-2.5 py-1 text-sm ${active ? "bg-stone-100 font-medium dark:bg-stone-800" : "text-stone-600 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"}`}
              >
                {t(item.key)}
              </Link>
            );
          })}
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-3">
          <label className="inline-flex items-center gap-1.5 text-xs text-stone-600 dark:text-stone-400">
            {/* Visible on wide screens; below, the select's team name says enough (one header row at 1280 px). */}
            <span className="sr-only 2xl:not-sr-only">{t("switchTeam")}</span>
            <select
              className="max-w-48 rounded border border-stone-300 bg-white px-1.5 py-0.5 text-xs dark:border-stone-700 dark:bg-stone-900"
              value={activeTeamId}
              disabled={pending || teams.length < 2}
              onChange={(event) => {
                const teamId = event.target.value;
                startTransition(async () => {
                  await switchTeam(teamId);
                  router.refresh();
                });
              }}
            >
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </label>
          <LocaleSwitcher setLocale={setLocale} />
          <span className="hidden text-xs text-stone-500 2xl:inline">{t("account", { name: userName })}</span>
          <Link
            href="/account"
            title={t("account", { name: userName })}
            aria-current={pathname.startsWith("/account") ? "page" : undefined}
            className={`rounded px-2 py-1 text-xs font-medium hover:bg-stone-100 dark:hover:bg-stone-800 ${pathname.startsWith("/account") ? "bg-stone-100 text-stone-900 dark:bg-stone-800 dark:text-stone-100" : "text-stone-700 dark:text-stone-300"}`}
          >
            {t("accountLink")}
          </Link>
          <button
            type="button"
            onClick={() => signOut({ callbackUrl: "/login" })}
            className="rounded px-2 py-1 text-xs font-medium text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
          >
            {t("signOut")}
          </button>
        </div>
      </div>
    </header>
  );
}
