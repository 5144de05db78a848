// Typed registry errors whose messages a user can act on, with URLs redacted (signed query strings stay secret).

export interface RegistryErrorDetail {
  readonly code: string;
  readonly message: string;
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

export class RegistryError extends Error {
  readonly status: number | undefined;
  readonly codes: readonly RegistryErrorDetail[];
  readonly method: string;
  readonly url: string;
  readonly registry: string;

  constructor(options: {
    message: string;
    registry: string;
    method: string;
    url: string | URL;
    status?: number;
    codes?: readonly RegistryErrorDetail[];
    cause?: unknown;
  }) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RegistryError';
    this.registry = options.registry;
    this.method = options.method;
    this.url = redactUrl(options.url);
    this.status = options.status;
    this.codes = options.codes ?? [];
  }

  hasCode(code: string): boolean {
    return this.codes.some((c) => c.code === code);
  }
}

/** Parse the distribution spec's `{"errors":[{code,message,detail}]}` body; tolerate anything else. */
export function parseErrorBody(text: string): RegistryErrorDetail[] {
  try {
    const json = JSON.parse(text) as { errors?: unknown; message?: unknown };
    if (Array.isArray(json.errors)) {
      return json.errors
        .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
        .map((e) => ({ code: String(e['code'] ?? 'UNKNOWN'), message: String(e['message'] ?? '') }));
    }
    if (typeof json.message === 'string') return [{ code: 'UNKNOWN', message: json.message }];
  } catch {
    // not JSON: fall through
  }
  const trimmed = text.trim().slice(0, 200);
  return trimmed === '' ? [] : [{ code: 'UNKNOWN', message: trimmed }];
}

/** A sentence for a failed response: what happened, on which registry, and what the registry said. */
export function describeStatus(status: number, registry: string, what: string, codes: readonly RegistryErrorDetail[]): string {
  const said = codes.length > 0 ? ` (registry said: ${codes.map((c) => `${c.code}: ${c.message}`).join('; ')})` : '';
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
