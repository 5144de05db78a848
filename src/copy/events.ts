// What happened to a target, as data: the action and the CLI format these (describeEvent), tests read the fields.
import { formatBytes } from '../display.ts';
import { describeRetry } from '../retry/describe.ts';
import type { RetryEvent } from '../retry/policy.ts';

export type CopyEvent =
  | { readonly type: 'unchanged'; readonly target: string; readonly digest: string }
  | { readonly type: 'same-repository'; readonly repository: string; readonly blobs: number }
  | {
      readonly type: 'blobs';
      readonly planned: boolean;
      readonly mounted: number;
      readonly existing: number;
      readonly uploaded: number;
      readonly bytesUploaded: number;
      /** Foreign / non-distributable layers the source does not hold: left out, as registries expect. */
      readonly foreignSkipped: number;
    }
  | { readonly type: 'blob-reuploaded'; readonly digest: string; readonly repository: string }
  | { readonly type: 'children'; readonly count: number }
  | {
      readonly type: 'referrers';
      readonly planned: boolean;
      readonly copied: number;
      readonly existing: number;
      readonly kinds: Partial<Record<string, number>>;
    }
  | {
      readonly type: 'tagged';
      readonly target: string;
      readonly digest: string;
      readonly kind: 'index' | 'manifest';
      readonly planned: boolean;
    }
  | RetryEvent
  | { readonly type: 'failed'; readonly message: string };

export function describeEvent(event: CopyEvent): string {
  switch (event.type) {
    case 'unchanged':
      return `${event.target} already points at ${event.digest}; nothing to do.`;
    case 'same-repository':
      return `All ${event.blobs} blobs are already in ${event.repository} (same repository as the source).`;
    case 'blobs': {
      const foreign = event.foreignSkipped > 0 ? `; ${event.foreignSkipped} foreign layers left out (the source does not hold them)` : '';
      return event.planned
        ? `Dry run: ${event.mounted} blobs would be mounted, ${event.existing} are already present, ${event.uploaded} would be uploaded (${formatBytes(event.bytesUploaded)})${foreign}.`
        : `Blobs: ${event.mounted} mounted, ${event.existing} already present, ${event.uploaded} uploaded (${formatBytes(event.bytesUploaded)})${foreign}.`;
    }
    case 'blob-reuploaded':
      return `${event.repository} did not hold blob ${event.digest} when the manifest went up; uploaded it again.`;
    case 'children':
      return `Pushed ${event.count} child manifests by digest.`;
    case 'referrers': {
      const kinds = Object.entries(event.kinds)
        .map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'}`)
        .join(', ');
      const moved = event.planned ? `${event.copied} would be copied` : `${event.copied} copied`;
      return `Referrers: ${moved}${kinds ? ` (${kinds})` : ''}, ${event.existing} already there.`;
    }
    case 'tagged':
      return event.planned
        ? `Would push ${event.kind} ${event.digest} as ${event.target}.`
        : `Pushed ${event.kind} ${event.digest} as ${event.target}.`;
    case 'retry':
      return describeRetry(event);
    case 'failed':
      return event.message;
  }
}
