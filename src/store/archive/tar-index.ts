// One pass over a tar's headers, recording where each member's bytes are, so members can later be read by offset
// without extracting anything. node-tar decodes every header (checksum, octal and base-256 numbers, ustar prefix,
// pax and GNU long names); this file only steps from one header to the next and checks the paths.
import { posix } from 'node:path';
import { Header, Pax, type HeaderData } from 'tar';
import { FileStoreError } from '../layout/errors.ts';
import type { ArchiveFile } from './archive-bytes.ts';

const BLOCK = 512;
/** Pax and long-name bodies are read into memory; real ones are a few hundred bytes. */
const MAX_META_BYTES = 1024 * 1024;
const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
const LINK_TYPES = new Set(['Link', 'SymbolicLink']);

export interface TarMember {
  /** Normalised path inside the archive: no `./`, no leading or trailing `/`. */
  readonly path: string;
  /** Where the member's bytes start in the (inflated) tar. */
  readonly offset: number;
  readonly size: number;
  /** For a hard or symbolic link: the normalised path it points at. */
  readonly target?: string;
}

export class TarIndex {
  readonly file: ArchiveFile;
  readonly #members: ReadonlyMap<string, TarMember>;

  constructor(file: ArchiveFile, members: ReadonlyMap<string, TarMember>) {
    this.file = file;
    this.#members = members;
  }

  get paths(): string[] {
    return [...this.#members.keys()];
  }

  /** The regular file at `path`, following links (docker save links repeated layers to the first copy). */
  lookup(path: string): TarMember | undefined {
    let member = this.#members.get(normalise(path) ?? '');
    for (let hops = 0; member?.target !== undefined && hops < 16; hops++) member = this.#members.get(member.target);
    return member?.target === undefined ? member : undefined;
  }
}

/** Index every member of the archive; throws FileStoreError naming the file (and member) for anything amiss. */
export async function indexTar(file: ArchiveFile, storeName: string): Promise<TarIndex> {
  const where = `${storeName}: ${file.path}`;
  const members = new Map<string, TarMember>();
  const reader = await file.reader();
  let position = 0;
  let ex: HeaderData | undefined;
  let gex: HeaderData | undefined;
  let last = '(the start)';
  try {
    for (;;) {
      const block = await reader.read(BLOCK);
      position += block.length;
      if (block.length === 0 && members.size > 0) break;
      if (block.length < BLOCK) {
        if (members.size === 0) throw new FileStoreError(file.path, `${where} is not a tar archive (it is ${position} bytes long)`);
        throw new FileStoreError(file.path, `${where} is truncated: it ends inside the tar header after member ${last}`);
      }
      if (block.every((byte) => byte === 0)) {
        if (members.size === 0 && position === BLOCK) throw new FileStoreError(file.path, `${where} is an empty tar archive`);
        break; // The end-of-archive marker; what follows is padding.
      }
      const header = decodeHeader(block, ex, gex);
      if (header === undefined || !header.cksumValid || header.path === undefined) {
        if (members.size === 0) throw new FileStoreError(file.path, `${where} is not a tar archive (no valid tar header at its start)`);
        throw new FileStoreError(file.path, `${where} has a damaged tar header at offset ${position - BLOCK}, after member ${last}`);
      }
      const size = header.size ?? 0;
      const padded = Math.ceil(size / BLOCK) * BLOCK;
      const type = header.type;
      if (
        type === 'ExtendedHeader' ||
        type === 'GlobalExtendedHeader' ||
        type === 'NextFileHasLongPath' ||
        type === 'OldGnuLongPath' ||
        type === 'NextFileHasLongLinkpath'
      ) {
        if (size > MAX_META_BYTES)
          throw new FileStoreError(file.path, `${where} has a ${size}-byte tar extended header after member ${last}`);
        const body = await reader.read(size);
        if (body.length < size || (await reader.skip(padded - size)) < padded - size) {
          throw new FileStoreError(file.path, `${where} is truncated: it ends inside a tar extended header after member ${last}`);
        }
        position += padded;
        const text = body.toString('utf8');
        if (type === 'ExtendedHeader') ex = Pax.parse(text, ex, false);
        else if (type === 'GlobalExtendedHeader') gex = Pax.parse(text, gex, true);
        else if (type === 'NextFileHasLongLinkpath') ex = { ...ex, linkpath: text.replace(/\0.*/s, '') };
        else ex = { ...ex, path: text.replace(/\0.*/s, '') };
        continue;
      }
      // As node-tar's own ReadEntry does: the pax or GNU long name replaces the header's whole name (Header alone
      // would prefix it with the header's ustar prefix field).
      const rawPath = ex?.path ?? header.path;
      const rawLink = ex?.linkpath ?? header.linkpath;
      ex = undefined;
      const path = normalise(rawPath);
      if (path === undefined) {
        throw new FileStoreError(
          file.path,
          `${where} has a member "${rawPath}" whose path escapes the archive; expected relative paths inside it`,
        );
      }
      last = path || rawPath;
      const offset = position;
      if (FILE_TYPES.has(type)) {
        members.set(path, { path, offset, size });
      } else if (LINK_TYPES.has(type)) {
        const target = normalise(type === 'Link' ? (rawLink ?? '') : posix.join(posix.dirname(path), rawLink ?? ''));
        if (target === undefined || (rawLink ?? '').startsWith('/')) {
          throw new FileStoreError(file.path, `${where} has a link "${path}" to "${rawLink}", which escapes the archive`);
        }
        members.set(path, { path, offset, size: 0, target });
      }
      const skipped = await reader.skip(padded);
      position += skipped;
      if (skipped < size) {
        throw new FileStoreError(file.path, `${where} is truncated: member ${path} should have ${size} bytes, only ${skipped} are there`);
      }
    }
  } catch (error) {
    if (file.gzipped && (error as { code?: string }).code?.startsWith('Z_')) throw file.gzipError(error);
    throw error;
  } finally {
    await reader.close();
  }
  return new TarIndex(file, members);
}

/** node-tar's decoding of a header block; undefined when the block is not one (e.g. a number field is garbage). */
function decodeHeader(block: Buffer, ex: HeaderData | undefined, gex: HeaderData | undefined): Header | undefined {
  try {
    return new Header(block, 0, ex, gex);
  } catch {
    return undefined;
  }
}

/** `./a//b/` → `a/b`; undefined when the path is absolute or climbs out with `..`. */
export function normalise(path: string): string | undefined {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) return undefined;
  const parts = path.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.includes('..')) return undefined;
  return parts.join('/');
}
