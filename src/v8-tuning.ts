// Two V8 settings, set once at start by the action and the CLI. Both flags are V8's own: if a Node release drops
// one, V8 prints "unrecognized flag" rather than failing (test/unit/v8-tuning.test.ts watches for that).
import { setFlagsFromString } from 'node:v8';

export const V8_FLAGS: readonly string[] = [
  // Every 64 KiB socket read of a streamed blob leaves a dead Buffer; with so little JavaScript allocation per chunk,
  // young-generation collections (scavenges) hardly ran and the dead buffers piled up until V8's external-memory
  // limit forced full mark-sweeps. Scavenging at 20% of the young generation instead of 80% frees them young and
  // cheaply. One 512 MiB blob, 8 interleaved runs: CPU 1.14 -> 0.99 s, peak RSS 157 -> 96 MiB; neutral on many
  // small blobs and at start-up.
  '--minor-gc-task-trigger=20',
  // undici parses HTTP with llhttp compiled to WebAssembly. After a handful of responses V8 starts recompiling its
  // parser function with TurboFan on a background thread, and the process cannot exit before that job ends: ~30 ms
  // at the end of every short run (a no-op promotion: 115 -> 86 ms wall, 30 interleaved runs). The baseline
  // (Liftoff) code is enough for hoist's traffic: one 512 MiB blob took the same CPU with and without the flag
  // (1.05 s, 8 interleaved runs), and the 40-layer promotion and the fan-out benchmarks did not move.
  '--wasm-tiering-budget=2000000000',
];

export function tuneV8(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
