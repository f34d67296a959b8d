type RunOptions = { env?: NodeJS.ProcessEnv; quiet?: boolean };
export function run(command: string, args: string[], options?: RunOptions): Promise<string>;
export function next(args: string[], options?: RunOptions): Promise<string>;
export function tsScript(file: string, args?: string[], options?: RunOptions): Promise<string>;
export function checkDatabaseUrl(url: string): Promise<string | null>;
export function prisma(args: string[], env: NodeJS.ProcessEnv): Promise<string>;
