"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

export type Failure = { error: string; fieldErrors?: Record<string, string[]> };

/** Runs a server action, keeps its pending state and failure, refreshes the page on success. */
export function useAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  function run<T>(call: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => void, { refresh = true } = {}) {
    setFailure(null);
    startTransition(async () => {
      const result = await call();
      if (!result.ok) {
        setFailure({ error: result.error, fieldErrors: result.fieldErrors });
        return;
      }
      onSuccess?.(result.data);
      if (refresh) router.refresh();
    });
  }
  return { pending, failure, run, clear: () => setFailure(null) };
}
