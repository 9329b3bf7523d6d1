// Reading a YAML file into a zod schema, with errors that name the file, the field and the line.
// The yaml package is loaded on first use: it would add a third to every action's start-up.
import type { z } from 'zod'
import { fieldPath } from '../contracts/index.js'
import { ConfigurationError, errorMessage } from '../errors.js'
import { unencodableJsonProblems } from '../evidence/encodable-json.js'
import { readRegularFile } from '../evidence/evidence-file.js'
import { closestName } from '../cli/suggest.js'

/** A config file is read as text up to this size; anything bigger is not a config. */
export const CONFIG_SIZE_LIMIT = 16 * 1024 * 1024

export async function readYamlFile<S extends z.ZodType>(path: string, schema: S, what: string): Promise<z.infer<S>> {
  // Never blocks: a FIFO or a device in place of the file is refused, not waited on.
  const read = await readRegularFile(path, CONFIG_SIZE_LIMIT, `a ${what}`, true)
  if (read.state !== 'read') {
    const reason = read.state === 'missing' ? 'file not found' : read.reason
    throw new ConfigurationError(`${path}: ${reason}; check the ${what} path`, { file: path })
  }
  return parseYaml(read.bytes.toString('utf8'), path, schema, what)
}

export async function parseYaml<S extends z.ZodType>(text: string, path: string, schema: S, what: string): Promise<z.infer<S>> {
  const { LineCounter, parseDocument } = await import('yaml')
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: true })
  if (document.errors.length > 0) {
    const first = document.errors[0]!
    const line = first.linePos?.[0]?.line
    throw new ConfigurationError(`${path}${line ? `:${line}` : ''}: not valid YAML: ${first.message.split('\n')[0]}`, { file: path, line })
  }
  let json: unknown
  try {
    json = document.toJS()
  } catch (error) {
    // The yaml package refuses an alias bomb ("billion laughs") here, with a ReferenceError.
    throw new ConfigurationError(`${path}: not valid YAML: ${errorMessage(error)}`, { file: path })
  }
  // Refused here, with the field named, rather than where a contract made from it is digested.
  const unencodable = unencodableJsonProblems(json)
  if (unencodable.length > 0) {
    const messages = unencodable.map((problem) => `${problem.field}: ${problem.message}`)
    throw new ConfigurationError(`${path}: invalid ${what}: ${messages.join('; ')}`, { file: path })
  }
  // zod's issue for an unknown key does not say which keys the map takes; its error map sees the
  // schema that refused it, so the allowed keys are noted there for the "did you mean".
  const allowedKeys = new Map<string, string[]>()
  const parsed = schema.safeParse(json ?? {}, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const shape = (issue.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape
        allowedKeys.set(JSON.stringify(issue.path ?? []), Object.keys(shape ?? {}))
      }
      return undefined
    },
  })
  if (parsed.success) return parsed.data
  const lineOf = (where: (string | number)[]) => lineOfField(document, where, (offset) => lineCounter.linePos(offset).line)
  // One problem per unknown key, each on its own line: a misspelt key is found on its own line, not
  // on the first line of the map that holds it. A required key it was meant to be is then not also
  // reported as missing: the misspelling is the one thing to fix.
  const meant = new Set<string>()
  const unknownKeys = parsed.error.issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') return []
    const allowed = allowedKeys.get(JSON.stringify(issue.path)) ?? []
    return issue.keys.map((key) => {
      const where = [...issue.path, key] as (string | number)[]
      const closest = closestName(key, allowed)
      if (closest !== undefined) meant.add(JSON.stringify([...issue.path, closest]))
      const hint = closest !== undefined ? ` (did you mean '${closest}'?)` : allowed.length > 0 ? ` (the keys here are ${allowed.join(', ')})` : ''
      return { field: fieldPath(where), message: `unknown key${hint}`, line: lineOf(where) }
    })
  })
  const others = parsed.error.issues
    .filter((issue) => issue.code !== 'unrecognized_keys' && !(issue.code === 'invalid_type' && issue.input === undefined && meant.has(JSON.stringify(issue.path))))
    .map((issue) => ({ field: fieldPath(issue.path), message: issue.message, line: lineOf(issue.path as (string | number)[]) }))
  // The file is read top to bottom, so the first problem in it is where the reader goes first.
  const problems = [...unknownKeys, ...others].sort((left, right) => (left.line ?? Number.MAX_SAFE_INTEGER) - (right.line ?? Number.MAX_SAFE_INTEGER))
  const line = problems[0]?.line
  const messages = problems.map((problem) => `${problem.field}: ${problem.message}${problems.length > 1 && problem.line && problem.line !== line ? ` (line ${problem.line})` : ''}`)
  throw new ConfigurationError(`${path}${line ? `:${line}` : ''}: invalid ${what}: ${messages.join('; ')}`, { file: path, line })
}

type Ranged = { range?: [number, number, number] | null }

/**
 * The line a field is on: a map entry's key line (the value of `deploy:` starts on the next line
 * when it is a block), an item's own line in a list; the nearest enclosing field's when the field
 * itself is absent (a required key that is missing).
 */
function lineOfField(document: import('yaml').Document, path: (string | number)[], lineAt: (offset: number) => number): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const parent = (depth === 0 ? undefined : document.getIn(path.slice(0, depth - 1), true)) as { items?: Array<{ key?: unknown } & Ranged> } | undefined
    const last = path[depth - 1]
    const pair = typeof last === 'string' ? parent?.items?.find((item) => (item.key as { value?: unknown } | undefined)?.value === last) : undefined
    const keyRange = (pair?.key as Ranged | undefined)?.range
    if (keyRange) return lineAt(keyRange[0])
    const node = (depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true)) as Ranged | undefined
    if (node?.range) return lineAt(node.range[0])
  }
  return undefined
}
