export const EMBEDDED_MAX_CONNECTIONS: number;
export function startEmbeddedDatabase(options: { dataDir: string; port: number; log?: (line: string) => void }): Promise<{ url: string; stop(): Promise<void> }>;
