// Property-based tests of every parser that reads what a user or another job wrote: the evidence
// contracts, the evidence store's read, shipgate.yml, the release manifest, the roster and the
// action inputs. Whatever the input, the answer is a value or problems that name a field (or a
// ConfigurationError, the user's to fix); never a crash, and never a problem that could not itself
// be written into a contract (a release decision's reasons are digested as canonical JSON).
import { readFileSync } from 'node:fs'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { parse as parseYamlText, stringify as stringifyYaml } from 'yaml'
import { releaseManifestFile } from '../../src/config/release-manifest.js'
import { shipgateConfig } from '../../src/config/shipgate-config.js'
import { parseYaml } from '../../src/config/yaml-file.js'
import { canonicalJson, digestOf } from '../../src/contracts/canonical.js'
import { contractKinds, type ContractKind, type FieldProblem } from '../../src/contracts/index.js'
import { ConfigurationError } from '../../src/errors.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { parseEvidence } from '../../src/evidence/store.js'
import { parseRoster } from '../../src/mail/roster.js'
import { actionLoaders } from '../../src/actions/index.js'
import { parseSettings, withDefaults, type ActionDefinition } from '../../src/platform/action.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { awkwardJsonOf, awkwardUnit as awkwardUnitOf } from '../helpers/awkward-json.js'
import { contractExamples, RELEASE_SHA } from '../helpers/contract-examples.js'
import { repositoryRoot } from '../helpers/run-bundle.js'

// ~8,000 cases in all, in a few seconds; fast-check prints the seed and the shrunk case on a failure.
const RUNS = { json: 1400, text: 600, mutation: 2000, storeRead: 400, yaml: 800, yamlMutation: 800, roster: 800, inputs: 1200 } as const

const awkwardUnit = awkwardUnitOf(['\u{103ff}', '\n', 'constructor', 'schema', 'sha'])
const awkwardString = fc.string({ unit: awkwardUnit, maxLength: 24 })
const awkwardKey = fc.oneof(awkwardString, fc.constantFrom('__proto__', 'constructor', 'toString', '\ud800', 'schema', 'sha', 'digest'))

/** Any JSON value, with odd strings, odd keys and numbers JSON.parse reads as infinity. */
const awkwardJson = awkwardJsonOf(awkwardString, awkwardKey, 4)


/** JSON text of a value; 1e999 stands in for a number too big to be finite. */
function jsonText(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) => (typeof member === 'number' && member > 1e300 ? '__INFINITY__' : member)).replace(/"__INFINITY__"/g, '1e999')
}

type Path = Array<string | number>

/** Every path to a value inside a JSON value, the root included. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path)
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...path, index], out))
  else if (value !== null && typeof value === 'object') for (const [key, member] of Object.entries(value)) pathsOf(member, [...path, key], out)
  return out
}

type Mutation = { kind: 'delete' } | { kind: 'replace'; value: unknown } | { kind: 'add'; key: string; value: unknown }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'delete' }),
  awkwardJson.map<Mutation>((value) => ({ kind: 'replace', value })),
  fc.tuple(awkwardKey, awkwardJson).map<Mutation>(([key, value]) => ({ kind: 'add', key, value })),
)

/** A copy of the document with a few changes at paths picked by the numbers (any size, taken modulo). */
function mutate(document: unknown, changes: Array<[number, Mutation]>): unknown {
  let result = structuredClone(document)
  for (const [pick, change] of changes) {
    const paths = pathsOf(result)
    const path = paths[pick % paths.length]!
    if (path.length === 0) {
      if (change.kind === 'replace') result = change.value
      else if (change.kind === 'add' && result !== null && typeof result === 'object' && !Array.isArray(result)) {
        Object.defineProperty(result, change.key, { value: change.value, enumerable: true, writable: true, configurable: true })
      }
      continue
    }
    const parent = path.slice(0, -1).reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], result) as Record<string | number, unknown>
    const key = path.at(-1)!
    if (change.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1)
      else delete parent[key]
    } else if (change.kind === 'replace') {
      Object.defineProperty(parent, key, { value: change.value, enumerable: true, writable: true, configurable: true })
    } else {
      const target = parent[key]
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
        Object.defineProperty(target, change.key, { value: change.value, enumerable: true, writable: true, configurable: true })
      }
    }
  }
  return result
}

const changes = fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 })

/** Problems a user can act on, that can themselves be carried by a contract. */
function expectUsableProblems(problems: FieldProblem[]): void {
  expect(problems.length).toBeGreaterThan(0)
  for (const problem of problems) {
    expect(typeof problem.field).toBe('string')
    expect(problem.field).not.toBe('')
    expect(typeof problem.message).toBe('string')
    expect(problem.message).not.toBe('')
  }
  expect(() => canonicalJson(problems)).not.toThrow()
}

function expectParsedEvidence(kind: ContractKind, text: string): boolean {
  const parsed = parseEvidence(kind, text)
  if (parsed.ok) {
    expect(parsed.digest).toBe(digestOf(parsed.value))
    return true
  }
  expectUsableProblems(parsed.problems)
  return false
}

/** A user error with a message, or no error at all; anything else is a bug the property reports. */
function expectUserError(error: unknown): void {
  if (!(error instanceof ConfigurationError)) throw error
  expect(error.message).not.toBe('')
  expect(() => canonicalJson(error.message)).not.toThrow()
}

const kind = fc.constantFrom(...contractKinds)

describe('evidence contracts', () => {
  test('any JSON value is a contract or problems that name the field', () => {
    fc.assert(
      fc.property(kind, awkwardJson, (contractKind, value) => {
        expectParsedEvidence(contractKind, jsonText(value))
      }),
      { numRuns: RUNS.json },
    )
  })

  test('any text, JSON or not, is a contract or problems', () => {
    fc.assert(
      fc.property(kind, fc.string({ unit: awkwardUnit, maxLength: 200 }), (contractKind, text) => {
        expectParsedEvidence(contractKind, text)
      }),
      { numRuns: RUNS.text },
    )
  })

  test('a valid contract changed anywhere inside is still a contract or problems that name the field', () => {
    let valid = 0
    let tried = 0
    fc.assert(
      fc.property(kind, changes, (contractKind, picked) => {
        const document = mutate(contractExamples[contractKind](RELEASE_SHA), picked)
        tried++
        if (expectParsedEvidence(contractKind, jsonText(document))) valid++
      }),
      { numRuns: RUNS.mutation },
    )
    // The mutations reach past the first field: some leave a contract valid (an optional field
    // deleted), most do not.
    expect(valid).toBeLessThan(tried)
  })
})

describe('the evidence store read', () => {
  let root: string
  let store: LocalEvidenceStore

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'shipgate-fuzz-store-'))
    store = new LocalEvidenceStore(root)
    for (const each of contractKinds) await mkdir(join(store.pathOf(each, RELEASE_SHA), '..'), { recursive: true })
  })

  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 512 }),
    fc.tuple(kind, changes).map(([contractKind, picked]) => Buffer.from(jsonText(mutate(contractExamples[contractKind](RELEASE_SHA), picked)))),
    // Valid UTF-8 JSON with a byte spliced in, which may split a character.
    fc.tuple(kind, fc.nat(), fc.integer({ min: 0, max: 255 })).map(([contractKind, at, byte]) => {
      const text = Buffer.from(JSON.stringify(contractExamples[contractKind](RELEASE_SHA)))
      const position = at % text.length
      return Buffer.concat([text.subarray(0, position), Buffer.from([byte]), text.subarray(position)])
    }),
  )

  test('any bytes in a contract file read as valid or as invalid with problems, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(kind, bytes, async (contractKind, content) => {
        await writeFile(store.pathOf(contractKind, RELEASE_SHA), content)
        const read = await store.read(contractKind, RELEASE_SHA)
        if (read.state === 'invalid') expectUsableProblems(read.problems)
        else expect(read.state).toBe('valid')
      }),
      { numRuns: RUNS.storeRead },
    )
  })
})

/** YAML made of the pieces that matter to a YAML parser, and of odd text. */
const yamlPiece = fc.oneof(
  fc.constantFrom('a: ', 'build:', 'files:', 'commands:', '- ', '  ', '\n', '&x ', '*x', '<<: *x', '[', ']', '{', '}', ', ', '"\\ud800"', "'", '"', '|', '>', '? ', '!!str ', '!!binary ', '.inf', '-1e999', '0x1F', '~', '__proto__: ', '#', '---\n', '...\n', '%YAML 1.2\n'),
  awkwardString,
)
const yamlText = fc.array(yamlPiece, { maxLength: 40 }).map((pieces) => pieces.join(''))

async function expectYamlParse<T>(text: string, schema: Parameters<typeof parseYaml>[2], what: string): Promise<T | undefined> {
  try {
    return (await parseYaml(text, 'fuzz.yml', schema, what)) as T
  } catch (error) {
    expectUserError(error)
    return undefined
  }
}

const exampleConfigs = [join(repositoryRoot, 'examples', 'service', 'shipgate.yml'), join(repositoryRoot, '.github', 'shipgate.yml')].map(
  (path) => parseYamlText(readFileSync(path, 'utf8')) as unknown,
)
const exampleReleaseManifest = {
  release: 42,
  description: 'Checkout v2',
  commits: { 'acme/api': 'abcdef1' },
  images: { web: `ghcr.io/acme/web@sha256:${'d'.repeat(64)}` },
  migrations: [{ id: 7, repository: 'acme/api' }],
  featureFlags: { checkout: true, theme: 'dark', rollout: 25 },
}

describe('YAML config files', () => {
  test('shipgate.yml: any text is a config or a configuration error', async () => {
    await fc.assert(
      fc.asyncProperty(yamlText, async (text) => {
        await expectYamlParse(text, shipgateConfig, 'shipgate config')
      }),
      { numRuns: RUNS.yaml / 2 },
    )
  })

  test('shipgate.yml: a valid config changed anywhere inside is a config or a configuration error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...exampleConfigs), changes, async (config, picked) => {
        await expectYamlParse(asYaml(mutate(config, picked)), shipgateConfig, 'shipgate config')
      }),
      { numRuns: RUNS.yamlMutation / 2 },
    )
  })

  test('release manifest: any text is a manifest or a configuration error', async () => {
    await fc.assert(
      fc.asyncProperty(yamlText, async (text) => {
        await expectYamlParse(text, releaseManifestFile, 'release manifest')
      }),
      { numRuns: RUNS.yaml / 2 },
    )
  })

  test('release manifest: a valid manifest changed anywhere inside is a manifest or a configuration error, and a manifest digests', async () => {
    await fc.assert(
      fc.asyncProperty(changes, async (picked) => {
        const manifest = await expectYamlParse<unknown>(asYaml(mutate(exampleReleaseManifest, picked)), releaseManifestFile, 'release manifest')
        // What is accepted is copied into the release package, whose digest must be computable.
        if (manifest !== undefined) expect(() => digestOf(manifest)).not.toThrow()
      }),
      { numRuns: RUNS.yamlMutation / 2 },
    )
  })
})

/** YAML text of a value; a value the yaml package cannot write (never expected) is written as JSON, which is YAML. */
function asYaml(value: unknown): string {
  try {
    return stringifyYaml(value)
  } catch {
    return jsonText(value)
  }
}

describe('the mail roster', () => {
  const rosterText = fc
    .array(fc.oneof(fc.constantFrom('email,name,status\n', 'a@example.com,A,active\n', ',', '"', '""', '\n', '\r\n', 'inactive', 'EMAIL'), awkwardString), { maxLength: 30 })
    .map((pieces) => pieces.join(''))

  test('any roster text parses to people and problems that name the line, never a throw', () => {
    fc.assert(
      fc.property(rosterText, (text) => {
        const roster = parseRoster(text, 'roster.csv')
        for (const problem of roster.problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1)
          expect(problem.message).not.toBe('')
        }
      }),
      { numRuns: RUNS.roster },
    )
  })
})

describe('action inputs', () => {
  let definitions: Array<ActionDefinition<unknown>>

  beforeAll(async () => {
    // One at a time: jest's ESM loader can fail on concurrent first imports of the same module.
    definitions = []
    for (const load of Object.values(actionLoaders)) definitions.push(await load())
  })

  const inputValue = fc.option(
    fc.oneof(
      awkwardString,
      fc.constantFrom('true', 'false', 'TRUE', 'yes', '0', '-1', '1e999', '30', '5m', RELEASE_SHA, `sha256:${'a'.repeat(64)}`, '{"runtimeChanged":true}', '{}', '[]', 'null', 'local', 'dropbox:/x', 'a\nb', ' '),
    ),
    { nil: undefined },
  )

  test('any input values are settings or a configuration error that names the input', async () => {
    const logger = new RecordingLogger()
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(inputValue, { minLength: 40, maxLength: 40 }), async (pick, values) => {
        const definition = definitions[pick % definitions.length]!
        const names = Object.keys(definition.inputs)
        const given = (name: string) => values[names.indexOf(name) % values.length]
        try {
          parseSettings(definition, withDefaults(definition, given), logger)
        } catch (error) {
          expectUserError(error)
          expect((error as Error).message).toMatch(/^input '/)
        }
      }),
      { numRuns: RUNS.inputs },
    )
  })
})
