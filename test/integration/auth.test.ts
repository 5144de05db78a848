// Authentication against real registries: htpasswd Basic over plain HTTP, and TLS with a private CA plus bearer
// tokens from a token issuer (anonymous pull on public repositories, push for known users only).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { hoist, onlyTarget } from '../support/hoist.ts';
import { getManifest, listTags, pushImage } from '../support/images.ts';
import { SPDX, attach, fallbackEntries, subjectOf } from '../support/referrers.ts';
import { credentials, startRegistry, type RegistryHandle } from '../support/registry.ts';
import { skopeoDigest, skopeoOptionsFor, skopeoRef } from '../support/skopeo.ts';
import { startTokenIssuer, type TokenIssuerHandle } from '../support/token-issuer.ts';

const USERS = { alice: 'alice-secret-pw', bob: 'bob-secret-pw' };

const configDirs: string[] = [];
after(() => {
  for (const dir of configDirs) rmSync(dir, { recursive: true, force: true });
});

function dockerConfig(auths: Record<string, object>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hoist-docker-config-'));
  configDirs.push(dir);
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths }));
  return dir;
}

describe('htpasswd Basic auth over plain HTTP', () => {
  let reg: RegistryHandle;
  before(async () => {
    reg = await startRegistry({ auth: 'htpasswd', users: USERS });
  });
  after(() => reg?.stop());

  it('copies with credentials from the inputs, masking the password', async () => {
    const creds = credentials(reg, 'alice');
    const image = await pushImage(reg, 'basic/app', 'v1', { seed: 'basic', creds });
    const run = await hoist(`${reg.host}/basic/app:v1`, [`${reg.host}/basic/promoted:v1`], {
      explicit: [{ registry: reg.host, ...creds }],
    });
    const target = onlyTarget(run);
    assert.equal(target.status, 'copied', target.error);
    assert.equal(target.blobs.mounted, 4);
    assert.equal((await getManifest(reg, 'basic/promoted', 'v1', creds)).digest, image.digest);
    assert.ok(run.secrets.includes(creds.password), 'the password went to the secret sink');
  });

  it('reads credentials from Docker’s config.json (auth field)', async () => {
    const creds = credentials(reg, 'bob');
    await pushImage(reg, 'basic/cfg', 'v1', { seed: 'basic-cfg', creds });
    const dir = dockerConfig({ [`${reg.host}`]: { auth: Buffer.from(`bob:${creds.password}`).toString('base64') } });
    const run = await hoist(`${reg.host}/basic/cfg:v1`, [`${reg.host}/basic/cfg:v2`], { dockerConfigDir: dir });
    assert.equal(onlyTarget(run).status, 'copied', onlyTarget(run).error);
    assert.ok(run.secrets.includes(creds.password));
  });

  it('says no credentials were found when the registry wants some and none were given', async () => {
    const run = await hoist(`${reg.host}/basic/app:v1`, [`${reg.host}/basic/anon:v1`]);
    const target = onlyTarget(run);
    assert.equal(target.status, 'failed');
    assert.match(
      target.error!,
      new RegExp(`${reg.host} requires authentication to read basic/app:v1, and no credentials were found for it`),
    );
  });

  it('fails with “authentication failed for <registry>” on a wrong password, writing nothing', async () => {
    await reg.settle();
    reg.clearRequests();
    const run = await hoist(`${reg.host}/basic/app:v1`, [`${reg.host}/basic/denied:v1`], {
      explicit: [{ registry: reg.host, username: 'alice', password: 'wrong-password' }],
    });
    const target = onlyTarget(run);
    assert.equal(target.status, 'failed');
    assert.match(target.error!, new RegExp(`authentication failed for ${reg.host}`));
    assert.ok(!target.error!.includes('wrong-password'));
    await reg.settle();
    assert.deepEqual(
      reg.requests().filter((r) => r.method !== 'GET' && r.method !== 'HEAD'),
      [],
    );
  });
});

describe('TLS with a private CA and bearer tokens', () => {
  let issuer: TokenIssuerHandle;
  let reg: RegistryHandle;
  before(async () => {
    issuer = await startTokenIssuer({
      users: USERS,
      tls: true,
      anonymousPull: (repo) => repo.startsWith('public/'),
      // bob may read everything but push nowhere; alice may do anything.
      acl: (user, _name, actions) => (user === 'alice' ? actions : user === 'bob' ? actions.filter((a) => a === 'pull') : []),
    });
    reg = await startRegistry({ auth: 'token', tls: true, tokenIssuer: issuer, users: USERS });
  });
  after(async () => {
    await reg?.stop();
    await issuer?.stop();
  });

  it('an SBOM follows over TLS with tokens: the write lane’s own connection trusts the same CA and sends the same token', async () => {
    const alice = credentials(reg, 'alice');
    const image = await pushImage(reg, 'signed/app', 'v1', { seed: 'token-signed', creds: alice });
    const sbom = await attach(reg, 'signed/app', subjectOf(image), { artifactType: SPDX, content: '{"tls":true}' }, alice);
    const target = onlyTarget(
      await hoist(`${reg.host}/signed/app:v1`, [`${reg.host}/team/signed:v1`], {
        explicit: [{ registry: reg.host, ...alice }],
        trustTestCa: true,
      }),
    );
    assert.equal(target.status, 'copied', target.error);
    assert.deepEqual(target.referrers, { copied: 1, existing: 0 });
    const entries = await fallbackEntries(reg, 'team/signed', image.digest, alice);
    assert.deepEqual(
      entries?.map((e) => e['digest']),
      [sbom.digest],
    );
    assert.equal((await getManifest(reg, 'team/signed', sbom.digest, alice)).status, 200);
  });

  it('promotes from an anonymous-pull repository with one token request covering every scope', async () => {
    const alice = credentials(reg, 'alice');
    const image = await pushImage(reg, 'public/base', 'v1', { seed: 'token-public', creds: alice });
    issuer.requests.length = 0;
    const run = await hoist(`${reg.host}/public/base:v1`, [`${reg.host}/team/app:v1`, `${reg.host}/team/app:latest`], {
      explicit: [{ registry: reg.host, ...alice }],
      trustTestCa: true,
    });
    assert.deepEqual(
      run.result.targets.map((t) => [t.status, t.error]),
      [
        ['copied', undefined],
        ['copied', undefined],
      ],
    );
    assert.equal(issuer.requests.length, 1, `one token for the run, got ${JSON.stringify(issuer.requests.map((r) => r.scopes))}`);
    const request = issuer.requests[0]!;
    assert.equal(request.user, 'alice');
    assert.deepEqual([...request.scopes].sort(), ['repository:public/base:pull', 'repository:team/app:push,pull'].sort());
    assert.ok(run.secrets.includes(alice.password));
    assert.ok(
      run.secrets.some((s) => s.split('.').length === 3),
      'the received JWT was masked',
    );
    assert.equal(await skopeoDigest(skopeoRef(reg, 'team/app', 'latest'), skopeoOptionsFor(reg, alice)), image.digest);
  });

  it('copies anonymously out of a public repository into another registry', async () => {
    const alice = credentials(reg, 'alice');
    const image = await pushImage(reg, 'public/anon', 'v1', { seed: 'token-anon', creds: alice });
    const plain = await startRegistry();
    try {
      const run = await hoist(`${reg.host}/public/anon:v1`, [`${plain.host}/copy/anon:v1`], { trustTestCa: true });
      assert.equal(onlyTarget(run).status, 'copied', onlyTarget(run).error);
      assert.equal((await getManifest(plain, 'copy/anon', 'v1')).digest, image.digest);
    } finally {
      await plain.stop();
    }
  });

  it('fails a target the user may not push to without writing its tag, while the other target completes', async () => {
    const alice = credentials(reg, 'alice');
    const image = await pushImage(reg, 'private/src', 'v1', { seed: 'token-denied', creds: alice });
    const plain = await startRegistry();
    try {
      const run = await hoist(`${reg.host}/private/src:v1`, [`${reg.host}/private/dst:v1`, `${plain.host}/ok/app:v1`], {
        explicit: [{ registry: reg.host, ...credentials(reg, 'bob') }],
        trustTestCa: true,
      });
      const [denied, ok] = run.result.targets;
      assert.equal(denied!.status, 'failed');
      assert.match(denied!.error!, /no tag was written/);
      assert.equal(ok!.status, 'copied', ok!.error);
      assert.equal((await getManifest(plain, 'ok/app', 'v1')).digest, image.digest);
      assert.equal((await listTags(reg, 'private/dst', alice)).status, 404, 'the denied repository has no tag');
    } finally {
      await plain.stop();
    }
  });

  it('reports bad credentials at the token server as an authentication failure for the registry', async () => {
    const run = await hoist(`${reg.host}/public/base:v1`, [`${reg.host}/team/other:v1`], {
      explicit: [{ registry: reg.host, username: 'alice', password: 'not-her-password' }],
      trustTestCa: true,
    });
    const target = onlyTarget(run);
    assert.equal(target.status, 'failed');
    assert.match(target.error!, new RegExp(`authentication failed for ${reg.host}`));
  });

  it('accepts an unverified certificate only for a registry listed in insecure-registries', async () => {
    const alice = credentials(reg, 'alice');
    const image = await pushImage(reg, 'public/insecure', 'v1', { seed: 'token-insecure', creds: alice });
    // The token realm is another host:port, so it is listed too, as a user would list a private auth server.
    const realmHost = new URL(issuer.realm).host;
    const run = await hoist(`${reg.host}/public/insecure:v1`, [`${reg.host}/team/insecure:v1`], {
      explicit: [{ registry: reg.host, ...alice }],
      insecure: [reg.host, realmHost],
    });
    const target = onlyTarget(run);
    assert.equal(target.status, 'copied', target.error);
    assert.equal(target.digest, image.digest);
  });

  it('refuses an untrusted certificate and says how to trust it', async () => {
    const run = await hoist(`${reg.host}/public/base:v1`, [`${reg.host}/team/untrusted:v1`]);
    const target = onlyTarget(run);
    assert.equal(target.status, 'failed');
    assert.match(
      target.error!,
      /certificate.*point NODE_EXTRA_CA_CERTS at its certificate, or list 127\.0\.0\.1:\d+ in insecure-registries/,
    );
  });
});
