// Image references, normalised the way Docker does it, so `nginx` means what a Docker user expects. Where hoist
// parts from Docker's parser (distribution/reference), test/unit/reference.test.ts's tables say so and why.
import { isIPv6 } from 'node:net';
import { parseDigest } from './digest.ts';

export const DOCKER_HUB = 'docker.io';

export interface Reference {
  /** Canonical registry host, with port when one was given (`docker.io`, `ghcr.io`, `localhost:5000`). */
  readonly registry: string;
  /** Repository path inside the registry, lowercase (`library/nginx`). */
  readonly repository: string;
  /** Tag, when the reference names one. `latest` is filled in only when neither tag nor digest was given. */
  readonly tag?: string;
  /** Pinned digest (`sha256:…`), when the reference names one. */
  readonly digest?: string;
}

export class InvalidReferenceError extends Error {
  readonly input: string;
  constructor(input: string, reason: string) {
    super(`Invalid image reference "${input}": ${reason}.`);
    this.name = 'InvalidReferenceError';
    this.input = input;
  }
}

// Grammar from the distribution reference package (and the OCI distribution spec for repository names).
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const HOST_LABEL = /^(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])$/;
const MAX_NAME_LENGTH = 255;
const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** An image ID as `docker images` prints it in full: Docker refuses it as a name, and so do we. */
const IMAGE_ID = /^[a-f0-9]{64}$/;
/** A digest on its own (`sha256:<hex>`): Docker would read a repository "sha256" with a hex tag, which nobody means. */
const BARE_DIGEST = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;

/** Parse `[registry/]repository[:tag][@digest]` and apply Docker's defaults. Throws InvalidReferenceError. */
export function parseReference(input: string): Reference {
  const text = input.trim();
  if (text === '') throw new InvalidReferenceError(input, 'it is empty; expected [registry/]repository[:tag][@digest]');
  if (/\s/.test(text)) throw new InvalidReferenceError(input, 'it contains white space');
  if (text.includes('://')) {
    throw new InvalidReferenceError(input, 'a reference has no scheme; write host/repository:tag without "https://"');
  }
  if (IMAGE_ID.test(text)) {
    throw new InvalidReferenceError(
      input,
      'a 64-character hexadecimal string is an image ID, not a repository name (Docker: "cannot specify 64-byte hexadecimal strings"); name the image as repository[:tag] or repository@sha256:<digest>',
    );
  }
  if (BARE_DIGEST.test(text)) {
    throw new InvalidReferenceError(input, 'it is a digest without a repository; write repository@<digest>');
  }
  if (text.startsWith('[') && !text.includes('/')) {
    throw new InvalidReferenceError(input, 'an IPv6 registry must be followed by a repository, as in [::1]:5000/repository');
  }

  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    const digestText = rest.slice(at + 1);
    try {
      digest = parseDigest(digestText).text;
    } catch (error) {
      throw new InvalidReferenceError(input, (error as Error).message.replace(/\.$/, ''));
    }
    rest = rest.slice(0, at);
  }

  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) {
      throw new InvalidReferenceError(
        input,
        `tag "${tag}" is not valid; a tag is 1 to 128 characters of letters, digits, "_", "." and "-", not starting with "." or "-"`,
      );
    }
  }

  let registry = DOCKER_HUB;
  let path = rest;
  const firstSlash = rest.indexOf('/');
  if (firstSlash >= 0) {
    const first = rest.slice(0, firstSlash);
    // Docker's rule: the first component is a registry when it looks like a host (has "." or ":" or is localhost).
    // Docker also takes a first component with capitals for a host ("Foo/bar"); hoist does not: lowercased, such
    // a host would print as a Docker Hub namespace ("foo/bar"), so it is refused below as a capitalised name.
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = normaliseRegistry(first, input);
      path = rest.slice(firstSlash + 1);
    }
  }
  if (path === '') throw new InvalidReferenceError(input, 'the repository name is missing');

  const components = path.split('/');
  for (const component of components) {
    if (component !== component.toLowerCase() && PATH_COMPONENT.test(component.toLowerCase())) {
      throw new InvalidReferenceError(input, `repository names must be lowercase ("${component}" has capitals)`);
    }
    if (!PATH_COMPONENT.test(component)) {
      throw new InvalidReferenceError(
        input,
        `"${component}" is not a valid repository path component; expected lowercase letters and digits separated by ".", "_", "__" or "-"`,
      );
    }
  }
  if (registry === DOCKER_HUB && components.length === 1) path = `library/${path}`;
  if (path.length > MAX_NAME_LENGTH) {
    throw new InvalidReferenceError(input, `the repository name is longer than ${MAX_NAME_LENGTH} characters`);
  }
  if (tag === undefined && digest === undefined) tag = 'latest';
  return { registry, repository: path, ...(tag !== undefined && { tag }), ...(digest !== undefined && { digest }) };
}

/** Canonical registry name: Docker Hub's aliases become `docker.io`, hosts are lowercase, ports validated. */
export function normaliseRegistry(host: string, input: string = host): string {
  let text = host
    .trim()
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '');
  const lower = text.toLowerCase();
  if (HUB_ALIASES.has(lower)) return DOCKER_HUB;
  text = lower;
  let name = text;
  let port: string | undefined;
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0) throw new InvalidReferenceError(input, `registry "${host}" has an unclosed IPv6 bracket`);
    name = text.slice(0, close + 1);
    checkIPv6(text.slice(1, close), host, input);
    const after = text.slice(close + 1);
    if (after !== '') {
      if (!after.startsWith(':')) throw new InvalidReferenceError(input, `registry "${host}" is not host[:port]`);
      port = after.slice(1);
    }
  } else {
    const colon = text.lastIndexOf(':');
    if (colon >= 0) {
      name = text.slice(0, colon);
      port = text.slice(colon + 1);
    }
    if (name === '' || !name.split('.').every((label) => HOST_LABEL.test(label))) {
      throw new InvalidReferenceError(input, `registry host "${host}" is not a valid host name`);
    }
  }
  if (port !== undefined && !(/^\d{1,5}$/.test(port) && Number(port) > 0 && Number(port) < 65536)) {
    throw new InvalidReferenceError(input, `registry port "${port}" is not a number from 1 to 65535`);
  }
  return port === undefined ? name : `${name}:${port}`;
}

/**
 * The address inside a bracketed registry host. Docker allows only hex digits and colons there: no zone
 * (`%eth0`, which also has no meaning on another machine) and no dotted IPv4 tail.
 */
function checkIPv6(address: string, host: string, input: string): void {
  const zone = address.indexOf('%');
  if (zone >= 0) {
    throw new InvalidReferenceError(
      input,
      `registry "${host}" names the IPv6 zone "${address.slice(zone)}"; a reference cannot carry a zone, write the address without it`,
    );
  }
  if (address.includes('.')) {
    throw new InvalidReferenceError(
      input,
      `registry "${host}" embeds an IPv4 address; references take IPv6 addresses in hexadecimal only, e.g. [2001:db8::1]`,
    );
  }
  if (!/^[0-9a-f:]+$/.test(address) || !isIPv6(address)) {
    throw new InvalidReferenceError(input, `registry "${host}" is not a valid IPv6 address in brackets, e.g. [::1]:5000`);
  }
}

/** The full reference as text, e.g. `ghcr.io/acme/app:v1` or `docker.io/library/nginx@sha256:…`. */
export function formatReference(ref: Reference): string {
  let text = `${ref.registry}/${ref.repository}`;
  if (ref.tag !== undefined) text += `:${ref.tag}`;
  if (ref.digest !== undefined) text += `@${ref.digest}`;
  return text;
}

/** `registry/repository@digest`: what a deploy should pin. */
export function pinnedReference(ref: Reference, digest: string): string {
  return `${ref.registry}/${ref.repository}@${digest}`;
}

/** The host that serves the registry API: Docker Hub's API lives on registry-1.docker.io. */
export function apiHost(registry: string): string {
  return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
}

/** Hosts Docker lets speak plain HTTP without opt-in: localhost, 127.0.0.0/8 and ::1. */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.replace(/:\d+$/, '');
  return host === 'localhost' || /^127(?:\.\d{1,3}){3}$/.test(host) || host === '[::1]';
}
