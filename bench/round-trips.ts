// Round trips and blob moves, read from the requests the latency proxies saw.
// Through a proxy every request takes at least one RTT, and requests in flight together overlap; so the longest
// chain of requests each starting after the previous one ended is the number of round trips the run waited for.

export interface TimedRequest {
  method: string;
  uri: string;
  status: number;
  /** ms, relative to any fixed origin */
  start: number;
  end: number;
}

/** The most requests that ran one after another (the classic interval-scheduling greedy: earliest end first). */
export function roundTrips(requests: readonly TimedRequest[]): number {
  let count = 0;
  let last = -Infinity;
  for (const r of [...requests].sort((a, b) => a.end - b.end)) {
    if (r.start >= last) {
      count++;
      last = r.end;
    }
  }
  return count;
}

/** Cross-repository mounts the registry performed (201 to a POST with `mount=`). */
export function mounts(requests: readonly TimedRequest[]): number {
  return requests.filter((r) => r.method === 'POST' && /[?&]mount=/.test(r.uri) && r.status === 201).length;
}

/** Blob uploads that carried bytes: the PUT or PATCH of an upload session. */
export function uploads(requests: readonly TimedRequest[]): number {
  return requests.filter((r) => (r.method === 'PUT' || r.method === 'PATCH') && r.uri.includes('/blobs/uploads/')).length;
}
