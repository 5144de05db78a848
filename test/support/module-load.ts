// Which of Node's builtin modules a process loaded: a --require hook writes process.moduleLoadList at exit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LoadedModules {
  readonly builtins: string[];
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function builtinsLoadedBy(args: readonly string[], env: NodeJS.ProcessEnv, cwd?: string): LoadedModules {
  const dir = mkdtempSync(join(tmpdir(), 'hoist-modules-'));
  try {
    const list = join(dir, 'modules.json');
    const hook = join(dir, 'hook.cjs');
    writeFileSync(
      hook,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));`,
    );
    const child = spawnSync(process.execPath, ['--require', hook, ...args], {
      cwd: cwd ?? dir,
      env: { PATH: process.env['PATH'], ...env },
      encoding: 'utf8',
    });
    const modules = JSON.parse(readFileSync(list, 'utf8')) as string[];
    return {
      builtins: modules.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length)),
      status: child.status,
      stdout: child.stdout,
      stderr: child.stderr,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
