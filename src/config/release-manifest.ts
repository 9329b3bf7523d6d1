// The multi-repo release manifest a team writes by hand: the dev→prod playbook's template
// (release_id, commits per repository as SHAs or tags, images as digests or tags, migrations per
// repository, feature_flags) or shipgate's earlier camelCase shape. Read into one declared form,
// as written; build-once resolves it (tags, image tags, migration files) into the release package.
import { z } from 'zod'
import { PINNED_IMAGE_PATTERN, pinnedImageRef } from '../contracts/common.js'
import { fieldPath } from '../contracts/index.js'
import { ConfigurationError } from '../errors.js'
import { readRegularFile } from '../evidence/evidence-file.js'
import { CONFIG_SIZE_LIMIT, parseYaml } from './yaml-file.js'

/** One repository's migrations as the manifest declares them (a legacy one may name no repository). */
export type DeclaredMigration =
  | { kind: 'revisions'; repository?: string; revisions: Array<{ id: string; description?: string }> }
  | { kind: 'file'; repository: string; file: string }

/** What a release manifest declares, in either shape, with tags and files not yet resolved. */
export interface ReleaseManifestFile {
  releaseId?: string
  description?: string
  /** owner/name -> a commit SHA (7 to 40 hex) or a tag, as written. */
  commits: Record<string, string>
  /** component -> a digest-pinned ref, or a tag ref that the build's metadata pins. */
  images: Record<string, string>
  /** In the manifest's order. */
  migrations: DeclaredMigration[]
  featureFlags: Record<string, boolean | string | number>
}

/** A release manifest read from a file, with the lines of its fields for messages. */
export interface ReleaseManifest {
  /** The file as it was named (relative to the working folder, or absolute). */
  path: string
  content: ReleaseManifestFile
  /** The line of each field, by the JSON text of its path (see releaseManifestError). */
  lines: ReadonlyMap<string, number>
}

const TEMPLATE_FIELDS = ['release_id', 'description', 'commits', 'images', 'migrations', 'feature_flags'] as const
const SHIPGATE_FIELDS = ['release', 'description', 'commits', 'images', 'migrations', 'featureFlags'] as const

const COMMIT_SHA = /^[0-9a-f]{7,40}$/

/** Why a tag name is not one git accepts (git check-ref-format), or undefined; a leading '-' is refused too. */
export function tagNameProblem(tag: string): string | undefined {
  if (tag === '') return 'it is empty'
  if (tag.startsWith('-')) return "it starts with '-'"
  if (tag.includes('..')) return "it contains '..'"
  if (tag.includes('@{') || tag === '@') return "it contains '@{'"
  // eslint-disable-next-line no-control-regex
  const bad = /[\x00-\x20\x7f~^:?*[\\]/.exec(tag)
  if (bad) return `it contains ${JSON.stringify(bad[0])}`
  if (tag.startsWith('/') || tag.endsWith('/') || tag.includes('//')) return "it has an empty part between '/'"
  if (tag.endsWith('.')) return "it ends with '.'"
  if (tag.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock'))) return "a part of it starts with '.' or ends with '.lock'"
  return undefined
}

/** Whether a commits value is a SHA (kept as given) rather than a tag (resolved). */
export function isCommitSha(ref: string): boolean {
  return COMMIT_SHA.test(ref)
}

function commitRefProblem(ref: string): string | undefined {
  if (isCommitSha(ref)) return undefined
  if (/^[0-9a-fA-F]+$/.test(ref)) return `'${ref}' looks like a commit SHA but is not 7 to 40 lowercase hex characters`
  const problem = tagNameProblem(ref)
  return problem ? `'${ref}' is neither a commit SHA (7 to 40 lowercase hex characters) nor a tag name: ${problem}` : undefined
}

/** Why an image ref is neither pinned nor a tag ref, or undefined. */
function imageRefProblem(ref: string): string | undefined {
  if (PINNED_IMAGE_PATTERN.test(ref)) return undefined
  if (ref.includes('@')) return `'${ref}' is not pinned to a sha256 digest (expected registry/name@sha256:<64 hex>)`
  const slash = ref.lastIndexOf('/')
  const colon = ref.lastIndexOf(':')
  if (/\s/.test(ref) || ref === '') return `'${ref}' is not an image ref`
  if (colon <= slash) return `'${ref}' names no tag and no digest; write registry/name:tag (pinned from the build's metadata) or registry/name@sha256:<64 hex>`
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(ref.slice(colon + 1))) return `'${ref}' has no valid tag after the last ':'`
  return undefined
}

const text = z.union([z.string().min(1), z.number()], { error: 'must be text or a number' }).transform(String)
const flagValue = z.union([z.boolean(), z.string(), z.number()], { error: 'must be true, false, text or a number' })

const repository = z
  .string()
  .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/)
  .refine((name) => !name.split('/').some((part) => part === '.' || part === '..'))

/** A map keyed by repository, whose keys that are not owner/name are named as such. */
function byRepository<V extends z.ZodType>(value: V) {
  return z.record(repository, value, {
    error: (issue) => (issue.code === 'invalid_key' ? `'${String(issue.input)}' is not a repository: write owner/name` : undefined),
  })
}

const commitRef = text.superRefine((ref, context) => {
  const problem = commitRefProblem(ref)
  if (problem) context.addIssue({ code: 'custom', message: problem })
})

const imageRef = z.string().superRefine((ref, context) => {
  const problem = imageRefProblem(ref)
  if (problem) context.addIssue({ code: 'custom', message: problem })
})

const revisionList = z
  .array(text)
  .min(1, 'give at least one revision id')
  .superRefine((ids, context) => {
    const twice = ids.find((id, index) => ids.indexOf(id) !== index)
    if (twice !== undefined) context.addIssue({ code: 'custom', message: `lists '${twice}' twice` })
  })

const templateMigration = z.union([text, revisionList, z.object({ file: z.string().min(1) }).strict()], {
  error: 'must be a revision id, a list of revision ids in the order they run, or { file: <path relative to the manifest> }',
})

function unknownKey(fields: readonly string[], shape: string) {
  return (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? `unknown key ${issue.keys!.map((key) => `'${key}'`).join(', ')}: ${shape} has ${fields.join(', ')}` : undefined
}

/** The dev→prod playbook's template, snake_case. */
const templateManifest = z.strictObject(
  {
    release_id: text.optional().describe('The release id, text or a number.'),
    description: z.string().optional(),
    commits: byRepository(commitRef).default({}).describe('owner/name -> a commit SHA (7 to 40 hex) or a tag.'),
    images: z.record(z.string().min(1), imageRef).default({}).describe('component -> registry/name@sha256:<64 hex>, or registry/name:tag pinned from the build.'),
    migrations: byRepository(templateMigration).default({}).describe('owner/name -> a revision id, an ordered list of ids, or { file: path }.'),
    feature_flags: z.record(z.string(), flagValue).default({}),
  },
  { error: unknownKey(TEMPLATE_FIELDS, 'the release manifest template') },
)

/** shipgate's earlier shape, camelCase, still read: SHAs and pinned images only. */
const shipgateManifest = z.strictObject(
  {
    release: text.optional().describe('The release id.'),
    description: z.string().optional(),
    commits: z.record(z.string(), z.string().regex(COMMIT_SHA, 'must be a hex commit SHA')).default({}),
    images: z.record(z.string(), pinnedImageRef).default({}),
    migrations: z
      .array(
        z
          .object({
            id: text,
            repository: z.string().optional(),
            description: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    featureFlags: z.record(z.string(), flagValue).default({}),
  },
  { error: unknownKey(SHIPGATE_FIELDS, "shipgate's earlier release manifest shape") },
)

type Shape = 'template' | 'shipgate'

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The shape each field that only one shape has says the file is in. */
function shapeOfField(key: string, value: unknown): Shape | undefined {
  if (key === 'release_id' || key === 'feature_flags') return 'template'
  if (key === 'release' || key === 'featureFlags') return 'shipgate'
  if (key === 'migrations') return Array.isArray(value) ? 'shipgate' : isPlainObject(value) ? 'template' : undefined
  return undefined
}

function describeField(key: string, shape: Shape): string {
  return key === 'migrations' ? (shape === 'template' ? "'migrations' per repository" : "'migrations' as a list") : `'${key}'`
}

/** YAML reads 0042 as 42 and 2026.10 as 2026.1: ids and commits keep the text that was written. */
type NumberSource = (path: readonly PropertyKey[]) => string | undefined

function withNumbersAsWritten(raw: Record<string, unknown>, shape: Shape, source: NumberSource): Record<string, unknown> {
  const asWritten = (value: unknown, path: PropertyKey[]) => (typeof value === 'number' ? (source(path) ?? value) : value)
  const copy = { ...raw }
  const idField = shape === 'template' ? 'release_id' : 'release'
  if (idField in raw) copy[idField] = asWritten(raw[idField], [idField])
  if (isPlainObject(raw.commits)) {
    copy.commits = Object.fromEntries(Object.entries(raw.commits).map(([name, ref]) => [name, asWritten(ref, ['commits', name])]))
  }
  if (shape === 'template' && isPlainObject(raw.migrations)) {
    copy.migrations = Object.fromEntries(
      Object.entries(raw.migrations).map(([name, value]) => [
        name,
        Array.isArray(value) ? value.map((id, index) => asWritten(id, ['migrations', name, index])) : asWritten(value, ['migrations', name]),
      ]),
    )
  }
  if (shape === 'shipgate' && Array.isArray(raw.migrations)) {
    copy.migrations = raw.migrations.map((entry, index) => (isPlainObject(entry) && 'id' in entry ? { ...entry, id: asWritten(entry.id, ['migrations', index, 'id']) } : entry))
  }
  return copy
}

function fromTemplate(file: z.infer<typeof templateManifest>): ReleaseManifestFile {
  return {
    releaseId: file.release_id,
    description: file.description,
    commits: file.commits,
    images: file.images,
    migrations: Object.entries(file.migrations).map(([repository, declared]): DeclaredMigration => {
      if (typeof declared === 'object' && !Array.isArray(declared)) return { kind: 'file', repository, file: declared.file }
      const ids = Array.isArray(declared) ? declared : [declared]
      return { kind: 'revisions', repository, revisions: ids.map((id) => ({ id })) }
    }),
    featureFlags: file.feature_flags,
  }
}

/** The earlier list of {id, repository}: consecutive migrations of one repository become one entry, so the order is kept. */
function fromShipgateShape(file: z.infer<typeof shipgateManifest>): ReleaseManifestFile {
  const migrations: Array<Extract<DeclaredMigration, { kind: 'revisions' }>> = []
  for (const { id, repository, description } of file.migrations) {
    const last = migrations.at(-1)
    const revision = description === undefined ? { id } : { id, description }
    if (last && last.repository === repository) last.revisions.push(revision)
    else migrations.push(repository === undefined ? { kind: 'revisions', revisions: [revision] } : { kind: 'revisions', repository, revisions: [revision] })
  }
  return { releaseId: file.release, description: file.description, commits: file.commits, images: file.images, migrations, featureFlags: file.featureFlags }
}

/**
 * A release manifest in either shape, read into its declared form. A file that mixes the two
 * shapes is refused on the first field of the second shape. With `numberSource` (the YAML text of
 * each number), ids and commits that YAML read as numbers keep the digits that were written.
 */
export function releaseManifestSchema(numberSource: NumberSource = () => undefined) {
  return z.unknown().transform((raw, context): ReleaseManifestFile => {
    const value = raw ?? {}
    if (!isPlainObject(value)) {
      context.addIssue({ code: 'custom', message: `must be a map of ${TEMPLATE_FIELDS.join(', ')}` })
      return z.NEVER
    }
    let first: { key: string; shape: Shape } | undefined
    for (const [key, field] of Object.entries(value)) {
      const shape = shapeOfField(key, field)
      if (!shape) continue
      if (!first) first = { key, shape }
      else if (shape !== first.shape) {
        const [template, shipgate] = first.shape === 'template' ? [first.key, key] : [key, first.key]
        context.addIssue({
          code: 'custom',
          path: [key],
          message:
            `the file mixes the playbook template (${describeField(template, 'template')}) with shipgate's earlier shape (${describeField(shipgate, 'shipgate')}); ` +
            `write it in one shape, the template's: ${TEMPLATE_FIELDS.join(', ')}`,
        })
        return z.NEVER
      }
    }
    const shape = first?.shape ?? 'template'
    const written = withNumbersAsWritten(value, shape, numberSource)
    const parsed = shape === 'template' ? templateManifest.safeParse(written) : shipgateManifest.safeParse(written)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) context.addIssue(issue as z.core.$ZodRawIssue)
      return z.NEVER
    }
    return shape === 'template'
      ? fromTemplate(parsed.data as z.infer<typeof templateManifest>)
      : fromShipgateShape(parsed.data as z.infer<typeof shipgateManifest>)
  })
}

/** The schema without the YAML text: numbers are read as YAML read them. */
export const releaseManifestFile = releaseManifestSchema()

/** Reads a release manifest; every mistake is a ConfigurationError that names the file and the line. */
export async function readReleaseManifest(path: string): Promise<ReleaseManifest> {
  const read = await readRegularFile(path, CONFIG_SIZE_LIMIT, 'a release manifest', true)
  if (read.state !== 'read') {
    const reason = read.state === 'missing' ? 'file not found' : read.reason
    throw new ConfigurationError(`${path}: ${reason}; check the release manifest path`, { file: path })
  }
  const text = read.bytes.toString('utf8')
  // YAML mistakes, alias bombs and values JSON cannot hold, as every config file reports them.
  const document = await parseYaml(text, path, z.unknown(), 'release manifest')
  const positions = await fieldPositions(text)
  const parsed = releaseManifestSchema((field) => positions.numbers.get(JSON.stringify(field))).safeParse(document)
  if (!parsed.success) {
    // On the line of the key at fault: a misspelt `featureflags:` is on its line, not on its first flag's.
    const issue = parsed.error.issues[0]!
    const field = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path
    const line = positions.lines.get(JSON.stringify(field))
    const messages = parsed.error.issues.map((each) => `${fieldPath(each.path)}: ${each.message}`)
    throw new ConfigurationError(`${path}${line ? `:${line}` : ''}: invalid release manifest: ${messages.join('; ')}`, { file: path, line })
  }
  return { path, content: parsed.data, lines: positions.lines }
}

/** A mistake found in a manifest after it was read (a tag that does not resolve), at its field's line. */
export function releaseManifestError(manifest: ReleaseManifest, field: ReadonlyArray<string | number>, message: string): ConfigurationError {
  const line = manifest.lines.get(JSON.stringify(field))
  return new ConfigurationError(`${manifest.path}${line ? `:${line}` : ''}: ${fieldPath(field)}: ${message}`, { file: manifest.path, line })
}

/** Deeper than any field the manifest has: nothing below is looked at. */
const FIELD_DEPTH = 4

/** The line of every field down to FIELD_DEPTH (its key's, where it has one), and the YAML text of each number there. */
async function fieldPositions(text: string): Promise<{ lines: Map<string, number>; numbers: Map<string, string> }> {
  const { LineCounter, parseDocument, isMap, isScalar, isSeq } = await import('yaml')
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter })
  const lines = new Map<string, number>()
  const numbers = new Map<string, string>()
  const visit = (node: unknown, path: Array<string | number>, keyOffset: number | undefined) => {
    const key = JSON.stringify(path)
    const offset = keyOffset ?? (node as { range?: [number, number, number] } | null)?.range?.[0]
    if (offset !== undefined) lines.set(key, lineCounter.linePos(offset).line)
    if (isScalar(node)) {
      if (typeof node.value === 'number' && node.source) numbers.set(key, node.source)
    } else if (path.length >= FIELD_DEPTH) {
      return
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const name = isScalar(pair.key) ? pair.key.value : undefined
        if (typeof name !== 'string' && typeof name !== 'number') continue
        visit(pair.value, [...path, String(name)], (pair.key as { range?: [number, number, number] }).range?.[0])
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item, [...path, index], undefined))
    }
  }
  visit(document.contents, [], undefined)
  return { lines, numbers }
}
