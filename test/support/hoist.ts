// Runs the copy engine in-process, the way the action and CLI do, collecting its log and the secrets it masked.
import { readFileSync } from 'node:fs';
import type { CopyResult } from '../../src/copy/copy.ts';
import { promote, type PromoteOptions } from '../../src/copy/promote.ts';
import type { Logger } from '../../src/log.ts';
import type { RetryEvent } from '../../src/retry/policy.ts';
import { parsePlatform } from '../../src/oci/platform.ts';
import { parseImageReference } from '../../src/store/image-reference.ts';
import type { ExplicitCredentials } from '../../src/store/registry/credentials.ts';
import { makeCerts } from './certs.ts';

export interface HoistRun {
  result: CopyResult;
  log: string[];
  secrets: string[];
  /** Every retry the run made, as data: single requests and whole blobs. */
  retries: RetryEvent[];
}

export interface HoistOptions {
  platforms?: string[];
  concurrency?: number;
  explicit?: ExplicitCredentials[];
  dockerConfigDir?: string;
  insecure?: string[];
  /** Trust the harness CA (the action gets it through NODE_EXTRA_CA_CERTS). */
  trustTestCa?: boolean;
  retry?: PromoteOptions['retry'];
  /** Default true, as in the action. */
  referrers?: boolean;
  /** More sources: one index is assembled from `source` and these. */
  moreSources?: string[];
  annotations?: Record<string, string>;
  release?: PromoteOptions['release'];
  overwrite?: 'always' | 'never';
  dryRun?: boolean;
  cwd?: string;
}

export async function hoist(source: string, targets: string[], options: HoistOptions = {}): Promise<HoistRun> {
  const log: string[] = [];
  const secrets: string[] = [];
  const retries: RetryEvent[] = [];
  const logger: Logger = {
    debug: (m) => log.push(`debug: ${m}`),
    info: (m) => log.push(m),
    warning: (m) => log.push(`warning: ${m}`),
    error: (m) => log.push(`error: ${m}`),
  };
  const ca = options.trustTestCa ? readFileSync((await makeCerts()).caCert) : undefined;
  const result = await promote({
    sources: [source, ...(options.moreSources ?? [])].map(parseImageReference),
    targets: targets.map(parseImageReference),
    ...(options.annotations && { annotations: options.annotations }),
    ...(options.release && { release: options.release }),
    ...(options.overwrite && { overwrite: options.overwrite }),
    ...(options.dryRun && { dryRun: true }),
    ...(options.cwd && { cwd: options.cwd }),
    platforms: options.platforms?.map(parsePlatform),
    concurrency: options.concurrency ?? 8,
    credentials: {
      ...(options.explicit && { explicit: options.explicit }),
      // Never read the developer's own ~/.docker during tests.
      dockerConfigDir: options.dockerConfigDir ?? '/nonexistent-hoist-test-config',
    },
    insecureRegistries: new Set(options.insecure ?? []),
    logger,
    secret: (s) => secrets.push(s),
    ...(ca && { ca }),
    retry: options.retry ?? { attempts: 2, baseDelayMs: 10, maxDelayMs: 50 },
    onRetry: (event) => retries.push(event),
    ...(options.referrers !== undefined && { referrers: options.referrers }),
  });
  return { result, log, secrets, retries };
}

/** The one target result, or a failure that shows the whole result. */
export function onlyTarget(run: HoistRun): CopyResult['targets'][number] {
  if (run.result.targets.length !== 1) throw new Error(`expected one target, got ${JSON.stringify(run.result.targets)}`);
  return run.result.targets[0]!;
}
