/** Server-rendered, sanitised Markdown (lib/verdicts/markdown). */
export function RichText({ html, className = "" }: { html: string; className?: string }) {
  if (!html) return null;
  return (
    <div
      className={`space-y-1 break-words [&_a]:text-accent-600 [&_a]:underline [&_blockquote]:border-l-2 [&_blockquote]:pl-2 [&_code]:rounded [&_code]:bg-stone-100 [&_code]:px-0.5 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5 dark:[&_code]:bg-stone-800 ${className}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
