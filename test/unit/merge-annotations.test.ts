import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MergeError } from '../../src/merge/errors.ts';
import { parseAnnotations } from '../../src/merge/annotations.ts';

function mergeError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof MergeError, `expected MergeError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('the input was accepted but should have been rejected');
}

describe('parseAnnotations', () => {
  const cases: Array<[string[], Record<string, string>]> = [
    [[], {}],
    [['org.opencontainers.image.description=My app'], { 'org.opencontainers.image.description': 'My app' }],
    [['a=1', 'b=2'], { a: '1', b: '2' }],
    [['url=https://x.example/?q=1&r=2'], { url: 'https://x.example/?q=1&r=2' }],
    [['list=a, b, c'], { list: 'a, b, c' }],
    [['  key  =  spaced value  '], { key: 'spaced value' }],
    [['empty='], { empty: '' }],
    [['', '   ', 'a=1'], { a: '1' }],
  ];
  for (const [lines, expected] of cases) {
    it(`${JSON.stringify(lines)} -> ${JSON.stringify(expected)}`, () => assert.deepEqual(parseAnnotations(lines), expected));
  }

  it('a line without "=" is an error quoting it', () => {
    const message = mergeError(() => parseAnnotations(['a=1', 'org.opencontainers.image.description']));
    assert.match(message, /^annotation "org\.opencontainers\.image\.description" has no "="; expected key=value/);
  });
  it('an empty key is an error quoting the line', () => {
    assert.match(
      mergeError(() => parseAnnotations(['=value'])),
      /^annotation "=value" has an empty key; expected key=value/,
    );
    assert.ok(mergeError(() => parseAnnotations(['  =value'])).startsWith('annotation "  =value" has an empty key'));
  });
  it('a key given twice is an error quoting both', () => {
    const message = mergeError(() => parseAnnotations(['a=1', 'a=2']));
    assert.match(message, /"a" is given twice \("a=1" and "a=2"\)/);
  });
  it('keys such as __proto__ are plain keys', () => {
    const annotations = parseAnnotations(['__proto__=x', 'constructor=y']);
    assert.deepEqual(Object.keys(annotations), ['__proto__', 'constructor']);
    assert.equal(annotations['__proto__'], 'x');
  });
});
