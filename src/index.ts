// Action entry point: the runner executes dist/index.js, which runs the action and nothing else.
import { run } from './action/run.ts';
import { setFailed } from './action/runner.ts';
import { tuneV8 } from './v8-tuning.ts';

tuneV8();

run()
  // Everything is written by now (outputs and summary synchronously). Exiting here rather than letting the event
  // loop drain skips tearing down the heap. The empty write's callback runs once stdout has flushed, where stdout is
  // an asynchronous pipe.
  .then(() => process.stdout.write('', () => process.exit()))
  .catch((error: unknown) => {
    // Only a bug gets here: every expected failure is reported by run() itself.
    setFailed(`hoist failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  });
