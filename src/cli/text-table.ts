// Plain-text columns for terminals: each column as wide as its widest cell, two spaces between.

export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [header, ...rows].map((r) =>
    header
      .map((_, i) => (r[i] ?? '').padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
}
