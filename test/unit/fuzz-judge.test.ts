// Property-based tests of the judge and of verify: consistent YES evidence with one to three random
// mutations (a key deleted, a value replaced by any JSON, a timestamp moved, a boolean or enum
// flipped, a SHA or digest swapped, a file cut short or gone). Whatever the evidence, the judge
// answers without throwing, never says YES over a required contract that is not valid, answers the
// same twice, and gives every NO a file and a message; verify fails a YES the evidence no longer holds.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import fc from 'fast-check'
import { DIGEST_PATTERN, SHA_PATTERN } from '../../src/contracts/common.js'
import type { ContractKind } from '../../src/contracts/index.js'
import { RELEASE_DECISION_SCHEMA } from '../../src/contracts/release-decision.js'
import { sealReleasePackage, type ReleasePackageBody } from '../../src/contracts/release-package.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { parseEvidence, type EvidenceRead } from '../../src/evidence/store.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { decisionEvidenceKinds, judgePolicy, judgeReleaseEvidence, type DecisionEvidenceKind, type DecisionEvidenceReads, type ReleaseJudgement } from '../../src/stages/judge.js'
import { decideRelease, readDecisionEvidence } from '../../src/stages/release-decision.js'
import { verifyEvidence } from '../../src/stages/verify.js'
import { awkwardJsonOf, awkwardUnit as awkwardUnitOf } from '../helpers/awkward-json.js'
import { releasePackage } from '../helpers/contract-examples.js'
import { COMMIT_TIME, DECISION_TIME, FOREIGN_PACKAGE_DIGEST, OTHER_SHA, REPOSITORY, steppingClock, writeReleaseEvidence } from '../helpers/evidence-fixtures.js'

// 2,600 cases in all: the judge in memory (parseEvidence, no disk), verify over files on disk.
const RUNS = { neverThrows: 800, requiredInvalid: 800, yesHolds: 800, verify: 200 } as const

const REQUIRED: DecisionEvidenceKind[] = ['release-package', 'acceptance', 'deployment', 'production']
/** The kinds verify reads that the mutations touch: what the decision reads, and the decision. */
type MutableKind = DecisionEvidenceKind | 'release'
const mutableKinds: MutableKind[] = [...decisionEvidenceKinds, 'release']

const awkwardUnit = awkwardUnitOf(['YES', 'pass', 'deployed'])
const awkwardString = fc.string({ unit: awkwardUnit, maxLength: 16 })
const awkwardKey = fc.oneof(awkwardString, fc.constantFrom('__proto__', 'constructor', '\ud800', 'sha', 'digest', 'checks', 'decision'))
/** Any JSON value, with odd strings and keys, and numbers JSON.parse reads as infinity. */
const awkwardJson = awkwardJsonOf(awkwardString, awkwardKey, 3)

/** JSON text of a value; 1e999 stands in for a number too big to be finite. */
function jsonText(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) => (typeof member === 'number' && !Number.isFinite(member) ? '__INFINITY__' : member), 2).replace(/"__INFINITY__"/g, '1e999')
}

/** A copy that keeps what jsonText keeps: lone surrogates, `__proto__` keys, infinity. */
const copyOf = (value: unknown): unknown => JSON.parse(jsonText(value))

const DAY = 24 * 60 * 60 * 1000
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/** Near the decision (across the clock skew, the package's build, the max age) or anywhere. */
const anyTimestamp = fc.oneof(
  fc.integer({ min: -10 * DAY, max: 10 * DAY }).map((offset) => new Date(DECISION_TIME.getTime() + offset).toISOString()),
  fc.integer({ min: -30 * 60_000, max: 30 * 60_000 }).map((offset) => new Date(DECISION_TIME.getTime() + offset).toISOString()),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom('2025-01-02T03:25:00+14:00', '2025-01-01T13:25:00-14:00', '2025-01-02T03:25:00.999999999Z', '2025-02-29T00:00:00Z', '2025-01-02T24:00:00Z', 'yesterday'),
)

// Sets of values a field takes; a flip picks another member of the value's set.
const ENUMS = [
  ['YES', 'NO'],
  ['pass', 'fail', 'skipped'],
  ['deployed', 'superseded', 'refused', 'failed'],
  ['success', 'failure', 'partial_success', 'no', 'cancelled'],
  ['direct', 'pull-request-head'],
  ['warn', 'fail'],
  ['commit', 'created-at'],
  ['built', 'captured'],
  ['image', 'file'],
]

type Path = Array<string | number>

function leavesOf(value: unknown, path: Path = [], out: Array<{ path: Path; value: unknown }> = []): Array<{ path: Path; value: unknown }> {
  out.push({ path, value })
  if (Array.isArray(value)) value.forEach((item, index) => leavesOf(item, [...path, index], out))
  else if (value !== null && typeof value === 'object') for (const [key, member] of Object.entries(value)) leavesOf(member, [...path, key], out)
  return out
}

type Operation =
  | { op: 'delete' }
  | { op: 'replace'; value: unknown }
  | { op: 'timestamp'; value: string }
  | { op: 'flip'; choice: number }
  | { op: 'swap'; sha: string; digest: string }
  | { op: 'truncate' }
  | { op: 'remove file' }

interface Mutation {
  kind: MutableKind
  /** Which of the candidate places the operation lands on, modulo their number. */
  pick: number
  operation: Operation
}

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.constant<Operation>({ op: 'delete' }),
  awkwardJson.map<Operation>((value) => ({ op: 'replace', value })),
  anyTimestamp.map<Operation>((value) => ({ op: 'timestamp', value })),
  { weight: 2, arbitrary: fc.nat().map<Operation>((choice) => ({ op: 'flip', choice })) },
  fc
    .record({
      sha: fc.oneof(fc.constant(OTHER_SHA), fc.stringMatching(/^[0-9a-f]{40}$/)),
      digest: fc.oneof(fc.constant(FOREIGN_PACKAGE_DIGEST), fc.constant(releasePackage(OTHER_SHA).digest), fc.stringMatching(/^sha256:[0-9a-f]{64}$/)),
    })
    .map<Operation>((swap) => ({ op: 'swap', ...swap })),
  { weight: 1, arbitrary: fc.constant<Operation>({ op: 'truncate' }) },
  { weight: 1, arbitrary: fc.constant<Operation>({ op: 'remove file' }) },
)

const mutations = (kinds: readonly MutableKind[]): fc.Arbitrary<{ changes: Mutation[]; reseal: boolean }> =>
  fc.record({
    changes: fc.array(fc.record({ kind: fc.constantFrom(...kinds), pick: fc.nat(), operation }), { minLength: 1, maxLength: 3 }),
    // A manifest changed and sealed again is valid on its own; only its links and times can give it away.
    reseal: fc.boolean(),
  })

/** The contract texts after the mutations; undefined for a file that is not there. */
type Texts = Partial<Record<MutableKind, string>>

/** What a contract is while it is mutated: JSON, text cut short, or gone. */
type Draft = { json: unknown } | { text: string } | null

function place(json: unknown, path: Path, change: (parent: Record<string, unknown> | unknown[], key: string | number) => void): unknown {
  if (path.length === 0) return json
  let parent = json as Record<string, unknown> | unknown[]
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key] as Record<string, unknown> | unknown[]
  change(parent, path[path.length - 1]!)
  return json
}

function setAt(json: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value
  return place(json, path, (parent, key) => Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true }))
}

function applyOperation(draft: Draft, pick: number, operation: Operation): Draft {
  if (draft === null) return null
  if (operation.op === 'remove file') return null
  const text = 'text' in draft ? draft.text : jsonText(draft.json)
  if (operation.op === 'truncate') return { text: text.slice(0, pick % (text.length + 1)) }
  if ('text' in draft) return draft
  const json = draft.json
  const leaves = leavesOf(json)
  const choose = <T>(candidates: T[]): T | undefined => (candidates.length === 0 ? undefined : candidates[pick % candidates.length])
  switch (operation.op) {
    case 'delete': {
      const target = choose(leaves.filter((leaf) => leaf.path.length > 0))
      if (!target) return draft
      return {
        json: place(json, target.path, (parent, key) => {
          if (Array.isArray(parent)) parent.splice(key as number, 1)
          else delete parent[key as string]
        }),
      }
    }
    case 'replace': {
      const target = choose(leaves)
      return target ? { json: setAt(json, target.path, copyOf(operation.value)) } : draft
    }
    case 'timestamp': {
      const target = choose(leaves.filter((leaf) => typeof leaf.value === 'string' && ISO_TIMESTAMP.test(leaf.value)))
      return target ? { json: setAt(json, target.path, operation.value) } : draft
    }
    case 'flip': {
      const target = choose(leaves.filter((leaf) => typeof leaf.value === 'boolean' || ENUMS.some((values) => values.includes(leaf.value as string))))
      if (!target) return draft
      if (typeof target.value === 'boolean') return { json: setAt(json, target.path, !target.value) }
      const values = ENUMS.find((set) => set.includes(target.value as string))!
      const others = values.filter((value) => value !== target.value)
      return { json: setAt(json, target.path, others[operation.choice % others.length]) }
    }
    case 'swap': {
      const target = choose(leaves.filter((leaf) => typeof leaf.value === 'string' && (SHA_PATTERN.test(leaf.value) || DIGEST_PATTERN.test(leaf.value))))
      if (!target) return draft
      return { json: setAt(json, target.path, SHA_PATTERN.test(target.value as string) ? operation.sha : operation.digest) }
    }
  }
}

/** The baseline texts with the mutations made; a manifest changed as JSON is sealed again when asked. */
function mutatedTexts(baseline: Texts, plan: { changes: Mutation[]; reseal: boolean }): Texts {
  const drafts = new Map<MutableKind, Draft>()
  for (const { kind, pick, operation } of plan.changes) {
    const current = drafts.has(kind) ? drafts.get(kind)! : baseline[kind] === undefined ? null : { json: JSON.parse(baseline[kind]!) as unknown }
    drafts.set(kind, applyOperation(current, pick, operation))
  }
  const texts: Texts = { ...baseline }
  for (const [kind, draft] of drafts) {
    if (draft === null) {
      delete texts[kind]
      continue
    }
    let json = 'json' in draft ? draft.json : undefined
    if (kind === 'release-package' && plan.reseal && json !== null && typeof json === 'object' && !Array.isArray(json)) {
      const { digest: _digest, ...body } = json as Record<string, unknown>
      try {
        json = sealReleasePackage(body as ReleasePackageBody)
      } catch {
        // A body canonical JSON cannot digest (a lone surrogate) stays unsealed; the reader refuses it.
      }
    }
    texts[kind] = 'text' in draft ? draft.text : jsonText(json)
  }
  return texts
}

const store = new LocalEvidenceStore('.artifacts')
let sha: string
let baselineTexts: Texts
/** The reads of the unchanged texts, reused for every kind a case leaves alone. */
let baselineReads: DecisionEvidenceReads
let scratch: string

/** What the store would read for this text: the same parse, without the disk. */
function readOf<K extends DecisionEvidenceKind>(kind: K, text: string | undefined): EvidenceRead<K> {
  const path = store.pathOf(kind, sha)
  if (text === undefined) return { state: 'missing', kind, path }
  const parsed = parseEvidence(kind, text)
  return parsed.ok ? { state: 'valid', kind, path, value: parsed.value, digest: parsed.digest } : { state: 'invalid', kind, path, problems: parsed.problems }
}

function readsOf(texts: Texts): DecisionEvidenceReads {
  const reads = { ...baselineReads } as Record<DecisionEvidenceKind, EvidenceRead<DecisionEvidenceKind>>
  for (const kind of decisionEvidenceKinds) if (texts[kind] !== baselineTexts[kind]) reads[kind] = readOf(kind, texts[kind])
  return reads as DecisionEvidenceReads
}

const judge = (reads: DecisionEvidenceReads): ReleaseJudgement => judgeReleaseEvidence(sha, reads, judgePolicy(DECISION_TIME))
const judgeCases = mutations(decisionEvidenceKinds)

beforeAll(async () => {
  // The consistent YES evidence, written and decided once; every case starts from its texts.
  const fixture = await writeReleaseEvidence()
  try {
    await decideRelease({ sha: fixture.sha, repository: REPOSITORY, commitTime: COMMIT_TIME }, { store: fixture.store, clock: steppingClock(DECISION_TIME), logger: new RecordingLogger() })
    sha = fixture.sha
    baselineTexts = Object.fromEntries(await Promise.all(mutableKinds.map(async (kind) => [kind, await readFile(fixture.paths[kind], 'utf8')] as const)))
  } finally {
    await fixture.cleanup()
  }
  baselineReads = Object.fromEntries(decisionEvidenceKinds.map((kind) => [kind, readOf(kind, baselineTexts[kind])])) as unknown as DecisionEvidenceReads
  scratch = await mkdtemp(join(tmpdir(), 'shipgate-fuzz-judge-'))
})

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

test('the unchanged evidence is a clean YES, so that every NO below comes from a mutation', () => {
  expect(judge(baselineReads)).toMatchObject({ decision: 'YES', status: 'success', reasons: [] })
})

test('the judge never throws, and every reason names a file and says why, in text a decision can hold', () => {
  fc.assert(
    fc.property(judgeCases, (plan) => {
      const judgement = judge(readsOf(mutatedTexts(baselineTexts, plan)))
      for (const reason of judgement.reasons) {
        expect(reason.file).toEqual(expect.stringMatching(/./))
        expect(reason.message).toEqual(expect.stringMatching(/./))
      }
      // decideRelease writes exactly this; a reason it cannot write would be a crash at the end of a run.
      const decision = {
        schema: RELEASE_DECISION_SCHEMA,
        sha,
        repository: REPOSITORY,
        packageDigest: judgement.packageDigest,
        decision: judgement.decision,
        status: judgement.status,
        reasons: judgement.reasons,
        evidence: judgement.evidence,
        decidedAt: DECISION_TIME.toISOString(),
      }
      const written = parseEvidence('release', JSON.stringify(decision))
      expect(written.ok ? [] : written.problems).toEqual([])
    }),
    { numRuns: RUNS.neverThrows },
  )
})

test('a required contract that is not valid is always a NO', () => {
  fc.assert(
    fc.property(judgeCases, (plan) => {
      const reads = readsOf(mutatedTexts(baselineTexts, plan))
      const notValid = REQUIRED.filter((kind) => reads[kind].state !== 'valid')
      fc.pre(notValid.length > 0)
      expect({ notValid, decision: judge(reads).decision }).toEqual({ notValid, decision: 'NO' })
    }),
    { numRuns: RUNS.requiredInvalid },
  )
})

test('a YES is the same when judged again, and rests on valid required contracts that name the SHA', () => {
  fc.assert(
    fc.property(judgeCases, (plan) => {
      const reads = readsOf(mutatedTexts(baselineTexts, plan))
      const judgement = judge(reads)
      if (judgement.decision !== 'YES') return
      expect(judge(reads)).toEqual(judgement)
      for (const kind of REQUIRED) {
        const read = reads[kind]
        expect({ kind, state: read.state, sha: read.state === 'valid' ? read.value.sha : null }).toEqual({ kind, state: 'valid', sha })
      }
    }),
    { numRuns: RUNS.yesHolds },
  )
})

test('verify never throws, and fails a YES decision that the evidence on disk no longer holds', async () => {
  let run = 0
  await fc.assert(
    fc.asyncProperty(mutations(mutableKinds), async (plan) => {
      const folder = join(scratch, `run-${run++}`)
      const caseStore = new LocalEvidenceStore(folder)
      try {
        const texts = mutatedTexts(baselineTexts, plan)
        for (const [kind, text] of Object.entries(texts) as Array<[ContractKind, string]>) {
          const path = caseStore.pathOf(kind, sha)
          await mkdir(dirname(path), { recursive: true })
          await writeFile(path, text)
        }
        const report = await verifyEvidence(caseStore, sha)

        const recorded = await caseStore.read('release', sha)
        if (recorded.state !== 'valid' || recorded.value.decision !== 'YES') return
        // The judgement verify must take again: at the decision's time, with the deployment required as it was.
        const requireDeployment = recorded.value.evidence.some((entry) => entry.kind === 'deployment' && entry.required)
        const now = judgeReleaseEvidence(sha, await readDecisionEvidence(caseStore, sha), judgePolicy(new Date(recorded.value.decidedAt), { requireDeployment }))
        if (now.decision === 'NO') expect({ ok: report.ok, nowSays: now.reasons }).toEqual({ ok: false, nowSays: now.reasons })
      } finally {
        await rm(folder, { recursive: true, force: true })
      }
    }),
    { numRuns: RUNS.verify },
  )
})
