// The local evidence store on a real temporary folder: paths, atomic and idempotent writes, the
// immutable release package, and reads that fail closed with the file and field named.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { digestOf } from '../../src/contracts/canonical.js'
import { contractKinds, contracts, type ContractKind, type ContractValue } from '../../src/contracts/index.js'
import { sealReleasePackage } from '../../src/contracts/release-package.js'
import { ConfigurationError, EvidenceError, isUserError } from '../../src/errors.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { assertSha, describeProblems, requireValid, type EvidenceRead } from '../../src/evidence/store.js'
import { contractExamples, OTHER_SHA, releasePackage, releasePackageBody, RELEASE_SHA } from '../helpers/contract-examples.js'

const ARCHITECTURE_PATHS: Record<ContractKind, string> = {
  'commit-stage': 'commit-stage/<sha>/evidence.json',
  'release-package': 'release-package/<sha>/manifest.json',
  acceptance: 'acceptance/<sha>/result.json',
  production: 'production/<sha>/result.json',
  release: 'release/<sha>/decision.json',
  pipeline: 'pipeline/<sha>/timing.json',
  delivery: 'delivery/<sha>/result.json',
  deployment: 'deployment/<sha>/record.json',
}

let root: string
let store: LocalEvidenceStore

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'shipgate-evidence-'))
  store = new LocalEvidenceStore(join(root, '.artifacts'))
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

/** Every file under a folder, relative to it. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort()
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

function invalidProblems<K extends ContractKind>(read: EvidenceRead<K>) {
  if (read.state !== 'invalid') throw new Error(`expected an invalid read, got ${read.state}`)
  return read.problems
}

describe('paths', () => {
  test.each(contractKinds.filter((kind) => kind in ARCHITECTURE_PATHS))('%s lives where ARCHITECTURE.md says', (kind) => {
    expect(store.pathOf(kind, RELEASE_SHA)).toBe(join(root, '.artifacts', ARCHITECTURE_PATHS[kind].replace('<sha>', RELEASE_SHA)))
  })

  test('the default location is .artifacts in the working directory', () => {
    expect(new LocalEvidenceStore().pathOf('release', RELEASE_SHA)).toBe(join('.artifacts', 'release', RELEASE_SHA, 'decision.json'))
  })
})

describe('write and read', () => {
  test.each(contractKinds)('%s round-trips with the digest of its canonical JSON', async (kind) => {
    const value = contractExamples[kind]()
    const written = await store.write(kind, RELEASE_SHA, value)
    expect(written).toEqual({ path: store.pathOf(kind, RELEASE_SHA), digest: digestOf(value), written: true })

    const read = await store.read(kind, RELEASE_SHA)
    expect(read.state).toBe('valid')
    const valid = requireValid(read)
    expect(valid.value).toEqual(value)
    expect(valid.digest).toBe(written.digest)
    expect(valid.path).toBe(written.path)
    expect(JSON.parse(await readFile(written.path, 'utf8'))).toEqual(value)
  })

  test('writes readable JSON ending in a newline', async () => {
    const { path } = await store.write('pipeline', RELEASE_SHA, contractExamples.pipeline())
    const text = await readFile(path, 'utf8')
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toContain('\n  "schema": ')
  })

  test('writing the same content again is a no-op that leaves the file untouched', async () => {
    const first = await store.write('release-package', RELEASE_SHA, releasePackage())
    const old = new Date('2020-01-01T00:00:00Z')
    await utimes(first.path, old, old)

    const second = await store.write('release-package', RELEASE_SHA, releasePackage())
    expect(second).toEqual({ ...first, written: false })
    expect((await stat(first.path)).mtime.getTime()).toBe(old.getTime())
  })

  test('the same content reformatted on disk still counts as the same', async () => {
    const manifest = releasePackage()
    const path = store.pathOf('release-package', RELEASE_SHA)
    await mkdir(join(path, '..'), { recursive: true })
    await writeFile(path, JSON.stringify(manifest))
    expect((await store.write('release-package', RELEASE_SHA, manifest)).written).toBe(false)
    expect(await readFile(path, 'utf8')).toBe(JSON.stringify(manifest))
  })

  test('a release package with other content is refused and the recorded file stays as it was', async () => {
    const { path } = await store.write('release-package', RELEASE_SHA, releasePackage())
    const before = await readFile(path, 'utf8')
    const body = releasePackageBody()
    body.components = body.components.slice(0, 1)

    const attempt = store.write('release-package', RELEASE_SHA, sealReleasePackage(body))
    await expect(attempt).rejects.toThrow(EvidenceError)
    await expect(attempt).rejects.toThrow(`${path}: refusing to overwrite`)
    await expect(attempt).rejects.toMatchObject({ file: path })
    expect(await readFile(path, 'utf8')).toBe(before)
  })

  test('a release package is not written over a tampered one either', async () => {
    const { path } = await store.write('release-package', RELEASE_SHA, releasePackage())
    const tampered = { ...releasePackage(), repository: 'evil/shop' }
    await writeFile(path, JSON.stringify(tampered))

    await expect(store.write('release-package', RELEASE_SHA, releasePackage())).rejects.toThrow(/recorded an unreadable file/)
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(tampered)
  })

  const changedExamples: Partial<{ [K in ContractKind]: ContractValue<K> }> = {
    'commit-stage': { ...contractExamples['commit-stage'](), passed: false },
    acceptance: { ...contractExamples.acceptance(), decision: 'NO' },
    production: { ...contractExamples.production(), verdict: 'fail' },
    release: { ...contractExamples.release(), decision: 'NO', status: 'failure' },
    pipeline: { ...contractExamples.pipeline(), stages: [] },
    deployment: { ...contractExamples.deployment(), outcome: 'superseded', supersededBy: OTHER_SHA },
    delivery: { ...contractExamples.delivery(), bytesUploaded: contractExamples.delivery().bytesUploaded + 1 },
  }

  test.each(contractKinds.filter((kind) => !contracts[kind].immutable))('%s is overwritten with new content', async (kind) => {
    const changed = changedExamples[kind]
    if (!changed) throw new Error(`add a changed example of ${kind}`)
    const first = await store.write(kind, RELEASE_SHA, contractExamples[kind]())

    const second = await store.write(kind, RELEASE_SHA, changed)
    expect(second.written).toBe(true)
    expect(second.digest).not.toBe(first.digest)
    expect(requireValid(await store.read(kind, RELEASE_SHA)).value).toEqual(changed)
  })

  test('leaves no temporary files behind', async () => {
    await store.write('pipeline', RELEASE_SHA, contractExamples.pipeline())
    await store.write('pipeline', RELEASE_SHA, { ...contractExamples.pipeline(), stages: [] })
    await store.write('pipeline', RELEASE_SHA, { ...contractExamples.pipeline(), stages: [] })
    await store.write('release-package', RELEASE_SHA, releasePackage())
    await store.write('release-package', RELEASE_SHA, releasePackage())
    expect(await filesUnder(store.location)).toEqual([
      join('pipeline', RELEASE_SHA, 'timing.json'),
      join('release-package', RELEASE_SHA, 'manifest.json'),
    ])
  })

  test('evidence of one SHA never touches another', async () => {
    await store.write('acceptance', RELEASE_SHA, contractExamples.acceptance())
    expect((await store.read('acceptance', OTHER_SHA)).state).toBe('missing')
  })
})

describe('refusing what must not be written', () => {
  test.each([
    ['upper case', RELEASE_SHA.toUpperCase()],
    ['short', RELEASE_SHA.slice(0, 12)],
    ['a path', '../x'],
    ['a path that ends in a SHA', `../${RELEASE_SHA}`],
    ['empty', ''],
  ])('a %s SHA is a ConfigurationError before anything is created', async (_what, sha) => {
    const attempt = store.write('commit-stage', sha, { ...contractExamples['commit-stage'](), sha })
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(`sha: '${sha}' is not a full commit SHA`)
    await expect(store.read('commit-stage', sha)).rejects.toThrow(ConfigurationError)
    expect(await exists(store.location)).toBe(false)
  })

  test('assertSha names what it checked and returns a valid SHA unchanged', () => {
    expect(assertSha(RELEASE_SHA)).toBe(RELEASE_SHA)
    expect(() => assertSha('HEAD', 'release-package-sha')).toThrow("release-package-sha: 'HEAD' is not a full commit SHA")
  })

  test('a value that fails its own schema is a bug, and nothing is written', async () => {
    const broken = { ...contractExamples.acceptance(), packageDigest: 'sha256:oops' }
    const attempt = store.write('acceptance', RELEASE_SHA, broken)
    await expect(attempt).rejects.toThrow(/^bug: refusing to write acceptance evidence that fails its own schema/)
    await expect(attempt).rejects.toThrow('acceptance: packageDigest: must be a digest')
    await expect(attempt.catch((error: unknown) => isUserError(error))).resolves.toBe(false)
    expect(await exists(store.location)).toBe(false)
  })

  test('a tampered release package is a bug on write, and nothing is written', async () => {
    const tampered = { ...releasePackage(), repository: 'evil/shop' }
    await expect(store.write('release-package', RELEASE_SHA, tampered)).rejects.toThrow(/^bug: .*digest: does not match/s)
    expect(await exists(store.location)).toBe(false)
  })

  test('of two concurrent writers of different release packages for one SHA, exactly one wins', async () => {
    const first = releasePackage()
    const second = sealReleasePackage({ ...releasePackageBody(), repository: 'acme/other' })
    const outcomes = await Promise.allSettled([
      store.write('release-package', RELEASE_SHA, first),
      store.write('release-package', RELEASE_SHA, second),
    ])
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected'])
    const winner = outcomes[0]!.status === 'fulfilled' ? first : second
    const loser = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult
    expect(loser.reason).toBeInstanceOf(EvidenceError)
    expect(requireValid(await store.read('release-package', RELEASE_SHA)).value.digest).toBe(winner.digest)
    expect((await filesUnder(store.location)).filter((file) => file.endsWith('.tmp'))).toEqual([])
  })

  test('a value for another SHA is a bug, and nothing is written', async () => {
    await expect(store.write('production', RELEASE_SHA, contractExamples.production(OTHER_SHA))).rejects.toThrow(
      `bug: production evidence for ${RELEASE_SHA} names sha ${OTHER_SHA}`,
    )
    expect(await exists(store.location)).toBe(false)
  })
})

describe('reading what is not valid', () => {
  async function plant(kind: ContractKind, content: string): Promise<string> {
    const path = store.pathOf(kind, RELEASE_SHA)
    await mkdir(join(path, '..'), { recursive: true })
    await writeFile(path, content)
    return path
  }

  test('a missing file is missing, with its path', async () => {
    expect(await store.read('acceptance', RELEASE_SHA)).toEqual({
      state: 'missing',
      kind: 'acceptance',
      path: store.pathOf('acceptance', RELEASE_SHA),
    })
  })

  test('text that is not JSON is invalid at (root)', async () => {
    const path = await plant('acceptance', '{"schema": ')
    const read = await store.read('acceptance', RELEASE_SHA)
    expect(read.path).toBe(path)
    const problems = invalidProblems(read)
    expect(problems).toHaveLength(1)
    expect(problems[0]?.field).toBe('(root)')
    expect(problems[0]?.message).toMatch(/^not valid JSON/)
  })

  test('a schema-invalid document names the field', async () => {
    await plant('acceptance', JSON.stringify({ ...contractExamples.acceptance(), decision: 'maybe' }))
    expect(invalidProblems(await store.read('acceptance', RELEASE_SHA)).map((problem) => problem.field)).toEqual(['decision'])
  })

  test('a nested problem names the full field path', async () => {
    const result = contractExamples.production()
    await plant('production', JSON.stringify({ ...result, checks: [{ ...result.checks[0], status: 'ok' }] }))
    expect(invalidProblems(await store.read('production', RELEASE_SHA)).map((problem) => problem.field)).toEqual(['checks[0].status'])
  })

  test('another contract in the file is invalid on the field schema, with both ids', async () => {
    await plant('acceptance', JSON.stringify(contractExamples.production()))
    expect(invalidProblems(await store.read('acceptance', RELEASE_SHA))).toEqual([
      { field: 'schema', message: `is '${contractExamples.production().schema}', expected ${[contracts.acceptance.id, ...(contracts.acceptance.readable ?? [])].map((id) => `'${id}'`).join(' or ')}` },
    ])
  })

  test('a manifest changed after sealing is invalid on the field digest', async () => {
    await plant('release-package', JSON.stringify({ ...releasePackage(), repository: 'evil/shop' }, null, 2))
    const problems = invalidProblems(await store.read('release-package', RELEASE_SHA))
    expect(problems.map((problem) => problem.field)).toEqual(['digest'])
  })

  test('a folder where the file should be is invalid, not a crash', async () => {
    await mkdir(store.pathOf('pipeline', RELEASE_SHA), { recursive: true })
    const problems = invalidProblems(await store.read('pipeline', RELEASE_SHA))
    expect(problems[0]?.field).toBe('(file)')
    expect(problems[0]?.message).toBe('is a folder, not a regular file')
  })

  test('requireValid names the path, the field and the message of each problem, one per line', async () => {
    const path = await plant('acceptance', JSON.stringify({ ...contractExamples.acceptance(), decision: 'maybe', sha: 'HEAD' }))
    const read = await store.read('acceptance', RELEASE_SHA)
    const problems = invalidProblems(read)
    expect(problems.length).toBe(2)
    let thrown: unknown
    try {
      requireValid(read)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(EvidenceError)
    expect((thrown as EvidenceError).file).toBe(path)
    const lines = (thrown as Error).message.split('\n')
    expect(lines).toEqual(problems.map((problem) => `${path}: ${problem.field}: ${problem.message}`))
    expect(lines).toContain(`${path}: sha: must be a full 40-character lowercase hex commit SHA`)
    expect((thrown as Error).message).toBe(describeProblems(path, problems))
  })

  test('requireValid of a missing file names the path and the kind', async () => {
    const read = await store.read('release', RELEASE_SHA)
    expect(() => requireValid(read)).toThrow(new EvidenceError(`${read.path}: missing: no release evidence for this SHA`))
  })
})

describe('listShas', () => {
  test('lists the SHA folders and ignores everything else', async () => {
    await store.write('acceptance', RELEASE_SHA, contractExamples.acceptance())
    await store.write('acceptance', OTHER_SHA, contractExamples.acceptance(OTHER_SHA))
    const folder = join(store.location, 'acceptance')
    await mkdir(join(folder, 'latest'))
    await mkdir(join(folder, RELEASE_SHA.toUpperCase().replace(/0/g, 'A')))
    await mkdir(join(folder, RELEASE_SHA.slice(0, 7)))
    await writeFile(join(folder, 'ffffffffffffffffffffffffffffffffffffffff'), 'a file, not a folder')

    expect((await store.listShas('acceptance')).sort()).toEqual([RELEASE_SHA, OTHER_SHA].sort())
  })

  test('is empty when nothing of that kind was written', async () => {
    await store.write('acceptance', RELEASE_SHA, contractExamples.acceptance())
    expect(await store.listShas('production')).toEqual([])
  })
})
