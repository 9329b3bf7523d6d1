// `shipgate report`: a static HTML dashboard of the releases in an evidence folder and the four
// DORA figures over a window, or (--json) the figures alone.
import { relative, resolve } from 'node:path'
import { ConfigurationError } from '../../errors.js'
import { DEFAULT_ARTIFACTS_DIR } from '../../evidence/local-store.js'
import { DURATION_RULE, parseDurationMs } from '../../platform/action.js'
import { parseRfc3339 } from '../../platform/rfc3339.js'
import type { ReportWindow } from '../../report/model.js'
import { buildReport, writeReportSite } from '../../report/site.js'
import { plural } from '../../platform/markdown.js'
import { EXIT, parseFlags, UsageError, type CommandIo } from '../io.js'

export const REPORT_USAGE = `Usage: shipgate report --out DIR [--artifacts-dir DIR] [--window 30d | --since WHEN] [--until WHEN] [--json]

Builds a static HTML dashboard (DIR/index.html, one page per release under DIR/releases/) from the
evidence of every SHA: each release's decision, status, evidence chain, checks and stage timings,
and the four DORA figures over the window (deployment frequency, lead time for changes, change
failure rate, time to restore service), each with its definition and the evidence it counts.
Nothing is fetched from the network and the pages load nothing from elsewhere. Releases whose
evidence does not hold (invalid, or changed after the decision) are shown, marked, and never
counted as a YES.

Options:
  --out DIR            Where the site is written (created if needed).
  --artifacts-dir DIR  The evidence: an artifacts folder as the stages write it, or a folder of
                       evidence artifacts downloaded from GitHub, one folder per artifact
                       (gh run download, actions/download-artifact without merge-multiple);
                       default ${DEFAULT_ARTIFACTS_DIR}.
  --window AGE         The DORA window's length, ending at --until (default 30d; a number with
                       d, h, m or s: 90d, 36h).
  --since WHEN         The window's start instead (2025-01-01 or an RFC 3339 time).
  --until WHEN         The window's end (default now).
  --json               Print the figures as JSON (the site is still written when --out is given).
  --help               This help.

Exit status: 0 the report was made, 2 a usage error.`

function parseWhen(text: string, flag: string): Date {
  const reading = parseRfc3339(text, { dateOnly: true })
  if ('problem' in reading) throw new ConfigurationError(`${flag}: '${text}' is not a date or time: ${reading.problem}`)
  return reading.time
}

/** The window from the flags; `now` ends it when --until is not given. */
export function reportWindow(flags: { window?: string; since?: string; until?: string }, now: Date): ReportWindow {
  if (flags.window !== undefined && flags.since !== undefined) throw new ConfigurationError('give --window or --since, not both: --since starts the window where --window would')
  const until = flags.until === undefined ? now : parseWhen(flags.until, '--until')
  let since: Date
  if (flags.since !== undefined) {
    since = parseWhen(flags.since, '--since')
  } else {
    const windowMs = parseDurationMs(flags.window ?? '30d')
    if (windowMs === undefined) throw new ConfigurationError(`--window: '${flags.window}' is not a duration; ${DURATION_RULE}`)
    since = new Date(until.getTime() - windowMs)
  }
  if (since.getTime() >= until.getTime()) throw new ConfigurationError(`the window starts (${since.toISOString()}) at or after its end (${until.toISOString()}); give an earlier --since or a later --until`)
  return { since, until }
}

export async function reportCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseFlags('shipgate report', args, {
    out: { type: 'string' },
    'artifacts-dir': { type: 'string' },
    window: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  })
  if (!values.help && values.out === undefined && !values.json) throw new UsageError('give --out DIR for the site, or --json for the figures', 'shipgate report')
  if (values.help) {
    io.out(REPORT_USAGE)
    return EXIT.ok
  }
  const window = reportWindow(values, new Date())
  // Relative to the command's folder, shown relative to the process's, as the other commands do.
  const artifactsDir = relative(process.cwd(), resolve(io.cwd, values['artifacts-dir'] ?? DEFAULT_ARTIFACTS_DIR)) || '.'
  const report = await buildReport(artifactsDir, window, new Date())
  for (const skipped of report.skipped) io.err(`shipgate report: skipped ${skipped}`)
  if (values.out !== undefined) {
    const outDir = resolve(io.cwd, values.out)
    const written = await writeReportSite(outDir, report)
    if (!values.json) {
      const untrusted = report.releases.filter((release) => !release.evidenceHolds).length
      io.out(`Wrote ${plural(written.length, 'page')} for ${plural(report.releases.length, 'release')} to ${outDir}${untrusted > 0 ? ` (${untrusted} with evidence that does not hold)` : ''}; open ${resolve(outDir, 'index.html')}`)
    }
  }
  if (values.json) io.out(JSON.stringify(report.figures, null, 2))
  return EXIT.ok
}
