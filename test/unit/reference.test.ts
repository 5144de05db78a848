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
