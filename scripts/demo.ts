// The README's first command: start a local registry, seed a small multi-platform image, promote it to two tags
// and another repository with the hoist CLI, then run the same promotion again to show that nothing is rewritten.
import { ensureTools } from './ensure-tools.mjs';
import { main } from '../src/cli/index.ts';
import { pushIndex } from '../test/support/images.ts';
import { startRegistry } from '../test/support/registry.ts';

ensureTools({ only: ['docker-registry'] });
const registry = await startRegistry();
let code: number;
try {
  const host = registry.host;
  const index = await pushIndex(registry, 'ci/app', 'sha-1a2b3c', { seed: `demo-${Date.now()}` });
  console.log(`Started a local registry at ${registry.url} and seeded ${host}/ci/app:sha-1a2b3c (${index.digest}, 3 platforms).\n`);
  const args = ['copy', `${host}/ci/app:sha-1a2b3c`, `${host}/ci/app:v1.2.3`, `${host}/ci/app:latest`, `${host}/release/app:v1.2.3`];
  console.log(`$ hoist ${args.join(' ')}`);
  code = await main(args);
  console.log(`\nThe same promotion again: every target is already at the digest, so nothing is written.\n$ hoist ${args.join(' ')}`);
  code ||= await main(args);
} finally {
  await registry.stop();
}
process.exitCode = code;
