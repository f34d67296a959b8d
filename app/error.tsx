"use client";
import { ErrorView } from "@/components/states/error-view";

export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="min-h-screen">
      <ErrorView error={error} reset={reset} />
    </main>
  );
}
