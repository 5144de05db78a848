// Makes sure the system tools the tests and the demo run against are present: Debian's docker-registry (the CNCF
// distribution registry), skopeo (independent verifier), htpasswd (bcrypt users) and openssl (test CA); GNU time
// and curl for the benchmark, which a test runs once.
// Installs them with apt-get when missing and running as root; otherwise says exactly what to install.
import { spawnSync } from 'node:child_process';

const TOOLS = [
  { command: 'docker-registry', pkg: 'docker-registry' },
  { command: 'skopeo', pkg: 'skopeo' },
  { command: 'htpasswd', pkg: 'apache2-utils' },
  { command: 'openssl', pkg: 'openssl' },
  { command: '/usr/bin/time', pkg: 'time' },
  { command: 'curl', pkg: 'curl' },
];

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

export function ensureTools({ only } = {}) {
  const wanted = only ? TOOLS.filter((t) => only.includes(t.command)) : TOOLS;
  const missing = wanted.filter((t) => !has(t.command));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((t) => t.pkg))];
  if (process.getuid?.() !== 0) {
    console.error(
      `Missing tools: ${missing.map((t) => t.command).join(', ')}. Install them with: sudo apt-get install -y ${packages.join(' ')}`,
    );
    process.exit(1);
  }
  console.error(`Installing ${packages.join(' ')} (needed for the local registries) ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0 &&
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  // The Debian package starts a registry service on :5000 where an init system runs; we start our own.
  spawnSync('sh', ['-c', 'command -v systemctl >/dev/null && systemctl disable --now docker-registry >/dev/null 2>&1 || true'], {
    stdio: 'ignore',
  });
  if (!install || install.status !== 0 || wanted.some((t) => !has(t.command))) {
    console.error(`Could not install ${packages.join(' ')} with apt-get; install them and try again.`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureTools();
