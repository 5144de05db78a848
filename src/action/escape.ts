// Registry text (error messages, annotations, tags) is untrusted: it must not become a workflow command in the
// log, nor markup in the job summary.

// The runner ends a line at \n, \r and NEL (.NET ReadLine), and trims white space and NEL before looking for
// `::`; it also honours the legacy `##[command]` anywhere in a line.
const LINE_START_COMMAND = /(^|[\r\n\u0085\u2028\u2029])([\s\u0085]*)::/g;

/** Break workflow commands in text a registry sent, so the runner does not execute it. */
export function neutraliseCommands(text: string): string {
  return text.replace(LINE_START_COMMAND, '$1$2:\u200b:').replace(/##\[/g, '#\u200b#[');
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
};

/** Escape for the job summary, which GitHub renders as Markdown with HTML: no tags, no table breaks, no emphasis. */
export function escapeSummary(text: string): string {
  return text.replace(/[&<>"'|`*_[\]\\]/g, (c) => HTML_ENTITIES[c]!).replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ');
}
