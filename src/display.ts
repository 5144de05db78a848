// How numbers and lists read in logs, tables and the job summary: one definition each, used by every edge.

/** `1.5 MiB`: binary units, one decimal below 10. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** `12.3 MB/s` (decimal, as network rates are quoted). */
export function formatRate(bytes: number, seconds: number): string {
  return `${(bytes / seconds / 1e6).toFixed(1)} MB/s`;
}

/**
 * A list as users write it in a workflow input or a repeated CLI flag: one item per line, commas also separate,
 * `#` starts a comment, blanks are dropped.
 */
export function splitList(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, ''))
    .flatMap((line) => line.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
