// Annotations for an index hoist builds, as the user writes them: one `key=value` per line (`annotations` input, or
// one per `--annotation` flag). Split at the first `=`: values may hold `=` and commas, so the caller must split the
// input by lines only, never by commas.
import { MergeError } from './errors.ts';

export function parseAnnotations(lines: readonly string[]): Record<string, string> {
  // A Map, not an object literal: a key such as `__proto__` must stay a plain key.
  const annotations = new Map<string, string>();
  for (const line of lines) {
    if (line.trim() === '') continue;
    const eq = line.indexOf('=');
    if (eq < 0)
      throw new MergeError(`annotation "${line}" has no "="; expected key=value, e.g. org.opencontainers.image.description=My app`);
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (key === '')
      throw new MergeError(`annotation "${line}" has an empty key; expected key=value, e.g. org.opencontainers.image.licenses=MIT`);
    const earlier = annotations.get(key);
    if (earlier !== undefined) {
      throw new MergeError(`annotation "${key}" is given twice ("${key}=${earlier}" and "${line.trim()}"); expected each key once`);
    }
    annotations.set(key, value);
  }
  return Object.fromEntries(annotations);
}
