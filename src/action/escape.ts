// Registry text (error messages, annotations, tags) is untrusted: it must not become a workflow command in the
// log, nor markup in the job summary.

/** Break `::command::` at the start of any line so the runner does not execute text a registry sent. */
export function neutraliseCommands(text: string): string {
  return text.replace(/(^|\n)(\s*)::/g, '$1$2:\u200b:');
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
  '_': '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
};

/** Escape for the job summary, which GitHub renders as Markdown with HTML: no tags, no table breaks, no emphasis. */
export function escapeSummary(text: string): string {
  return text.replace(/[&<>"'|`*_[\]\\]/g, (c) => HTML_ENTITIES[c]!).replace(/\r?\n/g, ' ');
}
