/**
 * Streaming helpers shared by the writers and the route: batches of items → JSON array
 * members, and an async sequence of strings → a pull-driven byte stream, so the
 * database is read only as fast as the client downloads.
 */

/**
 * Rows written per chunk. Chunks stay well under V8's large-object size (~128 KB):
 * larger strings are only freed by full collections, and a 100k-row export then
 * inflates the server's memory by hundreds of megabytes.
 */
const ROWS_PER_CHUNK = 100;

/** A batch cut into chunks of `size` items. */
export function* slices<T>(items: readonly T[], size = ROWS_PER_CHUNK): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** The members of a JSON array, one per line ("\n{…},\n{…}\n"), or nothing when empty. */
export async function* jsonArrayMembers<T>(batches: AsyncIterable<T[]>, toJson: (item: T) => unknown, perChunk = ROWS_PER_CHUNK): AsyncGenerator<string> {
  let first = true;
  for await (const batch of batches) {
    for (const slice of slices(batch, perChunk)) {
      const lines = slice.map((item) => JSON.stringify(toJson(item))).join(",\n");
      yield first ? `\n${lines}` : `,\n${lines}`;
      first = false;
    }
  }
  if (!first) yield "\n";
}

export function toByteStream(chunks: AsyncIterable<string>, onError?: (error: unknown) => void): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  // Set when the client goes away: a read still in flight then has nowhere to go.
  let cancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await iterator.next();
          if (cancelled) return;
          if (done) controller.close();
          else controller.enqueue(encoder.encode(value));
        } catch (error) {
          if (cancelled) return;
          onError?.(error);
          controller.error(error);
        }
      },
      async cancel() {
        cancelled = true;
        // Stop reading the database.
        await iterator.return?.(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

/** Collects a whole document (tests, small reports). */
export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}
