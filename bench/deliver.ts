// `npm run bench -- deliver`: a large file delivered by the deliver bundle in a child process, to
// the Dropbox-wire test server (in this process) and to a local folder, against Node's streaming
// SHA-256 of the same file measured in the same rounds. A first delivery reads the file once,
// hashing what it sends; an unchanged rerun hashes it once and sends nothing.
// SHIPGATE_BENCH_SIZES_MIB sets the sizes (default "256,1024"), BENCH_RUNS the rounds (default 5).
import { execFile } from 'node:child_process'
import { createHash, randomFillSync } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import { parseOutputFile } from '../test/helpers/run-bundle.js'
import { startDropboxWireServer } from '../test/helpers/dropbox-wire-server.js'
import { atMost, type BenchReport, type Measurement, type TargetResult } from './lib/report.js'
import { cleanEnv } from './lib/process.js'
import { ratio, summarize } from './lib/stats.js'

const MiB = 1024 * 1024
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..')
const TOKEN = 'bench-token'
const SHA = 'b'.repeat(40)

/** Issue 12's limits, as ratios to the streaming SHA-256 of the file. */
const FIRST_DELIVERY_LIMIT = (sizeMiB: number): number => (sizeMiB >= 1024 ? 1.6 : 2.0)
const UNCHANGED_RERUN_LIMIT = 1.1
const PEAK_RSS_LIMIT_MIB = 160

async function makeFile(path: string, bytes: number): Promise<void> {
  const handle = await open(path, 'w')
  const chunk = Buffer.allocUnsafe(8 * MiB)
  try {
    for (let written = 0; written < bytes; written += chunk.length) {
      randomFillSync(chunk)
      await handle.write(chunk, 0, Math.min(chunk.length, bytes - written))
    }
  } finally {
    await handle.close()
  }
}

async function streamingSha256(path: string): Promise<number> {
  const started = performance.now()
  const hash = createHash('sha256')
  await pipeline(createReadStream(path, { highWaterMark: 4 * MiB }), hash)
  hash.digest('hex')
  return performance.now() - started
}

interface ChildRun {
  wallMs: number
  peakRssMiB: number
  /** The child's own CPU time (user + system), and this process's meanwhile (the Dropbox-wire server). */
  childCpuMs: number
  serverCpuMs: number
  outputs: Record<string, string>
}

/**
 * Runs the deliver bundle as the runner would (a clean environment, inputs as INPUT_*), and reads
 * the child's own peak RSS at exit. Asynchronous: the Dropbox-wire server answers from this process.
 */
async function runDeliver(scratch: string, file: string, destination: Record<string, string>, label: string): Promise<ChildRun> {
  const outputFile = join(scratch, `${label}-output.txt`)
  const rssFile = join(scratch, `${label}-rss.txt`)
  const preload = join(scratch, 'peak-rss.cjs')
  await writeFile(outputFile, '')
  await writeFile(preload, `process.on('exit', () => { const usage = process.resourceUsage(); require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, JSON.stringify([usage.maxRSS, usage.userCPUTime + usage.systemCPUTime])) })\n`)
  const env = cleanEnv({
    HOME: scratch,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: join(scratch, `${label}-summary.md`),
    GITHUB_WORKSPACE: scratch,
    GITHUB_SHA: SHA,
    GITHUB_REPOSITORY: 'bench/deliver',
    INPUT_FILES: file,
    INPUT_PROJECT: 'bench',
    'INPUT_ARTIFACTS-DIR': join(scratch, '.artifacts'),
    ...destination,
  })
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, ['-r', preload, join(ROOT, 'dist', 'deliver', 'index.js')], { cwd: scratch, env, maxBuffer: 16 * MiB }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    })
  })
  const wallMs = performance.now() - started
  const serverCpu = process.cpuUsage(cpuBefore)
  if (result.code !== 0) throw new Error(`deliver (${label}) failed with exit ${result.code}:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`)
  const [maxRssKiB, childCpuUs] = JSON.parse(await readFile(rssFile, 'utf8')) as [number, number]
  return {
    wallMs,
    peakRssMiB: maxRssKiB / 1024,
    childCpuMs: childCpuUs / 1000,
    serverCpuMs: (serverCpu.user + serverCpu.system) / 1000,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
  }
}

/** Fails the benchmark when a run did not do what it should: timing a wrong run says nothing. */
async function checkRun(scratch: string, run: ChildRun, expected: { outcome: string; bytesUploaded: number }, label: string): Promise<void> {
  const result = JSON.parse(await readFile(join(scratch, '.artifacts', 'delivery', SHA, 'result.json'), 'utf8')) as { outcome: string; bytesUploaded: number }
  if (run.outputs.outcome !== expected.outcome || result.outcome !== expected.outcome || result.bytesUploaded !== expected.bytesUploaded) {
    throw new Error(`${label}: expected ${expected.outcome} with ${expected.bytesUploaded} bytes uploaded, got ${result.outcome} with ${result.bytesUploaded}`)
  }
}

interface Series {
  name: string
  samples: number[]
  peakRssMiB: number
  childCpuMs: number[]
  serverCpuMs: number[]
}

/** Wall time of `cp` copying the file to a fresh name: what the local copy's writes cost the kernel in this round. */
async function timedCopy(file: string, to: string): Promise<number> {
  const started = performance.now()
  await new Promise<void>((done, fail) => execFile('cp', [file, to], { env: cleanEnv() }, (error) => (error ? fail(error) : done())))
  const wallMs = performance.now() - started
  await rm(to, { force: true })
  return wallMs
}

/**
 * What a first delivery cost the machine: the CPU of the child and of the Dropbox-wire server (in
 * this process), and the least wall time that much CPU can take on this machine's cores.
 */
function cpuNote(series: Series, baselineMs: number): string | undefined {
  if (series.childCpuMs.length === 0) return undefined
  const child = summarize(series.childCpuMs).medianMs
  const server = summarize(series.serverCpuMs).medianMs
  const cores = availableParallelism()
  const floor = (child + server) / cores
  const serverPart = server >= 50 ? ` + ${(server / 1000).toFixed(2)} s in the Dropbox-wire server` : ''
  return `${series.name}: median CPU ${(child / 1000).toFixed(2)} s in the child${serverPart}; on ${cores} cores no less than ${(floor / 1000).toFixed(2)} s of wall time, ${ratio(floor, baselineMs).toFixed(2)}× the baseline.`
}

function measurement(series: Series, baselineMs?: number): Measurement {
  const summary = summarize(series.samples)
  return {
    name: series.name,
    runs: summary.runs,
    medianMs: summary.medianMs,
    q1Ms: summary.q1Ms,
    q3Ms: summary.q3Ms,
    ratio: baselineMs === undefined ? undefined : ratio(summary.medianMs, baselineMs),
    peakRssKb: series.peakRssMiB > 0 ? series.peakRssMiB * 1024 : undefined,
  }
}

/** One size: `rounds` rounds of hash, first delivery and unchanged rerun, to Dropbox and to a folder. */
async function measureSize(scratch: string, sizeMiB: number, rounds: number): Promise<{ measurements: Measurement[]; targets: TargetResult[]; notes: string[] }> {
  const file = join(scratch, 'deliverable.bin')
  const bytes = Math.round(sizeMiB * MiB)
  await makeFile(file, bytes)
  await streamingSha256(file)
  const series = (name: string): Series => ({ name: `${name} (${sizeMiB} MiB)`, samples: [], peakRssMiB: 0, childCpuMs: [], serverCpuMs: [] })
  const hash = series('streaming SHA-256')
  const copy = series('cp of the file (reference)')
  const dropboxFirst = series('dropbox: first delivery')
  const dropboxRerun = series('dropbox: unchanged rerun')
  const localFirst = series('local: first delivery')
  const localRerun = series('local: unchanged rerun')
  const record = (into: Series, run: ChildRun) => {
    into.samples.push(run.wallMs)
    into.peakRssMiB = Math.max(into.peakRssMiB, run.peakRssMiB)
    into.childCpuMs.push(run.childCpuMs)
    into.serverCpuMs.push(run.serverCpuMs)
  }
  for (let round = 0; round < rounds; round++) {
    hash.samples.push(await streamingSha256(file))
    copy.samples.push(await timedCopy(file, join(scratch, 'copy.bin')))
    const server = await startDropboxWireServer({ accessTokens: [TOKEN], keepContent: false })
    try {
      const dropbox = { SHIPGATE_DROPBOX_API_URL: server.url, INPUT_DESTINATION: 'dropbox:/bench', 'INPUT_DROPBOX-ACCESS-TOKEN': TOKEN }
      const first = await runDeliver(scratch, file, dropbox, 'dropbox-first')
      await checkRun(scratch, first, { outcome: 'created', bytesUploaded: bytes }, dropboxFirst.name)
      const stored = server.file('/bench/bench/01_Deliverables/Final/v1/deliverable.bin')
      if (stored?.size !== bytes) throw new Error(`${dropboxFirst.name}: the server holds ${stored?.size ?? 0} bytes, not ${bytes}`)
      record(dropboxFirst, first)
      const before = server.requests.length
      const rerun = await runDeliver(scratch, file, dropbox, 'dropbox-rerun')
      await checkRun(scratch, rerun, { outcome: 'unchanged', bytesUploaded: 0 }, dropboxRerun.name)
      // Only the manifest may be written: no file byte goes to the server again.
      const sent = server.requests.slice(before).filter((request) => request.route.startsWith('files/upload') && !String(request.args.path ?? '').includes('/00_Admin/'))
      if (sent.length > 0) throw new Error(`${dropboxRerun.name}: the rerun sent ${sent.map((request) => request.route).join(', ')}`)
      record(dropboxRerun, rerun)
    } finally {
      await server.stop()
    }

    const folder = join(scratch, 'deliveries')
    try {
      const local = { INPUT_DESTINATION: `local:${folder}` }
      const first = await runDeliver(scratch, file, local, 'local-first')
      await checkRun(scratch, first, { outcome: 'created', bytesUploaded: bytes }, localFirst.name)
      record(localFirst, first)
      const rerun = await runDeliver(scratch, file, local, 'local-rerun')
      await checkRun(scratch, rerun, { outcome: 'unchanged', bytesUploaded: 0 }, localRerun.name)
      record(localRerun, rerun)
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
    process.stdout.write(`  ${sizeMiB} MiB: round ${round + 1} of ${rounds}\n`)
  }
  await rm(file, { force: true })

  const baselineMs = summarize(hash.samples).medianMs
  const all = [hash, dropboxFirst, dropboxRerun, localFirst, localRerun]
  const measurements = [...all, copy].map((entry) => measurement(entry, entry === hash ? undefined : baselineMs))
  const ratioOf = (entry: Series) => ratio(summarize(entry.samples).medianMs, baselineMs)
  const targets = [
    atMost(dropboxFirst.name, ratioOf(dropboxFirst), FIRST_DELIVERY_LIMIT(sizeMiB)),
    atMost(dropboxRerun.name, ratioOf(dropboxRerun), UNCHANGED_RERUN_LIMIT),
    atMost(localFirst.name, ratioOf(localFirst), FIRST_DELIVERY_LIMIT(sizeMiB)),
    atMost(localRerun.name, ratioOf(localRerun), UNCHANGED_RERUN_LIMIT),
    ...all.slice(1).map((entry) => atMost(`${entry.name}: peak RSS`, entry.peakRssMiB, PEAK_RSS_LIMIT_MIB, 'MiB')),
  ]
  const notes = [dropboxFirst, localFirst].map((entry) => cpuNote(entry, baselineMs)).filter((note) => note !== undefined)
  return { measurements, targets, notes }
}

export async function run(): Promise<BenchReport> {
  const sizes = (process.env.SHIPGATE_BENCH_SIZES_MIB || process.env.SHIPGATE_BENCH_SIZE_MIB || '256,1024').split(',').map((text) => Number(text.trim()))
  if (sizes.some((size) => !Number.isFinite(size) || size <= 0)) throw new Error(`SHIPGATE_BENCH_SIZES_MIB: '${process.env.SHIPGATE_BENCH_SIZES_MIB}' is not a list of positive numbers`)
  const rounds = Number(process.env.BENCH_RUNS || 5)
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`BENCH_RUNS: '${process.env.BENCH_RUNS}' is not a positive whole number`)
  if (!existsSync(join(ROOT, 'dist', 'deliver', 'index.js'))) throw new Error('dist/deliver/index.js is missing: run `npm run build -- deliver` first')
  const scratch = await mkdtemp(join(tmpdir(), 'shipgate-bench-deliver-'))
  const measurements: Measurement[] = []
  const targets: TargetResult[] = []
  const cpuNotes: string[] = []
  try {
    process.stdout.write(`deliver benchmark: ${sizes.join(' and ')} MiB, ${rounds} rounds each, bundle dist/deliver/index.js\n`)
    for (const size of sizes) {
      const measured = await measureSize(scratch, size, rounds)
      measurements.push(...measured.measurements)
      targets.push(...measured.targets)
      cpuNotes.push(...measured.notes)
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
  return {
    name: 'deliver',
    measurements,
    targets,
    notes: [
      'Ratios are to the streaming SHA-256 (Node, 4 MiB reads) of the same file, measured in the same rounds, page cache warm.',
      'Wall times are whole child processes (node start-up and bundle load included); the Dropbox-wire server runs in this process and hashes what it receives.',
      'Each round starts from an empty destination; the rerun delivers the same file again and must upload 0 bytes.',
      '`cp` copies the file to a fresh name in each round (no target): the kernel time a local copy\'s new pages take on this machine.',
      ...cpuNotes,
    ],
  }
}
