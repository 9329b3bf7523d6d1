// What a benchmark returns to bench/run.ts, and the table it prints. A benchmark's `run()` may
// return a BenchReport (run.ts then fails the run when a target fails) or print and return nothing.

export interface Measurement {
  /** What was run, e.g. `node -e 0` or `promote (real evidence)`. */
  name: string
  runs: number
  medianMs: number
  q1Ms?: number
  q3Ms?: number
  /** The median divided by the baseline's median, both measured in the same run. */
  ratio?: number
  /** Peak resident memory of the child process, when it could be measured. */
  peakRssKb?: number
}

export interface TargetResult {
  /** The measurement (or figure) the target is about. */
  name: string
  value: number
  /** The largest value that passes. */
  limit: number
  /** How value and limit read: '×' for a ratio to the baseline, 'ms', 'MB'... */
  unit: string
  pass: boolean
}

export interface BenchReport {
  name: string
  /** The measurement the ratios are against (e.g. `node -e 0`), when there is one. */
  baseline?: string
  measurements: Measurement[]
  targets: TargetResult[]
  /** Lines printed under the table: what was measured, sizes, anything that explains the figures. */
  notes?: string[]
}

/** A target met when value <= limit. */
export function atMost(name: string, value: number, limit: number, unit = '×'): TargetResult {
  return { name, value, limit, unit, pass: value <= limit }
}

export function isBenchReport(value: unknown): value is BenchReport {
  const report = value as BenchReport | null | undefined
  return typeof report === 'object' && report !== null && typeof report.name === 'string' && Array.isArray(report.measurements) && Array.isArray(report.targets)
}

export function failedTargets(report: BenchReport): TargetResult[] {
  return report.targets.filter((target) => !target.pass)
}

function formatValue(value: number, unit: string): string {
  return unit === '×' ? `${value.toFixed(2)}×` : `${value.toFixed(1)} ${unit}`
}

/** Lays out rows as a Markdown table, columns padded so that it also reads as plain text. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)))
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n')
}

/** One row per measurement, with its target (if any) beside it, then the verdict. */
export function formatReport(report: BenchReport): string {
  const targetOf = new Map(report.targets.map((target) => [target.name, target]))
  const rows = report.measurements.map((measurement) => {
    const target = targetOf.get(measurement.name)
    return [
      measurement.name,
      measurement.medianMs.toFixed(1),
      measurement.q1Ms !== undefined && measurement.q3Ms !== undefined ? `${measurement.q1Ms.toFixed(1)}–${measurement.q3Ms.toFixed(1)}` : '',
      measurement.ratio !== undefined ? `${measurement.ratio.toFixed(2)}×` : '',
      target ? formatValue(target.limit, target.unit) : measurement.name === report.baseline ? '(baseline)' : '',
      target ? (target.pass ? 'PASS' : 'FAIL') : '',
      measurement.peakRssKb !== undefined ? (measurement.peakRssKb / 1024).toFixed(1) : '',
    ]
  })
  const lines = [
    `## ${report.name}`,
    '',
    table(['command', 'median ms', 'q1–q3 ms', 'ratio', 'limit', 'result', 'peak RSS MB'], rows),
  ]
  // Targets about something other than a listed measurement still get a line each.
  const loose = report.targets.filter((target) => !report.measurements.some((measurement) => measurement.name === target.name))
  for (const target of loose) lines.push(`${target.pass ? 'PASS' : 'FAIL'} ${target.name}: ${formatValue(target.value, target.unit)} (limit ${formatValue(target.limit, target.unit)})`)
  if (report.notes?.length) lines.push('', ...report.notes)
  const failed = failedTargets(report)
  const runs = report.measurements[0]?.runs
  lines.push('', `${report.name}: ${failed.length === 0 ? 'all' : `${report.targets.length - failed.length} of`} ${report.targets.length} target(s) met${runs ? `; medians of ${runs} runs` : ''}.`)
  return lines.join('\n')
}
