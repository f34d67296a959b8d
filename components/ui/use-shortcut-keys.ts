"use client";
import { useEffect, useRef } from "react";

/** Keys typed into a field are text, not shortcuts. */
function isTyping(target: EventTarget | null) {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/**
 * Page-wide single-key shortcuts: `handle` gets each key pressed outside a field and
 * without a modifier, and returns true when it used it (its default is then prevented).
 * The latest `handle` is called, so it may read the render's state freely.
 */
export function useShortcutKeys(handle: (key: string) => boolean) {
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  });
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      if (latest.current(event.key)) event.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
