// hoist inspect's text output: the image's identity, its platforms, and per image its layers and history.
import { formatBytes } from '../display.ts';
import type { InspectResult } from '../inspect.ts';
import { textTable } from './text-table.ts';

const indent = (prefix: string) => (line: string) => `${prefix}${line}`;

export function inspectReport(result: InspectResult): string {
  const lines = [`${result.reference}`, `Digest:     ${result.digest}`, `Media type: ${result.mediaType}`];
  if (result.manifests.length > 0) {
    const rows = result.manifests.map((m) => [m.platform ?? '-', m.digest, formatBytes(m.size)]);
    lines.push('Platforms:', ...textTable(['PLATFORM', 'DIGEST', 'SIZE'], rows).map(indent('  ')));
  }
  for (const image of result.images) {
    const created = image.created ? `  created ${image.created}` : '';
    lines.push('', `${image.platform ?? 'image'} ${image.digest}${created}  ${formatBytes(image.size)}`);
    const layers = image.layers.map((l) => [l.digest, formatBytes(l.size), l.mediaType]);
    lines.push(...textTable(['LAYER', 'SIZE', 'MEDIA TYPE'], layers).map(indent('  ')));
    if (image.history.length > 0) {
      const history = image.history.map((h) => [
        h.created ?? '-',
        (h.createdBy ?? h.comment ?? '').replace(/\s+/g, ' ').slice(0, 80),
        h.emptyLayer ? '(empty)' : '',
      ]);
      lines.push('  History:', ...textTable(['CREATED', 'CREATED BY', 'LAYER'], history).map(indent('    ')));
    }
  }
  return `${lines.join('\n')}\n`;
}
