// The Actions runner's side of the conversation: inputs from INPUT_* variables, workflow commands on stdout, outputs
// and the job summary in the files the runner names. It is the part of @actions/core hoist used, written out because
// @actions/core also loads its HTTP client, the whole undici package, `exec` and `io` at import, for OIDC tokens and
// platform details hoist never asks for: ~14 ms of every step's start-up, measured (README, Performance).
// The formats are the runner's, as documented for workflow commands and environment files.
import { randomUUID } from 'node:crypto';
import { accessSync, appendFileSync, constants, existsSync } from 'node:fs';
import { EOL } from 'node:os';

export interface InputOptions {
  /** Default true, as in @actions/core. */
  trimWhitespace?: boolean;
}

/** The value of input `name` ('' when not given): the runner passes `with:` values as INPUT_<NAME>. */
export function getInput(name: string, options: InputOptions = {}, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
  return options.trimWhitespace === false ? value : value.trim();
}

/** Escapes a command's message: the runner would otherwise end the command at a newline. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property, where `:` and `,` are separators too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::name key=value,…::message` */
export function formatCommand(name: string, message = '', properties: Record<string, string> = {}): string {
  const props = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(value)}`);
  return `::${name}${props.length > 0 ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}

function issue(name: string, message?: string, properties?: Record<string, string>): void {
  process.stdout.write(formatCommand(name, message, properties) + EOL);
}

/** From here on the runner replaces `secret` with *** in every log line. */
export function setSecret(secret: string): void {
  issue('add-mask', secret);
}

export function debug(message: string): void {
  issue('debug', message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function warning(message: string): void {
  issue('warning', message);
}

export function error(message: string): void {
  issue('error', message);
}

export function startGroup(name: string): void {
  issue('group', name);
}

export function endGroup(): void {
  issue('endgroup');
}

/** Reports `message` as an error and makes the step fail once the process exits. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/**
 * One `name<<DELIMITER` record for GITHUB_OUTPUT. The delimiter is random so a value cannot end the record early;
 * a name or value that contains it anyway is refused rather than written ambiguously.
 */
export function outputRecord(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`The output ${name} contains the delimiter ${delimiter}; it was not written.`);
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

/** Sets step output `name`: appended to the GITHUB_OUTPUT file, or as the old `set-output` command without one. */
export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env['GITHUB_OUTPUT'];
  if (!file) {
    process.stdout.write(EOL);
    issue('set-output', value, { name });
    return;
  }
  if (!existsSync(file)) throw new Error(`The runner's output file ${file} (GITHUB_OUTPUT) does not exist.`);
  appendFileSync(file, outputRecord(name, value), 'utf8');
}

/** Appends `text` to the job summary (GITHUB_STEP_SUMMARY); does nothing outside the runner. */
export function appendSummary(text: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env['GITHUB_STEP_SUMMARY'];
  if (!file) return;
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`The job summary file ${file} (GITHUB_STEP_SUMMARY) cannot be written; check that it exists and its permissions.`);
  }
  appendFileSync(file, text, 'utf8');
}
