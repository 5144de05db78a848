import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Credentials } from '../../src/store/registry/auth.ts';
import {
  CredentialsError,
  configKeyRegistry,
  loadDockerConfig,
  parseDockerConfig,
  resolveCredentials,
  runCredentialHelper,
  type CredentialSources,
  type DockerConfig,
} from '../../src/store/registry/credentials.ts';

const b64 = (text: string): string => Buffer.from(text).toString('base64');

describe('configKeyRegistry', () => {
  const cases: Array<[string, string | undefined]> = [
    ['https://index.docker.io/v1/', 'docker.io'],
    ['index.docker.io', 'docker.io'],
    ['docker.io', 'docker.io'],
    ['https://registry-1.docker.io', 'docker.io'],
    ['https://ghcr.io/v1/', 'ghcr.io'],
    ['https://ghcr.io', 'ghcr.io'],
    ['ghcr.io', 'ghcr.io'],
    ['GHCR.IO', 'ghcr.io'],
    ['localhost:5000', 'localhost:5000'],
    ['http://localhost:5000/v2/', 'localhost:5000'],
    ['123456789012.dkr.ecr.eu-west-1.amazonaws.com', '123456789012.dkr.ecr.eu-west-1.amazonaws.com'],
    ['not a host!', undefined],
    ['localhost:0', undefined],
    ['', undefined],
  ];
  for (const [key, expected] of cases) {
    it(`${JSON.stringify(key)} -> ${String(expected)}`, () => {
      assert.equal(configKeyRegistry(key), expected);
    });
  }
});

describe('parseDockerConfig', () => {
  type Auth = { username?: string; password?: string; identityToken?: string };
  const cases: Array<{
    name: string;
    config: unknown;
    auths: Record<string, Auth>;
    credHelpers?: Record<string, string>;
    credsStore?: string;
  }> = [
    {
      name: 'auth field is base64 user:pass, and the password may contain ":"',
      config: { auths: { 'ghcr.io': { auth: b64('octocat:pa:ss:word') } } },
      auths: { 'ghcr.io': { username: 'octocat', password: 'pa:ss:word' } },
    },
    {
      name: 'username and password fields',
      config: { auths: { 'registry.example.com': { username: 'alice', password: 's3cret' } } },
      auths: { 'registry.example.com': { username: 'alice', password: 's3cret' } },
    },
    {
      name: 'auth wins over username/password fields',
      config: { auths: { 'ghcr.io': { username: 'old', password: 'old', auth: b64('new:pw') } } },
      auths: { 'ghcr.io': { username: 'new', password: 'pw' } },
    },
    {
      name: 'identitytoken with a username',
      config: {
        auths: { 'myregistry.azurecr.io': { auth: b64('00000000-0000-0000-0000-000000000000:'), identitytoken: 'refresh-token' } },
      },
      auths: {
        'myregistry.azurecr.io': { username: '00000000-0000-0000-0000-000000000000', password: '', identityToken: 'refresh-token' },
      },
    },
    {
      name: 'identitytoken alone',
      config: { auths: { 'ghcr.io': { identitytoken: 'refresh-token' } } },
      auths: { 'ghcr.io': { identityToken: 'refresh-token' } },
    },
    {
      name: 'Docker Hub URL key becomes docker.io',
      config: { auths: { 'https://index.docker.io/v1/': { auth: b64('hubuser:hubpass') } } },
      auths: { 'docker.io': { username: 'hubuser', password: 'hubpass' } },
    },
    {
      name: 'URL key with /v1/ path, host key, and host:port key',
      config: {
        auths: {
          'https://ghcr.io/v1/': { auth: b64('a:1') },
          'quay.io': { auth: b64('b:2') },
          'localhost:5000': { auth: b64('c:3') },
        },
      },
      auths: {
        'ghcr.io': { username: 'a', password: '1' },
        'quay.io': { username: 'b', password: '2' },
        'localhost:5000': { username: 'c', password: '3' },
      },
    },
    {
      name: 'exact host key wins when it comes first',
      config: { auths: { 'ghcr.io': { auth: b64('exact:1') }, 'https://ghcr.io/v1/': { auth: b64('url:2') } } },
      auths: { 'ghcr.io': { username: 'exact', password: '1' } },
    },
    {
      name: 'exact host key wins when it comes last',
      config: { auths: { 'https://ghcr.io/v1/': { auth: b64('url:2') }, 'ghcr.io': { auth: b64('exact:1') } } },
      auths: { 'ghcr.io': { username: 'exact', password: '1' } },
    },
    {
      name: 'empty entries (left by a credsStore login) and broken entries are skipped',
      config: {
        auths: { 'ghcr.io': {}, 'quay.io': 'nonsense', 'not a host!': { auth: b64('x:y') }, 'r.example.com': { auth: b64('no-colon') } },
      },
      auths: {},
    },
    {
      name: 'credHelpers keyed by host or URL, and credsStore',
      config: {
        auths: {},
        credHelpers: {
          'ghcr.io': 'gh',
          'https://index.docker.io/v1/': 'desktop',
          '123456789012.dkr.ecr.us-east-1.amazonaws.com': 'ecr-login',
          'quay.io': '',
        },
        credsStore: 'osxkeychain',
      },
      auths: {},
      credHelpers: { 'ghcr.io': 'gh', 'docker.io': 'desktop', '123456789012.dkr.ecr.us-east-1.amazonaws.com': 'ecr-login' },
      credsStore: 'osxkeychain',
    },
    { name: 'empty credsStore is no store', config: { credsStore: '' }, auths: {} },
    { name: 'a JSON value that is not an object is an empty config', config: [], auths: {} },
    {
      name: 'unknown fields are ignored',
      config: { psFormat: 'table', currentContext: 'x', auths: { 'ghcr.io': { auth: b64('u:p'), email: 'a@b' } } },
      auths: { 'ghcr.io': { username: 'u', password: 'p' } },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const parsed = parseDockerConfig(JSON.stringify(c.config));
      assert.deepEqual(Object.fromEntries(parsed.auths), c.auths);
      assert.deepEqual(Object.fromEntries(parsed.credHelpers), c.credHelpers ?? {});
      assert.equal(parsed.credsStore, c.credsStore);
    });
  }

  it('invalid JSON is an error naming the file', () => {
    assert.throws(
      () => parseDockerConfig('{"auths": {', '/home/runner/.docker/config.json'),
      (error: unknown) => {
        assert.ok(error instanceof CredentialsError);
        assert.match(error.message, /\/home\/runner\/\.docker\/config\.json is not valid JSON/);
        return true;
      },
    );
  });
});

// Credential helpers: real executables on PATH, as Docker runs them.
describe('credential helpers and resolveCredentials', () => {
  let dir = '';
  let log = '';
  let savedPath: string | undefined;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hoist-credhelper-'));
    log = join(dir, 'calls.log');
    const helper = `#!/bin/sh
input=$(cat)
printf '%s|%s\\n' "$1" "$input" >> '${log}'
case "$input" in
  notfound.example.com) echo "credentials not found in native keychain"; exit 1 ;;
  fail.example.com) echo "keychain is locked" >&2; exit 3 ;;
  garbage.example.com) echo "this is not json" ;;
  token.example.com) printf '{"ServerURL":"%s","Username":"<token>","Secret":"refresh-for-%s"}' "$input" "$input" ;;
  *) printf '{"ServerURL":"%s","Username":"helper-user","Secret":"helper-secret-for-%s"}' "$input" "$input" ;;
esac
`;
    const empty = `#!/bin/sh
cat > /dev/null
printf 'empty|\\n' >> '${log}'
echo "credentials not found in native keychain" >&2
exit 1
`;
    await writeFile(join(dir, 'docker-credential-testhelper'), helper);
    await writeFile(join(dir, 'docker-credential-emptyhelper'), empty);
    await chmod(join(dir, 'docker-credential-testhelper'), 0o755);
    await chmod(join(dir, 'docker-credential-emptyhelper'), 0o755);
    savedPath = process.env['PATH'];
    process.env['PATH'] = `${dir}${delimiter}${savedPath ?? ''}`;
  });

  after(async () => {
    if (savedPath === undefined) delete process.env['PATH'];
    else process.env['PATH'] = savedPath;
    await rm(dir, { recursive: true, force: true });
  });

  const calls = async (): Promise<string[]> => {
    try {
      return (await readFile(log, 'utf8')).split('\n').filter((l) => l !== '');
    } catch {
      return [];
    }
  };
  const resetCalls = async (): Promise<void> => {
    await rm(log, { force: true });
  };

  describe('runCredentialHelper', () => {
    const cases: Array<{ registry: string; stdin: string; expected: { username: string; password: string } | undefined }> = [
      { registry: 'ghcr.io', stdin: 'ghcr.io', expected: { username: 'helper-user', password: 'helper-secret-for-ghcr.io' } },
      {
        registry: 'localhost:5000',
        stdin: 'localhost:5000',
        expected: { username: 'helper-user', password: 'helper-secret-for-localhost:5000' },
      },
      {
        registry: 'docker.io',
        stdin: 'https://index.docker.io/v1/',
        expected: { username: 'helper-user', password: 'helper-secret-for-https://index.docker.io/v1/' },
      },
      { registry: 'notfound.example.com', stdin: 'notfound.example.com', expected: undefined },
    ];
    for (const c of cases) {
      it(`${c.registry}: the helper gets "get" and ${JSON.stringify(c.stdin)} on stdin`, async () => {
        await resetCalls();
        assert.deepEqual(await runCredentialHelper('testhelper', c.registry), c.expected);
        assert.deepEqual(await calls(), [`get|${c.stdin}`]);
      });
    }

    const failures: Array<{ name: string; helper: string; registry: string; message: RegExp }> = [
      {
        name: 'a missing helper names docker-credential-<name>',
        helper: 'nosuchhelper',
        registry: 'ghcr.io',
        message: /docker-credential-nosuchhelper is not on PATH/,
      },
      {
        name: 'a failing helper reports its stderr',
        helper: 'testhelper',
        registry: 'fail.example.com',
        message: /docker-credential-testhelper failed for fail\.example\.com: keychain is locked/,
      },
      {
        name: 'a helper printing non-JSON',
        helper: 'testhelper',
        registry: 'garbage.example.com',
        message: /docker-credential-testhelper printed something that is not JSON/,
      },
    ];
    for (const c of failures) {
      it(c.name, async () => {
        await assert.rejects(runCredentialHelper(c.helper, c.registry), (error: unknown) => {
          assert.ok(error instanceof CredentialsError, `expected CredentialsError, got ${String(error)}`);
          assert.match(error.message, c.message);
          return true;
        });
      });
    }
  });

  describe('resolveCredentials precedence', () => {
    const fullConfig = (registry: string, key = registry): DockerConfig =>
      parseDockerConfig(
        JSON.stringify({
          auths: { [key]: { auth: b64('config-user:config-pass') } },
          credHelpers: { [key]: 'testhelper' },
          credsStore: 'testhelper',
        }),
      );
    const cases: Array<{
      name: string;
      registry: string;
      sources: Omit<CredentialSources, 'secret'>;
      config: DockerConfig | undefined;
      expected: Credentials | undefined;
      secrets: string[];
      helperCalls: string[];
    }> = [
      {
        name: 'explicit inputs beat config and github-token',
        registry: 'ghcr.io',
        sources: { explicit: [{ registry: 'ghcr.io', username: 'in-user', password: 'in-pass' }], githubToken: 'ghs_token' },
        config: fullConfig('ghcr.io'),
        expected: { username: 'in-user', password: 'in-pass', source: 'inputs' },
        secrets: ['in-pass'],
        helperCalls: [],
      },
      {
        name: 'explicit inputs for another registry do not apply',
        registry: 'quay.io',
        sources: { explicit: [{ registry: 'ghcr.io', username: 'in-user', password: 'in-pass' }] },
        config: parseDockerConfig(JSON.stringify({ auths: { 'quay.io': { auth: b64('q:qp') } } })),
        expected: { username: 'q', password: 'qp', source: 'docker config.json' },
        secrets: ['qp'],
        helperCalls: [],
      },
      {
        name: 'credHelpers beat auths and credsStore',
        registry: 'ghcr.io',
        sources: { githubToken: 'ghs_token' },
        config: fullConfig('ghcr.io'),
        expected: { username: 'helper-user', password: 'helper-secret-for-ghcr.io', source: 'credential helper testhelper' },
        secrets: ['helper-secret-for-ghcr.io'],
        helperCalls: ['get|ghcr.io'],
      },
      {
        name: 'a credHelper for Docker Hub gets the classic server URL',
        registry: 'docker.io',
        sources: {},
        config: fullConfig('docker.io', 'https://index.docker.io/v1/'),
        expected: {
          username: 'helper-user',
          password: 'helper-secret-for-https://index.docker.io/v1/',
          source: 'credential helper testhelper',
        },
        secrets: ['helper-secret-for-https://index.docker.io/v1/'],
        helperCalls: ['get|https://index.docker.io/v1/'],
      },
      {
        name: 'auths beat credsStore',
        registry: 'registry.example.com',
        sources: {},
        config: parseDockerConfig(
          JSON.stringify({ auths: { 'registry.example.com': { auth: b64('config-user:config:pass') } }, credsStore: 'testhelper' }),
        ),
        expected: { username: 'config-user', password: 'config:pass', source: 'docker config.json' },
        secrets: ['config:pass'],
        helperCalls: [],
      },
      {
        name: 'auths identity token and password both go to the sink',
        registry: 'registry.example.com',
        sources: {},
        config: parseDockerConfig(JSON.stringify({ auths: { 'registry.example.com': { auth: b64('u:pw'), identitytoken: 'idtok' } } })),
        expected: { username: 'u', password: 'pw', identityToken: 'idtok', source: 'docker config.json' },
        secrets: ['pw', 'idtok'],
        helperCalls: [],
      },
      {
        name: 'credsStore when there is no auths entry',
        registry: 'registry.example.com',
        sources: { githubToken: 'ghs_token' },
        config: parseDockerConfig(JSON.stringify({ auths: { 'other.example.com': { auth: b64('o:p') } }, credsStore: 'testhelper' })),
        expected: { username: 'helper-user', password: 'helper-secret-for-registry.example.com', source: 'credential store testhelper' },
        secrets: ['helper-secret-for-registry.example.com'],
        helperCalls: ['get|registry.example.com'],
      },
      {
        name: 'a helper answering <token> hands back an identity token',
        registry: 'token.example.com',
        sources: {},
        config: parseDockerConfig(JSON.stringify({ credHelpers: { 'token.example.com': 'testhelper' } })),
        expected: { identityToken: 'refresh-for-token.example.com', source: 'credential helper testhelper' },
        secrets: ['refresh-for-token.example.com'],
        helperCalls: ['get|token.example.com'],
      },
      {
        name: 'github-token for ghcr.io when nothing else matches, with the actor as user',
        registry: 'ghcr.io',
        sources: { githubToken: 'ghs_token', githubActor: 'octocat' },
        config: parseDockerConfig(JSON.stringify({ auths: { 'quay.io': { auth: b64('q:qp') } } })),
        expected: { username: 'octocat', password: 'ghs_token', source: 'github-token' },
        secrets: ['ghs_token'],
        helperCalls: [],
      },
      {
        name: 'github-token without an actor uses x-access-token',
        registry: 'ghcr.io',
        sources: { githubToken: 'ghs_token' },
        config: undefined,
        expected: { username: 'x-access-token', password: 'ghs_token', source: 'github-token' },
        secrets: ['ghs_token'],
        helperCalls: [],
      },
      {
        name: 'github-token after a helper that has no credentials',
        registry: 'ghcr.io',
        sources: { githubToken: 'ghs_token' },
        config: parseDockerConfig(JSON.stringify({ credHelpers: { 'ghcr.io': 'emptyhelper' } })),
        expected: { username: 'x-access-token', password: 'ghs_token', source: 'github-token' },
        secrets: ['ghs_token'],
        helperCalls: ['empty|'],
      },
      {
        name: 'github-token is never used for other registries',
        registry: 'docker.io',
        sources: { githubToken: 'ghs_token', githubActor: 'octocat' },
        config: undefined,
        expected: undefined,
        secrets: [],
        helperCalls: [],
      },
      {
        name: 'github-token is not used for a ghcr.io look-alike',
        registry: 'ghcr.io.example.com',
        sources: { githubToken: 'ghs_token' },
        config: undefined,
        expected: undefined,
        secrets: [],
        helperCalls: [],
      },
      {
        name: 'nothing configured is anonymous',
        registry: 'notfound.example.com',
        sources: {},
        config: parseDockerConfig(JSON.stringify({ credsStore: 'testhelper' })),
        expected: undefined,
        secrets: [],
        helperCalls: ['get|notfound.example.com'],
      },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        await resetCalls();
        const secrets: string[] = [];
        const result = await resolveCredentials(c.registry, { ...c.sources, secret: (s) => secrets.push(s) }, c.config);
        assert.deepEqual(result, c.expected);
        assert.deepEqual(secrets, c.secrets);
        if (result?.password) assert.ok(secrets.includes(result.password), 'the returned password was registered as a secret');
        if (result?.identityToken)
          assert.ok(secrets.includes(result.identityToken), 'the returned identity token was registered as a secret');
        assert.deepEqual(await calls(), c.helperCalls);
      });
    }

    it('a configured helper that is missing is an error naming docker-credential-<name>', async () => {
      const config = parseDockerConfig(JSON.stringify({ credHelpers: { 'ghcr.io': 'nosuchhelper' } }));
      await assert.rejects(resolveCredentials('ghcr.io', { secret: () => undefined }, config), /docker-credential-nosuchhelper/);
    });
  });

  describe('loadDockerConfig', () => {
    it('reads config.json from the given directory', async () => {
      const configDir = join(dir, 'docker');
      await rm(configDir, { recursive: true, force: true });
      await mkdir(configDir);
      await writeFile(join(configDir, 'config.json'), JSON.stringify({ auths: { 'ghcr.io': { auth: b64('u:p') } } }));
      const config = loadDockerConfig(configDir);
      assert.deepEqual(config && Object.fromEntries(config.auths), { 'ghcr.io': { username: 'u', password: 'p' } });
    });
    it('a directory without config.json gives undefined', () => {
      assert.equal(loadDockerConfig(join(dir, 'does-not-exist')), undefined);
    });
    it('a broken config.json is an error naming its path', async () => {
      const configDir = join(dir, 'broken');
      await mkdir(configDir, { recursive: true });
      await writeFile(join(configDir, 'config.json'), '{');
      assert.throws(
        () => loadDockerConfig(configDir),
        (error: unknown) => error instanceof CredentialsError && error.message.includes(join(configDir, 'config.json')),
      );
    });
  });
});
