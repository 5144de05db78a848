// The CLI keeps V8's compiled code for its bundle between runs (Node's module compile cache), as tsc and npm do.
// Parsing and compiling the chunks a copy loads (undici's public entry alone is 936 KB) is ~35 ms of every short run;
// from the cache it is a few. The first run after an install or upgrade fills it. The action does not use it: a
// hosted runner starts each job on a fresh machine, so it would only pay for writing the cache.
import { enableCompileCache } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where the cache lives: the user's own cache folder, not the shared temporary one (another user could plant code there). */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env['XDG_CACHE_HOME'] || (process.platform === 'win32' ? env['LOCALAPPDATA'] : undefined) || join(homedir(), '.cache');
  return join(base, 'hoist', 'v8');
}

/**
 * Turns the cache on for every module loaded from here on. Node skips it when NODE_DISABLE_COMPILE_CACHE is set and
 * reports (never throws) when the folder cannot be written; a run without the cache is only slower.
 */
export function useCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  enableCompileCache(compileCacheDir(env));
}
