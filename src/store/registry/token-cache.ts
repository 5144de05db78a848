// Bearer tokens per registry and scope set: one fetch at a time per key, refreshed before expiry.

export interface CachedToken {
  token: string;
  expiresAt: number;
}

interface CacheEntry extends CachedToken {
  fetchedAt: number;
}

/** Tokens per registry and scope set. Concurrent requests for the same key share one fetch. */
export class TokenCache {
  readonly #entries = new Map<string, Promise<CacheEntry>>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  static key(registry: string, scopes: Iterable<string>): string {
    return `${registry} ${[...new Set(scopes)].sort().join(' ')}`;
  }

  async get(key: string, fetch: () => Promise<CachedToken>): Promise<string> {
    const existing = this.#entries.get(key);
    if (existing) {
      let entry: CacheEntry;
      try {
        entry = await existing;
      } catch (error) {
        // Everyone waiting on a fetch that failed shares its failure: requests in flight together must not turn
        // into one token request each. Only a fetch started since (after an invalidate) is worth joining.
        const current = this.#entries.get(key);
        if (current === undefined || current === existing) throw error;
        return this.get(key, fetch);
      }
      // Refresh before expiry so a request does not start with a token that dies in flight: 10 s early, or at
      // half its life for short-lived tokens (which would otherwise never be reused).
      const margin = Math.min(10_000, (entry.expiresAt - entry.fetchedAt) / 2);
      if (entry.expiresAt - margin > this.#now()) return entry.token;
      if (this.#entries.get(key) !== existing) return this.get(key, fetch);
    }
    const fetchedAt = this.#now();
    const pending = fetch().then((token) => ({ ...token, fetchedAt }));
    this.#entries.set(key, pending);
    pending.catch(() => {
      if (this.#entries.get(key) === pending) this.#entries.delete(key);
    });
    return (await pending).token;
  }

  invalidate(key: string): void {
    this.#entries.delete(key);
  }
}
