import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { escapeSummary, neutraliseCommands } from '../../src/action/escape.ts';

const ZWSP = '\u200b';

/**
 * The lines the Actions runner would run as workflow commands. The runner splits output with .NET ReadLine
 * ("\n", "\r\n" and a lone "\r" all end a line), runs `::name ...::data` when a line starts with "::" after
 * TrimStart(), and the legacy `##[name ...]data` form anywhere in a line (actions/runner ActionCommand.cs).
 */
function runnerCommands(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => {
    const trimmed = line.replace(/^[\s\u0085]+/, '');
    return (trimmed.startsWith('::') && trimmed.indexOf('::', 2) > 0) || line.includes('##[');
  });
}

describe('neutraliseCommands', () => {
  const cases: Array<{ name: string; input: string; expected: string }> = [
    { name: 'command at the start of the text', input: '::error::x', expected: `:${ZWSP}:error::x` },
    { name: 'command at the start of a later line', input: 'registry said:\n::error::x', expected: `registry said:\n:${ZWSP}:error::x` },
    { name: 'command after leading spaces', input: '   ::warning file=a::x', expected: `   :${ZWSP}:warning file=a::x` },
    { name: 'command after a leading tab', input: 'a\n\t::add-mask::x', expected: `a\n\t:${ZWSP}:add-mask::x` },
    {
      name: 'command after CRLF',
      input: 'a\r\n::set-output name=digest::sha256:evil',
      expected: `a\r\n:${ZWSP}:set-output name=digest::sha256:evil`,
    },
    {
      name: 'every line with a command',
      input: '::group::a\n::endgroup::\n  ::stop-commands::tok',
      expected: `:${ZWSP}:group::a\n:${ZWSP}:endgroup::\n  :${ZWSP}:stop-commands::tok`,
    },
    { name: 'command after blank lines', input: '\n\n::error::x', expected: `\n\n:${ZWSP}:error::x` },
    {
      name: 'mid-line "::" is left alone',
      input: 'digest sha256::abc and ::error::x mid-line',
      expected: 'digest sha256::abc and ::error::x mid-line',
    },
    { name: 'plain text is unchanged', input: 'Copied ghcr.io/acme/app:v1 in 2.0 s.', expected: 'Copied ghcr.io/acme/app:v1 in 2.0 s.' },
    { name: 'empty text', input: '', expected: '' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const out = neutraliseCommands(c.input);
      assert.equal(out, c.expected);
      assert.equal(out.replaceAll(ZWSP, ''), c.input, 'only a zero-width space is added');
      assert.deepEqual(runnerCommands(out), [], 'the runner would run no command');
    });
  }

  // Other ways the runner starts a line or recognises a command: whatever the output, none may run.
  const bypasses: Array<{ name: string; input: string }> = [
    { name: 'command after a lone carriage return (ReadLine ends a line there)', input: 'progress 50%\r::error::injected' },
    { name: 'command after NEL, which .NET TrimStart() removes', input: '\u0085::error::injected' },
    { name: 'legacy ##[command] at the start of a line', input: '##[error]injected' },
    { name: 'legacy ##[command] in mid-line', input: 'registry said: ##[add-mask]x' },
  ];
  for (const c of bypasses) {
    it(`neutralises a ${c.name}`, () => {
      assert.ok(runnerCommands(c.input).length > 0, 'the input itself is a command to the runner');
      const out = neutraliseCommands(c.input);
      assert.deepEqual(runnerCommands(out), [], `the runner would still run: ${JSON.stringify(out)}`);
    });
  }
});

describe('escapeSummary', () => {
  const cases: Array<{ name: string; input: string; expected: string }> = [
    { name: 'script tag', input: '<script>alert(1)</script>', expected: '&lt;script&gt;alert(1)&lt;/script&gt;' },
    { name: 'img with onerror', input: '<img src=x onerror="alert(1)">', expected: '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;' },
    { name: 'table pipe', input: 'a | b', expected: 'a &#124; b' },
    {
      name: 'markdown emphasis and links',
      input: '*bold* _it_ [link](http://x)',
      expected: '&#42;bold&#42; &#95;it&#95; &#91;link&#93;(http://x)',
    },
    { name: 'backticks and backslashes', input: '`code` \\*', expected: '&#96;code&#96; &#92;&#42;' },
    { name: 'quotes', input: `"double" 'single'`, expected: '&quot;double&quot; &#39;single&#39;' },
    { name: 'ampersand first, so entities are not double-decoded', input: '&lt;b&gt;', expected: '&amp;lt;b&amp;gt;' },
    { name: 'newline becomes a space', input: 'line one\nline two', expected: 'line one line two' },
    { name: 'CRLF becomes a space', input: 'line one\r\nline two', expected: 'line one line two' },
    { name: 'blank line (would end an HTML block) becomes spaces', input: 'a\n\n# heading', expected: 'a  # heading' },
    { name: 'plain reference is unchanged', input: 'ghcr.io/acme/app:v1@sha256:abc', expected: 'ghcr.io/acme/app:v1@sha256:abc' },
    { name: 'empty', input: '', expected: '' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.equal(escapeSummary(c.input), c.expected);
    });
  }

  it('a lone carriage return (a line ending to Markdown) does not survive', () => {
    const out = escapeSummary('a\r\r# injected heading');
    assert.ok(!/[\r\n]/.test(out), `line ending kept: ${JSON.stringify(out)}`);
  });

  it('no markup character survives in any input', () => {
    const nasty = '<>&"\'|`*_[]\\\n\r\n';
    const out = escapeSummary(nasty.repeat(3));
    assert.ok(!/[<>"'|`*_[\]\\\n]/.test(out), out);
  });
});
