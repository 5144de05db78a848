// Bad input and hostile data: malformed references and inputs fail before any request, artifacts that are not
// images are copied as they are, oversized manifests and token responses and malformed digests are refused with
// clear errors, registry text cannot inject workflow commands or markup, and no secret is ever printed.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startEchoServer, startFaultProxy, type FaultProxy } from '../support/fault-proxy.ts';
import { hoist, onlyTarget } from '../support/hoist.ts';
import { header } from '../support/http.ts';
import { deterministicBytes, getBlob, getManifest, headBlob, MediaType, pushImage, pushIndex, sha256Digest } from '../support/images.ts';
import { openSession, type Credentials } from '../support/registry-client.ts';
import { startRegistry, type RegistryHandle } from '../support/registry.ts';
import { runAction, type ActionRun } from '../support/run-action.ts';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const QUICK = { attempts: 2, baseDelayMs: 10, maxDelayMs: 50 };
const JSON_HEADERS = { 'content-type': 'application/json' };

const HELM_CONFIG = 'application/vnd.cncf.helm.config.v1+json';
const HELM_CHART = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';

/** Text a hostile registry might send: workflow commands (new-line, NEL and legacy forms), HTML, Markdown. */
const HOSTILE =
  'denied\n::set-output name=digest::sha256:evil\n::add-mask::\n  ::stop-commands::pwned\r::warning::injected-cr\u0085::error::injected-nel' +
  '\n##[set-output name=refs;]evil-legacy <script>alert(1)</script><img src=x onerror=alert(2)></td></tr></table>' +
  ' | col | col |\n**bold** _em_ [click](https://evil.example/) `code` \\';

interface RawBlob {
  mediaType: string;
  data: Buffer;
}

/** Push blobs and a manifest with raw Distribution calls (the harness builders only make container images). */
async function pushRaw(
  registry: RegistryHandle,
  repo: string,
  ref: string,
  manifest: Buffer,
  mediaType: string,
  blobs: readonly RawBlob[],
  creds?: Credentials,
): Promise<string> {
  const session = openSession(registry, creds);
  for (const blob of blobs) {
    const digest = sha256Digest(blob.data);
    const started = await session.expect({ method: 'POST', path: `/v2/${repo}/blobs/uploads/` }, 202);
    const location = header(started, 'location')!;
    await session.expect(
      {
        method: 'PUT',
        path: `${location}${location.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`,
        headers: { 'content-type': 'application/octet-stream' },
        body: blob.data,
      },
      201,
    );
  }
  await session.expect(
    { method: 'PUT', path: `/v2/${repo}/manifests/${ref}`, headers: { 'content-type': mediaType }, body: manifest },
    201,
  );
  return sha256Digest(manifest);
}

function descriptor(blob: RawBlob): { mediaType: string; digest: string; size: number } {
  return { mediaType: blob.mediaType, digest: sha256Digest(blob.data), size: blob.data.length };
}

/** A Helm chart as `helm push` stores it: a chart config and one chart layer. */
function helmChart(seed: string): { manifest: Buffer; blobs: RawBlob[]; digest: string } {
  const config: RawBlob = { mediaType: HELM_CONFIG, data: Buffer.from(JSON.stringify({ name: seed, version: '1.2.3', apiVersion: 'v2' })) };
  const chart: RawBlob = { mediaType: HELM_CHART, data: deterministicBytes(`${seed}/chart`, 3000) };
  const manifest = Buffer.from(
    JSON.stringify(
      {
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        config: descriptor(config),
        layers: [descriptor(chart)],
        annotations: { 'org.opencontainers.image.created': '2024-01-01T00:00:00Z' },
      },
      null,
      2,
    ),
  );
  return { manifest, blobs: [config, chart], digest: sha256Digest(manifest) };
}

/**
 * Lines that would be workflow commands: the runner reads stdout with .NET's StreamReader.ReadLine (lines end at
 * \r, \n or \r\n) and trims white space (NEL included) before looking for `::`.
 */
function commandLines(stdout: string): string[] {
  return stdout
    .split(/\r\n|[\r\n]/)
    .map((l) => l.replace(/^[\s\u0085]+/, ''))
    .filter((l) => l.startsWith('::'));
}

/** Every workflow command in the output is one hoist meant to issue. */
function assertOnlyOwnCommands(run: ActionRun, allowedMasks: readonly string[] = []): void {
  const own = /^::(debug|error|warning|notice|group|endgroup)(?: [^:]*)?::/;
  for (const line of commandLines(run.stdout)) {
    if (line.startsWith('::add-mask::')) {
      assert.ok(allowedMasks.includes(line.slice('::add-mask::'.length)), `unexpected mask command: ${JSON.stringify(line)}`);
      continue;
    }
    assert.match(line, own, `a line the runner would take as a command: ${JSON.stringify(line)}`);
  }
  for (const line of run.stdout.split(/\r\n|[\r\n]/)) {
    // The legacy `##[command]` form is honoured anywhere in a line that is not itself a `::` command.
    if (!line.trimStart().startsWith('::')) assert.ok(!line.includes('##['), `legacy command in: ${JSON.stringify(line)}`);
  }
}

/** The summary table is intact: one header row, one row per target, eleven cells each, no markup from a registry. */
function assertSummaryIntact(summary: string, targets: number): void {
  const rows = [...summary.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => m[1]!);
  assert.equal(rows.length, targets + 1, summary);
  assert.equal((rows[0]!.match(/<th>/g) ?? []).length, 11);
  for (const row of rows.slice(1)) assert.equal((row.match(/<td>/g) ?? []).length, 11, row);
  assert.equal((summary.match(/<table>/g) ?? []).length, 1);
  assert.equal((summary.match(/<\/table>/g) ?? []).length, 1);
  for (const bad of ['<script', '<img', '**', '](', '`', '|']) assert.ok(!summary.includes(bad), `summary contains ${bad}:\n${summary}`);
}

describe('bad input and hostile data', () => {
  let reg: RegistryHandle;
  let dst: RegistryHandle;
  before(async () => {
    [reg, dst] = await Promise.all([startRegistry(), startRegistry()]);
  });
  after(async () => {
    await Promise.all([reg?.stop(), dst?.stop()]);
  });

  describe('inputs are checked before any request is sent', () => {
    const bad = (host: () => string) => [
      {
        name: 'a source with a scheme',
        inputs: () => ({ source: `https://${host()}/app/x:v1`, targets: `${host()}/app/y:v1` }),
        expect: /Input "source": Invalid image reference "https:\/\/.*": a reference has no scheme/,
      },
      {
        name: 'a malformed target among good ones',
        inputs: () => ({ source: `${host()}/app/x:v1`, targets: `${host()}/app/y:v1\n${host()}/app//z:v1\n${host()}/app/w:-bad` }),
        expect:
          /Input "targets": Invalid image reference ".*\/app\/\/z:v1"[\s\S]*Input "targets": Invalid image reference ".*\/app\/w:-bad": tag "-bad" is not valid/,
      },
      {
        name: 'empty targets',
        inputs: () => ({ source: `${host()}/app/x:v1`, targets: '' }),
        expect: /Input "targets" is required/,
      },
      {
        name: 'targets that are only blanks, commas and comments',
        inputs: () => ({ source: `${host()}/app/x:v1`, targets: ' \n , ,\n# nothing here\n' }),
        expect: /Input "targets" is required/,
      },
      {
        name: 'the same target twice',
        inputs: () => ({ source: `${host()}/app/x:v1`, targets: `${host()}/app/y:v1, ${host()}/app/y:v1` }),
        expect: /Input "targets" lists .*\/app\/y:v1 twice/,
      },
      {
        name: 'the same target twice in two spellings',
        inputs: () => ({ source: `${host()}/app/x:v1`, targets: 'nginx\ndocker.io/library/nginx:latest' }),
        expect: /Input "targets" lists docker\.io\/library\/nginx:latest twice \("nginx" and "docker\.io\/library\/nginx:latest"\)/,
      },
      {
        name: 'platforms that are not os/architecture[/variant]',
        inputs: () => ({
          source: `${host()}/app/x:v1`,
          targets: `${host()}/app/y:v1`,
          platforms: 'linux, linux/arm64/v8/extra, linux/amd 64',
        }),
        expect:
          /Input "platforms": platform "linux" is not valid[\s\S]*platform "linux\/arm64\/v8\/extra" is not valid[\s\S]*platform "linux\/amd 64" is not valid/,
      },
      {
        name: 'a digest that is too short',
        inputs: () => ({ source: `${host()}/app/x@sha256:abc123`, targets: `${host()}/app/y:v1` }),
        expect: /digest "sha256:abc123" is not valid; sha256 takes exactly 64 lowercase hex characters/,
      },
      {
        name: 'a digest with an unknown algorithm',
        inputs: () => ({ source: `${host()}/app/x@md5:${'a'.repeat(32)}`, targets: `${host()}/app/y:v1` }),
        expect: /digest "md5:a{32}" is not valid; expected sha256:<64 hex> or sha512:<128 hex>/,
      },
      {
        name: 'a digest in upper case',
        inputs: () => ({ source: `${host()}/app/x:v1`, targets: `${host()}/app/y@sha256:${'AB'.repeat(32)}` }),
        expect: /digest "sha256:(AB){32}" is not valid/,
      },
      {
        name: 'a sha512 digest of sha256 length',
        inputs: () => ({ source: `${host()}/app/x@sha512:${'0'.repeat(64)}`, targets: `${host()}/app/y:v1` }),
        expect: /sha512 takes exactly 128 lowercase hex characters/,
      },
      {
        name: 'a digest that is a path',
        inputs: () => ({ source: `${host()}/app/x@sha256:../../../v2/_catalog`, targets: `${host()}/app/y:v1` }),
        expect: /digest "sha256:\.\.\/\.\.\/\.\.\/v2\/_catalog" is not valid/,
      },
    ];
    for (const c of bad(() => reg.host)) {
      it(`${c.name}: a clear error, no crash, no request`, async () => {
        await reg.settle();
        reg.clearRequests();
        const run = await runAction(c.inputs());
        assert.equal(run.code, 1, run.stdout);
        assert.match(run.stdout, c.expect);
        assert.match(run.stdout, /::error::hoist did not start: \d+ input problems? \(see above\)\./);
        assert.doesNotMatch(run.stdout + run.stderr, /failed unexpectedly|at .*\.js:\d+/);
        assert.deepEqual(run.outputs, {});
        await reg.settle();
        assert.deepEqual(reg.requests(), [], 'no request reached the registry');
      });
    }

    it('a malformed credentials line is reported without printing what could be its secret, which is masked first', async () => {
      await reg.settle();
      reg.clearRequests();
      const secret = 'Sup3r-s3cret-in-a-typo';
      const run = await runAction({
        source: `${reg.host}/app/x:v1`,
        targets: `${reg.host}/app/y:v1`,
        credentials: `${reg.host} alice:${secret}\nalice:${secret}@${reg.host}`,
      });
      assert.equal(run.code, 1);
      assert.match(run.stdout, /Input "credentials" line 1 .* is not registry=username:password/);
      assert.match(run.stdout, /Input "credentials" line 2 "alice…" is not registry=username:password/);
      const lines = run.stdout.split('\n');
      const firstMention = lines.findIndex((l) => l.includes(secret));
      assert.ok(lines[firstMention]!.startsWith('::add-mask::'), 'the secret is masked before anything else mentions it');
      for (const line of lines) if (line.includes(secret)) assert.ok(line.startsWith('::add-mask::'), `printed: ${line}`);
      await reg.settle();
      assert.deepEqual(reg.requests(), []);
    });
  });

  describe('platforms the source does not have', () => {
    it('an absent platform fails with what the source has, reading only the source and writing nothing', async () => {
      await pushIndex(reg, 'plat/src', 'v1', { seed: 'hostile-platforms' });
      await Promise.all([reg.settle(), dst.settle()]);
      reg.clearRequests();
      dst.clearRequests();
      const run = await runAction({
        source: `${reg.host}/plat/src:v1`,
        targets: `${dst.host}/plat/dst:v1`,
        platforms: 'linux/s390x, windows/amd64',
      });
      assert.equal(run.code, 1, run.stdout);
      assert.match(run.stdout, /no image for platform linux\/s390x; it has linux\/amd64, linux\/arm64\/v8, linux\/arm\/v7/);
      await Promise.all([reg.settle(), dst.settle()]);
      assert.deepEqual(
        [...reg.requests(), ...dst.requests()].filter((r) => WRITES.has(r.method)),
        [],
      );
      assert.deepEqual(
        reg.requests().filter((r) => r.path.includes('/blobs/')),
        [],
        'no blob was read',
      );
      assert.equal((await getManifest(dst, 'plat/dst', 'v1')).status, 404);
    });

    it('platforms on a single-platform source fails clearly, writing nothing', async () => {
      await pushImage(reg, 'plat/single', 'v1', { seed: 'hostile-platforms-single' });
      await dst.settle();
      dst.clearRequests();
      const run = await hoist(`${reg.host}/plat/single:v1`, [`${dst.host}/plat/single:v1`], { platforms: ['linux/arm64'] });
      const target = onlyTarget(run);
      assert.equal(target.status, 'failed');
      assert.match(target.error!, /platforms was given, but the source is a single-platform image/);
      await dst.settle();
      assert.deepEqual(
        dst.requests().filter((r) => WRITES.has(r.method)),
        [],
      );
    });
  });

  describe('sources that are not container images', () => {
    it('a Helm chart is copied as it is, digest preserved, and the log says it is not a container image', async () => {
      const chart = helmChart('hostile-helm');
      await pushRaw(reg, 'charts/app', '1.2.3', chart.manifest, MediaType.ociManifest, chart.blobs);
      const run = await hoist(`${reg.host}/charts/app:1.2.3`, [`${dst.host}/charts/app:1.2.3`, `${reg.host}/charts/promoted:1.2.3`]);
      assert.deepEqual(
        run.result.targets.map((t) => [t.status, t.digest, t.error]),
        [
          ['copied', chart.digest, undefined],
          ['copied', chart.digest, undefined],
        ],
      );
      assert.ok(
        run.log.some((l) => l.includes('is not a container image') && l.includes(HELM_CONFIG) && l.includes('copying it as is')),
        run.log.join('\n'),
      );
      const copied = await getManifest(dst, 'charts/app', '1.2.3');
      assert.ok(copied.body.equals(chart.manifest), 'the exact manifest bytes');
      for (const blob of chart.blobs) assert.ok((await getBlob(dst, 'charts/app', sha256Digest(blob.data))).body.equals(blob.data));
      assert.equal((await getManifest(reg, 'charts/promoted', '1.2.3')).digest, chart.digest);
    });

    it('an OCI artifact with an artifactType and the empty config is copied as it is', async () => {
      const empty: RawBlob = { mediaType: OCI_EMPTY, data: Buffer.from('{}') };
      const payload: RawBlob = {
        mediaType: 'application/vnd.example.sbom.v1+json',
        data: Buffer.from(JSON.stringify({ sbom: 'hostile-artifact' })),
      };
      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: MediaType.ociManifest,
          artifactType: 'application/vnd.example.sbom.v1',
          config: descriptor(empty),
          layers: [descriptor(payload)],
        }),
      );
      const digest = await pushRaw(reg, 'artifacts/sbom', 'v1', manifest, MediaType.ociManifest, [empty, payload]);
      const run = await hoist(`${reg.host}/artifacts/sbom:v1`, [`${dst.host}/artifacts/sbom:v1`]);
      const target = onlyTarget(run);
      assert.equal(target.status, 'copied', target.error);
      assert.equal(target.digest, digest);
      assert.ok(
        run.log.some((l) => l.includes('is not a container image') && l.includes(OCI_EMPTY)),
        run.log.join('\n'),
      );
      assert.ok((await getManifest(dst, 'artifacts/sbom', 'v1')).body.equals(manifest));
    });
  });

  describe('oversized and malformed data from a registry', () => {
    let proxy: FaultProxy;
    before(async () => {
      proxy = await startFaultProxy(reg);
    });
    after(async () => {
      await proxy?.stop();
    });
    const reset = async (): Promise<void> => {
      proxy.clearRules();
      proxy.requests.length = 0;
      await dst.settle();
      dst.clearRequests();
    };
    /** Serve `bytes` as the manifest `repo:v1` resolves to (HEAD or GET by tag, GET by digest). */
    const serveManifest = (repo: string, bytes: Buffer, mediaType: string = MediaType.ociManifest): string => {
      const digest = sha256Digest(bytes);
      const headers = { 'content-type': mediaType, 'docker-content-digest': digest };
      proxy.addRule({
        match: { method: 'HEAD', path: new RegExp(`/v2/${repo}/manifests/v1$`) },
        action: { respond: { status: 200, headers: { ...headers, 'content-length': String(bytes.length) } } },
      });
      proxy.addRule({
        match: { method: 'GET', path: new RegExp(`/v2/${repo}/manifests/(v1|${digest})$`) },
        action: { respond: { status: 200, headers, body: bytes.toString('latin1') } },
      });
      return digest;
    };
    const assertNothingWritten = async (repo: string): Promise<void> => {
      await dst.settle();
      assert.deepEqual(
        dst.requests().filter((r) => WRITES.has(r.method)),
        [],
      );
      assert.equal((await getManifest(dst, repo, 'v1')).status, 404);
    };

    it('a manifest over 4 MiB is refused by its Content-Length, naming the limit', async () => {
      await reset();
      const image = await pushImage(reg, 'big/manifest', 'v1', { seed: 'hostile-big-manifest', layers: 1 });
      const huge = Buffer.alloc(5 * 1024 * 1024, 0x20);
      proxy.addRule({
        match: { method: 'GET', path: new RegExp(`/manifests/(v1|${image.digest})$`) },
        action: { respond: { status: 200, headers: { 'content-type': MediaType.ociManifest }, body: huge.toString('latin1') } },
      });
      const run = await hoist(`${proxy.host}/big/manifest:v1`, [`${dst.host}/big/manifest:v1`]);
      const target = onlyTarget(run);
      assert.equal(target.status, 'failed');
      assert.match(target.error!, /over the 4194304-byte limit/);
      assert.ok(
        proxy.requests.every((r) => !r.uri.includes('/blobs/')),
        'no blob was read',
      );
      // No settle() here: if the refusal crashes (an unhandled 'error' event), node:test fails this test and starts
      // the next while this one still runs, and two settle() calls at once would break the next one too.
      assert.equal((await getManifest(dst, 'big/manifest', 'v1')).status, 404);
    });

    it('the action reports a manifest over 4 MiB as a failed target, with its outputs and summary, instead of crashing', async () => {
      await reset();
      const image = await pushImage(reg, 'big/action', 'v1', { seed: 'hostile-big-action', layers: 1 });
      proxy.addRule({
        match: { method: 'GET', path: new RegExp(`/manifests/(v1|${image.digest})$`) },
        action: { respond: { status: 200, headers: { 'content-type': MediaType.ociManifest }, body: ' '.repeat(5 * 1024 * 1024) } },
      });
      const run = await runAction({ source: `${proxy.host}/big/action:v1`, targets: `${dst.host}/big/action:v1` });
      assert.equal(run.code, 1, run.stdout + run.stderr);
      assert.doesNotMatch(run.stderr, /Unhandled|throw er/, run.stderr);
      assert.match(
        run.stdout,
        /::error::source 127\.0\.0\.1:\d+\/big\/action:v1: .*the manifest is 5242880 bytes, over the 4194304-byte limit/,
      );
      const result = JSON.parse(run.outputs['result'] ?? '[]') as Array<{ status: string }>;
      assert.deepEqual(
        result.map((r) => r.status),
        ['failed'],
      );
      assert.match(run.summary, /❌ failed/);
      await assertNothingWritten('big/action');
    });

    it('a manifest over 4 MiB without a Content-Length is cut off at the limit', async () => {
      await reset();
      const image = await pushImage(reg, 'big/chunked', 'v1', { seed: 'hostile-big-chunked', layers: 1 });
      let sent = 0;
      let closedEarly = false;
      const server = createServer((req, res) => {
        res.writeHead(200, { 'content-type': MediaType.ociManifest }); // no Content-Length: chunked
        const piece = Buffer.alloc(64 * 1024, 0x20);
        const pump = (): void => {
          while (sent < 64 * 1024 * 1024) {
            sent += piece.length;
            if (!res.write(piece)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => {
          closedEarly = !res.writableFinished;
        });
        req.resume();
        pump();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const { port } = server.address() as AddressInfo;
        proxy.addRule({
          match: { method: 'GET', path: new RegExp(`/manifests/(v1|${image.digest})$`) },
          action: { redirectTo: `http://127.0.0.1:${port}/manifest` },
        });
        const run = await hoist(`${proxy.host}/big/chunked:v1`, [`${dst.host}/big/chunked:v1`]);
        const target = onlyTarget(run);
        assert.equal(target.status, 'failed');
        assert.match(target.error!, /over the 4194304-byte limit/);
        await new Promise((resolve) => setTimeout(resolve, 100));
        assert.ok(closedEarly, 'the connection was closed instead of reading 64 MiB');
        assert.ok(sent < 32 * 1024 * 1024, `the server got to send ${sent} bytes`);
        await assertNothingWritten('big/chunked');
      } finally {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    });

    it('a manifest whose layer digest is not algorithm:hex of the right length fails clearly, and that digest is never requested', async () => {
      await reset();
      const config = Buffer.from('{"architecture":"amd64","os":"linux"}');
      for (const [repo, bad] of [
        ['bad/short', 'sha256:abc'],
        ['bad/path', 'sha256:../../../../v2/_catalog'],
        ['bad/algo', `md5:${'0'.repeat(32)}`],
      ] as const) {
        const manifest = Buffer.from(
          JSON.stringify({
            schemaVersion: 2,
            mediaType: MediaType.ociManifest,
            config: { mediaType: MediaType.ociConfig, digest: sha256Digest(config), size: config.length },
            layers: [{ mediaType: MediaType.ociLayer, digest: bad, size: 10 }],
          }),
        );
        serveManifest(repo, manifest);
        const run = await hoist(`${proxy.host}/${repo}:v1`, [`${dst.host}/${repo}:v1`]);
        const target = onlyTarget(run);
        assert.equal(target.status, 'failed');
        assert.ok(target.error!.includes(`"layers[0]" digest "${bad}" is not valid`), target.error);
        assert.ok(
          proxy.requests.every((r) => !r.uri.includes('/blobs/')),
          JSON.stringify(proxy.requests.map((r) => r.uri)),
        );
        await assertNothingWritten(repo);
      }
    });

    it('an index whose child digest is malformed fails clearly without requesting it', async () => {
      await reset();
      const index = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: MediaType.ociIndex,
          manifests: [
            {
              mediaType: MediaType.ociManifest,
              digest: 'sha256:../../_catalog',
              size: 100,
              platform: { os: 'linux', architecture: 'amd64' },
            },
          ],
        }),
      );
      serveManifest('bad/index', index, MediaType.ociIndex);
      const run = await hoist(`${proxy.host}/bad/index:v1`, [`${dst.host}/bad/index:v1`]);
      const target = onlyTarget(run);
      assert.equal(target.status, 'failed');
      assert.match(target.error!, /"manifests\[0\]" digest "sha256:\.\.\/\.\.\/_catalog" is not valid/);
      assert.ok(
        proxy.requests.every((r) => !r.uri.includes('_catalog')),
        JSON.stringify(proxy.requests.map((r) => r.uri)),
      );
      await assertNothingWritten('bad/index');
    });

    it('a malformed Docker-Content-Digest is not trusted: the manifest bytes decide the digest', async () => {
      await reset();
      const image = await pushImage(reg, 'bad/header', 'v1', { seed: 'hostile-bad-header', layers: 1 });
      const lying = {
        'content-type': MediaType.ociManifest,
        'docker-content-digest': 'sha256:not-a-digest/../x',
        'content-length': String(image.manifest.length),
      };
      proxy.addRule({ match: { method: 'HEAD', path: /\/manifests\/v1$/ }, action: { respond: { status: 200, headers: lying } } });
      proxy.addRule({
        match: { method: 'GET', path: /\/manifests\/v1$/ },
        action: { respond: { status: 200, headers: lying, body: image.manifest.toString('latin1') } },
      });
      const run = await hoist(`${proxy.host}/bad/header:v1`, [`${dst.host}/bad/header:v1`]);
      const target = onlyTarget(run);
      assert.equal(target.status, 'copied', target.error);
      assert.equal(target.digest, image.digest);
      assert.ok(proxy.requests.every((r) => !r.uri.includes('not-a-digest')));
      assert.equal((await getManifest(dst, 'bad/header', 'v1')).digest, image.digest);
    });

    it('a manifest whose bytes do not match the digest it was asked by is refused, nothing pushed', async () => {
      await reset();
      const image = await pushImage(reg, 'bad/swapped', 'v1', { seed: 'hostile-swapped', layers: 1 });
      const other = await pushImage(reg, 'bad/other', 'v1', { seed: 'hostile-swapped-other', layers: 1 });
      proxy.addRule({
        match: { method: 'GET', path: new RegExp(`/manifests/(v1|${image.digest})$`) },
        action: {
          respond: {
            status: 200,
            headers: { 'content-type': MediaType.ociManifest, 'docker-content-digest': image.digest },
            body: other.manifest.toString('latin1'),
          },
        },
      });
      const run = await hoist(`${proxy.host}/bad/swapped:v1`, [`${dst.host}/bad/swapped:v1`]);
      const target = onlyTarget(run);
      assert.equal(target.status, 'failed');
      assert.ok(target.error!.includes(`hash to ${other.digest}, not ${image.digest}`), target.error);
      await assertNothingWritten('bad/swapped');
    });

    it('a token response over 64 KiB is refused, fetched once, and the token is neither used nor logged', async () => {
      await reset();
      await pushImage(reg, 'token/huge', 'v1', { seed: 'hostile-huge-token', layers: 1 });
      const huge = 'A'.repeat(70 * 1024);
      const realm = await startEchoServer({ body: JSON.stringify({ token: huge, expires_in: 300 }), headers: JSON_HEADERS });
      try {
        proxy.addRule({
          match: { path: /^\/v2\/$/ },
          action: {
            respond: {
              status: 401,
              headers: {
                'www-authenticate': `Bearer realm="${realm.url}/token",service="hostile",scope="registry:catalog:*"`,
                ...JSON_HEADERS,
              },
              body: '{"errors":[{"code":"UNAUTHORIZED"}]}',
            },
          },
        });
        const run = await hoist(`${proxy.host}/token/huge:v1`, [`${dst.host}/token/huge:v1`], { retry: QUICK });
        const target = onlyTarget(run);
        assert.equal(target.status, 'failed');
        assert.match(target.error!, /the token server for 127\.0\.0\.1:\d+ sent a response over 64 KiB; refusing it/);
        assert.equal(realm.requests.length, 1, `token requests: ${realm.requests.map((r) => r.uri).join(', ')}`);
        assert.ok(!run.log.join('\n').includes(huge.slice(0, 100)));
        assert.ok(!run.secrets.includes(huge), 'a refused token is not registered as a secret either');
        assert.ok(proxy.requests.every((r) => !r.uri.includes('/blobs/')));
        await assertNothingWritten('token/huge');
      } finally {
        await realm.stop();
      }
    });
  });

  describe('registry text in logs and the job summary', () => {
    let proxy: FaultProxy;
    before(async () => {
      proxy = await startFaultProxy(dst);
    });
    after(async () => {
      await proxy?.stop();
    });

    it('an error message with workflow commands, HTML and Markdown is escaped in the log, the annotations and the summary', async () => {
      proxy.clearRules();
      const image = await pushImage(reg, 'text/app', 'v1', { seed: 'hostile-text', layers: 1 });
      proxy.addRule({
        match: { method: 'PUT', path: /\/manifests\/v1$/ },
        action: {
          respond: { status: 403, headers: JSON_HEADERS, body: JSON.stringify({ errors: [{ code: 'DENIED', message: HOSTILE }] }) },
        },
      });
      // A 500 on the first blob upload: hoist retries the blob and logs why, quoting the registry.
      proxy.addRule({
        match: { method: 'PUT', path: /\/blobs\/uploads\// },
        times: 1,
        action: {
          respond: { status: 500, headers: JSON_HEADERS, body: JSON.stringify({ errors: [{ code: 'UNKNOWN', message: HOSTILE }] }) },
        },
      });
      const run = await runAction(
        { source: `${reg.host}/text/app:v1`, targets: `${proxy.host}/text/denied:v1\n${reg.host}/text/ok:v1` },
        { RUNNER_DEBUG: '1' },
      );
      assert.equal(run.code, 1, run.stdout);
      assert.match(run.stdout, /::error::target 127\.0\.0\.1:\d+\/text\/denied:v1: access denied/, 'the registry’s error is reported');
      assert.match(run.stdout, /::debug::/);
      assert.match(
        run.stdout,
        /Retrying blob sha256:[0-9a-f]{64} for text\/denied in \d+ ms after .*registry said: UNKNOWN: denied[\s\S]* \(attempt 2 of 3\)/,
        'the blob retry quotes the registry',
      );
      assertOnlyOwnCommands(run);
      assert.equal(run.outputs['digest'], image.digest);
      assert.equal(run.outputs['refs'], `${reg.host}/text/ok@${image.digest}`);
      const result = JSON.parse(run.outputs['result']!) as Array<{ status: string; error?: string }>;
      assert.deepEqual(
        result.map((r) => r.status),
        ['failed', 'copied'],
      );
      assertSummaryIntact(run.summary, 2);
      assert.ok(run.summary.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the text is shown, escaped, not dropped');
      assert.equal((await getManifest(dst, 'text/denied', 'v1')).status, 404);
    });

    it('annotations, platform names and a config media type carrying commands and markup are harmless in the log and summary', async () => {
      proxy.clearRules();
      const hostilePlatform = 'amd64\n::set-output name=digest::evil <b>|x|</b>';
      const config: RawBlob = { mediaType: `application/vnd.example.config.v1+json${HOSTILE}`, data: Buffer.from('{"hostile":true}') };
      const layer: RawBlob = { mediaType: 'application/octet-stream', data: deterministicBytes('hostile-annotations', 1000) };
      const child = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: MediaType.ociManifest,
          config: descriptor(config),
          layers: [descriptor(layer)],
          annotations: { 'org.opencontainers.image.description': HOSTILE, [HOSTILE]: HOSTILE },
        }),
      );
      const childDigest = await pushRaw(reg, 'text/index', sha256Digest(child), child, MediaType.ociManifest, [config, layer]);
      const index = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: MediaType.ociIndex,
          manifests: [
            {
              mediaType: MediaType.ociManifest,
              digest: childDigest,
              size: child.length,
              platform: { os: 'linux', architecture: hostilePlatform },
              annotations: { note: HOSTILE },
            },
          ],
          annotations: { 'org.opencontainers.image.title': HOSTILE },
        }),
      );
      const indexDigest = await pushRaw(reg, 'text/index', 'v1', index, MediaType.ociIndex, []);
      const run = await runAction({ source: `${reg.host}/text/index:v1`, targets: `${dst.host}/text/index:v1` }, { RUNNER_DEBUG: '1' });
      assert.equal(run.code, 0, run.stdout);
      assert.equal(run.outputs['digest'], indexDigest);
      assertOnlyOwnCommands(run);
      assertSummaryIntact(run.summary, 1);
      assert.ok(run.summary.includes('&lt;b&gt;&#124;x&#124;&lt;/b&gt;'), run.summary);
      assert.equal((await getManifest(dst, 'text/index', 'v1')).digest, indexDigest);
      assert.equal(await headBlob(dst, 'text/index', sha256Digest(layer.data)), 200);

      // The child alone is an artifact: its (hostile) config media type is quoted in the "not a container image" line.
      const alone = await runAction(
        { source: `${reg.host}/text/index@${childDigest}`, targets: `${dst.host}/text/artifact:v1` },
        { RUNNER_DEBUG: '1' },
      );
      assert.equal(alone.code, 0, alone.stdout);
      assert.match(alone.stdout, /is not a container image \(config media type application\/vnd\.example\.config\.v1\+json/);
      assertOnlyOwnCommands(alone);
      assertSummaryIntact(alone.summary, 1);
      assert.equal((await getManifest(dst, 'text/artifact', 'v1')).digest, childDigest);
    });
  });

  describe('secrets never reach the output, debug included', () => {
    const PASSWORDS = { alice: 'alice-Secr3t-pw-9d1e', bob: 'bob-Secr3t-pw-47aa', carol: 'carol-Secr3t-pw-1b2c' };
    let basic: RegistryHandle;
    let tokens: RegistryHandle;
    let other: RegistryHandle;
    let ps: FaultProxy;
    let pt: FaultProxy;
    before(async () => {
      [basic, tokens, other] = await Promise.all([
        startRegistry({ auth: 'htpasswd', users: { alice: PASSWORDS.alice } }),
        startRegistry({ auth: 'token', users: { bob: PASSWORDS.bob } }),
        startRegistry({ auth: 'htpasswd', users: { carol: PASSWORDS.carol } }),
      ]);
      [ps, pt] = await Promise.all([startFaultProxy(basic), startFaultProxy(tokens)]);
    });
    after(async () => {
      await Promise.all([ps?.stop(), pt?.stop()]);
      await Promise.all([basic?.stop(), tokens?.stop(), other?.stop()]);
    });

    /** Faults that make hoist log and retry around credentials: a redirect to signed storage, 503s, an expired token. */
    async function arm(
      repo: string,
      seed: string,
    ): Promise<{ image: Awaited<ReturnType<typeof pushImage>>; signature: string; stop: () => Promise<void> }> {
      for (const proxy of [ps, pt]) {
        proxy.clearRules();
        proxy.requests.length = 0;
      }
      const image = await pushImage(basic, repo, 'v1', { seed, layers: 2, creds: { username: 'alice', password: PASSWORDS.alice } });
      const layer = image.layers[0]!.digest;
      const signature = `sig${seed.replace(/\W/g, '')}0123456789abcdef`;
      const storage = await startEchoServer({ body: image.blobs.get(layer)!, headers: { 'content-type': 'application/octet-stream' } });
      ps.addRule({
        match: { method: 'GET', path: new RegExp(`/blobs/${layer}$`) },
        action: {
          redirectTo: `${storage.url}/b?X-Amz-Credential=AKIAHOIST&X-Amz-Security-Token=tok${signature}&X-Amz-Signature=${signature}`,
        },
      });
      ps.addRule({ match: { method: 'GET', path: /\/blobs\/sha256:/ }, times: 1, action: { respond: { status: 503 } } });
      const challenge = `Bearer realm="${tokens.tokenIssuer!.realm}",service="${tokens.tokenIssuer!.service}",scope="repository:${repo}:pull,push",error="invalid_token"`;
      pt.addRule({
        match: { method: 'PUT', path: /\/blobs\/uploads\// },
        times: 1,
        action: {
          respond: {
            status: 401,
            headers: { 'www-authenticate': challenge, ...JSON_HEADERS },
            body: '{"errors":[{"code":"UNAUTHORIZED","message":"token expired"}]}',
          },
        },
      });
      pt.addRule({ match: { method: 'POST', path: /\/blobs\/uploads\/$/ }, times: 1, action: { respond: { status: 502 } } });
      return { image, signature, stop: () => storage.stop() };
    }

    it('in-process (as the CLI runs, with nothing masking its output): no password, token, Authorization or signature in the log', async () => {
      const { image, signature, stop } = await arm('sec/cli', 'hostile-secrets-cli');
      try {
        const run = await hoist(`${ps.host}/sec/cli:v1`, [`${pt.host}/sec/cli:v1`, `${other.host}/sec/cli:v1`], {
          explicit: [
            { registry: ps.host, username: 'alice', password: PASSWORDS.alice },
            { registry: pt.host, username: 'bob', password: PASSWORDS.bob },
            { registry: other.host, username: 'carol', password: 'carol-wrong-pw-5e6f' },
          ],
          retry: QUICK,
        });
        assert.deepEqual(
          run.result.targets.map((t) => t.status),
          ['copied', 'failed'],
          JSON.stringify(run.result.targets.map((t) => t.error)),
        );
        assert.equal(run.result.targets[0]!.digest, image.digest);
        assert.match(run.result.targets[1]!.error!, /authentication failed/);
        const tokensSeen = run.secrets.filter((s) => s.split('.').length === 3);
        assert.ok(tokensSeen.length >= 2, 'a token and its refresh were registered as secrets');
        const everything = [...run.log, JSON.stringify(run.result)].join('\n');
        assert.ok(
          run.log.some((l) => l.startsWith('debug: ')),
          'debug lines were collected',
        );
        assert.ok(
          run.log.some((l) => l.startsWith('Retrying ')),
          'the faults made hoist log retries',
        );
        const forbidden = [
          ...Object.values(PASSWORDS),
          'carol-wrong-pw-5e6f',
          ...run.secrets,
          signature,
          ...Object.entries(PASSWORDS).map(([user, password]) => Buffer.from(`${user}:${password}`).toString('base64')),
        ];
        for (const secret of forbidden) assert.ok(!everything.includes(secret), `leaked ${secret}`);
        assert.doesNotMatch(everything, /authorization|Bearer [A-Za-z0-9_-]{8}|Basic [A-Za-z0-9+/=]{8}|X-Amz-Security-Token=tok/i);
      } finally {
        await stop();
      }
    });

    it('the bundled action with RUNNER_DEBUG=1: every secret appears only in its own add-mask command', async () => {
      const { image, signature, stop } = await arm('sec/action', 'hostile-secrets-action');
      const githubToken = 'ghs_hoistFakeToken0123456789abcdefABCDEF';
      try {
        const run = await runAction(
          {
            source: `${ps.host}/sec/action:v1`,
            targets: `${pt.host}/sec/action:v1\n${other.host}/sec/action:v1`,
            registry: pt.host,
            username: 'bob',
            password: PASSWORDS.bob,
            credentials: `${ps.host}=alice:${PASSWORDS.alice}\n${other.host}=carol:carol-wrong-pw-5e6f`,
            'github-token': githubToken,
          },
          { RUNNER_DEBUG: '1' },
        );
        assert.equal(run.code, 1, run.stdout);
        const result = JSON.parse(run.outputs['result']!) as Array<{ status: string; digest: string | null }>;
        assert.deepEqual(
          result.map((r) => [r.status, r.digest]),
          [
            ['copied', image.digest],
            ['failed', null],
          ],
        );
        assert.match(run.stdout, /::debug::/);
        const lines = run.stdout.split('\n');
        const masks = lines.filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length));
        for (const secret of [PASSWORDS.alice, PASSWORDS.bob, 'carol-wrong-pw-5e6f', githubToken])
          assert.ok(masks.includes(secret), `${secret} was not masked`);
        assert.ok(masks.filter((m) => m.split('.').length === 3).length >= 2, 'the token and its refresh were masked');
        const everything = run.stdout + run.stderr + run.summary + JSON.stringify(run.outputs);
        for (const secret of masks) {
          const printed = everything.split(secret).length - 1;
          const own = lines.filter((l) => l === `::add-mask::${secret}`).length;
          assert.equal(printed, own, `a secret was printed outside its add-mask command: ${secret.slice(0, 12)}…`);
        }
        assert.ok(!everything.includes(signature), 'the signed URL signature was printed');
        assert.doesNotMatch(everything, /authorization:|Bearer [A-Za-z0-9_-]{8}|Basic [A-Za-z0-9+/=]{8}|X-Amz-Security-Token=tok/i);
        assertOnlyOwnCommands(run, masks);
      } finally {
        await stop();
      }
    });
  });
});
