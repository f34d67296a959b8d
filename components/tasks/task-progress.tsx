"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

type Task = { id: string; kind: string; status: string; total: number; done: number; failed: number; updatedAt: string };

const ACTIVE = new Set(["queued", "running"]);

/** Background imports of the team: progress while they run, then a refresh of the list. */
export function TaskProgress({ initial }: { initial: Task[] }) {
  const t = useTranslations("tasks");
  const router = useRouter();
  const [tasks, setTasks] = useState(initial);
  const running = tasks.some((task) => ACTIVE.has(task.status));

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(async () => {
      const response = await fetch("/api/v1/tasks");
      if (!response.ok) return;
      const next = ((await response.json()) as { tasks: Task[] }).tasks;
      setTasks(next);
      if (!next.some((task) => ACTIVE.has(task.status))) router.refresh();
    }, 2000);
    return () => clearInterval(timer);
  }, [running, router]);

  const visible = tasks.filter((task) => ACTIVE.has(task.status) || Date.now() - Date.parse(task.updatedAt) < 10 * 60_000);
  if (visible.length === 0) return null;
  return (
    <ul aria-live="polite" className="space-y-1.5">
      {visible.map((task) => {
        const percent = task.total ? Math.round(((task.done + task.failed) / task.total) * 100) : 0;
        return (
          <li key={task.id} className="rounded-md border border-stone-200 bg-white px-3 py-2 text-xs dark:border-stone-800 dark:bg-stone-900">
            <div className="flex justify-between gap-3">
              <span className="font-medium">{t("importBatch", { total: task.total })}</span>
              <span className="text-stone-500">
                {t(`status.${task.status}` as "status.running")} · {t("progress", { done: task.done, total: task.total, failed: task.failed })}
              </span>
            </div>
            <div role="progressbar" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} aria-label={t("importBatch", { total: task.total })} className="mt-1.5 h-1.5 overflow-hidden rounded bg-stone-200 dark:bg-stone-700">
              <div className={`h-full ${task.failed ? "bg-amber-500" : "bg-accent-600"}`} style={{ width: `${percent}%` }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
