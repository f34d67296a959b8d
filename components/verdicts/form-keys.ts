import type { KeyboardEvent, RefObject } from "react";

/** The verdict and evidence forms' keys: Escape cancels, Ctrl/⌘+Enter submits from any field. */
export function formKeyHandler(form: RefObject<HTMLFormElement | null>, onCancel: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
    } else if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      form.current?.requestSubmit();
    }
  };
}
