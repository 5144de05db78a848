// Images as files, named as skopeo names them: `oci:PATH[:REF]`, `oci-archive:FILE[:REF]`,
// `docker-archive:FILE[:NAME:TAG]`. These prefixes always mean files; anything else is left to the registry parser.
// Only the grammar lives here, so parsing inputs loads no store (file-store.ts opens them).
import { parseReference } from '../oci/reference.ts';

export type FileKind = 'oci' | 'oci-archive' | 'docker-archive';

export interface FileReference {
  readonly kind: FileKind;
  /** What the user wrote, whole. */
  readonly text: string;
  /** The path as written (relative paths are resolved against `options.cwd` when opened). */
  readonly path: string;
  /** REF (a ref.name for OCI, NAME:TAG for docker-archive), or undefined for "the only image in it". */
  readonly reference: string | undefined;
  /** What the user wrote without the `:REF` part: the store's name (`oci:./out`). */
  readonly name: string;
}

export class InvalidFileReferenceError extends Error {
  readonly input: string;
  constructor(input: string, reason: string) {
    super(`Invalid file reference "${input}": ${reason}.`);
    this.name = 'InvalidFileReferenceError';
    this.input = input;
  }
}

const KINDS: readonly FileKind[] = ['oci-archive', 'docker-archive', 'oci'];
const FORMS: Record<FileKind, string> = {
  oci: 'oci:PATH[:REF]',
  'oci-archive': 'oci-archive:FILE[:REF]',
  'docker-archive': 'docker-archive:FILE[:NAME:TAG]',
};
// The grammar of org.opencontainers.image.ref.name (OCI image layout spec, annotations).
const REF_NAME = /^[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*(?:\/[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*)*$/;

/**
 * Parse a file reference. Undefined when the text has none of the three prefixes (so it is a registry reference);
 * throws InvalidFileReferenceError when it has one but the rest is malformed. As in skopeo, the path ends at the
 * first colon after the prefix: a path cannot hold a colon, a REF can (`docker-archive:app.tar:host:5000/app:v1`).
 */
export function parseFileReference(text: string): FileReference | undefined {
  const kind = KINDS.find((k) => text.startsWith(`${k}:`));
  if (kind === undefined) return undefined;
  const rest = text.slice(kind.length + 1);
  const colon = rest.indexOf(':');
  const path = colon < 0 ? rest : rest.slice(0, colon);
  const reference = colon < 0 ? undefined : rest.slice(colon + 1);
  if (path.trim() === '') throw new InvalidFileReferenceError(text, `the path is empty; expected ${FORMS[kind]}`);
  if (/[\0\n\r]/.test(path)) throw new InvalidFileReferenceError(text, `the path holds a control character; expected ${FORMS[kind]}`);
  if (reference !== undefined) {
    if (reference === '') throw new InvalidFileReferenceError(text, `the part after "${path}:" is empty; expected ${FORMS[kind]}`);
    if (kind === 'docker-archive') checkDockerName(text, reference);
    else if (!REF_NAME.test(reference)) {
      throw new InvalidFileReferenceError(
        text,
        `"${reference}" is not a valid ref.name; expected letters and digits joined by - . _ : @ + or /, e.g. v1.2.3`,
      );
    }
  }
  return { kind, text, path, reference, name: `${kind}:${path}` };
}

function checkDockerName(text: string, reference: string): void {
  if (reference.includes('@')) {
    throw new InvalidFileReferenceError(text, `"${reference}" names a digest; a docker-archive names its images by NAME:TAG, e.g. app:v1`);
  }
  const lastSlash = reference.lastIndexOf('/');
  if (reference.lastIndexOf(':') <= lastSlash) {
    throw new InvalidFileReferenceError(text, `"${reference}" has no tag; expected NAME:TAG, e.g. app:v1`);
  }
  try {
    parseReference(reference);
  } catch (error) {
    throw new InvalidFileReferenceError(text, `"${reference}" is not NAME:TAG (${(error as Error).message.replace(/\.$/, '')})`);
  }
}
