/**
 * Wrappers around the real `skopeo` binary, as an independent second opinion
 * on what a registry holds (containers/image shares no code with the product
 * or with this harness).
 *
 * Always async: the token issuer runs inside the test process, so blocking
 * on skopeo (execFileSync) would deadlock its token request.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Credentials } from './registry-client.ts';

const execFileAsync = promisify(execFile);

export interface SkopeoOptions {
  /** Verify TLS (default true when `certDir` is given, else false: our registries are self-signed or plain HTTP). */
  tlsVerify?: boolean;
  /** Directory holding `ca.crt` (and optionally client `*.cert`/`*.key`) for the registry. */
  certDir?: string;
  /** Omit for anonymous access. */
  creds?: Credentials;
  timeoutMs?: number;
}

// One scratch area per process: a private HOME (so no user auth.json or config
// leaks in), an empty registries.conf (no host mirrors/aliases), and cert dirs.
let scratch: string | undefined;
function scratchDir(): string {
  if (!scratch) {
    const dir = mkdtempSync(join(tmpdir(), 'hoist-skopeo-'));
    mkdirSync(join(dir, 'home'));
    writeFileSync(join(dir, 'registries.conf'), '');
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    scratch = dir;
  }
  return scratch;
}

const certDirs = new Map<string, string>();

/** A `--cert-dir` that trusts `caFile` (skopeo wants a directory of *.crt files). */
export function certDirFor(caFile: string): string {
  let dir = certDirs.get(caFile);
  if (!dir) {
    dir = join(scratchDir(), `certs-${certDirs.size}`);
    mkdirSync(dir);
    copyFileSync(caFile, join(dir, 'ca.crt'));
    certDirs.set(caFile, dir);
  }
  return dir;
}

/** `docker://HOST/REPO:TAG` or `docker://HOST/REPO@DIGEST`. */
export function skopeoRef(registry: { host: string }, repo: string, ref: string): string {
  return `docker://${registry.host}/${repo}${ref.includes(':') ? '@' : ':'}${ref}`;
}

/** Options to reach a harness registry: trust its CA when it has one. */
export function skopeoOptionsFor(registry: { caFile?: string }, creds?: Credentials): SkopeoOptions {
  return {
    ...(registry.caFile ? { certDir: certDirFor(registry.caFile), tlsVerify: true } : { tlsVerify: false }),
    ...(creds ? { creds } : {}),
  };
}

function accessArgs(opts: SkopeoOptions): string[] {
  const args = [`--tls-verify=${String(opts.tlsVerify ?? opts.certDir !== undefined)}`];
  if (opts.certDir) args.push(`--cert-dir=${opts.certDir}`);
  args.push(opts.creds ? `--creds=${opts.creds.username}:${opts.creds.password}` : '--no-creds');
  return args;
}

/** Run skopeo with a hermetic environment; rejects with skopeo's stderr on failure. */
export async function skopeo(args: string[], timeoutMs = 30_000): Promise<Buffer> {
  const dir = scratchDir();
  try {
    const { stdout } = await execFileAsync('skopeo', args, {
      encoding: 'buffer',
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: join(dir, 'home'),
        XDG_RUNTIME_DIR: join(dir, 'home'),
        CONTAINERS_REGISTRIES_CONF: join(dir, 'registries.conf'),
      },
    });
    return stdout;
  } catch (err) {
    const stderr = (err as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`skopeo ${args.join(' ')} failed: ${stderr.trim() || (err as Error).message}`, { cause: err });
  }
}

/** The manifest bytes exactly as the registry serves them (`skopeo inspect --raw`). */
export function skopeoInspectRaw(ref: string, opts: SkopeoOptions = {}): Promise<Buffer> {
  return skopeo(['inspect', '--raw', ...accessArgs(opts), ref], opts.timeoutMs);
}

/** Digest of the manifest at `ref`, as computed by skopeo itself (`skopeo manifest-digest`). */
export async function skopeoDigest(ref: string, opts: SkopeoOptions = {}): Promise<string> {
  const raw = await skopeoInspectRaw(ref, opts);
  const file = join(mkdtempSync(join(scratchDir(), 'manifest-')), 'manifest.json');
  writeFileSync(file, raw);
  return (await skopeo(['manifest-digest', file], opts.timeoutMs)).toString().trim();
}
