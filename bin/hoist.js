#!/usr/bin/env node
// npx hoist: the bundled CLI (dist/cli/index.js), built from src/cli/index.ts.
import { main } from '../dist/cli/index.js';

process.exitCode = await main(process.argv.slice(2));
