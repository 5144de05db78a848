/**
 * Spawn a long-running helper (docker-registry) that cannot outlive the test
 * process, however that process ends.
 *
 * `after()` hooks and process.on('exit') cover normal endings, but not SIGKILL
 * or an unhandled SIGTERM (e.g. a CI step timeout). So the command runs under a
 * tiny sh wrapper holding our stdin pipe: when the pipe closes — because we
 * called stop() or because the kernel closed it for a dead parent — the wrapper
 * SIGTERMs the command. The wrapper leads its own process group, so a final
 * SIGKILL to the group reliably takes everything down.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess, SpawnOptions } from 'node:child_process';

// $0 is unused; "$@" is the real command. fd 3 keeps our stdin pipe reachable
// from the background watcher (POSIX gives async lists /dev/null as stdin).
const WRAPPER = [
  'exec 3<&0',
  '"$@" 3<&- </dev/null &',
  'child=$!',
  '( read -r _ <&3; kill -TERM "$child" 2>/dev/null ) &',
  'wait "$child"',
].join('\n');

export interface TetheredProcess {
  /** The sh wrapper; its stdout/stderr are the command's, and it exits with the command's status. */
  child: ChildProcess;
  /** SIGTERM the command, wait up to `graceMs`, then SIGKILL the whole process group. */
  stop(graceMs?: number): Promise<void>;
}

const liveGroups = new Set<number>();
process.once('exit', () => {
  for (const pgid of liveGroups) killGroup(pgid, 'SIGKILL');
});

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

export function spawnTethered(command: string, args: string[], options: Pick<SpawnOptions, 'env' | 'cwd'> = {}): TetheredProcess {
  const child = spawn('sh', ['-c', WRAPPER, 'tethered', command, ...args], {
    ...options,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true, // new process group, see above; we never unref() it
  });
  const pgid = child.pid;
  if (pgid !== undefined) liveGroups.add(pgid);

  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve()); // spawn failure: nothing to wait for
  });
  // If the command dies on its own, release the watcher still reading our pipe.
  void exited.then(() => child.stdin?.destroy());

  let stopping: Promise<void> | undefined;
  return {
    child,
    stop(graceMs = 3000) {
      stopping ??= (async () => {
        child.stdin?.end(); // the wrapper's watcher now SIGTERMs the command
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([exited, new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
        clearTimeout(timer);
        if (pgid !== undefined) {
          killGroup(pgid, 'SIGKILL'); // stragglers, or everything if SIGTERM was ignored
          liveGroups.delete(pgid);
        }
        await exited;
      })();
      return stopping;
    },
  };
}
