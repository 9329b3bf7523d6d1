// Markdown for job summaries, which GitHub renders as it renders any Markdown: table cells that a
// pipe, a newline or an angle bracket cannot break, digests short enough to read, durations in words,
// and the summary a step writes when it fails by throwing.

/** The icon of a status: ✅ success, ⚠️ partial success or degraded, ❌ failure or NO. */
export type SummaryStatus = 'success' | 'partial_success' | 'failure'

export function statusIcon(status: SummaryStatus): string {
  return { success: '✅', partial_success: '⚠️', failure: '❌' }[status]
}

/**
 * Text as Markdown shows it literally: `<abc@x>` stays text (not a tag, not a mailto link), and
 * `*`, `_`, `[`, backticks and backslashes do not turn into formatting.
 */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]])/g, '\\$1')
}

/** A table cell: escaped text on one line, with `|` escaped so it does not split the cell. */
export function escapeCell(text: string): string {
  return escapeText(text).replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|')
}

/** Inline code in prose; a fence longer than any backtick run inside, so none ends it early. */
export function code(text: string): string {
  const oneLine = text.replace(/\r?\n|\r/g, ' ')
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${oneLine}${pad}${fence}`
}

/** Inline code in a table cell: GitHub reads `\|` as a pipe even inside a code span. */
export function codeCell(text: string): string {
  return code(text).replace(/\|/g, '\\|')
}

const DIGEST_HEX = /\b[0-9a-f]{64}\b/g

/** `sha256:` and the first 12 hex characters of a digest (a bare 64-hex value keeps 12); anything else as it is. */
export function shortDigest(digest: string): string {
  return digest.replace(DIGEST_HEX, (hex) => hex.slice(0, 12))
}

/** Text with every 64-hex digest in it cut to 12 characters; the full values belong in digestDetails. */
export function shortenDigests(text: string): string {
  return shortDigest(text)
}

/** True when the text holds a digest that shortDigest would cut. */
export function hasFullDigest(text: string): boolean {
  return new RegExp(DIGEST_HEX.source).test(text)
}

/**
 * The full digests, collapsed: one `<details>` block for the end of a summary, so the page shows
 * short digests and a reader who needs a full one can open it. Empty when there is nothing to show.
 */
export function digestDetails(entries: ReadonlyArray<readonly [label: string, digest: string]>): string[] {
  const shown = entries.filter(([, digest]) => digest !== '')
  if (shown.length === 0) return []
  return [
    '<details><summary>Full digests</summary>',
    '',
    '| of | digest |',
    '| --- | --- |',
    ...shown.map(([label, digest]) => `| ${escapeCell(label)} | ${codeCell(digest)} |`),
    '',
    '</details>',
    '',
  ]
}

/** 850 ms, 4.2s, 2m 5s, 3h 54m, 8d 3h 54m: the units that matter, largest first, zero parts left out. */
export function humanDuration(ms: number): string {
  if (!Number.isFinite(ms)) return 'unknown'
  if (ms < 0) return `-${humanDuration(-ms)}`
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 10_000) return `${Number((ms / 1000).toFixed(1))}s`
  const seconds = Math.round(ms / 1000)
  if (seconds < 3600) return joinUnits([[Math.floor(seconds / 60), 'm'], [seconds % 60, 's']])
  const minutes = Math.round(ms / 60_000)
  if (minutes < 24 * 60) return joinUnits([[Math.floor(minutes / 60), 'h'], [minutes % 60, 'm']])
  return joinUnits([[Math.floor(minutes / 1440), 'd'], [Math.floor((minutes % 1440) / 60), 'h'], [minutes % 60, 'm']])
}

function joinUnits(parts: Array<[number, string]>): string {
  return parts
    .filter(([value]) => value > 0)
    .map(([value, unit]) => `${value}${unit}`)
    .join(' ')
}

/** `1 component`, `2 components`; the plural form when adding an s does not make it. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`
}

const BUG_PREFIX = 'unexpected error (a bug in shipgate)'

/**
 * The job summary of a step that failed by throwing: what failed, where, and what to do about it.
 * The message is the error as the user is told it (a ConfigurationError's says what and how to fix);
 * a bug's stack trace is kept, collapsed.
 */
export function failureSummary(actionName: string, message: string, location?: { file?: string; line?: number }): string {
  const [firstLine = '', ...rest] = message.split(/\r?\n/)
  const isBug = message.startsWith(BUG_PREFIX)
  const lines = [`## ${statusIcon('failure')} ${escapeText(actionName)} failed`, '', escapeText(shortenDigests(firstLine.trim() || 'failed without a message')), '']
  if (location?.file) {
    lines.push(`**Where:** ${code(location.file)}${location.line === undefined ? '' : ` line ${location.line}`}`, '')
  }
  lines.push(
    isBug
      ? '**What to do:** this is a bug in shipgate, not in your inputs: re-run the step, and if it fails again report it with the details below.'
      : `**What to fix:** the ${location?.file ? 'file' : 'input or file'} the message names, as it says; then re-run the step.`,
    '',
  )
  if (rest.length > 0 || hasFullDigest(firstLine)) {
    lines.push('<details><summary>Full message</summary>', '', '```text', message.replace(/```/g, '`\u200b``'), '```', '', '</details>', '')
  }
  return lines.join('\n')
}
