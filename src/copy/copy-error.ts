// A failure that says which side failed, doing what, to which object, and why (oras-go copyerror.go): the edges
// print `message`, and tests and the GHCR diagnosis read the fields.

export type Side = 'source' | 'target';

export type Operation =
  'resolve' | 'read manifest' | 'read blob' | 'check blob' | 'mount blob' | 'upload blob' | 'push manifest' | 'tag' | 'list tags' | 'plan';

export class CopyError extends Error {
  readonly side: Side;
  readonly operation: Operation;
  /** The digest or reference the operation was about. */
  readonly object: string;
  /** Registry name and HTTP status, when a registry answered (read off the cause). */
  readonly registry: string | undefined;
  readonly status: number | undefined;

  constructor(options: { side: Side; operation: Operation; object: string; where: string; cause: unknown }) {
    super(`${options.side} ${options.where}: ${causeMessage(options.cause)}`, { cause: options.cause });
    this.name = 'CopyError';
    this.side = options.side;
    this.operation = options.operation;
    this.object = options.object;
    const cause = options.cause as { registry?: unknown; status?: unknown } | null;
    this.registry = typeof cause?.registry === 'string' ? cause.registry : undefined;
    this.status = typeof cause?.status === 'number' ? cause.status : undefined;
  }
}

/** Wrap anything thrown while doing `operation` on one side; a CopyError passes through unchanged. */
export function copyError(side: Side, operation: Operation, object: string, where: string, cause: unknown): CopyError {
  if (cause instanceof CopyError) return cause;
  return new CopyError({ side, operation, object, where, cause });
}

/** The plain-data form kept in results. */
export interface CopyFailure {
  readonly side: Side;
  readonly operation: Operation;
  readonly object: string;
  readonly registry?: string;
  readonly status?: number;
  readonly message: string;
}

export function failureOf(error: CopyError, suffix = ''): CopyFailure {
  return {
    side: error.side,
    operation: error.operation,
    object: error.object,
    ...(error.registry !== undefined && { registry: error.registry }),
    ...(error.status !== undefined && { status: error.status }),
    message: `${error.message}${suffix}`,
  };
}

export function causeMessage(error: unknown): string {
  if (error instanceof Error) return error.message.replace(/\.$/, '');
  return String(error);
}
