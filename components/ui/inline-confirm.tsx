import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

type Props = {
  /** The question, shown before the buttons (optional: the confirm label may say it all). */
  message?: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
  /** Disables the confirm button (an action is running); cancel stays available. */
  disabled?: boolean;
  tone?: "danger" | "primary";
  size?: "sm" | "md";
  /** The row's display and wrapping, e.g. "inline-flex" in a table cell, "flex flex-wrap" on its own line. */
  className?: string;
};

/** The second step of a destructive action: "really?" with a confirm and a cancel button, in place. */
export function InlineConfirm({ message, confirmLabel, cancelLabel, onConfirm, onCancel, disabled, tone = "danger", size = "sm", className = "inline-flex" }: Props) {
  return (
    <span className={`${className} items-center gap-2`}>
      {message ? <span className={`${size === "sm" ? "text-xs" : "text-sm"} text-stone-700 dark:text-stone-300`}>{message}</span> : null}
      <Button size={size} variant={tone} disabled={disabled} onClick={onConfirm}>
        {confirmLabel}
      </Button>
      <Button size={size} variant="ghost" onClick={onCancel}>
        {cancelLabel}
      </Button>
    </span>
  );
}
