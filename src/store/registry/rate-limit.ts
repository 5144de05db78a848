// Docker Hub's pull allowance, from its `ratelimit-limit` / `ratelimit-remaining` headers (`100;w=21600`).

export interface RateLimit {
  readonly limit: number;
  readonly remaining: number;
  readonly windowSeconds: number | undefined;
}

type Headers = Record<string, string | string[] | undefined>;

function first(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The allowance a response reports, or undefined when it reports none (every registry but Docker Hub). */
export function parseRateLimit(headers: Headers): RateLimit | undefined {
  const remaining = first(headers, 'ratelimit-remaining');
  const limit = first(headers, 'ratelimit-limit');
  if (remaining === undefined || limit === undefined) return undefined;
  // Format: `100;w=21600` (count; window in seconds).
  const [limitMatch, remainingMatch] = [limit, remaining].map((v) => /^(\d+)(?:;w=(\d+))?/.exec(v.trim()));
  if (!limitMatch || !remainingMatch) return undefined;
  return {
    limit: Number(limitMatch[1]),
    remaining: Number(remainingMatch[1]),
    windowSeconds: limitMatch[2] === undefined ? undefined : Number(limitMatch[2]),
  };
}
