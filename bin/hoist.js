#!/usr/bin/env node
// npx hoist: the bundled CLI (dist/cli/index.js), built from src/cli/index.ts.
import { run } from '../dist/cli/index.js';

await run(process.argv.slice(2));
