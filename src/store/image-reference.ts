// What a user writes for a place an image lives: a registry reference (`ghcr.io/acme/app:v1`, `nginx`) or a file
// (`oci:./out:v1`, `oci-archive:app.tar`, `docker-archive:app.tar:app:1`; these prefixes always mean files).
import { formatReference, parseReference, type Reference } from '../oci/reference.ts';
import { parseFileReference, type FileReference } from './file-reference.ts';

export type ImageReference =
  | {
      readonly kind: 'registry';
      readonly reference: Reference;
      readonly text: string;
      /** Written without tag or digest (`ghcr.io/acme/app`): `latest` was filled in, or a release's tags go there. */
      readonly tagImplied: boolean;
    }
  | { readonly kind: 'file'; readonly file: FileReference; readonly text: string };

/** Throws InvalidReferenceError or InvalidFileReferenceError, each quoting the text. */
export function parseImageReference(text: string): ImageReference {
  const file = parseFileReference(text.trim());
  if (file) return { kind: 'file', file, text: file.text };
  const reference = parseReference(text);
  // A tag or digest is written after the last path component's start; a port's colon comes before a slash.
  const last = text.trim().split('/').pop() ?? '';
  return { kind: 'registry', reference, text: formatReference(reference), tagImplied: !last.includes(':') && !last.includes('@') };
}

/** Registries an image reference list touches (files touch none). */
export function registriesOf(references: readonly ImageReference[]): string[] {
  return references.flatMap((r) => (r.kind === 'registry' ? [r.reference.registry] : []));
}
