// Importing this module sets hoist's V8 flags (src/v8-tuning.ts). run.ts imports it before anything else, because
// the flags must be in place before undici loads: undici compiles its WebAssembly HTTP parser as its module loads,
// and @actions/core loads undici (through @actions/http-client) as it is imported. Set later, the tiering flag
// misses that compile and every run waits ~30 ms at exit for TurboFan.
import { tuneV8 } from '../v8-tuning.ts';

tuneV8();
