// The sync action's entry point (sync/action.yml runs dist/sync/index.js): runs the sync action and nothing else.
import { run } from './action/sync-run.ts';

void run();
