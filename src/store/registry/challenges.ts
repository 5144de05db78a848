// WWW-Authenticate, parsed: the challenges a registry answers a 401 with, and the scopes a bearer challenge asks for.

export interface Challenge {
  readonly scheme: string;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * Parse a WWW-Authenticate header into its challenges (RFC 7235): `Bearer realm="…",service="…",scope="…"`,
 * several challenges in one header, quoted strings with escapes and commas inside quotes.
 */
export function parseChallenges(headerValue: string): Challenge[] {
  const challenges: Challenge[] = [];
  let i = 0;
  const text = headerValue;
  const skipSpace = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  };
  const readToken = (): string => {
    const start = i;
    while (i < text.length && /[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(text[i]!)) i++;
    return text.slice(start, i);
  };
  let current: { scheme: string; params: Record<string, string> } | undefined;
  while (i < text.length) {
    skipSpace();
    if (text[i] === ',') {
      i++;
      continue;
    }
    const token = readToken();
    if (token === '') {
      i++; // skip a stray character rather than loop forever
      continue;
    }
    skipSpace();
    if (text[i] === '=' && current) {
      i++;
      skipSpace();
      let value = '';
      if (text[i] === '"') {
        i++;
        while (i < text.length && text[i] !== '"') {
          if (text[i] === '\\' && i + 1 < text.length) i++;
          value += text[i];
          i++;
        }
        i++; // closing quote
      } else {
        value = readToken();
        // token68 values may end in '=' padding
        while (text[i] === '=') {
          value += '=';
          i++;
        }
      }
      current.params[token.toLowerCase()] = value;
    } else {
      // A token not followed by '=' starts a new challenge (its scheme).
      current = { scheme: token.toLowerCase(), params: {} };
      challenges.push(current);
    }
  }
  return challenges;
}

/** The repositories and actions a bearer challenge's `scope` asks for (`repository:acme/app:pull,push`). */
export function challengedScopes(challenges: readonly Challenge[]): Array<{ repository: string; actions: Array<'pull' | 'push'> }> {
  const wanted = challenges.find((c) => c.scheme === 'bearer')?.params['scope'];
  return (wanted?.split(' ') ?? []).flatMap((scope) => {
    const [, repository, actions] = /^repository:(.+):([a-z,*]+)$/.exec(scope) ?? [];
    return repository && actions ? [{ repository, actions: actions.split(',') as Array<'pull' | 'push'> }] : [];
  });
}
