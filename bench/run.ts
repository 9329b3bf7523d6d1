// npm run bench -- <name> [...]: runs bench/<name>.ts's `run()` for each name; with no name, lists
// the benchmarks and runs startup. Exits 1 when a benchmark throws or a target it reports fails.
import { readdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { failedTargets, formatReport, isBenchReport, type BenchReport } from './lib/report.js'

/** What every bench/<name>.ts exports. */
export interface Benchmark {
  run(): Promise<void | BenchReport>
}

const benchDir = import.meta.dirname
const DEFAULT_BENCHMARK = 'startup'

async function availableBenchmarks(): Promise<string[]> {
  const files = await readdir(benchDir)
  return files
    .filter((file) => file.endsWith('.ts') && file !== 'run.ts')
    .map((file) => basename(file, '.ts'))
    .sort()
}

/** Runs one benchmark; returns false when it failed (threw, or missed a target). */
async function runBenchmark(name: string): Promise<boolean> {
  const started = Date.now()
  try {
    const module = (await import(pathToFileURL(join(benchDir, `${name}.ts`)).href)) as Partial<Benchmark>
    if (typeof module.run !== 'function') throw new Error(`bench/${name}.ts exports no run(): Promise<void | BenchReport>`)
    process.exitCode = undefined
    const result = await module.run()
    if (isBenchReport(result)) {
      process.stdout.write(`${formatReport(result)}\n`)
      const failed = failedTargets(result)
      for (const target of failed) process.stdout.write(`FAIL ${name}: ${target.name}\n`)
      return failed.length === 0
    }
    // A benchmark that prints its own table reports failure through the exit code.
    return !process.exitCode
  } catch (error) {
    process.stderr.write(`bench ${name} failed: ${(error as Error).stack ?? String(error)}\n`)
    return false
  } finally {
    process.stdout.write(`(${name}: ${((Date.now() - started) / 1000).toFixed(1)} s)\n\n`)
  }
}

async function main(args: string[]): Promise<number> {
  const available = await availableBenchmarks()
  if (args.length === 0) process.stdout.write(`benchmarks: ${available.join(', ')} (npm run bench -- <name> ...); running ${DEFAULT_BENCHMARK}\n\n`)
  const names = args.length > 0 ? args : [DEFAULT_BENCHMARK]
  const unknown = names.filter((name) => !available.includes(name))
  if (unknown.length > 0) {
    process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}; available: ${available.join(', ')}\n`)
    return 2
  }
  const failed: string[] = []
  for (const name of names) if (!(await runBenchmark(name))) failed.push(name)
  if (failed.length > 0) process.stdout.write(`bench: FAILED: ${failed.join(', ')}\n`)
  return failed.length > 0 ? 1 : 0
}

process.exitCode = await main(process.argv.slice(2))
