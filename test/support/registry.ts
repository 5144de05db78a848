/**
 * Runs a real CNCF distribution registry (Debian's `docker-registry`, 2.8.x)
 * as a child process on 127.0.0.1, with filesystem storage in a temp dir.
 *
 * Request log: distribution 2.8 writes two streams.
 *  - stdout: an Apache "combined" access log with one line per request,
 *    whatever the outcome. This is what `requests()` is built from.
 *  - stderr: logrus JSON. Handler-completed requests get a "response completed"
 *    (2xx/3xx) or "response completed with error" (4xx/5xx, with err.code) record
 *    carrying http.response.status/written, but requests rejected by the auth
 *    layer (every 401 challenge) only get an "error authorizing context" warning
 *    with no status at all. So JSON alone cannot count auth round-trips; it is
 *    exposed raw through `logs()` for error codes and the authenticated user.
 */
import { execFile } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { makeCerts } from './certs.ts';
import { httpRequestBuffered } from './http.ts';
import { freePort } from './ports.ts';
import { spawnTethered } from './tethered-process.ts';
import type { TetheredProcess } from './tethered-process.ts';
import { startTokenIssuer } from './token-issuer.ts';
import type { TokenIssuerHandle } from './token-issuer.ts';
import type { Credentials } from './registry-client.ts';

export type { Credentials };

const execFileAsync = promisify(execFile);

export type RegistryAuth = 'none' | 'htpasswd' | 'token';

export interface RegistryOptions {
  auth?: RegistryAuth;
  /** username → password for htpasswd, or for the auto-started token issuer. Default: DEFAULT_USERS. */
  users?: Record<string, string>;
  /** Serve HTTPS with a certificate for 127.0.0.1 signed by the shared test CA. */
  tls?: boolean;
  /**
   * Issuer to trust when auth is 'token'. If omitted, one is started with `users`
   * (over TLS when `tls` is set), owned by this registry and stopped with it.
   */
  tokenIssuer?: TokenIssuerHandle;
  /**
   * Accept manifests whose foreign / non-distributable layers have URLs matching this pattern (distribution refuses
   * every such layer unless its `validation.manifests.urls.allow` lists them).
   */
  allowForeignUrls?: string;
}

/** One line of the access log. */
export interface RequestLogEntry {
  method: string;
  /** Path plus query, exactly as requested. */
  uri: string;
  /** `uri` without the query string. */
  path: string;
  status: number;
  /**
   * Bytes the handler wrote. For HEAD this is what a GET would have sent
   * (Go drops the body), e.g. 157 for a HEAD blob 404.
   */
  bytesWritten: number;
  userAgent: string;
}

/** One logrus JSON record from stderr, e.g. `{ msg, level, 'http.request.uri', 'err.code', 'auth.user.name' }`. */
export type RegistryLogRecord = Record<string, unknown> & { msg: string; level: string };

export interface RegistryHandle {
  /** `127.0.0.1:PORT` — the registry part of an image reference. */
  host: string;
  /** `http(s)://127.0.0.1:PORT` */
  url: string;
  /** PEM of the CA to trust, when serving TLS. */
  caFile?: string;
  auth: RegistryAuth;
  users: Record<string, string>;
  tokenIssuer?: TokenIssuerHandle;
  /** Private temp dir holding config.yml, htpasswd and storage; removed by stop(). */
  dataDir: string;
  /** Root of the filesystem storage driver (`docker/registry/v2/{blobs,repositories}` inside). */
  storageDir: string;
  /** Access-log entries parsed so far; call `settle()` first to be sure recent requests are in. */
  requests(): RequestLogEntry[];
  /** JSON log records parsed so far. */
  logs(): RegistryLogRecord[];
  /** Forget all requests and log records seen so far. */
  clearRequests(): void;
  /** Wait until every request answered before this call shows up in `requests()`. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

export const DEFAULT_USERS: Readonly<Record<string, string>> = Object.freeze({ alice: 'alice-password' });

/** Basic-auth style credentials of one of the registry's users (the first one by default). */
export function credentials(registry: Pick<RegistryHandle, 'users'>, username?: string): Credentials {
  const name = username ?? Object.keys(registry.users)[0];
  const password = name === undefined ? undefined : registry.users[name];
  if (name === undefined || password === undefined) throw new Error(`registry has no user ${username ?? '(any)'}`);
  return { username: name, password };
}

/** `Authorization` header value for Basic auth as one of the registry's users. */
export function basicAuthHeader(creds: Credentials): string {
  return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
}

const SETTLE_MARKER = 'hoist-harness-settle';

// Apache combined format as written by gorilla/handlers; quoted fields may contain \" escapes.
const ACCESS_LOG_LINE = /^\S+ \S+ \S+ \[[^\]]*\] "(\S+) (\S+) [^"]*" (\d{3}) (\d+|-) "(?:[^"\\]|\\.)*" "((?:[^"\\]|\\.)*)"/;

function parseAccessLogLine(line: string): RequestLogEntry | undefined {
  const m = ACCESS_LOG_LINE.exec(line);
  if (!m) return undefined;
  const [, method = '', uri = '', status = '0', written = '-', userAgent = ''] = m;
  const queryStart = uri.indexOf('?');
  return {
    method,
    uri,
    path: queryStart < 0 ? uri : uri.slice(0, queryStart),
    status: Number(status),
    bytesWritten: written === '-' ? 0 : Number(written),
    userAgent: userAgent.replace(/\\(.)/g, '$1'),
  };
}

function parseJsonLogLine(line: string): RegistryLogRecord | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const record = JSON.parse(line) as Record<string, unknown>;
    return typeof record.msg === 'string' && typeof record.level === 'string' ? (record as RegistryLogRecord) : undefined;
  } catch {
    return undefined;
  }
}

async function htpasswdFile(users: Record<string, string>): Promise<string> {
  // distribution only accepts bcrypt entries (-B); others are silently ignored.
  const lines = await Promise.all(
    Object.entries(users).map(async ([user, password]) => {
      const { stdout } = await execFileAsync('htpasswd', ['-Bbn', user, password]);
      return stdout.trim();
    }),
  );
  return `${lines.join('\n')}\n`;
}

/** YAML is a superset of JSON, so JSON-quoted scalars are always safe. */
const q = (value: string | number): string => JSON.stringify(value);

function registryConfig(opts: {
  port: number;
  storageDir: string;
  tls?: { cert: string; key: string };
  htpasswdPath?: string;
  token?: TokenIssuerHandle;
  allowForeignUrls?: string | undefined;
}): string {
  const lines = [
    'version: 0.1',
    'log:',
    '  level: info',
    '  formatter: json',
    '  accesslog:',
    '    disabled: false',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${q(opts.storageDir)}`,
    '  delete:',
    '    enabled: true',
    // Don't let the 8-minute upload purger wake up during a test run.
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: ${q(`127.0.0.1:${opts.port}`)}`,
    // Fixed so upload `_state` tokens stay valid however the registry is (re)started.
    '  secret: "hoist-test-http-secret"',
  ];
  if (opts.tls) lines.push('  tls:', `    certificate: ${q(opts.tls.cert)}`, `    key: ${q(opts.tls.key)}`);
  lines.push('health:', '  storagedriver:', '    enabled: false');
  if (opts.allowForeignUrls)
    lines.push('validation:', '  manifests:', '    urls:', '      allow:', `        - ${q(opts.allowForeignUrls)}`);
  if (opts.htpasswdPath) {
    lines.push('auth:', '  htpasswd:', '    realm: "hoist-test-registry"', `    path: ${q(opts.htpasswdPath)}`);
  }
  if (opts.token) {
    lines.push(
      'auth:',
      '  token:',
      `    realm: ${q(opts.token.realm)}`,
      `    service: ${q(opts.token.service)}`,
      `    issuer: ${q(opts.token.issuer)}`,
      `    rootcertbundle: ${q(opts.token.certs.signingCert)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Environment without REGISTRY_* variables, which would override the config file. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('REGISTRY_')));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function startRegistry(options: RegistryOptions = {}): Promise<RegistryHandle> {
  const auth = options.auth ?? 'none';
  const users = { ...(options.users ?? DEFAULT_USERS) };
  const tls = options.tls ?? false;
  const certs = tls ? await makeCerts() : undefined;
  const dataDir = await mkdtemp(join(tmpdir(), 'hoist-registry-'));
  const storageDir = join(dataDir, 'storage');

  let ownedIssuer: TokenIssuerHandle | undefined;
  let tokenIssuer = options.tokenIssuer;
  if (auth === 'token' && !tokenIssuer) {
    ownedIssuer = await startTokenIssuer({ users, tls });
    tokenIssuer = ownedIssuer;
  }

  let htpasswdPath: string | undefined;
  if (auth === 'htpasswd') {
    htpasswdPath = join(dataDir, 'htpasswd');
    await writeFile(htpasswdPath, await htpasswdFile(users));
  }

  const requests: RequestLogEntry[] = [];
  const logs: RegistryLogRecord[] = [];
  const stderrTail: string[] = [];
  let settleWaiter: { marker: string; resolve: () => void } | undefined;
  let registry: TetheredProcess | undefined;
  let port: number;
  let url = '';

  const cleanupOnFailure = async () => {
    await registry?.stop(0);
    await ownedIssuer?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };

  // freePort() can race with another process grabbing the port; retry on a fresh one.
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    url = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
    const configPath = join(dataDir, 'config.yml');
    await writeFile(
      configPath,
      registryConfig({
        port,
        storageDir,
        ...(certs ? { tls: { cert: certs.serverCert, key: certs.serverKey } } : {}),
        ...(htpasswdPath ? { htpasswdPath } : {}),
        ...(auth === 'token' && tokenIssuer ? { token: tokenIssuer } : {}),
        allowForeignUrls: options.allowForeignUrls,
      }),
    );

    // Tethered: dies with the test process even if stop() is never reached.
    registry = spawnTethered('docker-registry', ['serve', configPath], { env: cleanEnv() });
    const proc = registry.child;
    stderrTail.length = 0;
    let listening = false;

    createInterface({ input: proc.stdout! }).on('line', (line) => {
      const entry = parseAccessLogLine(line);
      if (!entry) return;
      if (entry.uri.includes(SETTLE_MARKER)) {
        if (settleWaiter && entry.uri.includes(settleWaiter.marker)) settleWaiter.resolve();
        return;
      }
      requests.push(entry);
    });
    createInterface({ input: proc.stderr! }).on('line', (line) => {
      stderrTail.push(line);
      if (stderrTail.length > 20) stderrTail.shift();
      const record = parseJsonLogLine(line);
      if (!record) return;
      // Startup noise ("redis not configured", ...) ends with "listening on ADDR".
      if (!listening) {
        listening = record.msg.startsWith('listening on');
        return;
      }
      const uri = record['http.request.uri'];
      if (!(typeof uri === 'string' && uri.includes(SETTLE_MARKER))) logs.push(record);
    });

    try {
      await waitUntilServing(proc, url, certs?.caCert);
      break;
    } catch (err) {
      await registry.stop(0);
      const addressInUse = stderrTail.some((l) => l.includes('address already in use'));
      if (addressInUse && attempt < 3) continue;
      await cleanupOnFailure();
      throw new Error(`docker-registry did not start: ${(err as Error).message}\n${stderrTail.join('\n')}`, { cause: err });
    }
  }
  const running = registry;

  let settleCounter = 0;
  let stopped: Promise<void> | undefined;

  return {
    host: `127.0.0.1:${port}`,
    url,
    ...(certs ? { caFile: certs.caCert } : {}),
    auth,
    users,
    ...(tokenIssuer ? { tokenIssuer } : {}),
    dataDir,
    storageDir,
    requests: () => [...requests],
    logs: () => [...logs],
    clearRequests: () => {
      requests.length = 0;
      logs.length = 0;
    },
    async settle() {
      // The access log line is written when the handler returns, i.e. (almost always)
      // before the client has the full response. Issuing a marker request and waiting
      // for its line proves everything answered earlier has been read from the pipe.
      const marker = `${SETTLE_MARKER}=${++settleCounter}`;
      let timer: NodeJS.Timeout | undefined;
      const seen = new Promise<void>((resolve, reject) => {
        settleWaiter = { marker, resolve };
        timer = setTimeout(() => reject(new Error('settle(): marker request never reached the access log')), 5000);
      });
      try {
        await httpRequestBuffered({ url: `${url}/v2/?${marker}`, ...(certs ? { caFile: certs.caCert } : {}) });
        await seen;
      } finally {
        clearTimeout(timer);
        settleWaiter = undefined;
      }
    },
    stop() {
      stopped ??= (async () => {
        await running.stop();
        await ownedIssuer?.stop();
        await rm(dataDir, { recursive: true, force: true });
      })();
      return stopped;
    },
  };
}

/** Poll `GET /v2/` until the registry answers (200, or 401 when auth is on). */
async function waitUntilServing(proc: ChildProcess, url: string, caFile: string | undefined): Promise<void> {
  const exited = new Promise<never>((_, reject) =>
    proc.once('exit', (code, signal) => reject(new Error(`exited early (code ${code}, signal ${signal})`))),
  );
  exited.catch(() => {}); // only observed through the race below
  const deadline = Date.now() + 10_000;
  for (;;) {
    // The marker keeps readiness probes out of the request log.
    const attempt = httpRequestBuffered({ url: `${url}/v2/?${SETTLE_MARKER}=ready`, timeoutMs: 1000, ...(caFile ? { caFile } : {}) }).then(
      (res) => res.status === 200 || res.status === 401,
      () => false,
    );
    if (await Promise.race([attempt, exited])) return;
    if (Date.now() > deadline) throw new Error(`no answer from ${url}/v2/ within 10 s`);
    await Promise.race([sleep(50), exited]);
  }
}
