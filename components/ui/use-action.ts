"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

export type Failure = { error: string; fieldErrors?: Record<string, string[]> };

type RunOptions = {
  /** Re-render the page's server components after success (the default). */
  refresh?: boolean;
  /** onSuccess leaves the page (full page load, sign-out): stay pending until it is gone, no refresh. */
  leavesPage?: boolean;
};

/**
 * Runs a server action, keeps its pending state and failure, refreshes the page on success.
 * onSuccess may be async (e.g. signing in again): the action stays pending until it settles.
 */
export function useAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  // Leaving is kept in state, not in a transition that never settles: React would hold every later transition behind it.
  const [leaving, setLeaving] = useState(false);
  function run<T>(call: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => unknown, { refresh = true, leavesPage = false }: RunOptions = {}) {
    setFailure(null);
    startTransition(async () => {
      const result = await call();
      if (!result.ok) {
        setFailure({ error: result.error, fieldErrors: result.fieldErrors });
        return;
      }
      if (leavesPage) setLeaving(true);
      await onSuccess?.(result.data);
      if (refresh && !leavesPage) router.refresh();
    });
  }
  return { pending: pending || leaving, failure, run };
}
