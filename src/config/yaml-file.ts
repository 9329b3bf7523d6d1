// Reading a YAML file into a zod schema, with errors that name the file, the field and the line.
// The yaml package is loaded on first use: it would add a third to every action's start-up.
import type { z } from 'zod'
import { fieldPath } from '../contracts/index.js'
import { ConfigurationError, errorMessage } from '../errors.js'
import { unencodableJsonProblems } from '../evidence/encodable-json.js'
import { readRegularFile } from '../evidence/evidence-file.js'

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
  const parsed = schema.safeParse(json ?? {})
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]!
  // A misspelt key is found on its own line, not on the first line of the map that holds it.
  const where = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path
  const line = lineOfField(document, where as (string | number)[], (offset) => lineCounter.linePos(offset).line)
  const messages = parsed.error.issues.map((each) => `${fieldPath(each.path)}: ${each.message}`)
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
