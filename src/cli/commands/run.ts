// `shipgate run <action>`: any action, locally, with the same code as its bundle. Inputs come as
// `--input name=value` or as `--name value`; a repeated flag makes a newline-separated list.
import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { actionLoaders, actionNames } from '../../actions/index.js'
import { errorMessage } from '../../errors.js'
import { describeFileType } from '../../evidence/evidence-file.js'
import { writeFileAtomic } from '../../evidence/atomic-file.js'
import type { ActionDefinition } from '../../platform/action.js'
import { executeAction, type ActionRun } from '../../platform/github-action.js'
import { EXIT, failureOf, type FlagOptions, maskedIo, parseFlags, reportFailure, UsageError, type CommandIo } from '../io.js'
import { commandLogger, localContext } from '../local-context.js'
import { didYouMean } from '../suggest.js'

export function actionUsage(definition: ActionDefinition<unknown>, invocation: string): string {
  const width = Math.max(...Object.keys(definition.inputs).map((name) => name.length)) + 4
  return [
    `Usage: ${invocation} [--<input> value ...] [--json] [--summary FILE]`,
    '',
    definition.description,
    '',
    'Inputs (as --name value, or --input name=value; repeat a flag for a list):',
    ...Object.entries(definition.inputs).map(
      ([name, spec]) => `  --${name.padEnd(width)}${spec.description}${spec.default ? ` Default: '${spec.default}'.` : ''}${spec.required ? ' Required.' : ''}`,
    ),
    '',
    'Outputs:',
    ...Object.entries(definition.outputs).map(([name, spec]) => `  ${name.padEnd(width + 2)}${spec.description}`),
    '',
    'Exit status: 0 done, 1 the step failed (a NO, or evidence that does not hold), 2 a usage or configuration error.',
  ].join('\n')
}

const RUN_USAGE = `Usage: shipgate run <action> [--<input> value ...] [--json] [--summary FILE]

Runs one action on this machine with the same code as its bundle; inputs are flags named as the
action's inputs. --json prints {action, outputs, failed}: an output that is JSON text (counts,
refs, ...) is given as the JSON value it holds.

Actions: ${actionNames.join(', ')}
'shipgate run <action> --help' lists an action's inputs and outputs.`

export async function runCommand(args: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = args
  if (!name || name === '--help' || name === '-h') {
    io.out(RUN_USAGE)
    return name ? EXIT.ok : EXIT.usage
  }
  const load = actionLoaders[name]
  if (!load) {
    const kind = name.startsWith('-') ? 'option' : 'action'
    const hint = kind === 'action' ? didYouMean(name, actionNames) : ''
    throw new UsageError(`unknown ${kind} '${name}'${hint || `; one of: ${actionNames.join(', ')}`}`, 'shipgate run')
  }
  return runActionWithFlags(await load(), rest, io, `shipgate run ${name}`)
}

/** An action's outputs for JSON: text that holds a JSON object or array is given as that value, not as a string of JSON. */
export function outputsAsJson(outputs: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(outputs).map(([name, value]) => {
      if (!/^\s*[[{]/.test(value)) return [name, value]
      try {
        return [name, JSON.parse(value) as unknown]
      } catch {
        return [name, value]
      }
    }),
  )
}

/** The values given for an action's secret inputs, as `--name value`, `--name=value` or `--input name=value`, read without parsing the rest. */
function secretFlagValues(definition: ActionDefinition<unknown>, args: string[]): string[] {
  const isSecret = (name: string) => definition.inputs[name]?.secret === true
  const values: string[] = []
  const afterEquals = (text: string) => text.slice(text.indexOf('=') + 1)
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    if (arg === '--') break
    if (!arg.startsWith('--')) continue
    const inline = arg.includes('=')
    const flag = inline ? arg.slice(2, arg.indexOf('=')) : arg.slice(2)
    const value = inline ? afterEquals(arg) : args[index + 1]
    if (value === undefined) continue
    if (isSecret(flag)) values.push(value)
    else if (flag === 'input' && value.includes('=') && isSecret(value.slice(0, value.indexOf('=')))) values.push(afterEquals(value))
  }
  return values
}

/**
 * Why an `--input` pair names no input, quoting no value: a misspelt name or a missing '=' is
 * exactly when a secret was not recognised as one, and so not masked.
 */
function inputPairProblem(pair: string, inputNames: string[]): string {
  const equals = pair.indexOf('=')
  const name = equals > 0 ? pair.slice(0, equals) : ''
  const inputs = `one of: ${inputNames.join(', ')}`
  // Only a name-shaped text is quoted; anything else may be part of the value.
  if (/^[a-z][a-z0-9_-]*$/i.test(name)) return `--input ${name}=…: no input named '${name}'; ${inputs}${didYouMean(name, inputNames)}`
  const written = inputNames.filter((input) => pair.startsWith(input)).sort((a, b) => b.length - a.length)[0]
  const hint = written ? `; did you mean '--input ${written}=…'?` : ''
  return `--input needs name=value (what was given is not shown: it may be a secret); ${inputs}${hint}`
}

/**
 * Parses an action's flags and runs it; shared by `shipgate run` and the per-action commands.
 * `refuse` may turn a run the command line should not accept (a send with nobody to send to) into
 * an error, reported instead of the outputs.
 */
export async function runActionWithFlags(
  definition: ActionDefinition<unknown>,
  args: string[],
  givenIo: CommandIo,
  invocation: string,
  refuse?: (run: ActionRun) => Error | undefined,
): Promise<number> {
  const masked = maskedIo(givenIo)
  // Masked before the flags are parsed: a usage error may quote what was given.
  for (const value of secretFlagValues(definition, args)) masked.masker.add(value)
  const io: CommandIo = masked
  const json = args.includes('--json')
  const jsonIo = { ...io, json: io.json || json }
  let values: Record<string, string | boolean | string[] | undefined>
  try {
    values = parseFlags(invocation.replace(/ --out DIR$/, ''), args, {
      ...Object.fromEntries(Object.keys(definition.inputs).map((input) => [input, { type: 'string', multiple: true }])),
      input: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      summary: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    } as FlagOptions).values as typeof values
  } catch (error) {
    return reportFailure(jsonIo, invocation, error, json ? { action: definition.name, outputs: {}, failed: errorMessage(error) } : {})
  }
  if (values.help) {
    io.out(actionUsage(definition, invocation))
    return EXIT.ok
  }

  const given = new Map<string, string[]>()
  for (const pair of (values.input as string[] | undefined) ?? []) {
    const equals = pair.indexOf('=')
    const inputName = equals > 0 ? pair.slice(0, equals) : ''
    if (!Object.hasOwn(definition.inputs, inputName)) {
      const error = new UsageError(inputPairProblem(pair, Object.keys(definition.inputs)), invocation)
      return reportFailure(jsonIo, invocation, error, json ? { action: definition.name, outputs: {}, failed: error.message } : {})
    }
    given.set(inputName, [...(given.get(inputName) ?? []), pair.slice(equals + 1)])
  }
  for (const inputName of Object.keys(definition.inputs)) {
    const flagValues = values[inputName] as string[] | undefined
    if (flagValues) given.set(inputName, [...(given.get(inputName) ?? []), ...flagValues])
  }

  const summaryPath = values.summary === undefined ? undefined : resolve(io.cwd, values.summary as string)
  if (summaryPath !== undefined) {
    // Checked before the action runs: a bad path found after a delivery would lose its outputs.
    const problem = await summaryPathProblem(summaryPath)
    if (problem) {
      const error = new UsageError(`--summary ${values.summary as string}: ${problem}`, invocation)
      return reportFailure(jsonIo, invocation, error, json ? { action: definition.name, outputs: {}, failed: error.message } : {})
    }
  }

  const context = localContext(io.env, io.cwd, commandLogger(io))
  try {
    const run = await executeAction(definition, (inputName) => given.get(inputName)?.join('\n'), context)
    const refused = refuse?.(run)
    if (refused) throw refused
    let summaryFailure: unknown
    if (summaryPath !== undefined && run.summary) {
      await writeFileAtomic(summaryPath, context.logger.mask(run.summary)).catch((error: unknown) => (summaryFailure = error))
    }
    if (summaryFailure !== undefined) {
      // The action has run: its outputs are reported beside the summary's problem, never lost to it.
      if (!json) for (const [output, value] of Object.entries(run.outputs)) io.out(`${output}=${value}`)
      return reportFailure(jsonIo, invocation, summaryFailure, json ? { action: definition.name, outputs: outputsAsJson(run.outputs), failed: run.failed ?? null } : {})
    }
    if (json) {
      io.out(JSON.stringify({ action: definition.name, outputs: outputsAsJson(run.outputs), failed: run.failed ?? null }, null, 2))
    } else {
      for (const [output, value] of Object.entries(run.outputs)) io.out(`${output}=${value}`)
      if (run.failed) io.err(`${definition.name}: ${run.failed}`)
    }
    return run.failed ? EXIT.no : EXIT.ok
  } catch (error) {
    // With --json the result's fields stay (outputs empty, failed the message) beside the error.
    return reportFailure(jsonIo, invocation, error, json ? { action: definition.name, outputs: {}, failed: failureOf(error).message } : {})
  }
}

/**
 * Why the summary cannot be written at `path`, or undefined: it must be a regular file or absent,
 * in a folder that exists and this user may write to (it is written beside and renamed over).
 */
async function summaryPathProblem(path: string): Promise<string | undefined> {
  try {
    const target = await stat(path)
    if (!target.isFile()) return `is ${describeFileType(target)}, not a file; give the path of a file to write the summary to`
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return `cannot be checked (${code ?? errorMessage(error)}); give the path of a file in a folder you can write to`
  }
  // A file that is there or not (yet): the summary is written beside it and renamed over it.
  return writableFolderProblem(dirname(path))
}

async function writableFolderProblem(folder: string): Promise<string | undefined> {
  const parent = await stat(folder).catch(() => undefined)
  if (!parent) return `the folder ${folder} does not exist; create it or give another path`
  if (!parent.isDirectory()) return `${folder} is ${describeFileType(parent)}, not a folder; give another path`
  const writable = await access(folder, constants.W_OK).then(
    () => true,
    () => false,
  )
  return writable ? undefined : `the folder ${folder} cannot be written to by this user; give another path`
}
