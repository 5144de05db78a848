// Typed registry errors whose messages a user can act on, with URLs redacted (signed query strings stay secret).
// Each error says whether trying again can help (SelfClassifying), so the one retry policy needs no status tables.
import { classify, type SelfClassifying } from '../../retry/policy.ts';

export interface RegistryErrorDetail {
  readonly code: string;
  readonly message: string;
  /** The registry's `detail`, as sent (distribution puts the digest of an unknown blob here). */
  readonly detail?: unknown;
}

// Query parameters that carry no secret and help a reader; every other value (signatures, tokens) is replaced.
const SAFE_QUERY_KEYS = new Set(['digest', 'mount', 'from', 'n', 'last', 'service', 'scope']);

/** The URL without credentials and with secret-bearing query values replaced by `REDACTED`. */
export function redactUrl(url: string | URL): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '<unparsable URL>';
  }
  parsed.username = '';
  parsed.password = '';
  for (const key of [...parsed.searchParams.keys()]) {
    if (!SAFE_QUERY_KEYS.has(key.toLowerCase())) parsed.searchParams.set(key, 'REDACTED');
  }
  return parsed.toString();
}

/** Codes that mean "this upload went wrong in transit": a fresh upload of fresh bytes can succeed. */
const UPLOAD_RETRY_CODES = ['DIGEST_INVALID', 'BLOB_UPLOAD_INVALID', 'BLOB_UPLOAD_UNKNOWN'];
const BLOB_UNKNOWN_CODES = new Set(['MANIFEST_BLOB_UNKNOWN', 'BLOB_UNKNOWN']);
const DIGEST_IN_TEXT = /\b(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})\b/g;

export interface RegistryErrorOptions {
  message: string;
  registry: string;
  method: string;
  url: string | URL;
  status?: number;
  codes?: readonly RegistryErrorDetail[];
  cause?: unknown;
  /** What we were doing, in a few words: 'push manifest', 'upload blob', 'read blob'. */
  operation?: string;
  /** The digest or reference it was done to. */
  object?: string;
  /** The request was a blob upload: codes that mean a broken upload become worth another try. */
  upload?: boolean;
  /** Overrides the classification derived from status and cause (413 "wants chunks", a dropped token). */
  retryable?: boolean;
  retryReason?: string;
  retryAfterMs?: number;
}

export class RegistryError extends Error implements SelfClassifying {
  readonly status: number | undefined;
  readonly codes: readonly RegistryErrorDetail[];
  readonly method: string;
  readonly url: string;
  readonly registry: string;
  readonly operation: string | undefined;
  readonly object: string | undefined;
  readonly retryable: boolean;
  readonly retryReason: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(options: RegistryErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RegistryError';
    this.registry = options.registry;
    this.method = options.method;
    this.url = redactUrl(options.url);
    this.status = options.status;
    this.codes = options.codes ?? [];
    this.operation = options.operation;
    this.object = options.object;
    const derived = deriveRetry(options, this.codes);
    this.retryable = options.retryable ?? derived.retryable;
    this.retryReason = options.retryReason ?? derived.reason;
    this.retryAfterMs = options.retryAfterMs;
  }

  hasCode(code: string): boolean {
    return this.codes.some((c) => c.code === code);
  }

  /** The digests the registry named as unknown (MANIFEST_BLOB_UNKNOWN, BLOB_UNKNOWN), from `detail`, in order. */
  unknownBlobs(): string[] {
    const found = new Set<string>();
    for (const entry of this.codes) {
      if (!BLOB_UNKNOWN_CODES.has(entry.code) || entry.detail === undefined) continue;
      const text = typeof entry.detail === 'string' ? entry.detail : JSON.stringify(entry.detail);
      for (const match of text.matchAll(DIGEST_IN_TEXT)) found.add(match[1]!);
    }
    return [...found];
  }
}

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);

/** Whether a status is worth another request (the transport's table, and a failed response's). */
export function statusRetry(status: number): { retryable: boolean; reason: string | undefined } {
  if (!RETRYABLE_STATUS.has(status)) return { retryable: false, reason: undefined };
  return { retryable: true, reason: status === 429 ? 'the registry rate limit (429)' : `status ${status}` };
}

function deriveRetry(
  options: RegistryErrorOptions,
  codes: readonly RegistryErrorDetail[],
): { retryable: boolean; reason: string | undefined } {
  const { status } = options;
  if (status === undefined) {
    // No answer at all: a network failure is worth another try, a refusal we made ourselves (a bad realm) is not.
    if (options.cause === undefined) return { retryable: false, reason: undefined };
    const decision = classify(options.cause);
    return { retryable: decision.retryable, reason: decision.reason };
  }
  const byStatus = statusRetry(status);
  if (byStatus.retryable) return byStatus;
  if (options.upload) {
    const code = codes.find((c) => UPLOAD_RETRY_CODES.includes(c.code));
    if (code) return { retryable: true, reason: `the registry refused the upload (${code.code})` };
  }
  return { retryable: false, reason: undefined };
}

/** Parse the distribution spec's `{"errors":[{code,message,detail}]}` body; tolerate anything else. */
export function parseErrorBody(text: string): RegistryErrorDetail[] {
  try {
    const json = JSON.parse(text) as { errors?: unknown; message?: unknown };
    if (Array.isArray(json.errors)) {
      return json.errors
        .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
        .map((e) => ({
          code: typeof e['code'] === 'string' ? e['code'] : 'UNKNOWN',
          message: typeof e['message'] === 'string' ? e['message'] : '',
          ...(e['detail'] !== undefined && e['detail'] !== null && { detail: e['detail'] }),
        }));
    }
    if (typeof json.message === 'string') return [{ code: 'UNKNOWN', message: json.message }];
  } catch {
    // not JSON: fall through
  }
  const trimmed = text.trim().slice(0, 200);
  return trimmed === '' ? [] : [{ code: 'UNKNOWN', message: trimmed }];
}

/** One error entry for a message: `CODE: message (detail)`, the detail cut short when it is long. */
export function describeCode(entry: RegistryErrorDetail): string {
  const base = `${entry.code}: ${entry.message}`;
  if (entry.detail === undefined) return base;
  const detail = typeof entry.detail === 'string' ? entry.detail : JSON.stringify(entry.detail);
  if (detail === '' || detail === '{}' || detail === '[]') return base;
  return `${base} (${detail.length > 200 ? `${detail.slice(0, 200)}…` : detail})`;
}

/** A sentence for a failed response: what happened, on which registry, and what the registry said. */
export function describeStatus(status: number, registry: string, what: string, codes: readonly RegistryErrorDetail[]): string {
  const said = codes.length > 0 ? ` (registry said: ${codes.map(describeCode).join('; ')})` : '';
  const ghcrHint =
    registry === 'ghcr.io'
      ? '; with GITHUB_TOKEN, the usual causes are a job without `permissions: packages: write` and a package not linked to this repository (package settings -> Manage Actions access)'
      : '';
  switch (status) {
    case 401:
      return `authentication failed for ${registry} while trying to ${what}; check the username and password or token${ghcrHint}${said}`;
    case 403:
      return `access denied by ${registry} while trying to ${what}; the credentials lack permission${ghcrHint}${said}`;
    case 404:
      return `${what}: not found on ${registry}${said}`;
    case 429:
      return `${registry} rate-limited the request to ${what} (429 Too Many Requests) and retries ran out${said}`;
    default:
      return `${registry} answered ${status} while trying to ${what}${said}`;
  }
}
