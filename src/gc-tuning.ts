// One V8 setting for streaming blobs through the process. Every 64 KiB socket read leaves a dead Buffer behind; the
// JavaScript per chunk allocates so little that young-generation collections (scavenges) hardly run, so the dead
// buffers pile up until V8's external-memory limit forces full mark-sweeps. Scavenging when the young generation is
// 20% full instead of 80% frees them young and cheaply. Measured on one 512 MiB blob between two local registries,
// 8 interleaved runs: 13% less CPU (1.14 -> 0.99 s) and peak RSS 157 -> 96 MiB; neutral on many small blobs and at
// start-up. The flag is V8's own: if a Node release drops it, V8 prints "unrecognized flag" (a unit test watches).
import { setFlagsFromString } from 'node:v8';

export const GC_FLAGS: readonly string[] = ['--minor-gc-task-trigger=20'];

export function tuneGarbageCollection(): void {
  for (const flag of GC_FLAGS) setFlagsFromString(flag);
}
