// Platforms (`os/arch[/variant]`) and selecting entries of a multi-platform index.

export interface Platform {
  readonly os: string;
  readonly architecture: string;
  readonly variant?: string;
  readonly 'os.version'?: string;
}

export class PlatformError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlatformError';
  }
}

const PART = /^[a-z0-9._-]+$/;

/** Parse `linux/amd64` or `linux/arm64/v8`. */
export function parsePlatform(text: string): Platform {
  const parts = text.trim().toLowerCase().split('/');
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => PART.test(p))) {
    throw new PlatformError(`platform "${text}" is not valid; expected os/architecture[/variant], e.g. linux/arm64/v8`);
  }
  const [os, architecture, variant] = parts as [string, string, string | undefined];
  return variant === undefined ? { os, architecture } : { os, architecture, variant };
}

export function formatPlatform(p: Platform): string {
  return p.variant ? `${p.os}/${p.architecture}/${p.variant}` : `${p.os}/${p.architecture}`;
}

// Variants that are the only or default one for their architecture, as containerd normalises them.
function normalisedVariant(p: Platform): string | undefined {
  if (p.architecture === 'arm64' && (p.variant === undefined || p.variant === 'v8')) return 'v8';
  if (p.architecture === 'arm' && p.variant === undefined) return 'v7';
  if (p.architecture === 'amd64' && (p.variant === undefined || p.variant === 'v1')) return undefined;
  return p.variant;
}

/** Does the platform an index entry declares satisfy what the user asked for? A request without variant takes any. */
export function platformMatches(wanted: Platform, have: Platform): boolean {
  if (wanted.os !== have.os || wanted.architecture !== have.architecture) return false;
  if (wanted.variant === undefined) return true;
  return normalisedVariant(wanted) === normalisedVariant(have);
}
