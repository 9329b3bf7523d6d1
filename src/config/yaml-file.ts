// Reading a YAML file into a zod schema, with errors that name the file, the field and the line.
// The yaml package is loaded on first use: it would add a third to every action's start-up.
import { readFile } from 'node:fs/promises'
import type { z } from 'zod'
import { fieldPath } from '../contracts/index.js'
import { ConfigurationError } from '../errors.js'

export async function readYamlFile<S extends z.ZodType>(path: string, schema: S, what: string): Promise<z.infer<S>> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message
    throw new ConfigurationError(`${path}: ${reason}; check the ${what} path`, { file: path })
  }
  return parseYaml(text, path, schema, what)
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
  const parsed = schema.safeParse(document.toJS() ?? {})
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]!
  // A misspelt key is found on its own line, not on the first line of the map that holds it.
  const where = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path
  const node = document.getIn(where as (string | number)[], true) as { range?: [number, number, number] } | undefined
  const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined
  const messages = parsed.error.issues.map((each) => `${fieldPath(each.path)}: ${each.message}`)
  throw new ConfigurationError(`${path}${line ? `:${line}` : ''}: invalid ${what}: ${messages.join('; ')}`, { file: path, line })
}
