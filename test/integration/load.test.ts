// Load: a 100-target fan-out across two registries and a 200-layer image complete, with what hoist keeps open
// per registry host bounded by the transport's pool (requests in flight seen by a proxy in front of each registry
// for the fan-out; TCP connections counted in front of each registry for the 200-layer copy) and memory bounded
// (resident set growth of this process, which runs the engine). No timing assertions.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect as tlsConnect } from 'node:tls';
import { after, before, describe, it } from 'node:test';
import { startConnectionCounter, type ConnectionCounter } from '../support/conn-counter.ts';
import { startFaultProxy, type ProxiedRequest } from '../support/fault-proxy.ts';
import { hoist } from '../support/hoist.ts';
import { getManifest, headBlob, pushImage } from '../support/images.ts';
import { startRegistry, type RegistryHandle } from '../support/registry.ts';

/** The transport pools at most this many connections per origin (src/store/registry/transport.ts, `connections`). */
const CONNECTIONS_PER_HOST = 16;
const MAX_RSS_GROWTH = 200 * 1024 * 1024;

/** Peak resident set size while `work` runs, sampled every 10 ms, minus the size before it started. */
async function rssGrowth<T>(work: () => Promise<T>): Promise<{ value: T; growth: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, growth: peak - start };
  } finally {
    clearInterval(timer);
  }
}

const MiB = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;

/**
 * Most requests in flight at once, as a proxy saw them. A request arrives at the proxy after the client sent it
 * and its response is done there before the client has it, so this never exceeds what the client had in flight.
 */
function maxInFlight(requests: readonly ProxiedRequest[]): number {
  const events = requests.flatMap((r) => [
    { t: r.startMs, delta: 1 },
    { t: r.endMs ?? Infinity, delta: -1 },
  ]);
  events.sort((x, y) => x.t - y.t || x.delta - y.delta);
  let now = 0;
  let peak = 0;
  for (const e of events) {
    now += e.delta;
    peak = Math.max(peak, now);
  }
  return peak;
}

describe('load', () => {
  let a: RegistryHandle;
  let b: RegistryHandle;
  let ca: ConnectionCounter; // in front of a
  let cb: ConnectionCounter; // in front of b
  before(async () => {
    [a, b] = await Promise.all([startRegistry(), startRegistry()]);
    [ca, cb] = await Promise.all([startConnectionCounter(a.host), startConnectionCounter(b.host)]);
  });
  after(async () => {
    await Promise.all([ca?.stop(), cb?.stop()]);
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('fans out to 100 targets in 50 repositories on two registries, with bounded requests in flight per host and bounded memory', async () => {
    const [pa, pb] = await Promise.all([startFaultProxy(a), startFaultProxy(b)]);
    try {
      const image = await pushImage(a, 'fan/src', 'v1', { seed: 'load-fanout', layers: 4, layerSize: 32 * 1024 });
      const targets: string[] = [];
      for (let i = 0; i < 25; i++) {
        targets.push(`${pa.host}/fan/a${i}:v1`, `${pa.host}/fan/a${i}:stable`, `${pb.host}/fan/b${i}:v1`, `${pb.host}/fan/b${i}:stable`);
      }
      const { value: run, growth } = await rssGrowth(() => hoist(`${pa.host}/fan/src:v1`, targets));

      assert.equal(run.result.targets.length, 100);
      const failed = run.result.targets.filter((t) => t.status !== 'copied');
      assert.deepEqual(
        failed.map((t) => [t.target, t.error]),
        [],
      );
      assert.ok(run.result.targets.every((t) => t.digest === image.digest));
      const blobs = image.layers.length + 1;
      const inA = run.result.targets.filter((t) => t.target.startsWith(`${pa.host}/`));
      const inB = run.result.targets.filter((t) => t.target.startsWith(`${pb.host}/`));
      for (const t of inA) assert.deepEqual(t.blobs, { mounted: blobs, existing: 0, uploaded: 0 }, t.target);
      for (const t of inB) assert.equal(t.blobs.mounted + t.blobs.uploaded, blobs, t.target);
      // Per repository (its two tags share the work): across the 25 repositories of b, every blob went up once.
      const uploadedToB = inB.filter((t) => t.target.endsWith(':v1')).reduce((sum, t) => sum + t.blobs.uploaded, 0);
      assert.equal(uploadedToB, blobs, 'each blob streamed to the other registry once');

      const tags = await Promise.all(
        Array.from({ length: 25 }, (_, i) => [
          getManifest(a, `fan/a${i}`, 'v1'),
          getManifest(a, `fan/a${i}`, 'stable'),
          getManifest(b, `fan/b${i}`, 'v1'),
          getManifest(b, `fan/b${i}`, 'stable'),
        ]).flat(),
      );
      assert.equal(tags.length, 100);
      for (const got of tags) assert.equal(got.digest, image.digest);

      const [inFlightA, inFlightB] = [maxInFlight(pa.requests), maxInFlight(pb.requests)];
      assert.ok(pa.requests.length > 100 && pb.requests.length > 100, 'both hosts were busy');
      assert.ok(inFlightA >= 2, `requests to ${pa.host} ran in parallel (${inFlightA})`);
      assert.ok(inFlightA <= CONNECTIONS_PER_HOST, `${inFlightA} requests in flight at once to ${pa.host}`);
      assert.ok(inFlightB <= CONNECTIONS_PER_HOST, `${inFlightB} requests in flight at once to ${pb.host}`);
      assert.ok(growth < MAX_RSS_GROWTH, `resident memory grew by ${MiB(growth)}`);
    } finally {
      await Promise.all([pa.stop(), pb.stop()]);
    }
  });

  it('the connection counter counts HTTP connections, and a TLS hello to the plain port apart', async () => {
    const counter = await startConnectionCounter(a.host);
    try {
      const [host, port] = [counter.host.split(':')[0]!, Number(counter.host.split(':')[1])];
      await new Promise<void>((resolve) => {
        const socket = tlsConnect({ host, port, rejectUnauthorized: false });
        socket.on('error', () => resolve());
        socket.on('close', () => resolve());
        // A plain server may never answer a hello: give up as a client would.
        setTimeout(() => socket.destroy(), 300);
      });
      const status = await new Promise<number>((resolve, reject) => {
        request({ host, port, path: '/v2/', agent: false }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        })
          .on('error', reject)
          .end();
      });
      assert.equal(status, 200);
      assert.equal(counter.tlsHellos, 1);
      assert.equal(counter.opened, 1);
      assert.equal(counter.peak(), 1);
    } finally {
      await counter.stop();
    }
  });

  it('copies a 200-layer image at the highest concurrency (64), with at most the pool’s connections open per host and bounded memory', async () => {
    const image = await pushImage(a, 'layers/src', 'v1', { seed: 'load-200-layers', layers: 200, layerSize: 2048 });
    ca.reset();
    cb.reset();
    const { value: run, growth } = await rssGrowth(() =>
      hoist(`${ca.host}/layers/src:v1`, [`${cb.host}/layers/dst:v1`, `${ca.host}/layers/promoted:v1`], { concurrency: 64 }),
    );
    const [other, same] = run.result.targets;
    assert.equal(other!.status, 'copied', other!.error);
    assert.equal(same!.status, 'copied', same!.error);
    assert.deepEqual(other!.blobs, { mounted: 0, existing: 0, uploaded: 201 });
    assert.deepEqual(same!.blobs, { mounted: 201, existing: 0, uploaded: 0 });
    assert.equal(other!.bytesUploaded, 200 * 2048 + image.config.size);

    assert.equal((await getManifest(b, 'layers/dst', 'v1')).digest, image.digest);
    assert.equal((await getManifest(a, 'layers/promoted', 'v1')).digest, image.digest);
    const missing: string[] = [];
    for (const digest of image.blobs.keys()) if ((await headBlob(b, 'layers/dst', digest)) !== 200) missing.push(digest);
    assert.deepEqual(missing, []);

    const [openA, openB] = [ca.peak(1), cb.peak(1)];
    assert.ok(openA <= CONNECTIONS_PER_HOST, `${openA} connections open at once to ${ca.host}`);
    assert.ok(openB <= CONNECTIONS_PER_HOST, `${openB} connections open at once to ${cb.host}`);
    assert.ok(openB >= 2, 'uploads ran in parallel');
    // Beside the pools: one HTTPS attempt per loopback registry (the probe), counted apart.
    assert.ok(ca.tlsHellos <= 1 && cb.tlsHellos <= 1, `TLS hellos: ${ca.tlsHellos} to ${ca.host}, ${cb.tlsHellos} to ${cb.host}`);
    assert.ok(growth < MAX_RSS_GROWTH, `resident memory grew by ${MiB(growth)}`);
  });
});
