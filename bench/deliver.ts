// `npm run bench -- deliver`: a large file delivered to the Dropbox-wire test server by the deliver
// bundle in a child process, against Node's streaming SHA-256 of the same file in this run.
// Targets: first delivery wall time <= 2.5x the hash, peak RSS <= 160 MiB, an unchanged rerun
// uploads 0 bytes in <= 1.3x the hash. SHIPGATE_BENCH_SIZE_MIB sets the size (default 1024).
import { execFile } from 'node:child_process'
import { createHash, randomFillSync } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import { parseOutputFile } from '../test/helpers/run-bundle.js'
import { startDropboxWireServer } from '../test/helpers/dropbox-wire-server.js'

const MiB = 1024 * 1024
const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..')
const TOKEN = 'bench-token'
const SHA = 'b'.repeat(40)

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
  exitCode: number
  outputs: Record<string, string>
  stderr: string
  stdout: string
}

/** Runs the deliver bundle as the runner would, and reads the child's own peak RSS at exit. */
async function runDeliver(scratch: string, file: string, serverUrl: string, label: string): Promise<ChildRun> {
  const outputFile = join(scratch, `${label}-output.txt`)
  const rssFile = join(scratch, `${label}-rss.txt`)
  const preload = join(scratch, 'peak-rss.cjs')
  await writeFile(outputFile, '')
  await writeFile(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)))\n`)
  const bundle = join(ROOT, 'dist', 'deliver', 'index.js')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: scratch,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: join(scratch, `${label}-summary.md`),
    GITHUB_WORKSPACE: scratch,
    GITHUB_SHA: SHA,
    GITHUB_REPOSITORY: 'bench/deliver',
    SHIPGATE_DROPBOX_API_URL: serverUrl,
    INPUT_FILES: file,
    INPUT_PROJECT: 'bench',
    INPUT_DESTINATION: 'dropbox:/bench',
    'INPUT_DROPBOX-ACCESS-TOKEN': TOKEN,
    'INPUT_ARTIFACTS-DIR': join(scratch, '.artifacts'),
  }
  const started = performance.now()
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, ['-r', preload, bundle], { cwd: scratch, env, maxBuffer: 16 * MiB }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    })
  })
  const wallMs = performance.now() - started
  const maxRssKiB = Number(await readFile(rssFile, 'utf8').catch(() => 'NaN'))
  return { wallMs, peakRssMiB: maxRssKiB / 1024, exitCode: result.code, outputs: parseOutputFile(await readFile(outputFile, 'utf8')), stderr: result.stderr, stdout: result.stdout }
}

function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'FAIL'
}

export async function run(): Promise<void> {
  const sizeMiB = Number(process.env.SHIPGATE_BENCH_SIZE_MIB || 1024)
  if (!Number.isFinite(sizeMiB) || sizeMiB <= 0) throw new Error(`SHIPGATE_BENCH_SIZE_MIB: '${process.env.SHIPGATE_BENCH_SIZE_MIB}' is not a positive number`)
  if (!existsSync(join(ROOT, 'dist', 'deliver', 'index.js'))) throw new Error('dist/deliver/index.js is missing: run `npm run build -- deliver` first')
  const scratch = await mkdtemp(join(tmpdir(), 'shipgate-bench-deliver-'))
  const server = await startDropboxWireServer({ accessTokens: [TOKEN], keepContent: false })
  try {
    const file = join(scratch, 'deliverable.bin')
    const bytes = Math.round(sizeMiB * MiB)
    process.stdout.write(`deliver benchmark: ${sizeMiB} MiB file, Dropbox-wire server at ${server.url}, bundle dist/deliver/index.js\n`)
    await makeFile(file, bytes)
    // Warm the page cache, then take the better of two hashes as the reference.
    await streamingSha256(file)
    const hashMs = Math.min(await streamingSha256(file), await streamingSha256(file))

    const first = await runDeliver(scratch, file, server.url, 'first')
    if (first.exitCode !== 0) throw new Error(`the first delivery failed (exit ${first.exitCode}):\n${first.stdout}\n${first.stderr}`)
    const stored = server.file('/bench/bench/01_Deliverables/Final/v1/deliverable.bin')
    const second = await runDeliver(scratch, file, server.url, 'second')
    if (second.exitCode !== 0) throw new Error(`the rerun failed (exit ${second.exitCode}):\n${second.stdout}\n${second.stderr}`)
    const secondResult = JSON.parse(await readFile(join(scratch, '.artifacts', 'delivery', SHA, 'result.json'), 'utf8')) as { bytesUploaded: number; outcome: string }

    const rows: Array<[string, string, string, boolean]> = [
      ['first delivery: outcome, size at server', `${first.outputs.outcome} v${first.outputs.version}, ${stored?.size ?? 0} bytes`, `created v1, ${bytes} bytes`, first.outputs.outcome === 'created' && stored?.size === bytes],
      ['first delivery wall time', `${first.wallMs.toFixed(0)} ms = ${(first.wallMs / hashMs).toFixed(2)}x hash`, '<= 2.5x', first.wallMs <= 2.5 * hashMs],
      ['first delivery peak RSS', `${first.peakRssMiB.toFixed(1)} MiB`, '<= 160 MiB', first.peakRssMiB <= 160],
      ['unchanged rerun: outcome, bytes uploaded', `${secondResult.outcome}, ${secondResult.bytesUploaded} bytes`, 'unchanged, 0 bytes', secondResult.outcome === 'unchanged' && secondResult.bytesUploaded === 0],
      ['unchanged rerun wall time', `${second.wallMs.toFixed(0)} ms = ${(second.wallMs / hashMs).toFixed(2)}x hash`, '<= 1.3x', second.wallMs <= 1.3 * hashMs],
      ['unchanged rerun peak RSS', `${second.peakRssMiB.toFixed(1)} MiB`, '<= 160 MiB', second.peakRssMiB <= 160],
    ]
    process.stdout.write(`reference: Node streaming SHA-256 of the file: ${hashMs.toFixed(0)} ms (${(bytes / MiB / (hashMs / 1000)).toFixed(0)} MiB/s)\n`)
    process.stdout.write('wall times are whole child processes (node start-up and bundle load included)\n\n')
    const width = Math.max(...rows.map(([name]) => name.length))
    for (const [name, measured, target, ok] of rows) process.stdout.write(`${verdict(ok)}  ${name.padEnd(width)}  ${measured}  (target ${target})\n`)
    const failed = rows.filter(([, , , ok]) => !ok).length
    process.stdout.write(`\ndeliver: ${failed === 0 ? 'all targets met' : `${failed} target(s) missed`}\n`)
  } finally {
    await server.stop()
    await rm(scratch, { recursive: true, force: true })
  }
}
