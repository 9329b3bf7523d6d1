// Writes the contracts' JSON Schemas into action-manifest-schemas/ (`npm run schemas`), or with
// --check lists the committed files that differ from what would be generated, for CI.
import { readdir, rm } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { generatedSchemas } from '../src/contracts/json-schema.js'
import { readTextIfPresent, writeFileAtomic } from '../src/evidence/local-store.js'

export const SCHEMAS_DIR = fileURLToPath(new URL('../action-manifest-schemas/', import.meta.url))

const SCHEMA_FILE = /\.schema\.json$/

export interface SchemaDifference {
  file: string
  /** missing: not committed; changed: committed with other content; stale: no longer generated. */
  state: 'missing' | 'changed' | 'stale'
}

async function committedSchemaFiles(directory: string): Promise<string[]> {
  try {
    return (await readdir(directory)).filter((name) => SCHEMA_FILE.test(name)).sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/** Every schema file whose committed content is not what the contracts generate. */
export async function schemaDifferences(
  directory: string = SCHEMAS_DIR,
  generated: Map<string, string> = generatedSchemas(),
): Promise<SchemaDifference[]> {
  const differences: SchemaDifference[] = []
  for (const [file, content] of [...generated].sort(([a], [b]) => a.localeCompare(b))) {
    const committed = await readTextIfPresent(join(directory, file))
    if (committed === undefined) differences.push({ file, state: 'missing' })
    else if (committed !== content) differences.push({ file, state: 'changed' })
  }
  for (const file of await committedSchemaFiles(directory)) {
    if (!generated.has(file)) differences.push({ file, state: 'stale' })
  }
  return differences
}

/** Brings the folder in line with the contracts: atomic writes, stale schemas removed. */
export async function writeSchemas(
  directory: string = SCHEMAS_DIR,
  generated: Map<string, string> = generatedSchemas(),
): Promise<SchemaDifference[]> {
  const differences = await schemaDifferences(directory, generated)
  for (const { file, state } of differences) {
    if (state === 'stale') await rm(join(directory, file), { force: true })
    else await writeFileAtomic(join(directory, file), generated.get(file) ?? '')
  }
  return differences
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check')
  const differences = check ? await schemaDifferences() : await writeSchemas()
  const shown = relative(process.cwd(), SCHEMAS_DIR) || '.'
  if (differences.length === 0) {
    process.stdout.write(`${shown}: the schemas match the contracts\n`)
    return 0
  }
  for (const { file, state } of differences) {
    const what = check
      ? { missing: 'not committed', changed: 'differs from the contracts', stale: 'no contract generates it any more' }[state]
      : { missing: 'written', changed: 'updated', stale: 'removed' }[state]
    process.stdout.write(`${join(shown, file)}: ${what}\n`)
  }
  if (!check) return 0
  process.stderr.write(`${differences.length} schema file(s) out of date: run \`npm run schemas\` and commit the result\n`)
  return 1
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2))
}
