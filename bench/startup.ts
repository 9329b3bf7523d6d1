// Cold start of every action bundle, as a ratio to `node -e 0` measured in the same run: each
// bundle to its first input error, and promote and release-decision on real evidence. Each bundle
// to its first input error is also held to a trivial action on '@actions/core' alone, which this
// benchmark bundles itself and measures in the same rounds.
import { execFile, spawnSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { LocalEvidenceStore } from '../src/evidence/local-store.js'
import { writePassingGates } from '../test/helpers/passing-gates.js'
import { parseOutputFile } from '../test/helpers/run-bundle.js'
import { describeRun, measureRoundRobin, toMeasurements, type BenchCommand } from './lib/measure.js'
import { cleanEnv, runTimed } from './lib/process.js'
import { atMost, type BenchReport } from './lib/report.js'
import { ratio } from './lib/stats.js'

const root = resolve(import.meta.dirname, '..')
const distDir = join(root, 'dist')

const BASELINE = 'node -e 0'
/** Issue 2, section 9: to the first input error, and on real evidence. */
const INPUT_ERROR_LIMIT = 3.0
const REAL_EVIDENCE_LIMIT = 4.0
/** Issue 15: to the first input error, no slower than an action on '@actions/core' alone (what actions/checkout's bundle is built on). */
const CORE_ALONE = 'core-alone'
const CORE_ALONE_LIMIT = 1.0

const SHA = '0123456789abcdef0123456789abcdef01234567'
const REPOSITORY = 'acme/shop'

function countFromEnv(name: string, fallback: number): number {
  const value = process.env[name]
  if (value === undefined || value === '') return fallback
  const count = Number(value)
  if (!Number.isInteger(count) || count < 0) throw new Error(`${name}=${value} is not a whole number`)
  return count
}

/** Every action's bundle, dist/<name>/index.js. */
async function actionBundles(): Promise<string[]> {
  const folders = await readdir(distDir, { withFileTypes: true }).catch(() => [])
  // An action is a bundle with an action.yml; dist/cli and the shared dist/artifact-client are not.
  const names = folders
    .filter((entry) => entry.isDirectory() && existsSync(join(distDir, entry.name, 'index.js')) && existsSync(join(root, 'actions', entry.name, 'action.yml')))
    .map((entry) => entry.name)
  if (names.length === 0) throw new Error(`no action bundles in ${distDir}: run npm run build first`)
  return names.sort()
}

function coreVersion(): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', '@actions', 'core', 'package.json'), 'utf8')) as { version: string }).version
}

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path)
  if (!info.isDirectory()) return info.mtimeMs
  const entries = await readdir(path)
  return Math.max(info.mtimeMs, ...(await Promise.all(entries.map((entry) => newestMtime(join(path, entry))))))
}

/** index.js plus the chunks ncc split off (loaded only on the paths that import them). */
async function bundleSize(name: string): Promise<{ entryKb: number; chunksKb: number; chunks: number }> {
  const files = (await readdir(join(distDir, name))).filter((file) => file.endsWith('.js'))
  const sizes = await Promise.all(files.map(async (file) => ({ file, size: (await stat(join(distDir, name, file))).size })))
  const entry = sizes.find((size) => size.file === 'index.js')?.size ?? 0
  const chunks = sizes.filter((size) => size.file !== 'index.js')
  return { entryKb: entry / 1024, chunksKb: chunks.reduce((sum, size) => sum + size.size, 0) / 1024, chunks: chunks.length }
}

interface RunnerFiles {
  output: string
  summary: string
}

async function runnerFiles(folder: string): Promise<RunnerFiles> {
  await mkdir(folder, { recursive: true })
  const files = { output: join(folder, 'output.txt'), summary: join(folder, 'summary.md') }
  await writeFile(files.output, '')
  await writeFile(files.summary, '')
  return files
}

function resetRunnerFiles(files: RunnerFiles): void {
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
}

function runnerEnv(files: RunnerFiles, extra: Record<string, string>): Record<string, string> {
  return cleanEnv({ GITHUB_REPOSITORY: REPOSITORY, GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, ...extra })
}

function bundle(name: string): string {
  return join(distDir, name, 'index.js')
}

function inputErrorName(name: string): string {
  return `${name} → first input error`
}

/**
 * A trivial action on '@actions/core' alone (getInput, then setOutput or setFailed), bundled by
 * ncc with the options scripts/build.ts gives it for our bundles (that script builds when it is
 * imported, so the options are repeated here). Returns the bundle's path.
 */
async function buildCoreAlone(folder: string): Promise<string> {
  await mkdir(folder, { recursive: true })
  // ncc resolves '@actions/core' from the entry's folder, as it does for our entries under build/.
  await symlink(join(root, 'node_modules'), join(folder, 'node_modules'), 'dir')
  const entry = join(folder, 'index.mjs')
  await writeFile(
    entry,
    [
      "import * as core from '@actions/core'",
      "const sha = core.getInput('sha')",
      "if (/^[0-9a-f]{40}$/.test(sha)) core.setOutput('sha', sha)",
      `else core.setFailed(\`${CORE_ALONE}: input 'sha' must be a 40-character commit SHA, got '\${sha}'\`)`,
      '',
    ].join('\n'),
  )
  const outDir = join(folder, 'dist')
  await promisify(execFile)('npx', ['ncc', 'build', entry, '-o', outDir, '--minify', '--quiet', '--target', 'es2022'], { cwd: root })
  return join(outDir, 'index.mjs')
}

/** The bundle stopped at its inputs: exit 1 and an error annotation that names an input. */
async function inputErrorCommand(name: string, scratch: string, script = bundle(name)): Promise<BenchCommand> {
  const folder = join(scratch, `input-error-${name}`)
  const files = await runnerFiles(folder)
  return {
    name: inputErrorName(name),
    argv: [process.execPath, script],
    env: runnerEnv(files, { GITHUB_REPOSITORY: 'o/r', INPUT_SHA: 'not-a-sha' }),
    cwd: folder,
    prepare: () => resetRunnerFiles(files),
    check: (run) => {
      if (run.exitCode !== 1) throw new Error(`expected exit 1, got ${run.exitCode ?? run.signal}`)
      if (!new RegExp(`^::error::${name}: input '`, 'm').test(run.stdout)) throw new Error(`expected an ::error:: annotation naming an input`)
    },
  }
}

function outputsOf(files: RunnerFiles): Record<string, string> {
  return parseOutputFile(readFileSync(files.output, 'utf8'))
}

/**
 * A workspace where build-once really built a package: shipgate.yml with one file component,
 * runtime-changed true. Returns the package digest.
 */
async function buildRealPackage(workspace: string, files: RunnerFiles): Promise<string> {
  await mkdir(workspace, { recursive: true })
  await writeFile(join(workspace, 'app.txt'), 'the application, version 1\n')
  await writeFile(join(workspace, 'shipgate.yml'), ['version: 1', 'build:', '  files:', '    - name: app', '      path: app.txt', ''].join('\n'))
  const run = runTimed({
    argv: [process.execPath, bundle('build-once')],
    env: runnerEnv(files, { GITHUB_WORKSPACE: workspace, GITHUB_SHA: SHA, INPUT_SHA: SHA, 'INPUT_RUNTIME-CHANGED': 'true' }),
    cwd: workspace,
  })
  const digest = outputsOf(files)['package-digest']
  if (run.exitCode !== 0 || !digest) throw new Error(`build-once did not build the package for the real-evidence runs: ${describeRun(run)}`)
  return digest
}

/** Keeps a file's content now and puts it back before each run, so that every run starts alike. */
function snapshot(path: string): () => void {
  const content = readFileSync(path)
  return () => writeFileSync(path, content)
}

function promoteCommand(workspace: string, files: RunnerFiles, packageDigest: string): BenchCommand {
  // promote appends its run to the pipeline timing: restore it, or each run reads a longer file.
  const restoreTiming = snapshot(new LocalEvidenceStore(join(workspace, '.artifacts')).pathOf('pipeline', SHA))
  return {
    name: 'promote on real evidence',
    argv: [process.execPath, bundle('promote')],
    env: runnerEnv(files, { GITHUB_WORKSPACE: workspace, GITHUB_SHA: SHA, INPUT_SHA: SHA }),
    cwd: workspace,
    prepare: () => {
      resetRunnerFiles(files)
      restoreTiming()
    },
    check: (run) => {
      if (run.exitCode !== 0) throw new Error(`expected exit 0, got ${run.exitCode ?? run.signal}`)
      const digest = outputsOf(files)['package-digest']
      if (digest !== packageDigest) throw new Error(`expected package-digest ${packageDigest}, got ${digest ?? 'none'}`)
    },
  }
}

/** Acceptance YES, a deployed record and production pass for the package build-once made, on its timeline. */
async function writeVerifiedEvidence(store: LocalEvidenceStore): Promise<void> {
  const manifest = await store.read('release-package', SHA)
  if (manifest.state !== 'valid') throw new Error(`no valid manifest at ${manifest.path} after build-once`)
  await writePassingGates(store, manifest.value)
}

async function releaseDecisionCommand(workspace: string, files: RunnerFiles): Promise<BenchCommand> {
  const store = new LocalEvidenceStore(join(workspace, '.artifacts'))
  await writeVerifiedEvidence(store)
  // A push event names the commit time, as on a runner, so the run does not ask git for it.
  const eventPath = join(workspace, '..', 'release-decision-event.json')
  await writeFile(eventPath, JSON.stringify({ after: SHA, head_commit: { id: SHA, timestamp: '2025-01-02T02:55:00Z' } }))
  // Every run decides afresh (writes the decision, closes the timing) rather than finding the
  // previous run's decision unchanged.
  const restoreTiming = snapshot(store.pathOf('pipeline', SHA))
  const decisionFolder = join(store.location, 'release', SHA)
  return {
    name: 'release-decision on real evidence',
    argv: [process.execPath, bundle('release-decision')],
    env: runnerEnv(files, { GITHUB_WORKSPACE: workspace, GITHUB_SHA: SHA, INPUT_SHA: SHA, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: eventPath }),
    cwd: workspace,
    prepare: () => {
      resetRunnerFiles(files)
      restoreTiming()
      rmSync(decisionFolder, { recursive: true, force: true })
    },
    check: (run) => {
      if (run.exitCode !== 0) throw new Error(`expected exit 0, got ${run.exitCode ?? run.signal}`)
      const outputs = outputsOf(files)
      if (outputs.decision !== 'YES') throw new Error(`expected decision YES, got ${outputs.decision ?? 'none'} (${outputs.status ?? ''})`)
      if (!existsSync(join(decisionFolder, 'decision.json'))) throw new Error('no decision.json written')
    },
  }
}

/**
 * `shipgate verify` on a decided release: every contract read through the safe reader, the whole
 * judgement taken again at the decision's time, every digest link checked.
 */
async function verifyCommand(folder: string, builtWorkspace: string): Promise<BenchCommand> {
  const workspace = join(folder, 'workspace')
  cpSync(builtWorkspace, workspace, { recursive: true })
  const store = new LocalEvidenceStore(join(workspace, '.artifacts'))
  await writeVerifiedEvidence(store)
  const files = await runnerFiles(folder)
  const decided = spawnSync(process.execPath, [bundle('release-decision')], { cwd: workspace, env: runnerEnv(files, { GITHUB_WORKSPACE: workspace, GITHUB_SHA: SHA, INPUT_SHA: SHA, 'INPUT_COMMIT-TIME': '2025-01-02T02:55:00Z' }), encoding: 'utf8' })
  if (decided.status !== 0 || outputsOf(files).decision !== 'YES') throw new Error(`release-decision did not say YES for verify to check: ${decided.stdout}${decided.stderr}`)
  return {
    name: 'shipgate verify on a decided release',
    argv: [process.execPath, join(root, 'dist', 'cli', 'index.js'), 'verify', SHA, '--artifacts-dir', '.artifacts'],
    env: cleanEnv(),
    cwd: workspace,
    check: (run) => {
      if (run.exitCode !== 0) throw new Error(`expected exit 0, got ${run.exitCode ?? run.signal}`)
    },
  }
}

export async function run(): Promise<BenchReport> {
  const runs = countFromEnv('BENCH_RUNS', 15)
  const warmups = countFromEnv('BENCH_WARMUPS', 2)
  if (runs === 0) throw new Error('BENCH_RUNS must be at least 1')
  const bundles = await actionBundles()
  const notes: string[] = []

  const newestSource = await newestMtime(join(root, 'src'))
  const stale = bundles.filter((name) => statSync(bundle(name)).mtimeMs < newestSource)
  if (stale.length > 0) notes.push(`WARNING: src/ changed after these bundles were built (run npm run build): ${stale.join(', ')}`)

  const scratch = await mkdtemp(join(tmpdir(), 'shipgate-bench-startup-'))
  try {
    const coreAlone = await buildCoreAlone(join(scratch, CORE_ALONE))
    const commands: BenchCommand[] = [{ name: BASELINE, argv: [process.execPath, '-e', '0'], env: cleanEnv(), cwd: scratch }, await inputErrorCommand(CORE_ALONE, scratch, coreAlone)]
    const limits = new Map<string, number>()
    for (const name of bundles) {
      const command = await inputErrorCommand(name, scratch)
      commands.push(command)
      limits.set(command.name, INPUT_ERROR_LIMIT)
    }

    const missing = ['build-once', 'promote', 'release-decision'].filter((name) => !bundles.includes(name))
    if (missing.length > 0) {
      notes.push(`promote and release-decision on real evidence not measured: no bundle for ${missing.join(', ')}`)
    } else {
      const promoteWorkspace = join(scratch, 'promote', 'workspace')
      const promoteFiles = await runnerFiles(join(scratch, 'promote'))
      const packageDigest = await buildRealPackage(promoteWorkspace, promoteFiles)
      // release-decision gets its own copy of build-once's evidence, so the two never see each other's writes.
      const decisionWorkspace = join(scratch, 'release-decision', 'workspace')
      cpSync(promoteWorkspace, decisionWorkspace, { recursive: true })
      const decisionFiles = await runnerFiles(join(scratch, 'release-decision'))
      for (const command of [promoteCommand(promoteWorkspace, promoteFiles, packageDigest), await releaseDecisionCommand(decisionWorkspace, decisionFiles), await verifyCommand(join(scratch, 'verify'), promoteWorkspace)]) {
        commands.push(command)
        limits.set(command.name, REAL_EVIDENCE_LIMIT)
      }
    }

    process.stdout.write(`startup: ${commands.length} commands, ${warmups} warm-up + ${runs} timed rounds, round-robin, clean environment (PATH, HOME)\n`)
    const results = measureRoundRobin(commands, {
      runs,
      warmups,
      onRound: (round, total) => process.stdout.write(round === total ? `${round}\n` : `${round} `),
    })
    const measurements = toMeasurements(results, BASELINE)
    const targets = measurements.filter((measurement) => limits.has(measurement.name)).map((measurement) => atMost(measurement.name, measurement.ratio!, limits.get(measurement.name)!))
    // Ratios to the core-alone bundle's median of the same rounds, printed under the table.
    const coreAloneMs = measurements.find((measurement) => measurement.name === inputErrorName(CORE_ALONE))!.medianMs
    for (const name of bundles) {
      const measurement = measurements.find((candidate) => candidate.name === inputErrorName(name))!
      targets.push(atMost(`${inputErrorName(name)} ÷ ${CORE_ALONE}`, ratio(measurement.medianMs, coreAloneMs), CORE_ALONE_LIMIT))
    }

    for (const name of bundles) {
      const size = await bundleSize(name)
      notes.push(`dist/${name}: index.js ${size.entryKb.toFixed(0)} KiB${size.chunks > 0 ? `, ${size.chunks} lazy chunk(s) ${size.chunksKb.toFixed(0)} KiB` : ''}`)
    }
    notes.push(`${CORE_ALONE}: '@actions/core' ${coreVersion()} alone (getInput, then setOutput or setFailed), bundled by ncc as scripts/build.ts bundles ours: ${(statSync(coreAlone).size / 1024).toFixed(0)} KiB`)
    notes.push(`Node ${process.version}; every run checked: input errors exit 1 with ::error:: naming an input, promote exits 0 with the package digest, release-decision exits 0 with YES, verify exits 0.`)
    return { name: 'startup', baseline: BASELINE, measurements, targets, notes }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}
