import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** Paths to PEM files. */
export interface Certs {
  /** Self-signed CA that issued `serverCert`; give it to clients as their trust root. */
  caCert: string;
  caKey: string;
  /** TLS certificate for 127.0.0.1 / localhost, signed by the CA. */
  serverCert: string;
  serverKey: string;
  /**
   * Self-signed certificate of the token-signing RSA key. The token issuer puts
   * it in the JWT `x5c` header; the registry trusts it via `rootcertbundle`.
   */
  signingCert: string;
  signingKey: string;
}

async function openssl(cwd: string, args: string[]): Promise<void> {
  try {
    await execFileAsync('openssl', args, { cwd });
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr ?? '';
    throw new Error(`openssl ${args.join(' ')} failed: ${stderr}`, { cause: err });
  }
}

async function generate(dir: string): Promise<Certs> {
  await mkdir(dir, { recursive: true });
  const certs: Certs = {
    caCert: join(dir, 'ca.crt'),
    caKey: join(dir, 'ca.key'),
    serverCert: join(dir, 'server.crt'),
    serverKey: join(dir, 'server.key'),
    signingCert: join(dir, 'signing.crt'),
    signingKey: join(dir, 'signing.key'),
  };

  // CA and token-signing certs are independent of each other: generate in parallel.
  await Promise.all([
    openssl(dir, [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-sha256',
      '-days',
      '30',
      '-subj',
      '/CN=hoist test CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
      '-keyout',
      certs.caKey,
      '-out',
      certs.caCert,
    ]),
    openssl(dir, [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-sha256',
      '-days',
      '30',
      '-subj',
      '/CN=hoist test token signer',
      '-keyout',
      certs.signingKey,
      '-out',
      certs.signingCert,
    ]),
  ]);

  // Go's TLS stack ignores the CN, so the SAN is what makes 127.0.0.1 valid.
  const extFile = join(dir, 'server.ext');
  await writeFile(
    extFile,
    [
      'basicConstraints=CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      'extendedKeyUsage=serverAuth',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '',
    ].join('\n'),
  );
  const csr = join(dir, 'server.csr');
  await openssl(dir, [
    'req',
    '-new',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-sha256',
    '-subj',
    '/CN=127.0.0.1',
    '-keyout',
    certs.serverKey,
    '-out',
    csr,
  ]);
  await openssl(dir, [
    'x509',
    '-req',
    '-in',
    csr,
    '-sha256',
    '-days',
    '30',
    '-CA',
    certs.caCert,
    '-CAkey',
    certs.caKey,
    '-CAcreateserial',
    '-extfile',
    extFile,
    '-out',
    certs.serverCert,
  ]);
  return certs;
}

let cached: Promise<Certs> | undefined;

/**
 * Generate (once per process) a CA, a server certificate for 127.0.0.1 and a
 * token-signing key pair. openssl key generation is the slowest part of
 * harness start-up, so every registry and issuer in a test process shares
 * the same material.
 *
 * `dir` only matters on the first call; later calls return the cached set.
 * Without `dir`, a fresh temporary directory is used.
 */
export function makeCerts(dir?: string): Promise<Certs> {
  cached ??= (async () => {
    if (dir !== undefined) return generate(dir);
    const temp = await mkdtemp(join(tmpdir(), 'hoist-certs-'));
    process.once('exit', () => rmSync(temp, { recursive: true, force: true }));
    return generate(temp);
  })();
  // Don't cache failures: a later caller should get a fresh attempt and error.
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
