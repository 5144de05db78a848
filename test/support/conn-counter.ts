/**
 * A TCP pass-through in front of a server that counts client connections: how many were open at once (the peak)
 * and how many were opened in all. Bytes are not touched, so the upstream sees the client's own Host header and a
 * registry builds its Locations for the counter, keeping every request of a client on it.
 *
 * A connection counts as open from accept until either side ends it (FIN), errors or closes. When a client closes
 * one connection and at once opens another (or a server's FIN makes it do so), the FIN of the old one and the SYN
 * of the new one reach the counter in the same instant and in either order; `peak(slackMs)` therefore lets a close
 * seen up to `slackMs` after an open count as having come first.
 *
 * A connection whose first byte opens a TLS record (0x16) is a client probing this plain port for HTTPS, as hoist
 * does at a loopback registry beside its plain request: it is counted in `tlsHellos`, not among the open ones, since
 * it belongs to another origin's pool (and a plain server may keep it until the client gives up).
 */
import { listenOnLoopback } from './ports.ts';
import { connect, createServer } from 'node:net';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface ConnectionCounter {
  /** `127.0.0.1:PORT` */
  host: string;
  /** Connections open right now. */
  readonly open: number;
  /** Connections accepted since start (or the last `reset()`). */
  readonly opened: number;
  /** Most connections open at once since start (or the last `reset()`), closes within `slackMs` after an open ordered first. */
  peak(slackMs?: number): number;
  /** Connections that began with a TLS hello since start (or the last `reset()`). */
  readonly tlsHellos: number;
  reset(): void;
  stop(): Promise<void>;
}

export async function startConnectionCounter(upstreamHost: string): Promise<ConnectionCounter> {
  const colon = upstreamHost.lastIndexOf(':');
  const [upHost, upPort] = [upstreamHost.slice(0, colon), Number(upstreamHost.slice(colon + 1))];
  let open = 0;
  let opened = 0;
  let tlsHellos = 0;
  let events: Array<{ t: number; delta: 1 | -1 }> = [];
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    open++;
    opened++;
    const opening = { t: performance.now(), delta: 1 as const };
    events.push(opening);
    const upstream = connect(upPort, upHost);
    sockets.add(client);
    sockets.add(upstream);
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      open--;
      events.push({ t: performance.now(), delta: -1 });
    };
    client.once('data', (chunk: Buffer) => {
      if (chunk[0] !== 0x16 || ended) return;
      // Not an HTTP connection after all: out of the count, as if it had never opened.
      ended = true;
      open--;
      opened--;
      tlsHellos++;
      const at = events.indexOf(opening);
      if (at >= 0) events.splice(at, 1);
    });
    const close = () => {
      end();
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('end', end);
    upstream.on('end', end);
    client.on('error', close);
    upstream.on('error', close);
    client.on('close', close);
    upstream.on('close', close);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  const port = await listenOnLoopback(server);
  let stopping: Promise<void> | undefined;
  return {
    host: `127.0.0.1:${port}`,
    get open() {
      return open;
    },
    get opened() {
      return opened;
    },
    get tlsHellos() {
      return tlsHellos;
    },
    peak(slackMs = 0) {
      const shifted = events.map((e) => ({ t: e.delta < 0 ? e.t - slackMs : e.t, delta: e.delta }));
      shifted.sort((x, y) => x.t - y.t || x.delta - y.delta);
      let now = open - events.reduce((sum, e) => sum + e.delta, 0); // open before the window began
      let peak = now;
      for (const e of shifted) {
        now += e.delta;
        peak = Math.max(peak, now);
      }
      return peak;
    },
    reset() {
      events = [];
      opened = 0;
      tlsHellos = 0;
    },
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return stopping;
    },
  };
}
