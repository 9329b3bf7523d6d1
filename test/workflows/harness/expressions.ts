// Evaluates `${{ }}` with GitHub's own evaluator (@actions/expressions) over plain JS contexts, and
// turns the workflow parser's template tokens (with their expressions) into plain values.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { data, Evaluator, Lexer, Parser } from '@actions/expressions'
import { TokenType } from '@actions/expressions/lexer'
import type { FunctionDefinition } from '@actions/expressions/funcs/info'
import { isBasicExpression, isBoolean, isMapping, isNumber, isSequence, isString } from '@actions/workflow-parser'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index'
import picomatch from 'picomatch'

/** The contexts an expression may read; absent ones are empty objects, as on GitHub. */
export type Contexts = Partial<Record<ContextName, unknown>>
const CONTEXT_NAMES = ['github', 'env', 'vars', 'secrets', 'inputs', 'needs', 'steps', 'job', 'jobs', 'runner', 'matrix', 'strategy'] as const
type ContextName = (typeof CONTEXT_NAMES)[number]

/** What the status functions see where they are called (a job's `if:`, a step's `if:`). */
export interface StatusScope {
  /** success(): a job: every job in the whole upstream chain succeeded; a step: the job has not failed so far. */
  succeeded: boolean
  /** failure(): a job: some ancestor failed; a step: an earlier step failed. */
  failed: boolean
  cancelled: boolean
}

export interface EvaluationScope {
  contexts: Contexts
  status?: StatusScope
  /** The folder hashFiles() reads (GITHUB_WORKSPACE). */
  workspace?: string
}

export class ExpressionFailure extends Error {}

const EXTENSION_FUNCTIONS = [
  { name: 'success', minArgs: 0, maxArgs: 0 },
  { name: 'failure', minArgs: 0, maxArgs: 0 },
  { name: 'cancelled', minArgs: 0, maxArgs: 0 },
  { name: 'always', minArgs: 0, maxArgs: 0 },
  { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
]

export function toExpressionData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData
}

export function fromExpressionData(value: data.ExpressionData): unknown {
  return JSON.parse(JSON.stringify(value, data.replacer)) as unknown
}

function functions(scope: EvaluationScope, expression: string): Map<string, FunctionDefinition> {
  const status = (name: string, answer: (status: StatusScope) => boolean): FunctionDefinition => ({
    name,
    minArgs: 0,
    maxArgs: 0,
    call: () => {
      if (!scope.status) throw new ExpressionFailure(`${name}() is not allowed here: ${expression}`)
      return new data.BooleanData(answer(scope.status))
    },
  })
  return new Map<string, FunctionDefinition>([
    ['success', status('success', (s) => s.succeeded && !s.cancelled)],
    ['failure', status('failure', (s) => s.failed && !s.cancelled)],
    ['cancelled', status('cancelled', (s) => s.cancelled)],
    ['always', status('always', () => true)],
    [
      'hashfiles',
      {
        name: 'hashFiles',
        minArgs: 1,
        maxArgs: 255,
        call: (...patterns) => new data.StringData(hashFiles(scope.workspace, patterns.map((pattern) => pattern.coerceString()))),
      },
    ],
  ])
}

/** The runner's hashFiles: the SHA-256 of the SHA-256s of the matching files under the workspace,
 * in path order; '' when nothing matches. `!pattern` excludes. */
export function hashFiles(workspace: string | undefined, patterns: string[]): string {
  if (!workspace) throw new ExpressionFailure('hashFiles() needs a workspace')
  const include = patterns.filter((pattern) => !pattern.startsWith('!')).map((pattern) => picomatch(pattern, { dot: true }))
  const exclude = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => picomatch(pattern.slice(1), { dot: true }))
  const files: string[] = []
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        if (entry.name !== '.git') walk(path)
        continue
      }
      const name = relative(workspace, path).split(sep).join('/')
      if (include.some((match) => match(name)) && !exclude.some((match) => match(name))) files.push(path)
    }
  }
  if (statSync(resolve(workspace), { throwIfNoEntry: false })?.isDirectory()) walk(resolve(workspace))
  if (files.length === 0) return ''
  const all = createHash('sha256')
  for (const file of files) all.update(createHash('sha256').update(readFileSync(file)).digest())
  return all.digest('hex')
}

function contextDictionary(contexts: Contexts): data.Dictionary {
  const dictionary = new data.Dictionary()
  for (const name of CONTEXT_NAMES) dictionary.add(name, toExpressionData(contexts[name] ?? {}))
  return dictionary
}

/** Evaluates one expression (the text inside `${{ }}`) to its expression data. */
export function evaluateExpressionData(expression: string, scope: EvaluationScope): data.ExpressionData {
  try {
    const tokens = new Lexer(expression).lex().tokens
    // @actions/expressions 0.3.61 unescapes only the first '' of a string literal (String.replace
    // with a string); GitHub unescapes them all. A run: script with ${{ }} and two quoted words
    // becomes such a literal (format('…''a''…', …)).
    for (const token of tokens) if (token.type === TokenType.STRING) token.value = token.lexeme.slice(1, -1).replace(/''/g, "'")
    const tree = new Parser(tokens, [...CONTEXT_NAMES], EXTENSION_FUNCTIONS).parse()
    return new Evaluator(tree, contextDictionary(scope.contexts), functions(scope, expression)).evaluate()
  } catch (error) {
    if (error instanceof ExpressionFailure) throw error
    throw new ExpressionFailure(`The expression \`${expression}\` could not be evaluated: ${(error as Error).message}`)
  }
}

export function evaluateExpression(expression: string, scope: EvaluationScope): unknown {
  return fromExpressionData(evaluateExpressionData(expression, scope))
}

/** A job's or step's `if:` (already given its implicit success() by the parser). */
export function evaluateCondition(expression: string, scope: EvaluationScope): boolean {
  const result = evaluateExpressionData(expression, scope)
  return !isFalsy(result)
}

function isFalsy(value: data.ExpressionData): boolean {
  switch (value.kind) {
    case data.Kind.Null:
      return true
    case data.Kind.Boolean:
      return !(value as data.BooleanData).value
    case data.Kind.Number: {
      const number = value.number()
      return number === 0 || Number.isNaN(number)
    }
    case data.Kind.String:
      return (value as data.StringData).value.length === 0
    default:
      return false
  }
}

/** A template token as a plain value: mappings, sequences and literals as they are, expressions
 * evaluated (keeping their type: a boolean stays a boolean). */
export function evaluateToken(token: TemplateToken | undefined, scope: EvaluationScope): unknown {
  if (token === undefined) return undefined
  if (isBasicExpression(token)) return evaluateExpression(token.expression, scope)
  if (isString(token)) return token.value
  if (isNumber(token)) return token.value
  if (isBoolean(token)) return token.value
  if (isSequence(token)) return [...token].map((item) => evaluateToken(item, scope))
  if (isMapping(token)) {
    const result: Record<string, unknown> = {}
    for (const pair of token) result[String(evaluateToken(pair.key, scope))] = evaluateToken(pair.value, scope)
    return result
  }
  if (token.isExpression) throw new ExpressionFailure(`${token.toString()}: insert expressions are not supported by the harness`)
  return null
}

/** A value as GitHub puts it into a string field (env, with:, run:): null is '', objects print as
 * GitHub's do. */
export function asString(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  return toExpressionData(value).coerceString()
}

/** A token that must give a string (a `run:` script, a name, an env value). */
export function evaluateString(token: TemplateToken | undefined, scope: EvaluationScope): string {
  return asString(evaluateToken(token, scope))
}

/** A mapping of strings (env:, with: of an action, outputs:). */
export function evaluateStringMap(token: TemplateToken | undefined, scope: EvaluationScope): Record<string, string> {
  const value = evaluateToken(token, scope)
  if (value === undefined || value === null) return {}
  if (typeof value !== 'object' || Array.isArray(value)) throw new ExpressionFailure(`expected a mapping, got ${JSON.stringify(value)}`)
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asString(item)]))
}

export function isTruthy(value: unknown): boolean {
  return !isFalsy(toExpressionData(value))
}

/** A plain string with `${{ }}` in it (an action.yml input default), evaluated as GitHub does. */
export function evaluateTemplateString(text: string, scope: EvaluationScope): string {
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_, expression: string) => asString(evaluateExpression(expression.trim(), scope)))
}
