// The committed JSON Schemas are exactly what the contracts generate, and each one describes the
// contract it is named after.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { schemaDifferences, SCHEMAS_DIR, writeSchemas } from '../../scripts/generate-schemas.js'
import { contractKinds, contracts } from '../../src/contracts/index.js'
import { generatedSchemas, SCHEMA_BASE_URL } from '../../src/contracts/json-schema.js'
import { contractExamples } from '../helpers/contract-examples.js'

interface JsonSchema {
  $schema?: string
  $id?: string
  title?: string
  description?: string
  type?: string
  const?: unknown
  pattern?: string
  required?: string[]
  additionalProperties?: unknown
  properties?: Record<string, JsonSchema>
  oneOf?: JsonSchema[]
}

/** A contract's versions as the schema describes them: one closed object, or one per version it reads (oneOf). */
function versionsOf(schema: JsonSchema): JsonSchema[] {
  return schema.oneOf ?? [schema]
}

async function committedSchema(file: string): Promise<JsonSchema> {
  return JSON.parse(await readFile(join(SCHEMAS_DIR, file), 'utf8')) as JsonSchema
}

describe('committed schemas', () => {
  test('match what the contracts generate (run `npm run schemas` and commit the result if not)', async () => {
    const differences = await schemaDifferences()
    const explained = differences.map(({ file, state }) => `action-manifest-schemas/${file}: ${state}`)
    expect({ outOfDate: explained, fix: 'run `npm run schemas` and commit action-manifest-schemas/' }).toEqual({
      outOfDate: [],
      fix: 'run `npm run schemas` and commit action-manifest-schemas/',
    })
  })

  test('match byte for byte, file by file', async () => {
    for (const [file, content] of generatedSchemas()) {
      expect({ file, content: await readFile(join(SCHEMAS_DIR, file), 'utf8') }).toEqual({ file, content })
    }
  })
})

describe.each(contractKinds)('the %s schema', (kind) => {
  const spec = contracts[kind]
  const file = `${kind}.schema.json`

  test('is a draft 2020-12 schema with an $id, a title and a description', async () => {
    const schema = await committedSchema(file)
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.$id).toBe(`${SCHEMA_BASE_URL}${file}`)
    expect(schema.title).toBe(spec.title)
    expect(schema.description).toContain(spec.description)
    expect(schema.description).toContain(spec.id)
  })

  test('is a closed object per version it reads, each requiring its schema id and the SHA', async () => {
    const versions = versionsOf(await committedSchema(file))
    for (const version of versions) {
      expect(version.type).toBe('object')
      expect(version.additionalProperties).toBe(false)
      expect(version.required).toEqual(expect.arrayContaining(['schema', 'sha']))
      expect(version.properties?.sha?.pattern).toBe('^[0-9a-f]{40}$')
    }
    const readable = (spec as { readable?: readonly string[] }).readable ?? []
    expect(versions.map((version) => version.properties?.schema?.const).sort()).toEqual([spec.id, ...readable].sort())
  })

  test('fits a valid example at the top level', async () => {
    const example = contractExamples[kind]() as Record<string, unknown>
    const schema = versionsOf(await committedSchema(file)).find((version) => version.properties?.schema?.const === example.schema)
    expect(schema).toBeDefined()
    const properties = schema?.properties ?? {}
    expect(Object.keys(example).filter((key) => !(key in properties))).toEqual([])
    expect((schema?.required ?? []).filter((key) => !(key in example))).toEqual([])
    for (const [key, property] of Object.entries(properties)) {
      const value = example[key]
      if (property.const !== undefined) expect({ key, value }).toEqual({ key, value: property.const })
      if (property.pattern !== undefined && typeof value === 'string') {
        expect({ key, matches: new RegExp(property.pattern).test(value) }).toEqual({ key, matches: true })
      }
    }
  })
})

describe('the generator', () => {
  let folder: string

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'shipgate-schemas-'))
  })

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true })
  })

  test('writes every schema into an empty folder, and then finds nothing to do', async () => {
    const generated = generatedSchemas()
    const written = await writeSchemas(folder, generated)
    expect(written.map((difference) => difference.state)).toEqual([...generated.keys()].map(() => 'missing'))
    expect((await readdir(folder)).sort()).toEqual([...generated.keys()].sort())
    expect(await schemaDifferences(folder, generated)).toEqual([])
    expect(await writeSchemas(folder, generated)).toEqual([])
  })

  test('reports changed and stale files, fixes them, and keeps other files', async () => {
    const generated = generatedSchemas()
    await writeSchemas(folder, generated)
    await writeFile(join(folder, 'release-package.schema.json'), '{}\n')
    await writeFile(join(folder, 'retired.schema.json'), '{}\n')
    await writeFile(join(folder, 'README.md'), 'kept\n')

    expect(await schemaDifferences(folder, generated)).toEqual([
      { file: 'release-package.schema.json', state: 'changed' },
      { file: 'retired.schema.json', state: 'stale' },
    ])
    await writeSchemas(folder, generated)
    expect(await schemaDifferences(folder, generated)).toEqual([])
    expect((await readdir(folder)).sort()).toEqual([...generated.keys(), 'README.md'].sort())
    expect(await readFile(join(folder, 'release-package.schema.json'), 'utf8')).toBe(generated.get('release-package.schema.json'))
  })

  test('generates the same text every time', () => {
    expect([...generatedSchemas()]).toEqual([...generatedSchemas()])
  })
})
