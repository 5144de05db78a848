import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  InputError,
  parseCredentialLine,
  parseCredentialLines,
  parseInputs,
  secretsInInputs,
  type ActionInputs,
} from '../../src/action/inputs.ts';
import { DEFAULT_CONCURRENCY, MAX_CONCURRENCY } from '../../src/defaults.ts';
import { splitList } from '../../src/display.ts';

const digest = `sha256:${createHash('sha256').update('inputs').digest('hex')}`;

/** A reader over plain values, like core.getInput: a missing input reads as ''. */
const reader =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? '';
const minimal = { source: 'ghcr.io/acme/app:sha-1a2b3c', targets: 'docker.io/acme/app:v1' };

function problemsOf(values: Record<string, string>): readonly string[] {
  try {
    parseInputs(reader(values));
  } catch (error) {
    assert.ok(error instanceof InputError, `expected InputError, got ${String(error)}`);
    assert.equal(error.message, error.problems.join('\n'));
    return error.problems;
  }
  assert.fail('parseInputs accepted inputs that should be rejected');
}

describe('splitList', () => {
  const cases: Array<[string, string[]]> = [
    ['', []],
    ['a', ['a']],
    ['a\nb', ['a', 'b']],
    ['a\r\nb\r\n', ['a', 'b']],
    ['a, b,c', ['a', 'b', 'c']],
    ['a,\n\n  b  \n,', ['a', 'b']],
    ['# only a comment\na', ['a']],
    ['a # trailing comment\nb', ['a', 'b']],
    ['  # indented comment\nb', ['b']],
    ['a,b # comment, with, commas', ['a', 'b']],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} -> ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(splitList(input), expected);
    });
  }
});

describe('parseInputs: accepted inputs', () => {
  it('defaults: concurrency 8, all platforms, no credentials', () => {
    const inputs = parseInputs(reader(minimal));
    assert.deepEqual(
      inputs.sources.map((s) => s.kind === 'registry' && s.reference),
      [{ registry: 'ghcr.io', repository: 'acme/app', tag: 'sha-1a2b3c' }],
    );
    assert.deepEqual(
      inputs.targets.map((t) => t.kind === 'registry' && t.reference),
      [{ registry: 'docker.io', repository: 'acme/app', tag: 'v1' }],
    );
    assert.equal(inputs.concurrency, DEFAULT_CONCURRENCY);
    assert.equal(inputs.platforms, undefined);
    assert.equal(inputs.registry, undefined);
    assert.equal(inputs.username, undefined);
    assert.equal(inputs.password, undefined);
    assert.equal(inputs.githubToken, undefined);
    assert.deepEqual([...inputs.insecureRegistries], []);
    assert.deepEqual(inputs.credentials, []);
    assert.equal(inputs.dryRun, false);
  });

  const dryRunCases: Array<[string, boolean]> = [
    ['', false],
    ['false', false],
    ['no', false],
    ['0', false],
    ['off', false],
    ['true', true],
    ['TRUE', true],
    [' yes ', true],
    ['1', true],
    ['on', true],
  ];
  for (const [text, expected] of dryRunCases) {
    it(`dry-run ${JSON.stringify(text)} -> ${expected}`, () => {
      assert.equal(parseInputs(reader({ ...minimal, 'dry-run': text })).dryRun, expected);
    });
  }

  const platformCases: Array<{ text: string; expected: ActionInputs['platforms'] }> = [
    { text: '', expected: undefined },
    { text: 'all', expected: undefined },
    { text: ' ALL ', expected: undefined },
    { text: 'linux/amd64', expected: [{ os: 'linux', architecture: 'amd64' }] },
    {
      text: 'linux/amd64,linux/arm64/v8',
      expected: [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64', variant: 'v8' },
      ],
    },
    {
      text: 'linux/amd64\nlinux/arm/v7 # 32-bit',
      expected: [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm', variant: 'v7' },
      ],
    },
  ];
  for (const c of platformCases) {
    it(`platforms ${JSON.stringify(c.text)}`, () => {
      assert.deepEqual(parseInputs(reader({ ...minimal, platforms: c.text })).platforms, c.expected);
    });
  }

  const targetCases: Array<{ name: string; text: string; expected: string[] }> = [
    {
      name: 'one per line',
      text: 'ghcr.io/acme/app:v1\nghcr.io/acme/app:latest',
      expected: ['ghcr.io/acme/app:v1', 'ghcr.io/acme/app:latest'],
    },
    { name: 'commas', text: 'ghcr.io/acme/app:v1, quay.io/acme/app:v1', expected: ['ghcr.io/acme/app:v1', 'quay.io/acme/app:v1'] },
    {
      name: 'lines and commas mixed, blanks dropped',
      text: '\nghcr.io/a/b:1,ghcr.io/a/b:2\n\n  ghcr.io/a/b:3  \n',
      expected: ['ghcr.io/a/b:1', 'ghcr.io/a/b:2', 'ghcr.io/a/b:3'],
    },
    {
      name: '# comments ignored',
      text: '# production\nghcr.io/a/b:prod # the live tag\n# ghcr.io/a/b:disabled',
      expected: ['ghcr.io/a/b:prod'],
    },
    {
      name: 'Docker Hub short names normalised',
      text: 'nginx\nacme/app:v2',
      expected: ['docker.io/library/nginx:latest', 'docker.io/acme/app:v2'],
    },
    { name: 'digest-only target', text: `ghcr.io/a/b@${digest}`, expected: [`ghcr.io/a/b@${digest}`] },
  ];
  for (const c of targetCases) {
    it(`targets: ${c.name}`, () => {
      const inputs = parseInputs(reader({ ...minimal, targets: c.text }));
      assert.deepEqual(
        inputs.targets.map((t) => t.text),
        c.expected,
      );
    });
  }

  const concurrencyCases: Array<[string, number]> = [
    ['1', 1],
    ['16', 16],
    [' 32 ', 32],
    [String(MAX_CONCURRENCY), MAX_CONCURRENCY],
  ];
  for (const [text, expected] of concurrencyCases) {
    it(`concurrency ${JSON.stringify(text)} -> ${expected}`, () => {
      assert.equal(parseInputs(reader({ ...minimal, concurrency: text })).concurrency, expected);
    });
  }

  const registryCases: Array<{ name: string; values: Record<string, string>; registry: string | undefined }> = [
    {
      name: 'defaults to the first target registry when username is given',
      values: { ...minimal, targets: 'quay.io/acme/app:v1\nghcr.io/acme/app:v1', username: 'bot', password: 'pw' },
      registry: 'quay.io',
    },
    {
      name: 'defaults to docker.io for a Docker Hub first target',
      values: { ...minimal, targets: 'acme/app:v1', username: 'bot', password: 'pw' },
      registry: 'docker.io',
    },
    {
      name: 'explicit registry is normalised',
      values: { ...minimal, registry: 'https://Index.Docker.io/v1/', username: 'bot', password: 'pw' },
      registry: 'docker.io',
    },
    {
      name: 'explicit registry with port',
      values: { ...minimal, registry: 'localhost:5000', username: 'bot', password: 'pw' },
      registry: 'localhost:5000',
    },
    { name: 'no registry without username', values: { ...minimal }, registry: undefined },
  ];
  for (const c of registryCases) {
    it(`registry ${c.name}`, () => {
      assert.equal(parseInputs(reader(c.values)).registry, c.registry);
    });
  }

  it('credentials, github-token and insecure registries are passed through', () => {
    const inputs = parseInputs(
      reader({
        ...minimal,
        username: ' bot ',
        password: ' pass with spaces ',
        'github-token': 'ghs_x',
        'insecure-registries': 'Registry.Local:5000, 10.0.0.5:5000',
      }),
    );
    assert.equal(inputs.username, 'bot');
    assert.equal(inputs.password, ' pass with spaces ', 'passwords are not trimmed');
    assert.equal(inputs.githubToken, 'ghs_x');
    assert.deepEqual([...inputs.insecureRegistries], ['registry.local:5000', '10.0.0.5:5000']);
  });
});

describe('parseInputs: rejected inputs quote the offending value', () => {
  const cases: Array<{ name: string; values: Record<string, string>; problem: RegExp; quoted: string | undefined }> = [
    { name: 'missing source', values: { targets: minimal.targets }, problem: /Input "source" is required/, quoted: undefined },
    {
      name: 'invalid source',
      values: { ...minimal, source: 'ghcr.io/Acme/app' },
      problem: /Input "source": .*must be lowercase/,
      quoted: 'ghcr.io/Acme/app',
    },
    { name: 'missing targets', values: { source: minimal.source }, problem: /Input "targets" is required/, quoted: undefined },
    {
      name: 'only comments as targets',
      values: { source: minimal.source, targets: '# nothing here' },
      problem: /Input "targets" is required/,
      quoted: undefined,
    },
    {
      name: 'invalid target',
      values: { ...minimal, targets: 'ghcr.io/acme/app:.bad' },
      problem: /Input "targets": .*tag/,
      quoted: 'ghcr.io/acme/app:.bad',
    },
    {
      name: 'duplicate target',
      values: { ...minimal, targets: 'ghcr.io/a/b:v1\nghcr.io/a/b:v1' },
      problem: /lists ghcr\.io\/a\/b:v1 twice/,
      quoted: 'ghcr.io/a/b:v1',
    },
    {
      name: 'duplicate target written differently (nginx and its canonical form)',
      values: { ...minimal, targets: 'nginx\ndocker.io/library/nginx:latest' },
      problem: /lists docker\.io\/library\/nginx:latest twice \("nginx" and "docker\.io\/library\/nginx:latest"\)/,
      quoted: 'docker.io/library/nginx:latest',
    },
    {
      name: 'duplicate target via a Docker Hub alias',
      values: { ...minimal, targets: 'index.docker.io/acme/app:v1, acme/app:v1' },
      problem: /lists docker\.io\/acme\/app:v1 twice/,
      quoted: 'acme/app:v1',
    },
    {
      name: 'duplicate target via upper-case host',
      values: { ...minimal, targets: 'GHCR.io/a/b:v1\nghcr.io/a/b:v1' },
      problem: /twice/,
      quoted: 'GHCR.io/a/b:v1',
    },
    {
      name: 'target with tag and digest',
      values: { ...minimal, targets: `ghcr.io/a/b:v1@${digest}` },
      problem: /names both a tag and a digest/,
      quoted: `ghcr.io/a/b:v1@${digest}`,
    },
    {
      name: 'username without password',
      values: { ...minimal, username: 'bot' },
      problem: /Input "username" \("bot"\) was given without "password"/,
      quoted: 'bot',
    },
    {
      name: 'password without username',
      values: { ...minimal, password: 'secret' },
      problem: /Input "password" was given without "username"/,
      quoted: undefined,
    },
    {
      name: 'concurrency 0',
      values: { ...minimal, concurrency: '0' },
      problem: /Input "concurrency" is "0"; expected a whole number from 1 to 64/,
      quoted: '0',
    },
    { name: 'concurrency 65', values: { ...minimal, concurrency: '65' }, problem: /Input "concurrency" is "65"/, quoted: '65' },
    { name: 'concurrency abc', values: { ...minimal, concurrency: 'abc' }, problem: /Input "concurrency" is "abc"/, quoted: 'abc' },
    { name: 'concurrency 1.5', values: { ...minimal, concurrency: '1.5' }, problem: /Input "concurrency" is "1\.5"/, quoted: '1.5' },
    { name: 'concurrency -1', values: { ...minimal, concurrency: '-1' }, problem: /Input "concurrency" is "-1"/, quoted: '-1' },
    { name: 'concurrency 1e1', values: { ...minimal, concurrency: '1e1' }, problem: /Input "concurrency" is "1e1"/, quoted: '1e1' },
    {
      name: 'bad platform',
      values: { ...minimal, platforms: 'linux/amd64,linux' },
      problem: /Input "platforms": platform "linux" is not valid/,
      quoted: 'linux',
    },
    {
      name: 'bad registry',
      values: { ...minimal, registry: 'not a host', username: 'u', password: 'p' },
      problem: /Input "registry" is "not a host"/,
      quoted: 'not a host',
    },
    {
      name: 'dry-run that is not a boolean',
      values: { ...minimal, 'dry-run': 'maybe' },
      problem: /Input "dry-run" is "maybe"; expected true or false/,
      quoted: 'maybe',
    },
    {
      name: 'bad insecure registry',
      values: { ...minimal, 'insecure-registries': 'ok.example.com, bad_host' },
      problem: /Input "insecure-registries" has "bad_host"/,
      quoted: 'bad_host',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const problems = problemsOf(c.values);
      assert.equal(problems.length, 1, `exactly one problem expected: ${problems.join(' | ')}`);
      assert.match(problems[0]!, c.problem);
      if (c.quoted !== undefined) assert.ok(problems[0]!.includes(`"${c.quoted}"`), `quotes ${c.quoted}: ${problems[0]}`);
    });
  }

  it('the password is never quoted in a problem', () => {
    const problems = problemsOf({ ...minimal, password: 'hunter2-secret' });
    assert.ok(
      problems.every((p) => !p.includes('hunter2-secret')),
      problems.join('\n'),
    );
  });

  it('reports every problem at once, each quoting its value', () => {
    const problems = problemsOf({
      source: 'Bad/Source',
      targets: `ghcr.io/a/b:v1\nghcr.io/a/b:v1\nghcr.io/a/b:-x\nghcr.io/a/b:v2@${digest}`,
      platforms: 'linux',
      username: 'bot',
      concurrency: '65',
      'insecure-registries': 'bad_host',
    });
    const expectations: Array<[RegExp, string]> = [
      [/^Input "source": /, 'Bad/Source'],
      [/twice/, 'ghcr.io/a/b:v1'],
      [/^Input "targets": .*tag/, 'ghcr.io/a/b:-x'],
      [/both a tag and a digest/, `ghcr.io/a/b:v2@${digest}`],
      [/^Input "platforms"/, 'linux'],
      [/^Input "username"/, 'bot'],
      [/^Input "insecure-registries"/, 'bad_host'],
      [/^Input "concurrency"/, '65'],
    ];
    assert.equal(problems.length, expectations.length, problems.join('\n'));
    for (const [pattern, value] of expectations) {
      const problem = problems.find((p) => pattern.test(p));
      assert.ok(problem, `no problem matching ${pattern}: ${problems.join('\n')}`);
      assert.ok(problem.includes(`"${value}"`), `${problem} should quote "${value}"`);
    }
  });
});

describe('credentials input (registry=username:password per line)', () => {
  const accepted: Array<{ name: string; text: string; expected: Array<{ registry: string; username: string; password: string }> }> = [
    { name: 'one line', text: 'ghcr.io=bot:ghp_token', expected: [{ registry: 'ghcr.io', username: 'bot', password: 'ghp_token' }] },
    {
      name: 'password holding ":" and "="',
      text: 'quay.io=robot:p:a=s=s',
      expected: [{ registry: 'quay.io', username: 'robot', password: 'p:a=s=s' }],
    },
    { name: 'registry with a port', text: 'localhost:5000=u:p', expected: [{ registry: 'localhost:5000', username: 'u', password: 'p' }] },
    { name: 'registry normalised', text: 'Index.Docker.io=hub:pw', expected: [{ registry: 'docker.io', username: 'hub', password: 'pw' }] },
    {
      name: 'several lines, CRLF, blank lines and comments',
      text: '# registries\r\nghcr.io=a:1\r\n\r\n  quay.io=b:2  \n# done',
      expected: [
        { registry: 'ghcr.io', username: 'a', password: '1' },
        { registry: 'quay.io', username: 'b', password: '2' },
      ],
    },
    { name: 'empty input', text: '', expected: [] },
  ];
  for (const c of accepted) {
    it(`accepts ${c.name}`, () => {
      const problems: string[] = [];
      assert.deepEqual(parseCredentialLines(c.text, problems), c.expected);
      assert.deepEqual(problems, []);
      assert.deepEqual(parseInputs(reader({ ...minimal, credentials: c.text })).credentials, c.expected);
    });
  }

  const rejected: Array<{ name: string; text: string; problem: RegExp; secret: string }> = [
    {
      name: 'no "=" at all',
      text: 'ghcr.io bot Sekr3tE',
      problem: /line 1 "ghcr\.io…" is not registry=username:password/,
      secret: 'Sekr3tE',
    },
    { name: 'nothing before "="', text: '=bot:Sekr3tA', problem: /line 1 \(no registry before "="\)/, secret: 'Sekr3tA' },
    {
      name: 'no ":" after "="',
      text: 'ghcr.io=Sekr3tB',
      problem: /line 1 "ghcr\.io…" is not registry=username:password/,
      secret: 'Sekr3tB',
    },
    {
      name: 'not a registry host',
      text: '# c\n\nbad host=u:Sekr3tC',
      problem: /line 3 "bad…" is not registry=username:password/,
      secret: 'Sekr3tC',
    },
    {
      name: 'an invalid host name',
      text: 'bad_host!=u:Sekr3tF',
      problem: /line 1 names "bad_host!", which is not a registry host/,
      secret: 'Sekr3tF',
    },
    // Typos that put the secret before the first "=": the problem must still not print it.
    {
      name: '":" written instead of "=", token with "=" padding',
      text: 'ghcr.io:bot:dGVzdFNla3JldA==',
      problem: /line 1 .*is not registry=username:password/,
      secret: 'dGVzdFNla3JldA',
    },
    {
      name: 'space written instead of "=", password holding "="',
      text: 'ghcr.io bot:Sekr3tD=x',
      problem: /line 1 .*is not registry=username:password/,
      secret: 'Sekr3tD',
    },
  ];
  for (const c of rejected) {
    it(`rejects ${c.name} without printing the secret`, () => {
      const problems = problemsOf({ ...minimal, credentials: c.text });
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0]!, c.problem);
      assert.ok(!problems[0]!.includes(c.secret), `the problem prints the secret: ${problems[0]}`);
    });
  }
});

describe('secretsInInputs', () => {
  const cases: Array<{ name: string; values: Record<string, string>; expected: string[] }> = [
    { name: 'nothing secret', values: { source: 'a', targets: 'b' }, expected: [] },
    { name: 'password and github-token', values: { password: 'pw', 'github-token': 'ghs_x' }, expected: ['pw', 'ghs_x'] },
    { name: 'padded password masked as given and trimmed', values: { password: '  pw  ' }, expected: ['  pw  ', 'pw'] },
    {
      name: 'passwords of credentials lines, holding ":" and "="',
      values: { credentials: 'ghcr.io=a:one\nquay.io=b:t:w=o\n# c' },
      expected: ['one', 't:w=o'],
    },
    {
      name: 'a password found in a malformed credentials line',
      values: { credentials: '=bot:Sekr3t' },
      expected: ['Sekr3t', 'bot:Sekr3t'],
    },
    {
      name: 'everything after the first separator of a mistyped line',
      values: { credentials: 'ghcr.io:bot:dGVzdA==' },
      expected: ['bot:dGVzdA=='],
    },
    { name: 'the same secret twice is listed once', values: { password: 'same', credentials: 'ghcr.io=a:same' }, expected: ['same'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(new Set(secretsInInputs(reader(c.values))), new Set(c.expected));
    });
  }
});

describe('the credential-line grammar is one: what the parser accepts, the masker masks', () => {
  // Lines built from the characters the grammar cares about, every combination up to a length, plus random longer
  // ones: whatever a line parses to, each password the parser returns (and every secret part of a rejected line) is
  // among the masks. A masker that read lines its own way would miss some of these.
  const alphabet = ['=', ':', ' ', 'a', 'h.io', '#', '5', 'P'];
  const lines: string[] = [];
  const build = (prefix: string, depth: number): void => {
    lines.push(prefix);
    if (depth === 0) return;
    for (const c of alphabet) build(prefix + c, depth - 1);
  };
  build('', 5);
  let seed = 7;
  const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (let i = 0; i < 2000; i++) lines.push(Array.from({ length: 6 + random(14) }, () => alphabet[random(alphabet.length)]!).join(''));

  it(`holds for ${lines.length} lines`, () => {
    for (const line of lines) {
      const masks = new Set(secretsInInputs(reader({ credentials: `${line}\nghcr.io=u:other` })));
      const parsed = parseCredentialLine(line);
      const problems: string[] = [];
      for (const entry of parseCredentialLines(line, problems)) {
        if (entry.password.trim() !== '') assert.ok(masks.has(entry.password), `${JSON.stringify(line)}: password unmasked`);
      }
      if (parsed.kind === 'malformed') {
        for (const secret of parsed.secrets) assert.ok(masks.has(secret), `${JSON.stringify(line)}: ${JSON.stringify(secret)} unmasked`);
      }
      assert.ok(masks.has('other'), 'the next line is still read');
    }
  });

  const shapes: Array<[string, CredentialLineKind]> = [
    ['', 'blank'],
    ['# ghcr.io=u:p', 'blank'],
    ['ghcr.io=u:p', 'entry'],
    ['localhost:5000=u:p:q', 'entry'],
    ['ghcr.io=u', 'malformed'],
    ['ghcr.io:u:p', 'malformed'],
    ['=u:p', 'malformed'],
    ['a b=u:p', 'malformed'],
  ];
  for (const [line, kind] of shapes) {
    it(`${JSON.stringify(line)} is ${kind}`, () => {
      assert.equal(parseCredentialLine(line).kind, kind);
    });
  }
});

type CredentialLineKind = ReturnType<typeof parseCredentialLine>['kind'];
