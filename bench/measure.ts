// Run a command under GNU time: wall time (ours, sub-millisecond), peak RSS (GNU time's %M), exit code and output.
// Children get their own process group so an interrupted benchmark can take them down by id.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const GNU_TIME = '/usr/bin/time';

export interface Measured {
  code: number;
  wallMs: number;
  /** Peak resident set size of the command, KiB (the largest process when it is a pipeline under sh). */
  rssKiB: number;
  /** User plus system CPU time of the command and its children, ms (GNU time's %U + %S: 10 ms resolution). */
  cpuMs: number;
  stdout: string;
  stderr: string;
  /** performance.now() when the command was started and when it exited. */
  startedAt: number;
  endedAt: number;
}

const live = new Set<ChildProcess>();

/** Kill every command still running (its whole process group). */
export function killRunning(): void {
  for (const child of live) {
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  live.clear();
}

let counter = 0;

export function measure(
  command: string,
  args: readonly string[],
  options: { env: Record<string, string>; scratch: string; timeoutMs?: number },
): Promise<Measured> {
  const rssFile = join(options.scratch, `rss-${process.pid}-${++counter}`);
  return new Promise((resolve, reject) => {
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const startedAt = performance.now();
    const child = spawn(GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args], {
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    live.add(child);
    let endedAt = 0;
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, options.timeoutMs ?? 600_000);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.once('exit', () => {
      endedAt = performance.now();
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      live.delete(child);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      live.delete(child);
      let rssKiB = 0;
      let cpuMs = 0;
      try {
        // "Command exited with non-zero status N" may precede the numbers.
        const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
        const [rss = '0', user = '0', sys = '0'] = lines[lines.length - 1]!.split(' ');
        rssKiB = Number(rss) || 0;
        cpuMs = Math.round((Number(user) + Number(sys)) * 1000);
        rmSync(rssFile, { force: true });
      } catch {
        // killed before GNU time wrote it
      }
      resolve({
        code: code ?? (signal ? 128 : 1),
        wallMs: (endedAt || performance.now()) - startedAt,
        rssKiB,
        cpuMs,
        stdout: Buffer.concat(stdout).toString(),
        stderr: Buffer.concat(stderr).toString(),
        startedAt,
        endedAt: endedAt || performance.now(),
      });
    });
  });
}

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** GNU time and curl are the benchmark's own needs (not the tests'): install them when root, else say how. */
export function ensureBenchTools(): void {
  const missing: string[] = [];
  if (spawnSync(GNU_TIME, ['-f', '%M', 'true'], { stdio: 'ignore' }).status !== 0) missing.push('time');
  if (!has('curl')) missing.push('curl');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`The benchmark needs ${missing.join(' and ')}: sudo apt-get install -y ${missing.join(' ')}`);
  }
  console.error(`Installing ${missing.join(' ')} for the benchmark ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  if (install.status !== 0) throw new Error(`could not install ${missing.join(' ')} with apt-get`);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
