// Action entry point: the runner executes dist/index.js, which runs the action and nothing else.
import { run } from './action/run.ts';

void run();
