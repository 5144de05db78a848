// Reading a YAML document field by field with the position of each node, so every complaint about a config says
// file:line:column and what was expected there. The `yaml` package parses; this only checks shapes and types.
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

/** A config that cannot be used, with where in the file and what was expected there. */
export class SyncConfigError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  constructor(file: string, line: number, column: number, message: string) {
    super(`${file}:${line}:${column}: ${message}`);
    this.name = 'SyncConfigError';
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

/** A mapping's entries by key, each with its value node and the key's node (where to point for that key). */
export type Fields = ReadonlyMap<string, { readonly key: Node; readonly value: Node | null }>;

export class YamlFields {
  readonly file: string;
  readonly root: Node | null;
  readonly #lines = new LineCounter();
  readonly #doc: Document;

  constructor(text: string, file: string) {
    this.file = file;
    this.#doc = parseDocument(text, { lineCounter: this.#lines, prettyErrors: false, uniqueKeys: true });
    const [problem] = this.#doc.errors;
    if (problem !== undefined) this.#failAt(problem.pos[0], `${problem.message.replace(/\.$/, '')} (not valid YAML)`);
    this.root = this.#resolve(this.#doc.contents);
  }

  /** The line a node starts on (1-based). */
  lineOf(node: Node | null): number {
    return this.#lines.linePos(node?.range?.[0] ?? 0).line;
  }

  fail(node: Node | null, message: string): never {
    return this.#failAt(node?.range?.[0] ?? 0, message);
  }

  /** A mapping with only the keys listed; an unknown key is an error naming it and the keys expected. */
  map(node: Node | null, what: string, allowed: readonly string[]): Fields {
    if (!isMap(node)) this.fail(node, `${what} must be a mapping (key: value), got ${describe(node)}`);
    const fields = new Map<string, { key: Node; value: Node | null }>();
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (!isScalar(key) || typeof key.value !== 'string') this.fail(key, `${what} has a key that is not a name, ${describe(key)}`);
      const name = key.value;
      if (!allowed.includes(name)) {
        this.fail(key, `unknown key "${name}" in ${what}; expected one of ${allowed.join(', ')}`);
      }
      fields.set(name, { key, value: this.#resolve(pair.value as Node | null) });
    }
    return fields;
  }

  /** A list of nodes. */
  list(node: Node | null, what: string): (Node | null)[] {
    if (!isSeq(node)) this.fail(node, `${what} must be a list, got ${describe(node)}`);
    return (node.items as (Node | null)[]).map((item) => this.#resolve(item));
  }

  /** A string as written: a plain `1.10` stays "1.10" (YAML would read the number 1.1), so ranges survive. */
  text(node: Node | null, what: string): string {
    if (isScalar(node)) {
      if (typeof node.value === 'string') return node.value;
      if (typeof node.value === 'number' && typeof node.source === 'string') return node.source;
    }
    return this.fail(node, `${what} must be a string, got ${describe(node)}`);
  }

  boolean(node: Node | null, what: string): boolean {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    return this.fail(node, `${what} must be true or false, got ${describe(node)}`);
  }

  /** A whole number from `min` to `max`. */
  wholeNumber(node: Node | null, what: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
    if (isScalar(node) && typeof node.value === 'number' && Number.isSafeInteger(node.value) && node.value >= min && node.value <= max) {
      return node.value;
    }
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    return this.fail(node, `${what} must be a whole number ${range}, got ${describe(node)}`);
  }

  #failAt(offset: number, message: string): never {
    const { line, col } = this.#lines.linePos(offset);
    throw new SyncConfigError(this.file, line, col, message);
  }

  /** Aliases (`*defaults`) read as the node they name; one naming no anchor is an error. */
  #resolve(node: Node | null | undefined): Node | null {
    if (node === undefined || node === null) return null;
    if (!isAlias(node)) return node;
    const target = node.resolve(this.#doc);
    if (target === undefined) this.fail(node, `alias "*${node.source}" names no anchor defined before it`);
    return target;
  }
}

/** How a value reads in an error: quoted as written for scalars, the kind of thing otherwise. */
function describe(node: Node | null): string {
  if (node === null || (isScalar(node) && node.value === null)) return 'nothing';
  if (isScalar(node)) {
    const written = typeof node.source === 'string' ? node.source : String(node.value);
    return JSON.stringify(written);
  }
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  return 'something else';
}
