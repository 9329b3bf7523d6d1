// Round-robin measurement: every command runs once per round, so that a slow stretch of the
// machine (another build, a GC in the parent) lands on all of them rather than on one.
import { peakRssKb, runTimed, type ChildCommand, type ChildRun } from './process.js'
import { ratio, summarize, type Summary } from './stats.js'
import type { Measurement } from './report.js'

export interface BenchCommand extends ChildCommand {
  name: string
  /** Puts the workspace back as it was before each run (untimed), e.g. truncates output files. */
  prepare?: () => void
  /** Throws when the run did not do what it should: a benchmark that times a crash is worthless. */
  check?: (run: ChildRun) => void
}

export interface MeasureOptions {
  runs: number
  warmups: number
  /** Called after each round, e.g. to show progress. */
  onRound?: (round: number, total: number) => void
}

export interface CommandSamples {
  command: BenchCommand
  samples: number[]
  summary: Summary
}

/** Shows what a child printed, for the error when a run goes wrong. */
export function describeRun(run: ChildRun): string {
  const tail = (text: string) => text.trim().split('\n').slice(-8).join('\n    ')
  return `exit ${run.exitCode ?? run.signal}\n  stdout: ${tail(run.stdout) || '(empty)'}\n  stderr: ${tail(run.stderr) || '(empty)'}`
}

function runChecked(command: BenchCommand): ChildRun {
  command.prepare?.()
  const run = runTimed(command)
  try {
    command.check?.(run)
  } catch (error) {
    throw new Error(`${command.name}: the run did not do what it should: ${(error as Error).message}\n  ${describeRun(run)}`, { cause: error })
  }
  return run
}

export function measureRoundRobin(commands: BenchCommand[], options: MeasureOptions): CommandSamples[] {
  const samples = commands.map(() => [] as number[])
  const rounds = options.warmups + options.runs
  for (let round = 0; round < rounds; round++) {
    // Rotating the start spreads any first-in-round or last-in-round effect over all commands.
    for (let offset = 0; offset < commands.length; offset++) {
      const index = (round + offset) % commands.length
      const run = runChecked(commands[index]!)
      if (round >= options.warmups) samples[index]!.push(run.elapsedMs)
    }
    options.onRound?.(round + 1, rounds)
  }
  return commands.map((command, index) => ({ command, samples: samples[index]!, summary: summarize(samples[index]!) }))
}

/** Measurements with ratios to the baseline's median, and each command's peak RSS (one extra run). */
export function toMeasurements(results: CommandSamples[], baselineName: string): Measurement[] {
  const baseline = results.find((result) => result.command.name === baselineName)
  if (!baseline) throw new Error(`no baseline named ${baselineName}`)
  return results.map(({ command, summary }) => {
    command.prepare?.()
    return {
      name: command.name,
      runs: summary.runs,
      medianMs: summary.medianMs,
      q1Ms: summary.q1Ms,
      q3Ms: summary.q3Ms,
      ratio: ratio(summary.medianMs, baseline.summary.medianMs),
      peakRssKb: peakRssKb(command),
    }
  })
}
