// parseFileReference: the three skopeo prefixes, what each part means, and clear errors for malformed ones.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InvalidFileReferenceError, parseFileReference } from '../../src/store/file-reference.ts';

describe('parseFileReference', () => {
  const cases: [string, { kind: string; path: string; reference: string | undefined; name: string }][] = [
    ['oci:./out', { kind: 'oci', path: './out', reference: undefined, name: 'oci:./out' }],
    ['oci:/abs/dir:v1.2.3', { kind: 'oci', path: '/abs/dir', reference: 'v1.2.3', name: 'oci:/abs/dir' }],
    ['oci:dir:ghcr.io/acme/app:v1', { kind: 'oci', path: 'dir', reference: 'ghcr.io/acme/app:v1', name: 'oci:dir' }],
    ['oci-archive:app.tar', { kind: 'oci-archive', path: 'app.tar', reference: undefined, name: 'oci-archive:app.tar' }],
    ['oci-archive:app.tar:latest', { kind: 'oci-archive', path: 'app.tar', reference: 'latest', name: 'oci-archive:app.tar' }],
    ['docker-archive:app.tar', { kind: 'docker-archive', path: 'app.tar', reference: undefined, name: 'docker-archive:app.tar' }],
    [
      'docker-archive:app.tar.gz:app:1',
      { kind: 'docker-archive', path: 'app.tar.gz', reference: 'app:1', name: 'docker-archive:app.tar.gz' },
    ],
    [
      'docker-archive:x.tar:127.0.0.1:5000/team/app:v2',
      { kind: 'docker-archive', path: 'x.tar', reference: '127.0.0.1:5000/team/app:v2', name: 'docker-archive:x.tar' },
    ],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${text}`, () => {
      assert.deepEqual(parseFileReference(text), { ...expected, text });
    });
  }

  it('leaves registry references alone', () => {
    for (const text of ['ghcr.io/acme/app:v1', 'nginx', 'localhost:5000/oci:v1', 'docker://x/y', 'ocix:dir']) {
      assert.equal(parseFileReference(text), undefined, text);
    }
  });

  const bad: [string, RegExp][] = [
    ['oci:', /the path is empty; expected oci:PATH\[:REF\]/],
    ['oci-archive::v1', /the path is empty; expected oci-archive:FILE\[:REF\]/],
    ['oci:dir:', /the part after "dir:" is empty/],
    ['oci:dir:bad name', /"bad name" is not a valid ref\.name/],
    ['oci:dir:-v1', /"-v1" is not a valid ref\.name/],
    ['docker-archive:app.tar:app', /"app" has no tag; expected NAME:TAG/],
    ['docker-archive:app.tar:host:5000/app', /"host:5000\/app" has no tag/],
    ['docker-archive:app.tar:app@sha256:abc', /names a digest/],
    ['docker-archive:app.tar:UPPER/app:1', /"UPPER\/app:1" is not NAME:TAG/],
  ];
  for (const [text, message] of bad) {
    it(`refuses ${JSON.stringify(text)}, quoting it`, () => {
      assert.throws(
        () => parseFileReference(text),
        (error: unknown) =>
          error instanceof InvalidFileReferenceError && error.message.includes(`"${text}"`) && message.test(error.message),
      );
    });
  }
});
