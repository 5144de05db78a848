// Defaults that several edges state (action.yml's docs, the action's inputs, the CLI's flags): defined once here;
// a test holds action.yml and the README to them.

/** Parallel blob transfers when the user does not say. */
export const DEFAULT_CONCURRENCY = 8;
/** More than this many transfers at once only queues on the registries' connection limits. */
export const MAX_CONCURRENCY = 64;
