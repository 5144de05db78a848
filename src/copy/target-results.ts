// What each target ends as: one builder per outcome over one shape, so every result has every field.
import type { CopyFailure } from './copy-error.ts';
import type { CopyEvent } from './events.ts';
import type { TargetResult, TargetStatus } from './outcome.ts';
import type { Placement } from './place-blobs.ts';
import type { Plan } from './plan.ts';
import type { ReferrersOutcome } from './push-referrers.ts';
import type { Endpoint } from './resolve.ts';

/** One target while the copy runs: what it points at now, what happened, and in the end its result. */
export interface TargetState {
  readonly endpoint: Endpoint;
  readonly started: number;
  readonly events: CopyEvent[];
  current?: string | undefined;
  referrers?: ReferrersOutcome;
  result?: TargetResult;
}

/** A result where nothing moved; the outcomes below fill in what did. */
function nothingMoved(state: TargetState, status: TargetStatus): TargetResult {
  return {
    target: state.endpoint.text,
    repository: state.endpoint.store.name,
    status,
    digest: undefined,
    pinned: undefined,
    platforms: [],
    blobs: { mounted: 0, existing: 0, uploaded: 0 },
    bytesUploaded: 0,
    bytesSaved: 0,
    durationMs: Date.now() - state.started,
    referrers: { copied: 0, existing: 0 },
    referrerKinds: {},
    events: state.events,
  };
}

function pinnedAt(state: TargetState, digest: string): Pick<TargetResult, 'digest' | 'pinned'> {
  return { digest, pinned: `${state.endpoint.store.name}@${digest}` };
}

export function succeeded(state: TargetState, status: 'copied' | 'planned', plan: Plan, placement: Placement): TargetResult {
  return {
    ...nothingMoved(state, status),
    ...pinnedAt(state, plan.root.digest),
    platforms: plan.platforms,
    blobs: { ...placement.counts },
    bytesUploaded: placement.bytesUploaded,
    bytesSaved: placement.bytesSaved,
    referrers: state.referrers?.counts ?? { copied: 0, existing: 0 },
    referrerKinds: state.referrers?.kinds ?? {},
  };
}

export function unchanged(state: TargetState, digest: string, platforms: readonly string[]): TargetResult {
  state.events.push({ type: 'unchanged', target: state.endpoint.text, digest });
  return { ...nothingMoved(state, 'unchanged'), ...pinnedAt(state, digest), platforms };
}

export function skipped(state: TargetState, reason: string): TargetResult {
  return { ...nothingMoved(state, 'skipped'), durationMs: 0, reason };
}

export function failed(state: TargetState, failure: CopyFailure): TargetResult {
  if (state.events.at(-1)?.type !== 'failed') state.events.push({ type: 'failed', message: failure.message });
  return { ...nothingMoved(state, 'failed'), error: failure.message, failure };
}
