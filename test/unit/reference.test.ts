import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  InvalidReferenceError,
  apiHost,
  formatReference,
  isLoopbackRegistry,
  normaliseRegistry,
  parseReference,
  pinnedReference,
  type Reference,
} from '../../src/oci/reference.ts';

const sha256 = `sha256:${createHash('sha256').update('reference-test').digest('hex')}`;
const sha512 = `sha512:${createHash('sha512').update('reference-test').digest('hex')}`;
const tag128 = `v${'1'.repeat(127)}`;

describe('parseReference: valid references and Docker normalisation', () => {
  const cases: Array<{ name: string; input: string; expected: Reference; formatted: string }> = [
    {
      name: 'bare name gets docker.io, library/ and latest',
      input: 'nginx',
      expected: { registry: 'docker.io', repository: 'library/nginx', tag: 'latest' },
      formatted: 'docker.io/library/nginx:latest',
    },
    {
      name: 'user/app on Docker Hub keeps its namespace',
      input: 'user/app',
      expected: { registry: 'docker.io', repository: 'user/app', tag: 'latest' },
      formatted: 'docker.io/user/app:latest',
    },
    {
      name: 'index.docker.io alias becomes docker.io',
      input: 'index.docker.io/x',
      expected: { registry: 'docker.io', repository: 'library/x', tag: 'latest' },
      formatted: 'docker.io/library/x:latest',
    },
    {
      name: 'registry-1.docker.io alias becomes docker.io',
      input: 'registry-1.docker.io/library/x',
      expected: { registry: 'docker.io', repository: 'library/x', tag: 'latest' },
      formatted: 'docker.io/library/x:latest',
    },
    {
      name: 'explicit docker.io single component gets library/',
      input: 'docker.io/nginx:1.27',
      expected: { registry: 'docker.io', repository: 'library/nginx', tag: '1.27' },
      formatted: 'docker.io/library/nginx:1.27',
    },
    {
      name: 'mixed-case Docker Hub host is recognised',
      input: 'Docker.IO/nginx',
      expected: { registry: 'docker.io', repository: 'library/nginx', tag: 'latest' },
      formatted: 'docker.io/library/nginx:latest',
    },
    {
      name: 'localhost is a registry without a port',
      input: 'localhost/app',
      expected: { registry: 'localhost', repository: 'app', tag: 'latest' },
      formatted: 'localhost/app:latest',
    },
    {
      name: 'localhost with port, nested path and tag',
      input: 'localhost:5000/a/b:t',
      expected: { registry: 'localhost:5000', repository: 'a/b', tag: 't' },
      formatted: 'localhost:5000/a/b:t',
    },
    {
      name: 'IPv4 loopback with port',
      input: '127.0.0.1:5000/x',
      expected: { registry: '127.0.0.1:5000', repository: 'x', tag: 'latest' },
      formatted: '127.0.0.1:5000/x:latest',
    },
    {
      name: 'IPv6 loopback in brackets with port',
      input: '[::1]:5000/x',
      expected: { registry: '[::1]:5000', repository: 'x', tag: 'latest' },
      formatted: '[::1]:5000/x:latest',
    },
    {
      name: 'ghcr.io with tag',
      input: 'ghcr.io/acme/app:sha-1a2b',
      expected: { registry: 'ghcr.io', repository: 'acme/app', tag: 'sha-1a2b' },
      formatted: 'ghcr.io/acme/app:sha-1a2b',
    },
    {
      name: 'upper-case registry host is lowercased',
      input: 'GHCR.IO/acme/app:v1',
      expected: { registry: 'ghcr.io', repository: 'acme/app', tag: 'v1' },
      formatted: 'ghcr.io/acme/app:v1',
    },
    {
      name: 'digest only: no latest tag is added',
      input: `app@${sha256}`,
      expected: { registry: 'docker.io', repository: 'library/app', digest: sha256 },
      formatted: `docker.io/library/app@${sha256}`,
    },
    {
      name: 'tag and digest are both kept',
      input: `ghcr.io/acme/app:v1@${sha256}`,
      expected: { registry: 'ghcr.io', repository: 'acme/app', tag: 'v1', digest: sha256 },
      formatted: `ghcr.io/acme/app:v1@${sha256}`,
    },
    {
      name: 'sha512 digest is accepted',
      input: `ghcr.io/acme/app@${sha512}`,
      expected: { registry: 'ghcr.io', repository: 'acme/app', digest: sha512 },
      formatted: `ghcr.io/acme/app@${sha512}`,
    },
    {
      name: 'port plus digest',
      input: `localhost:5000/a@${sha256}`,
      expected: { registry: 'localhost:5000', repository: 'a', digest: sha256 },
      formatted: `localhost:5000/a@${sha256}`,
    },
    {
      name: 'surrounding white space is trimmed',
      input: '  ghcr.io/acme/app:v1\n',
      expected: { registry: 'ghcr.io', repository: 'acme/app', tag: 'v1' },
      formatted: 'ghcr.io/acme/app:v1',
    },
    {
      name: 'a 128-character tag is the longest allowed',
      input: `ghcr.io/acme/app:${tag128}`,
      expected: { registry: 'ghcr.io', repository: 'acme/app', tag: tag128 },
      formatted: `ghcr.io/acme/app:${tag128}`,
    },
    {
      name: 'tags may hold capitals, dots, dashes and underscores',
      input: 'ghcr.io/acme/app:V1.2_rc-3',
      expected: { registry: 'ghcr.io', repository: 'acme/app', tag: 'V1.2_rc-3' },
      formatted: 'ghcr.io/acme/app:V1.2_rc-3',
    },
    {
      name: 'path components with ".", "_", "__" and "-" separators',
      input: 'registry.example.com/a.b/c_d/e__f/g--h',
      expected: { registry: 'registry.example.com', repository: 'a.b/c_d/e__f/g--h', tag: 'latest' },
      formatted: 'registry.example.com/a.b/c_d/e__f/g--h:latest',
    },
    {
      name: 'first component without "." or ":" is a Docker Hub namespace',
      input: 'acme/tools/app',
      expected: { registry: 'docker.io', repository: 'acme/tools/app', tag: 'latest' },
      formatted: 'docker.io/acme/tools/app:latest',
    },
  ];
  for (const c of cases) {
    it(`${c.name}: ${JSON.stringify(c.input).slice(0, 70)}`, () => {
      const ref = parseReference(c.input);
      assert.deepEqual(ref, c.expected);
      assert.equal(formatReference(ref), c.formatted);
      // Formatting then parsing again is stable.
      assert.deepEqual(parseReference(formatReference(ref)), c.expected);
    });
  }
});

describe('parseReference: invalid references name the offending value', () => {
  const cases: Array<{ name: string; input: string; reason: RegExp }> = [
    { name: 'upper-case repository', input: 'ghcr.io/Acme/app', reason: /must be lowercase/ },
    { name: 'upper-case Docker Hub name', input: 'Nginx', reason: /must be lowercase/ },
    { name: '129-character tag', input: `ghcr.io/acme/app:${tag128}x`, reason: /tag ".*" is not valid/ },
    { name: 'tag starting with "."', input: 'ghcr.io/acme/app:.hidden', reason: /tag "\.hidden" is not valid/ },
    { name: 'tag starting with "-"', input: 'ghcr.io/acme/app:-x', reason: /tag "-x" is not valid/ },
    { name: 'empty tag', input: 'ghcr.io/acme/app:', reason: /tag "" is not valid/ },
    { name: 'digest of the wrong length', input: `app@sha256:${'a'.repeat(63)}`, reason: /64 lowercase hex/ },
    { name: 'digest with upper-case hex', input: `app@sha256:${'A'.repeat(64)}`, reason: /lowercase hex/ },
    { name: 'md5 digest', input: `app@md5:${createHash('md5').update('x').digest('hex')}`, reason: /expected sha256/ },
    { name: 'empty digest', input: 'app@', reason: /digest "" is not valid/ },
    { name: 'empty string', input: '', reason: /it is empty/ },
    { name: 'only white space', input: '   ', reason: /it is empty/ },
    { name: 'inner space', input: 'ngi nx', reason: /white space/ },
    { name: 'inner tab', input: 'nginx\t:latest', reason: /white space/ },
    { name: 'https:// scheme', input: 'https://ghcr.io/acme/app:v1', reason: /no scheme/ },
    { name: 'empty repository after the registry', input: 'ghcr.io/', reason: /repository name is missing/ },
    { name: 'empty path component', input: 'ghcr.io/acme//app', reason: /"" is not a valid repository path component/ },
    { name: 'trailing separator in a component', input: 'ghcr.io/acme/app_', reason: /"app_" is not a valid repository path component/ },
    { name: 'repository name over 255 characters', input: `ghcr.io/acme/${'a'.repeat(251)}`, reason: /longer than 255/ },
    { name: 'port over 65535', input: 'localhost:99999/app', reason: /port "99999"/ },
    { name: 'port 0', input: 'localhost:0/app', reason: /port "0"/ },
    { name: 'non-numeric port', input: 'registry.example.com:abc/app', reason: /port "abc"/ },
    { name: 'host label starting with "-"', input: '-bad.example.com/app', reason: /not a valid host name/ },
  ];
  for (const c of cases) {
    it(`rejects ${c.name}: ${JSON.stringify(c.input).slice(0, 60)}`, () => {
      assert.throws(
        () => parseReference(c.input),
        (error: unknown) => {
          assert.ok(error instanceof InvalidReferenceError, `expected the reference error class, got ${String(error)}`);
          assert.equal(error.name, 'InvalidReferenceError');
          assert.equal(error.input, c.input);
          assert.ok(error.message.includes(`"${c.input}"`), `message should quote the input: ${error.message}`);
          assert.match(error.message, c.reason);
          return true;
        },
      );
    });
  }

  it('accepts a 255-character repository name (the boundary)', () => {
    const name = `acme/${'a'.repeat(250)}`;
    assert.equal(name.length, 255);
    assert.equal(parseReference(`ghcr.io/${name}`).repository, name);
  });
});

// Docker's own cases, from distribution/reference's reference_test.go and normalize_test.go, restated as facts about
// hoist's grammar: every reference goes through Docker Hub normalisation (ParseNormalizedNamed), so each input is
// listed with the full reference hoist makes of it. Where hoist parts from Docker, the row's `differs` says how and why.
const F64 = 'f'.repeat(64);
const DBCC = 'dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c';

describe("Docker's reference tables: accepted, and what they mean", () => {
  const cases: Array<{ input: string; full: string; differs?: string }> = [
    // Single components: a "." or ":port" does not make a host without a "/" after it.
    { input: 'test_com', full: 'docker.io/library/test_com:latest' },
    { input: 'test.com:tag', full: 'docker.io/library/test.com:tag' },
    { input: 'test.com:5000', full: 'docker.io/library/test.com:5000' },
    { input: 'foo_bar.com:8080', full: 'docker.io/library/foo_bar.com:8080' },
    { input: '192.168.1.1', full: 'docker.io/library/192.168.1.1:latest' },
    { input: '192.168.1.1:tag', full: 'docker.io/library/192.168.1.1:tag' },
    { input: '192.168.1.1:5000', full: 'docker.io/library/192.168.1.1:5000' },
    { input: '192.168.0.1:80', full: 'docker.io/library/192.168.0.1:80' },
    { input: 'lowercase:Uppercase', full: 'docker.io/library/lowercase:Uppercase' },
    // A first component with "." or ":" (or localhost) is the registry; otherwise it is a Docker Hub namespace.
    { input: 'test.com/repo:tag', full: 'test.com/repo:tag' },
    { input: 'test:5000/repo', full: 'test:5000/repo:latest' },
    { input: 'test:5000/repo:tag', full: 'test:5000/repo:tag' },
    { input: `test:5000/repo@sha256:${F64}`, full: `test:5000/repo@sha256:${F64}` },
    {
      input: `test:5000/repo:tag@sha256:${F64}`,
      full: `test:5000/repo:tag@sha256:${F64}`,
      differs: "Docker's ParseDockerRef drops the tag; hoist keeps both, and the digest decides what is copied",
    },
    { input: 'test-com:8080/foo', full: 'test-com:8080/foo:latest' },
    { input: 'test_com/foo', full: 'docker.io/test_com/foo:latest' },
    { input: 'foo/foo_bar.com:8080', full: 'docker.io/foo/foo_bar.com:8080' },
    { input: 'docker/migrator', full: 'docker.io/docker/migrator:latest' },
    { input: 'sub-dom1.foo.com/bar/baz/quux', full: 'sub-dom1.foo.com/bar/baz/quux:latest' },
    { input: 'sub-dom1.foo.com/bar/baz/quux:some-long-tag', full: 'sub-dom1.foo.com/bar/baz/quux:some-long-tag' },
    { input: 'b.gcr.io/test.example.com/my-app:test.example.com', full: 'b.gcr.io/test.example.com/my-app:test.example.com' },
    { input: 'xn--n3h.com/myimage:xn--n3h.com', full: 'xn--n3h.com/myimage:xn--n3h.com' },
    { input: 'xn--n3h.com:18080/foo', full: 'xn--n3h.com:18080/foo:latest' },
    { input: `xn--7o8h.com/myimage:xn--7o8h.com@sha256:${F64}`, full: `xn--7o8h.com/myimage:xn--7o8h.com@sha256:${F64}` },
    { input: '192.168.1.1/repo', full: '192.168.1.1/repo:latest' },
    { input: '192.168.1.1:5000/repo:5050', full: '192.168.1.1:5000/repo:5050' },
    { input: '192.168.0.1:8/debian', full: '192.168.0.1:8/debian:latest' },
    { input: '192.168.0.2:25000/debian', full: '192.168.0.2:25000/debian:latest' },
    { input: '127.0.0.1:8000/private/moonbase', full: '127.0.0.1:8000/private/moonbase:latest' },
    { input: 'example.com:8000/privatebasee', full: 'example.com:8000/privatebasee:latest' },
    // Bracketed IPv6 hosts, with and without a port.
    { input: '[2001:db8::1]/repo', full: '[2001:db8::1]/repo:latest' },
    { input: '[2001:db8:1:2:3:4:5:6]/repo:tag', full: '[2001:db8:1:2:3:4:5:6]/repo:tag' },
    { input: '[2001:db8::1]:5000/repo:tag', full: '[2001:db8::1]:5000/repo:tag' },
    { input: `[2001:db8::1]:5000/repo@sha256:${F64}`, full: `[2001:db8::1]:5000/repo@sha256:${F64}` },
    { input: `[2001:db8::1]:5000/repo:tag@sha256:${F64}`, full: `[2001:db8::1]:5000/repo:tag@sha256:${F64}` },
    { input: '[2001:db8::]:5000/repo', full: '[2001:db8::]:5000/repo:latest' },
    { input: '[::1]:5000/repo', full: '[::1]:5000/repo:latest' },
    { input: '[fc00::1]:5000/docker/docker', full: '[fc00::1]:5000/docker/docker:latest' },
    { input: '[fc00:1:2:3:4:5:6:7]:5000/library/debian', full: '[fc00:1:2:3:4:5:6:7]:5000/library/debian:latest' },
    // Docker Hub: aliases, and library/ only for a single component on Docker Hub.
    { input: 'ubuntu', full: 'docker.io/library/ubuntu:latest' },
    { input: 'library/ubuntu', full: 'docker.io/library/ubuntu:latest' },
    { input: 'docker.io/library/ubuntu', full: 'docker.io/library/ubuntu:latest' },
    { input: 'docker.io/debian', full: 'docker.io/library/debian:latest' },
    { input: 'index.docker.io/library/ubuntu-12.04-base', full: 'docker.io/library/ubuntu-12.04-base:latest' },
    { input: 'index.docker.io/fooo/bar', full: 'docker.io/fooo/bar:latest' },
    { input: 'nonlibrary/ubuntu', full: 'docker.io/nonlibrary/ubuntu:latest' },
    { input: 'other/library', full: 'docker.io/other/library:latest' },
    { input: 'library/foo/bar', full: 'docker.io/library/foo/bar:latest' },
    { input: 'store/foo/bar', full: 'docker.io/store/foo/bar:latest' },
    { input: 'gcr.io/library/busybox', full: 'gcr.io/library/busybox:latest' },
    { input: 'localhost/fooo/bar', full: 'localhost/fooo/bar:latest' },
    { input: 'localhost/debian', full: 'localhost/debian:latest' },
    { input: 'redis:latest', full: 'docker.io/library/redis:latest' },
    { input: `redis@sha256:${DBCC}`, full: `docker.io/library/redis@sha256:${DBCC}` },
    { input: `dmcgowan/myapp@sha256:${DBCC}`, full: `docker.io/dmcgowan/myapp@sha256:${DBCC}` },
    { input: `busybox:latest@sha256:${DBCC}`, full: `docker.io/library/busybox:latest@sha256:${DBCC}` },
    // Names: separators, lengths, and hex that is not a whole image ID.
    { input: 'docker-rules/docker', full: 'docker.io/docker-rules/docker:latest' },
    { input: 'docker---rules/docker', full: 'docker.io/docker---rules/docker:latest' },
    { input: 'dock__er/docker', full: 'docker.io/dock__er/docker:latest' },
    { input: 'd/docker', full: 'docker.io/d/docker:latest' },
    { input: 'jess/t', full: 'docker.io/jess/t:latest' },
    {
      input: 'thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev',
      full: 'docker.io/library/thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev:latest',
    },
    { input: `docker.io/${DBCC}`, full: `docker.io/library/${DBCC}:latest` },
    { input: DBCC.slice(0, 63), full: `docker.io/library/${DBCC.slice(0, 63)}:latest` },
    { input: 'dbcc1', full: 'docker.io/library/dbcc1:latest' },
    { input: `${'a/'.repeat(127)}a:tag-puts-this-over-max`, full: `docker.io/${'a/'.repeat(127)}a:tag-puts-this-over-max` },
    { input: `example.com/${'a'.repeat(255)}:tag`, full: `example.com/${'a'.repeat(255)}:tag` },
    {
      input: `validname@sha512:${'f'.repeat(128)}`,
      full: `docker.io/library/validname@sha512:${'f'.repeat(128)}`,
      differs: 'Docker refuses sha512 unless the program registers it; the OCI image spec defines it, and hoist verifies it',
    },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.input).slice(0, 70)} is ${c.full.slice(0, 60)}${c.differs ? ' (differs from Docker)' : ''}`, () => {
      const ref = parseReference(c.input);
      assert.equal(formatReference(ref), c.full);
      assert.deepEqual(parseReference(c.full), ref, 'the full form means the same');
    });
  }
});

describe("Docker's reference tables: refused, with a reason hoist can name", () => {
  const cases: Array<{ input: string; reason: RegExp; differs?: string }> = [
    { input: '', reason: /it is empty/ },
    { input: ':justtag', reason: /repository name is missing/ },
    { input: `@sha256:${F64}`, reason: /repository name is missing/ },
    { input: `repo@sha256:${'f'.repeat(34)}`, reason: /64 lowercase hex/ },
    { input: `validname@invaliddigest:${F64}`, reason: /digest ".*" is not valid/ },
    { input: 'Uppercase:tag', reason: /must be lowercase/ },
    { input: 'test:5000/Uppercase/lowercase:tag', reason: /must be lowercase/ },
    { input: 'docker/Docker', reason: /must be lowercase/ },
    { input: 'docker.io/docker/Docker', reason: /must be lowercase/ },
    { input: `domain/${'a'.repeat(256)}:tag`, reason: /longer than 255/ },
    {
      input: `this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_${'x'.repeat(200)}/docker`,
      reason: /longer than 255/,
    },
    { input: 'aa/asdf$$^/aa', reason: /"asdf\$\$\^" is not a valid repository path component/ },
    { input: 'https://github.com/docker/docker', reason: /no scheme/ },
    { input: '-docker', reason: /"-docker" is not a valid repository path component/ },
    { input: '-foo', reason: /"-foo" is not a valid repository path component/ },
    { input: '-docker/docker', reason: /"-docker" is not a valid/ },
    { input: 'docker-/docker', reason: /"docker-" is not a valid/ },
    { input: '-docker-/docker', reason: /"-docker-" is not a valid/ },
    { input: '____/____', reason: /"____" is not a valid/ },
    { input: '_docker/_docker', reason: /"_docker" is not a valid/ },
    { input: 'dock..er/docker', reason: /"dock\.\.er" is not a valid/ },
    { input: 'dock_.er/docker', reason: /"dock_\.er" is not a valid/ },
    { input: 'dock-.er/docker', reason: /"dock-\.er" is not a valid/ },
    { input: 'docker/', reason: /"" is not a valid repository path component/ },
    { input: 'docker///docker', reason: /"" is not a valid repository path component/ },
    { input: 'docker.io/docker///docker', reason: /"" is not a valid repository path component/ },
    { input: '-docker.io/docker/docker', reason: /registry host "-docker\.io" is not a valid host name/ },
    // IPv6: a host in brackets needs a repository after it, and must be an address Docker's grammar allows.
    { input: '[2001:db8::1]', reason: /IPv6 registry must be followed by a repository/ },
    { input: '[2001:db8::1]:5000', reason: /IPv6 registry must be followed by a repository/ },
    { input: '[2001:db8::1]:tag', reason: /IPv6 registry must be followed by a repository/ },
    { input: '[fc00::1]', reason: /IPv6 registry must be followed by a repository/ },
    { input: 'fc00::1:5000/debian', reason: /registry host "fc00::1:5000" is not a valid host name/ },
    { input: '[fe80::1%eth0]:5000/repo', reason: /names the IPv6 zone "%eth0"/ },
    { input: '[fe80::1%eth0]:5000/debian', reason: /names the IPv6 zone "%eth0"/ },
    { input: '[fe80::1%@invalidzone]:5000/repo', reason: /digest "invalidzone\]:5000\/repo" is not valid/ },
    { input: '[2001:db8:3:4::192.0.2.33]:5000/debian', reason: /embeds an IPv4 address/ },
    { input: '[zz::zz]:5000/x', reason: /"\[zz::zz\]:5000" is not a valid IPv6 address/ },
    {
      input: '[1:2]:5000/x',
      reason: /"\[1:2\]:5000" is not a valid IPv6 address/,
      differs: "Docker's pattern takes any hex digits and colons; hoist asks for an address a URL can hold",
    },
    { input: '[::1]:0/x', reason: /port "0"/, differs: 'Docker takes any digits as a port; hoist asks for 1 to 65535' },
    // An image ID pasted where a name belongs.
    { input: DBCC, reason: /image ID, not a repository name .*cannot specify 64-byte hexadecimal strings/ },
    { input: '1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a', reason: /image ID/ },
    {
      input: `sha256:${DBCC}`,
      reason: /digest without a repository/,
      differs: 'Docker reads repository "sha256" with a hex tag (or, in ParseAnyReference, a bare digest); neither names an image to copy',
    },
    // Docker takes a capitalised first component for a registry host ("Foo/bar" is host "Foo"). hoist lowercases
    // hosts, and "foo/bar" would then read as a Docker Hub namespace, so it refuses the capitals instead.
    { input: 'Docker/docker', reason: /must be lowercase \("Docker" has capitals\)/, differs: 'Docker: host "Docker"' },
    { input: 'DOCKER/docker', reason: /must be lowercase/, differs: 'Docker: host "DOCKER"' },
    { input: 'Foo/bar', reason: /must be lowercase/, differs: 'Docker: host "Foo"' },
    { input: 'LOCALDOMAIN/fooo/bar', reason: /must be lowercase/, differs: 'Docker: host "LOCALDOMAIN"' },
  ];
  for (const c of cases) {
    it(`refuses ${JSON.stringify(c.input).slice(0, 60)}${c.differs ? ' (differs from Docker)' : ''}`, () => {
      assert.throws(
        () => parseReference(c.input),
        (error: unknown) => {
          assert.ok(error instanceof InvalidReferenceError, `expected InvalidReferenceError, got ${String(error)}`);
          assert.equal(error.input, c.input);
          assert.ok(error.message.startsWith(`Invalid image reference "${c.input}": `), error.message);
          assert.match(error.message, c.reason);
          return true;
        },
      );
    });
  }
});

describe('normaliseRegistry', () => {
  const valid: Array<[string, string]> = [
    ['docker.io', 'docker.io'],
    ['Docker.IO', 'docker.io'],
    ['index.docker.io', 'docker.io'],
    ['registry-1.docker.io', 'docker.io'],
    ['https://index.docker.io/v1/', 'docker.io'],
    ['GHCR.IO', 'ghcr.io'],
    ['http://ghcr.io/v2/', 'ghcr.io'],
    ['localhost', 'localhost'],
    ['localhost:5000', 'localhost:5000'],
    ['127.0.0.1:5000', '127.0.0.1:5000'],
    ['[::1]', '[::1]'],
    ['[::1]:5000', '[::1]:5000'],
    ['Registry.Example.com:65535', 'registry.example.com:65535'],
    ['[2001:DB8::1]:5000', '[2001:db8::1]:5000'],
    ['[fc00:1:2:3:4:5:6:7]', '[fc00:1:2:3:4:5:6:7]'],
  ];
  for (const [input, expected] of valid) {
    it(`${JSON.stringify(input)} -> ${expected}`, () => {
      assert.equal(normaliseRegistry(input), expected);
    });
  }

  const invalid: Array<[string, RegExp]> = [
    ['localhost:0', /port "0"/],
    ['example.com:65536', /port "65536"/],
    ['example.com:', /port ""/],
    ['[::1', /unclosed IPv6 bracket/],
    ['[::1]5000', /not host\[:port\]/],
    ['bad_host', /not a valid host name/],
    ['', /not a valid host name/],
    ['a..b', /not a valid host name/],
    ['[zz::zz]:5000', /is not a valid IPv6 address/],
    ['[fe80::1%eth0]:5000', /names the IPv6 zone "%eth0"/],
    ['[::ffff:127.0.0.1]', /embeds an IPv4 address/],
    ['[]', /is not a valid IPv6 address/],
  ];
  for (const [input, reason] of invalid) {
    it(`rejects ${JSON.stringify(input)}`, () => {
      assert.throws(
        () => normaliseRegistry(input),
        (error: unknown) => {
          assert.ok(error instanceof InvalidReferenceError);
          assert.match(error.message, reason);
          assert.ok(error.message.includes(`"${input}"`), error.message);
          return true;
        },
      );
    });
  }
});

describe('formatReference and pinnedReference', () => {
  const cases: Array<[Reference, string]> = [
    [{ registry: 'ghcr.io', repository: 'acme/app', tag: 'v1' }, 'ghcr.io/acme/app:v1'],
    [{ registry: 'docker.io', repository: 'library/nginx', digest: sha256 }, `docker.io/library/nginx@${sha256}`],
    [{ registry: 'localhost:5000', repository: 'a/b', tag: 't', digest: sha256 }, `localhost:5000/a/b:t@${sha256}`],
    [{ registry: 'ghcr.io', repository: 'acme/app' }, 'ghcr.io/acme/app'],
  ];
  for (const [ref, expected] of cases) {
    it(`formats ${expected}`, () => {
      assert.equal(formatReference(ref), expected);
    });
  }
  it('pinnedReference drops the tag and pins the given digest', () => {
    assert.equal(pinnedReference({ registry: 'ghcr.io', repository: 'acme/app', tag: 'v1' }, sha256), `ghcr.io/acme/app@${sha256}`);
  });
});

describe('apiHost', () => {
  const cases: Array<[string, string]> = [
    ['docker.io', 'registry-1.docker.io'],
    ['ghcr.io', 'ghcr.io'],
    ['localhost:5000', 'localhost:5000'],
    ['[::1]:5000', '[::1]:5000'],
  ];
  for (const [registry, expected] of cases) {
    it(`${registry} is served by ${expected}`, () => {
      assert.equal(apiHost(registry), expected);
    });
  }
  it('a parsed Docker Hub reference is served by registry-1.docker.io', () => {
    assert.equal(apiHost(parseReference('index.docker.io/nginx').registry), 'registry-1.docker.io');
  });
});

describe('isLoopbackRegistry', () => {
  const cases: Array<[string, boolean]> = [
    ['localhost', true],
    ['localhost:5000', true],
    ['127.0.0.1', true],
    ['127.0.0.1:5000', true],
    ['127.1.2.3:80', true],
    ['[::1]', true],
    ['[::1]:5000', true],
    ['localhost.example.com', false],
    ['localhost.example.com:5000', false],
    ['128.0.0.1:5000', false],
    ['10.0.0.1:5000', false],
    ['127.0.0.1.nip.io', false],
    ['[::2]:5000', false],
    ['ghcr.io', false],
    ['docker.io', false],
  ];
  for (const [registry, expected] of cases) {
    it(`${registry} is ${expected ? '' : 'not '}loopback`, () => {
      assert.equal(isLoopbackRegistry(registry), expected);
    });
  }
});
