// Types for ensure-tools.mjs, which stays plain JavaScript so it runs before anything is installed.
export function ensureTools(options?: { only?: string[] }): void;
