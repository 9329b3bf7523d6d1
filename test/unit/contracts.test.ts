// The contract registry and schemas: valid examples parse, invalid ones fail on the field the user
// must fix, and the release package is sealed by the digest of its own canonical JSON.
import type { z } from 'zod'
import { digestOf } from '../../src/contracts/canonical.js'
import {
  contractKinds,
  contracts,
  fieldPath,
  schemaProblems,
  type ContractKind,
  type FieldProblem,
} from '../../src/contracts/index.js'
import {
  componentRefs,
  expectedPackageDigest,
  releasePackageManifest,
  sealReleasePackage,
  type ReleasePackageManifest,
} from '../../src/contracts/release-package.js'
import {
  API_IMAGE,
  CONFIG_FILE_SHA256,
  contractExamples,
  releasePackage,
  releasePackageBody,
  RELEASE_SHA,
  WORKER_IMAGE,
} from '../helpers/contract-examples.js'

/** The problems the contract's schema reports for a value; [] when it parses. */
function problemsOf(kind: ContractKind, value: unknown): FieldProblem[] {
  const parsed = (contracts[kind].schema as z.ZodType).safeParse(value)
  return parsed.success ? [] : schemaProblems(parsed.error)
}

function problemOn(problems: FieldProblem[], field: string): FieldProblem {
  const problem = problems.find((candidate) => candidate.field === field)
  if (!problem) throw new Error(`no problem on ${field}; got ${JSON.stringify(problems)}`)
  return problem
}

/** The same value with the keys of every object in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([key, member]) => [key, reverseKeys(member)]))
  }
  return value
}

describe('the contract registry', () => {
  test('names every contract by the kind it is registered under, with a distinct schema id', () => {
    for (const kind of contractKinds) expect(contracts[kind].kind).toBe(kind)
    expect(new Set(contractKinds.map((kind) => contracts[kind].id)).size).toBe(contractKinds.length)
    expect(contractKinds).toEqual(expect.arrayContaining(['commit-stage', 'release-package', 'acceptance', 'production', 'release', 'pipeline']))
  })

  test('only the release package is immutable', () => {
    expect(contractKinds.filter((kind) => contracts[kind].immutable)).toEqual(['release-package'])
  })

  test.each(contractKinds)('%s: a valid example parses and keeps its schema id', (kind) => {
    const example = contractExamples[kind]()
    const parsed = (contracts[kind].schema as z.ZodType).safeParse(example)
    expect(parsed.error).toBeUndefined()
    expect(parsed.data).toEqual(example)
    // The newest version, or an earlier one the registry still reads (the single flow writes those).
    const spec = contracts[kind] as { id: string; readable?: readonly string[] }
    expect([spec.id, ...(spec.readable ?? [])]).toContain((example as { schema: string }).schema)
  })

  test.each(contractKinds.filter((kind) => (contracts[kind] as { readable?: readonly string[] }).readable))('%s: the newest version is what it is written as, with every earlier one still read', (kind) => {
    const spec = contracts[kind] as { id: string; readable?: readonly string[] }
    expect(spec.readable).not.toContain(spec.id)
    expect(new Set(spec.readable).size).toBe(spec.readable!.length)
    for (const id of spec.readable!) expect(id.replace(/\/v\d+$/, '')).toBe(spec.id.replace(/\/v\d+$/, ''))
  })

  test.each(contractKinds)('%s: a wrong schema id fails on the field schema', (kind) => {
    const example = { ...contractExamples[kind](), schema: 'shipgate.something-else/v1' }
    expect(problemOn(problemsOf(kind, example), 'schema').message).toMatch(/shipgate\./)
  })

  test.each(contractKinds)('%s: an unknown top-level field is refused', (kind) => {
    const example = { ...contractExamples[kind](), surprise: 1 }
    const problems = problemsOf(kind, example)
    expect(problems).toHaveLength(1)
    // The unknown key is the field at fault, named as such.
    expect(problems[0]).toEqual({ field: 'surprise', message: 'is not a field here: the schema has no such key' })
  })

  test.each(contractKinds)('%s: a missing sha fails on the field sha', (kind) => {
    const { sha: _sha, ...withoutSha } = contractExamples[kind]() as { sha: string }
    expect(problemOn(problemsOf(kind, withoutSha), 'sha')).toBeDefined()
  })
})

describe('fieldPath', () => {
  test.each([
    [['components', 2, 'ref'], 'components[2].ref'],
    [['check', 'checkedSha'], 'check.checkedSha'],
    [[0, 'name'], '[0].name'],
    [['release', 'commits', 'acme/shop'], 'release.commits.acme/shop'],
    [[], '(root)'],
  ])('%j is %s', (path, expected) => {
    expect(fieldPath(path)).toBe(expected)
  })
})

describe('field checks', () => {
  test.each([
    ['uppercase', RELEASE_SHA.toUpperCase()],
    ['short', RELEASE_SHA.slice(0, 39)],
    ['long', `${RELEASE_SHA}0`],
    ['abbreviated', RELEASE_SHA.slice(0, 7)],
    ['not hex', `${RELEASE_SHA.slice(0, 39)}g`],
  ])('a %s commit SHA is refused with the 40-hex message', (_what, sha) => {
    const problem = problemOn(problemsOf('commit-stage', { ...contractExamples['commit-stage'](), sha }), 'sha')
    expect(problem.message).toBe('must be a full 40-character lowercase hex commit SHA')
  })

  test('a nested SHA is named by its full path', () => {
    const evidence = contractExamples['commit-stage']()
    evidence.check.checkedSha = 'abc123'
    const problems = problemsOf('commit-stage', evidence)
    expect(problems).toEqual([{ field: 'check.checkedSha', message: 'must be a full 40-character lowercase hex commit SHA' }])
  })

  test.each([
    ['without its algorithm', 'a'.repeat(64)],
    ['with another algorithm', `sha512:${'a'.repeat(64)}`],
    ['in upper case', `sha256:${'A'.repeat(64)}`],
    ['too short', `sha256:${'a'.repeat(63)}`],
  ])('a digest %s is refused', (_what, packageDigest) => {
    const problem = problemOn(problemsOf('acceptance', { ...contractExamples.acceptance(), packageDigest }), 'packageDigest')
    expect(problem.message).toBe('must be a digest of the form sha256:<64 lowercase hex>')
  })

  test('a malformed digest inside an evidence link names the array index', () => {
    const result = contractExamples.acceptance()
    result.evidence = [{ kind: 'release-package', path: 'x', digest: 'sha256:nope' }]
    expect(problemOn(problemsOf('acceptance', result), 'evidence[0].digest').message).toContain('sha256:<64 lowercase hex>')
  })

  test('a timestamp without a date-time shape is refused', () => {
    expect(problemOn(problemsOf('release', { ...contractExamples.release(), decidedAt: 'yesterday' }), 'decidedAt')).toBeDefined()
  })

  test('a timestamp with an offset is accepted', () => {
    expect(problemsOf('release', { ...contractExamples.release(), decidedAt: '2025-01-02T05:30:00+02:00' })).toEqual([])
  })

  test('a decision other than YES or NO is refused', () => {
    expect(problemOn(problemsOf('acceptance', { ...contractExamples.acceptance(), decision: 'MAYBE' }), 'decision')).toBeDefined()
  })

  test('a release decision with a null package digest is valid (no manifest was found)', () => {
    expect(problemsOf('release', { ...contractExamples.release(), decision: 'NO', status: 'failure', packageDigest: null })).toEqual([])
  })

  test('a repository that is not owner/name is refused', () => {
    const problem = problemOn(problemsOf('release', { ...contractExamples.release(), repository: 'shop' }), 'repository')
    expect(problem.message).toBe('must be owner/name')
  })
})

describe('release package', () => {
  test('an image ref that is not pinned names components[2].ref', () => {
    const body = releasePackageBody()
    body.components = [
      { kind: 'image', name: 'api', ref: API_IMAGE },
      { kind: 'image', name: 'worker', ref: WORKER_IMAGE },
      { kind: 'image', name: 'web', ref: 'ghcr.io/acme/web:latest' },
    ]
    const problem = problemOn(problemsOf('release-package', sealReleasePackage(body)), 'components[2].ref')
    expect(problem.message).toContain('not pinned to a sha256 digest')
  })

  test.each([
    ['a tag and a digest', `ghcr.io/acme/api:1.0@sha256:${'a'.repeat(64)}`, true],
    ['a short digest', `ghcr.io/acme/api@sha256:${'a'.repeat(12)}`, false],
    ['no name', `@sha256:${'a'.repeat(64)}`, false],
    ['a space in the name', `ghcr.io/acme/a pi@sha256:${'a'.repeat(64)}`, false],
  ])('an image ref with %s is pinned: %s', (_what, ref, pinned) => {
    const body = releasePackageBody()
    body.components = [{ kind: 'image', name: 'api', ref }]
    const problems = problemsOf('release-package', sealReleasePackage(body))
    expect(problems.some((problem) => problem.field === 'components[0].ref')).toBe(!pinned)
  })

  test('a file component needs 64 lowercase hex characters in sha256', () => {
    const body = releasePackageBody()
    body.components = [{ kind: 'file', name: 'config', path: 'config.yaml', size: 1, sha256: `sha256:${CONFIG_FILE_SHA256}` }]
    expect(problemOn(problemsOf('release-package', sealReleasePackage(body)), 'components[0].sha256').message).toBe(
      'must be 64 lowercase hex characters',
    )
  })

  test('a component of an unknown kind names its kind field', () => {
    const manifest = releasePackage() as unknown as { components: unknown[] }
    manifest.components = [{ kind: 'helm-chart', name: 'chart' }]
    expect(problemOn(problemsOf('release-package', manifest), 'components[0].kind')).toBeDefined()
  })

  test('a package without components is refused with a message that says so', () => {
    const body = releasePackageBody()
    body.components = []
    expect(problemOn(problemsOf('release-package', sealReleasePackage(body)), 'components').message).toBe(
      'a release package needs at least one component',
    )
  })

  test('two components of one name are refused, naming the second one\'s name field (promote\'s refs would keep only one)', () => {
    const body = releasePackageBody()
    body.components.push({ kind: 'image', name: 'api', ref: `evil.example/api@sha256:${'e'.repeat(64)}` })
    expect(problemOn(problemsOf('release-package', sealReleasePackage(body)), 'components[3].name').message).toBe(
      "'api' is already the name of components[0]; each component has its own name",
    )
  })

  test('a captured runtime needs the SHA and digest it was captured from', () => {
    const manifest = { ...releasePackage(), runtime: { mode: 'captured', fromSha: 'abc' } }
    const fields = problemsOf('release-package', manifest).map((problem) => problem.field)
    expect(fields).toEqual(expect.arrayContaining(['runtime.fromSha', 'runtime.fromPackageDigest']))
  })

  test('a release commit that is not hex names the repository key', () => {
    const manifest = releasePackage()
    manifest.release.commits['acme/infra'] = 'main'
    expect(problemOn(problemsOf('release-package', manifest), 'release.commits.acme/infra').message).toBe('must be a hex commit SHA')
  })

  describe('sealing', () => {
    test('the digest is the digest of the canonical JSON of the body without the digest field', () => {
      const body = releasePackageBody()
      const manifest = sealReleasePackage(body)
      expect(manifest.digest).toBe(digestOf(body))
      expect(manifest.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
      expect(expectedPackageDigest(manifest)).toBe(manifest.digest)
      expect(releasePackageManifest.safeParse(manifest).success).toBe(true)
    })

    test('sealing does not change the body it was given', () => {
      const body = releasePackageBody()
      const before = JSON.stringify(body)
      sealReleasePackage(body)
      expect(JSON.stringify(body)).toBe(before)
    })

    test('the digest does not depend on key order', () => {
      const manifest = releasePackage()
      const reordered = reverseKeys(manifest) as ReleasePackageManifest
      expect(Object.keys(reordered)[0]).toBe('digest')
      expect(reordered).toEqual(manifest)
      expect(expectedPackageDigest(reordered)).toBe(manifest.digest)
    })

    test('a different body gives a different digest', () => {
      const other = releasePackageBody()
      other.components = other.components.slice(0, 1)
      expect(sealReleasePackage(other).digest).not.toBe(releasePackage().digest)
    })
  })

  describe('the verify hook', () => {
    function verify(manifest: ReleasePackageManifest): FieldProblem[] {
      const hook = contracts['release-package'].verify
      if (!hook) throw new Error('the release package has no verify hook')
      return hook(manifest)
    }

    test('passes a sealed manifest', () => {
      expect(verify(releasePackage())).toEqual([])
    })

    test('flags a manifest changed after sealing on the field digest', () => {
      const manifest = releasePackage()
      const tampered: ReleasePackageManifest = {
        ...manifest,
        components: [{ kind: 'image', name: 'api', ref: `ghcr.io/evil/api@sha256:${'d'.repeat(64)}` }],
      }
      const problems = verify(tampered)
      expect(problems).toHaveLength(1)
      expect(problems[0]?.field).toBe('digest')
      expect(problems[0]?.message).toContain('the manifest was changed after it was sealed')
      expect(problems[0]?.message).toContain(expectedPackageDigest(tampered))
    })

    test('flags a digest that was replaced by another well-formed digest', () => {
      const manifest = { ...releasePackage(), digest: `sha256:${'0'.repeat(64)}` }
      expect(releasePackageManifest.safeParse(manifest).success).toBe(true)
      expect(verify(manifest).map((problem) => problem.field)).toEqual(['digest'])
    })

  })

  test('componentRefs gives the pinned ref of each image and sha256:<hex> of each file', () => {
    expect(componentRefs(releasePackage())).toEqual({
      api: API_IMAGE,
      worker: WORKER_IMAGE,
      config: `sha256:${CONFIG_FILE_SHA256}`,
    })
  })
})
