// The release decision against every way its evidence goes wrong: a matrix generated from the
// contracts it reads × the ways a file is lost, damaged, swapped or made to contradict itself.
// Each cell runs through the CLI and through the bundle as the runner runs it: both must say NO with
// a reason naming the file and the field, and agree; and verify must fail when the same thing is
// done after a YES. Everything runs on the real clock, so the fixture timeline is moved to now.
import { execFile } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import type { CommandIo } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'
import { fieldPath } from '../../src/contracts/index.js'
import { sealReleasePackage, type ReleasePackageBody } from '../../src/contracts/release-package.js'
import type { ReleaseDecision } from '../../src/contracts/release-decision.js'
import { EVIDENCE_SIZE_LIMIT } from '../../src/evidence/evidence-file.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { systemClock } from '../../src/platform/clock.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { decisionEvidenceKinds, type DecisionEvidenceKind } from '../../src/stages/judge.js'
import { decideRelease } from '../../src/stages/release-decision.js'
import { releasePackage } from '../helpers/contract-examples.js'
import {
  FOREIGN_PACKAGE_DIGEST,
  OTHER_SHA,
  RELEASE_SHA,
  REPOSITORY,
  breakEvidence,
  movedTimeline,
  rewriteEvidence,
  shiftTimestamps,
  writeReleaseEvidence,
  type Breakage,
  type ReleaseEvidence,
  type ReleaseEvidenceOptions,
} from '../helpers/evidence-fixtures.js'
import { parseOutputFile, repositoryRoot } from '../helpers/run-bundle.js'

const execFileAsync = promisify(execFile)
const cli = join(repositoryRoot, 'dist', 'cli', 'index.js')
const bundle = join(repositoryRoot, 'dist', 'release-decision', 'index.js')

/** What the release decision reads, and (for verify only) the decision itself. */
type MatrixKind = DecisionEvidenceKind | 'release'
const matrixKinds: MatrixKind[] = ['release-package', 'commit-stage', 'acceptance', 'deployment', 'production', 'pipeline', 'release']

/** Where a contract is, as the commands run in the artifacts folder (`--artifacts-dir .`) name it. */
const shownPath = (kind: MatrixKind): string => new LocalEvidenceStore('.').pathOf(kind, RELEASE_SHA)

type JsonObject = Record<string, unknown>
/** A schema-valid change of a contract as its stage writes it, on the timeline moved to `now`. */
type Edit = (json: JsonObject, now: Date) => JsonObject

type Tamper = (
  | {
      /**
       * Changes made as the stages write the evidence, so that the links to it stay consistent and
       * the cell isolates one fault; after a YES they are edits of the files. Usually one kind.
       */
      edits: Partial<Record<MatrixKind, Edit>>
      field: string
    }
  | {
      /** Done to the written file; returns the field a reason about it must name. */
      damage: (fixture: ReleaseEvidence, kind: MatrixKind) => Promise<string>
    }
) & {
  /** A cell whose decision rightly stays YES, and why. */
  stillYes?: string
}

const HOUR = 3_600_000
const DAY = 24 * HOUR
const iso = (ms: number): string => new Date(ms).toISOString()
const at = (json: JsonObject, field: string): number => Date.parse(json[field] as string)
const OTHER_PACKAGE_DIGEST = releasePackage(OTHER_SHA).digest

const broken = (breakage: Breakage) => async (fixture: ReleaseEvidence, kind: MatrixKind) => (await breakEvidence(fixture, kind, breakage)).field

/** Damage to the file rather than its content (its size, its type, where it leads): a '(file)' problem. */
const fileDamage = (damage: (file: string, fixture: ReleaseEvidence, kind: MatrixKind) => Promise<unknown>) => async (fixture: ReleaseEvidence, kind: MatrixKind) => {
  await damage(fixture.paths[kind], fixture, kind)
  return '(file)'
}

/** A string field of each contract, where a lone surrogate goes. */
const STRING_FIELD: Record<MatrixKind, Array<string | number>> = {
  'release-package': ['repository'],
  'commit-stage': ['repository'],
  acceptance: ['checks', 0, 'name'],
  deployment: ['reason'],
  production: ['checks', 0, 'name'],
  pipeline: ['stages', 0, 'stage'],
  release: ['repository'],
}

function withLoneSurrogate(json: unknown, path: Array<string | number>): unknown {
  const [head, ...rest] = path
  if (head === undefined) return `${json as string}\ud800`
  if (Array.isArray(json)) return json.map((item, index) => (index === head ? withLoneSurrogate(item, rest) : item))
  return { ...(json as JsonObject), [head]: withLoneSurrogate((json as JsonObject)[head], rest) }
}

const checkFailed = (index: number) => (json: JsonObject) => ({
  ...json,
  checks: (json.checks as JsonObject[]).map((check, position) => (position === index ? { ...check, status: 'fail', reason: 'tampered' } : check)),
})
const manifestLinkTo = (digest: string) => (json: JsonObject) => ({
  ...json,
  evidence: (json.evidence as JsonObject[]).map((link) => (link.kind === 'release-package' ? { ...link, digest } : link)),
})
const eightDaysOlder: Edit = (json) => shiftTimestamps(json, -8 * DAY)

/**
 * The table: each class of tamper, and what it is for each kind; undefined where it does not
 * apply (the comment says why). The cells are its product.
 */
const tamperClasses: Record<string, (kind: MatrixKind) => Tamper | undefined> = {
  missing: (kind) => ({
    damage: broken('missing'),
    // commit-stage and pipeline are optional: a run without commit-gate, or without timing, may
    // still release. (For verify the decision recorded them, so deleting them afterwards fails.)
    stillYes:
      kind === 'commit-stage' ? 'commit-stage evidence is optional: a pipeline without commit-gate can still release'
      : kind === 'pipeline' ? 'pipeline timing is optional: the decision starts a fresh timing when there is none'
      : undefined,
  }),
  'empty file': () => ({ damage: async (fixture, kind) => (await writeFile(fixture.paths[kind], ''), '(root)') }),
  'not JSON': () => ({ damage: broken('not-json') }),
  'wrong SHA': () => ({ damage: broken('wrong-sha') }),
  'wrong package digest': (kind) => {
    // The manifest's own digest is the package digest it seals itself with.
    if (kind === 'release-package') {
      return { damage: async (fixture) => (await rewriteEvidence(fixture, kind, (json) => ({ ...json, digest: FOREIGN_PACKAGE_DIGEST })), 'digest') }
    }
    // commit-stage and the timing name no package.
    if (kind === 'commit-stage' || kind === 'pipeline') return undefined
    return { damage: broken('wrong-package-digest') }
  },
  // The schemas are strict: a key no contract defines is refused at the root, where it was added.
  'extra field': () => ({ damage: async (fixture, kind) => (await rewriteEvidence(fixture, kind, (json) => ({ ...json, approvedBy: 'mallory' })), 'approvedBy') }),
  'schema-invalid': () => ({ damage: broken('schema-invalid') }),
  'huge file (sparse)': () => ({ damage: fileDamage((file) => truncate(file, EVIDENCE_SIZE_LIMIT + 1024 * 1024)) }),
  'FIFO in its place': () => ({ damage: fileDamage(async (file) => (await rm(file), await execFileAsync('mkfifo', [file]))) }),
  'symlink out of the folder': () => ({
    // To a copy of the very same valid file: only where the link leads is wrong.
    damage: fileDamage(async (file, fixture, kind) => {
      const outside = await mkdtemp(join(scratch, 'outside-')).then((folder) => join(folder, `${kind}.json`))
      await copyFile(file, outside)
      await rm(file)
      await symlink(outside, file)
    }),
  }),
  'folder in its place': () => ({ damage: fileDamage(async (file) => (await rm(file), await mkdir(file))) }),
  'lone surrogate': (kind) => ({
    damage: async (fixture) => (await rewriteEvidence(fixture, kind, (json) => withLoneSurrogate(json, STRING_FIELD[kind])), fieldPath(STRING_FIELD[kind])),
  }),

  // What each contract says, contradicting its own checks or the other contracts.
  'YES over a failed required check': only('acceptance', { edits: { acceptance: checkFailed(0) }, field: 'decision' }),
  'degraded false over a failed optional check': only('acceptance', { edits: { acceptance: checkFailed(2) }, field: 'degraded' }),
  'no checks at all': (kind) =>
    kind === 'acceptance' ? { edits: { acceptance: (json) => ({ ...json, checks: [] }) }, field: 'decision' }
    : kind === 'production' ? { edits: { production: (json) => ({ ...json, checks: [] }) }, field: 'verdict' }
    : undefined,
  'pass over a failed required check': only('production', { edits: { production: checkFailed(0) }, field: 'verdict' }),
  "deployedRefs not the package's": only('production', {
    edits: { production: (json) => ({ ...json, deployedRefs: { ...(json.deployedRefs as JsonObject), api: `ghcr.io/acme/api@sha256:${'e'.repeat(64)}` } }) },
    field: 'deployedRefs',
  }),
  'passed over a check that failed': only('commit-stage', {
    edits: { 'commit-stage': (json) => ({ ...json, check: { ...(json.check as JsonObject), conclusion: 'failure' } }) },
    field: 'check.conclusion',
  }),
  'passed over a check of another commit': only('commit-stage', {
    edits: { 'commit-stage': (json) => ({ ...json, check: { ...(json.check as JsonObject), checkedSha: OTHER_SHA, via: 'direct' } }) },
    field: 'check.checkedSha',
  }),
  'outcome refused': only('deployment', {
    edits: { deployment: ({ deployedAt: _deployedAt, ...json }) => ({ ...json, outcome: 'refused', reason: 'older than production' }) },
    field: 'outcome',
  }),
  'outcome failed': only('deployment', { edits: { deployment: (json) => ({ ...json, outcome: 'failed', reason: 'the deploy command exited 1' }) }, field: 'outcome' }),
  'another package deployed': only('deployment', { edits: { deployment: (json) => ({ ...json, packageDigest: OTHER_PACKAGE_DIGEST }) }, field: 'packageDigest' }),
  'deployedAt missing': only('deployment', { edits: { deployment: ({ deployedAt: _deployedAt, ...json }) => json }, field: 'deployedAt' }),
  // The manifest and the timing link nothing; commit-stage links nothing either.
  "evidence link to a manifest that is not the package's": (kind) =>
    kind === 'acceptance' || kind === 'production' || kind === 'deployment' ? { edits: { [kind]: manifestLinkTo(OTHER_PACKAGE_DIGEST) }, field: 'evidence[0].digest' } : undefined,
  // deploy-gate links the acceptance result it deployed on, as every stage links what it read.
  'evidence link to an acceptance result that is not the one there': only('deployment', {
    edits: { deployment: (json) => ({ ...json, evidence: (json.evidence as JsonObject[]).map((link) => (link.kind === 'acceptance' ? { ...link, digest: FOREIGN_PACKAGE_DIGEST } : link)) }) },
    field: 'evidence[1].digest',
  }),

  // Time: every timestamp against the package, the clock and its own start.
  "started before the package's createdAt": (kind) =>
    kind === 'acceptance' || kind === 'production' ? { edits: { [kind]: (json: JsonObject) => ({ ...json, startedAt: iso(at(json, 'startedAt') - HOUR)  }) }, field: 'startedAt' }
    // A deploy has no start; it must not finish before the package existed.
    : kind === 'deployment' ? { edits: { deployment: (json) => ({ ...json, deployedAt: iso(at(json, 'deployedAt') - HOUR) }) }, field: 'deployedAt' }
    // The manifest is the package; commit-stage and the timing come before it.
    : undefined,
  'finished in the future (now + 1 day)': (kind) => {
    const future = (field: string): Tamper => ({ edits: { [kind]: (json: JsonObject, now: Date) => ({ ...json, [field]: iso(now.getTime() + DAY) }) }, field })
    if (kind === 'acceptance' || kind === 'production') return future('finishedAt')
    if (kind === 'deployment') return future('deployedAt')
    if (kind === 'commit-stage') return future('recordedAt')
    if (kind === 'release-package') return future('createdAt')
    if (kind === 'pipeline') {
      return {
        edits: { pipeline: (json, now) => ({ ...json, stages: (json.stages as JsonObject[]).map((stage, index, all) => (index === all.length - 1 ? { ...stage, finishedAt: iso(now.getTime() + DAY) } : stage)) }) },
        field: 'stages[4].finishedAt',
      }
    }
    return undefined
  },
  'finished before it started': (kind) => {
    if (kind === 'acceptance' || kind === 'production') return { edits: { [kind]: (json: JsonObject) => ({ ...json, finishedAt: iso(at(json, 'startedAt') - 60_000) }) }, field: 'finishedAt' }
    if (kind === 'deployment') return { edits: { deployment: (json) => ({ ...json, deployedAt: iso(at(json, 'decidedAt') - 60_000) }) }, field: 'deployedAt' }
    if (kind === 'pipeline') {
      return {
        edits: { pipeline: (json) => ({ ...json, stages: (json.stages as JsonObject[]).map((stage, index) => (index === 0 ? { ...stage, finishedAt: iso(at(stage, 'startedAt') - 60_000) } : stage)) }) },
        field: 'stages[0].finishedAt',
      }
    }
    // The manifest and commit-stage record one moment, not a run.
    return undefined
  },
  // Finished 8 days before the decision, with max-evidence-age 7d. Acceptance: the package was
  // built and accepted 8 days ago and is deployed only now. Production: everything is 8 days old
  // (acceptance is then stale too; the cell asks for production's reason).
  'stale (finished 8 days before the decision)': (kind) =>
    kind === 'acceptance' ? { edits: { 'release-package': eightDaysOlder, 'commit-stage': eightDaysOlder, acceptance: eightDaysOlder }, field: 'finishedAt' }
    : kind === 'production' ? { edits: Object.fromEntries(decisionEvidenceKinds.map((every) => [every, eightDaysOlder])), field: 'finishedAt' }
    // Only acceptance and production evidence ages.
    : undefined,
  // Beyond the 5-minute clock skew: 10 minutes before the deploy finished.
  'started before the deploy finished': only('production', { edits: { production: (json) => ({ ...json, startedAt: iso(at(json, 'startedAt') - 10 * 60_000) }) }, field: 'startedAt' }),

  // The decision itself, for verify: it must still follow from the evidence.
  'decision flipped': only('release', { edits: { release: (json) => ({ ...json, decision: 'NO', status: 'failure' }) }, field: 'decision' }),
  // verify holds the reasons to the evidence too, word for word.
  'reasons rewritten': only('release', {
    edits: { release: (json) => ({ ...json, reasons: [{ file: shownPath('acceptance'), field: 'decision', message: 'looked at by hand and found fine' }] }) },
    field: 'reasons',
  }),
  'decided before the evidence existed': only('release', { edits: { release: (json, now) => ({ ...json, decidedAt: iso(now.getTime() - DAY) }) }, field: 'decision' }),
}

function only(kind: MatrixKind, tamper: Tamper): (candidate: MatrixKind) => Tamper | undefined {
  return (candidate) => (candidate === kind ? tamper : undefined)
}

interface Cell {
  name: string
  kind: MatrixKind
  tamper: Tamper
}

const cells: Cell[] = Object.entries(tamperClasses).flatMap(([tamperClass, to]) =>
  matrixKinds.flatMap((kind) => {
    const tamper = to(kind)
    return tamper ? [{ name: `${kind}: ${tamperClass}`, kind, tamper }] : []
  }),
)

const isBug = (output: string): boolean => /bug in shipgate|unexpected error|^\s+at .+:\d+:\d+\)?$/m.test(output)

interface DecisionRun {
  exitCode: number
  decision: string | undefined
  status: string | undefined
  /** `file: field` of each reason in the decision.json it wrote. */
  reasons: string[]
  /** Output that shows a crash, or a decision.json that was not written. */
  crash: string | null
}

interface VerifyRun {
  /** The decision taken before the tamper: YES, or the cell cannot test verify. */
  decidedBefore: string
  exitCode: number
  /** The lines that name the tampered file. */
  linesNamingFile: string[]
  crash: string | null
}

interface CellResult {
  field?: string
  cli?: DecisionRun
  bundle?: DecisionRun
  verify: VerifyRun
}

let now: Date
let scratch: string
const results = new Map<Cell, CellResult | Error>()

function writtenWith(edits: Partial<Record<MatrixKind, Edit>>): ReleaseEvidenceOptions {
  const change = <T>(edit: Edit | undefined) => (edit ? (value: T) => edit(value as JsonObject, now) as T : undefined)
  return {
    manifest: change(edits['release-package']),
    commitStage: change(edits['commit-stage']),
    acceptance: change(edits.acceptance),
    deployment: change(edits.deployment),
    production: change(edits.production),
    timing: change(edits.pipeline),
  }
}

/** Does the tamper to a fixture: as the stages write it (edits) or to the file afterwards. */
async function tamperWith(cell: Cell, fixture: ReleaseEvidence, afterDecision: boolean): Promise<string> {
  const { tamper } = cell
  if ('damage' in tamper) return tamper.damage(fixture, cell.kind)
  if (afterDecision) {
    for (const [kind, edit] of Object.entries(tamper.edits) as Array<[MatrixKind, Edit]>) {
      await rewriteEvidence(fixture, kind, (json) => {
        if (kind !== 'release-package') return edit(json, now)
        const { digest: _digest, ...body } = json
        return sealReleasePackage(edit(body, now) as ReleasePackageBody)
      })
    }
  }
  return tamper.field
}

async function freshEvidence(cell: Cell | null): Promise<ReleaseEvidence> {
  const edits = cell && 'edits' in cell.tamper ? cell.tamper.edits : {}
  return writeReleaseEvidence(movedTimeline(now, writtenWith(edits)))
}

function node(args: string[], cwd: string, env: Record<string, string>): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ exitCode: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    })
  })
}

const decisionInputs = (): Record<string, string> => ({
  sha: RELEASE_SHA,
  'artifacts-dir': '.',
  'commit-time': iso(now.getTime() - HOUR),
  'max-evidence-age': '7d',
})

async function writtenDecision(fixture: ReleaseEvidence, output: string): Promise<Pick<DecisionRun, 'reasons' | 'crash'>> {
  try {
    const decision = JSON.parse(await readFile(fixture.paths.release, 'utf8')) as ReleaseDecision
    return { reasons: decision.reasons.map((reason) => `${reason.file}: ${reason.field}`), crash: isBug(output) ? output : null }
  } catch (error) {
    return { reasons: [], crash: `no decision.json (${(error as Error).message}):\n${output}` }
  }
}

async function decideByCli(cell: Cell): Promise<{ run: DecisionRun; field: string }> {
  const fixture = await freshEvidence(cell)
  try {
    const field = await tamperWith(cell, fixture, false)
    const inputs = Object.entries(decisionInputs()).flatMap(([name, value]) => [`--${name}`, value])
    // No GITHUB_* but the repository: SHA and all come from the flags, as a user gives them.
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: scratch, GITHUB_REPOSITORY: REPOSITORY }
    const ran = await node([cli, 'run', 'release-decision', ...inputs, '--json'], fixture.artifactsDir, env)
    let outputs: Record<string, string> = {}
    try {
      outputs = (JSON.parse(ran.stdout) as { outputs: Record<string, string> }).outputs
    } catch {
      // Left empty: the comparison shows that no decision was given.
    }
    const written = await writtenDecision(fixture, ran.stdout + ran.stderr)
    return { run: { exitCode: ran.exitCode, decision: outputs.decision, status: outputs.status, ...written }, field }
  } finally {
    await fixture.cleanup()
  }
}

/**
 * The bundle as runBundle runs it (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, a clean
 * environment), with its files in the matrix's scratch folder: runBundle leaves a folder behind in
 * the system temp folder for every run, and the matrix makes a hundred.
 */
async function decideByBundle(cell: Cell): Promise<{ run: DecisionRun; field: string }> {
  const fixture = await freshEvidence(cell)
  try {
    const field = await tamperWith(cell, fixture, false)
    const files = await mkdtemp(join(scratch, 'bundle-'))
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: files,
      GITHUB_OUTPUT: join(files, 'output.txt'),
      GITHUB_STEP_SUMMARY: join(files, 'summary.md'),
      GITHUB_REPOSITORY: REPOSITORY,
    }
    await Promise.all([writeFile(env.GITHUB_OUTPUT!, ''), writeFile(env.GITHUB_STEP_SUMMARY!, '')])
    for (const [name, value] of Object.entries(decisionInputs())) env[`INPUT_${name.toUpperCase()}`] = value
    const ran = await node([bundle], fixture.artifactsDir, env)
    const outputs = parseOutputFile(await readFile(env.GITHUB_OUTPUT!, 'utf8'))
    const written = await writtenDecision(fixture, ran.stdout + ran.stderr)
    return { run: { exitCode: ran.exitCode, decision: outputs.decision, status: outputs.status, ...written }, field }
  } finally {
    await fixture.cleanup()
  }
}

/**
 * A YES taken on consistent evidence, the tamper done afterwards, then `shipgate verify` in this
 * process (main, as the bundle's entry calls it): a node start per cell would double the run time.
 */
async function verifyAfterYes(cell: Cell): Promise<VerifyRun> {
  const fixture = await freshEvidence(null)
  try {
    const decided = await decideRelease(
      { sha: RELEASE_SHA, repository: REPOSITORY, commitTime: new Date(now.getTime() - HOUR) },
      { store: fixture.store, clock: systemClock, logger: new RecordingLogger() },
    )
    await tamperWith(cell, fixture, true)
    const lines: string[] = []
    const io: CommandIo = { out: (text) => lines.push(...text.split('\n')), err: (text) => lines.push(...text.split('\n')), env: {}, cwd: fixture.artifactsDir }
    const exitCode = await main(['verify', RELEASE_SHA, '--artifacts-dir', '.'], io)
    // The command shows paths relative to the process's folder.
    const file = new LocalEvidenceStore(relative(process.cwd(), fixture.artifactsDir)).pathOf(cell.kind, RELEASE_SHA)
    const output = lines.join('\n')
    return {
      decidedBefore: decided.decision.decision,
      exitCode,
      linesNamingFile: lines.filter((line) => line.startsWith(`${file}: `)),
      crash: isBug(output) ? output : null,
    }
  } finally {
    await fixture.cleanup()
  }
}

async function runCell(cell: Cell): Promise<CellResult> {
  if (cell.kind === 'release') return { verify: await verifyAfterYes(cell) }
  const [byCli, byBundle, verify] = await Promise.all([decideByCli(cell), decideByBundle(cell), verifyAfterYes(cell)])
  return { field: byCli.field, cli: byCli.run, bundle: byBundle.run, verify }
}

/** Runs work over items, `width` at a time. */
async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!)
    }),
  )
}

beforeAll(async () => {
  // The runs' output files and the targets of symlinks; each fixture removes itself.
  scratch = await mkdtemp(join(tmpdir(), 'shipgate-tamper-matrix-'))
  now = new Date()
  await inParallel(cells, 4, async (cell) => {
    results.set(cell, await runCell(cell).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))))
  })
}, 180_000)

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

test(`the matrix is generated: ${cells.length} cells, ${cells.filter((cell) => cell.tamper.stillYes).length} of them still YES`, () => {
  expect(cells.length).toBeGreaterThanOrEqual(90)
  expect(new Set(cells.map((cell) => cell.kind))).toEqual(new Set(matrixKinds))
  expect(cells.filter((cell) => cell.tamper.stillYes).map((cell) => cell.name)).toEqual(['commit-stage: missing', 'pipeline: missing'])
})

const decisionCells = cells.filter((cell) => cell.kind !== 'release')

describe('the CLI and the bundle decide the same, naming the file and the field', () => {
  test.each(decisionCells.map((cell) => [cell.name, cell] as const))('%s', (_name, cell) => {
    const result = results.get(cell)
    if (result instanceof Error) throw result
    const { cli, bundle, field } = result!
    const file = shownPath(cell.kind)
    const expected = cell.tamper.stillYes ? { decision: 'YES', status: 'success', exitCode: 0 } : { decision: 'NO', status: 'failure', exitCode: 1 }
    const outcome = (run: DecisionRun) => ({ decision: run.decision, status: run.status, exitCode: run.exitCode, crash: run.crash })

    expect({ cli: outcome(cli!), bundle: outcome(bundle!) }).toEqual({ cli: { ...expected, crash: null }, bundle: { ...expected, crash: null } })
    expect(new Set(cli!.reasons)).toEqual(new Set(bundle!.reasons))
    if (cell.tamper.stillYes) expect(cli!.reasons).toEqual([])
    else expect(cli!.reasons).toContain(`${file}: ${field}`)
  })
})

describe('verify fails when the evidence is tampered with after a YES, naming the file', () => {
  test.each(cells.map((cell) => [cell.name, cell] as const))('%s', (_name, cell) => {
    const result = results.get(cell)
    if (result instanceof Error) throw result
    const { verify } = result!
    expect(verify.decidedBefore).toBe('YES')
    expect({ exitCode: verify.exitCode, crash: verify.crash }).toEqual({ exitCode: 1, crash: null })
    expect(verify.linesNamingFile).not.toEqual([])
  })
})
