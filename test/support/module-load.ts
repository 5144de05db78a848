// Which of Node's builtin modules a process loaded, in all and by its first HTTP request: a --require hook watches
// socket writes and writes process.moduleLoadList at exit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LoadedModules {
  readonly builtins: string[];
  /** The builtins loaded when the process first wrote an HTTP request (a TLS hello is not one). */
  readonly atFirstRequest: string[] | undefined;
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
      `const net = require('node:net');
const write = net.Socket.prototype.write;
let atFirstRequest;
net.Socket.prototype.write = function (chunk, ...rest) {
  const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.subarray(0, 8).toString('latin1') : '';
  if (atFirstRequest === undefined && /^(GET|HEAD|POST|PUT|PATCH|DELETE) /.test(text)) atFirstRequest = [...process.moduleLoadList];
  return write.call(this, chunk, ...rest);
};
process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify({ all: process.moduleLoadList, atFirstRequest })));`,
    );
    const child = spawnSync(process.execPath, ['--require', hook, ...args], {
      cwd: cwd ?? dir,
      env: { PATH: process.env['PATH'], ...env },
      encoding: 'utf8',
    });
    const modules = JSON.parse(readFileSync(list, 'utf8')) as { all: string[]; atFirstRequest?: string[] };
    const builtins = (names: string[]) => names.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
    return {
      builtins: builtins(modules.all),
      atFirstRequest: modules.atFirstRequest && builtins(modules.atFirstRequest),
      status: child.status,
      stdout: child.stdout,
      stderr: child.stderr,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
