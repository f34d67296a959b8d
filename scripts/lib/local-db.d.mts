export function assertLocalDatabase(url: string): void;
