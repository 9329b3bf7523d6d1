// `shipgate run <action>`: any action, locally, with the same code as its bundle. Inputs come as
// `--input name=value` or as `--name value`; a repeated flag makes a newline-separated list.
import { writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { actionLoaders, actionNames } from '../../actions/index.js'
import { EvidenceError, errorMessage, userErrorOf } from '../../errors.js'
import type { ActionDefinition } from '../../platform/action.js'
import { executeAction } from '../../platform/github-action.js'
import { EXIT, type CommandIo } from '../io.js'
import { localContext } from '../local-context.js'

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

export async function runCommand(args: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = args
  if (!name || name === '--help' || name === '-h') {
    io.out(`Usage: shipgate run <action> [--<input> value ...] [--json]\n\nActions: ${actionNames.join(', ')}\nshipgate run <action> --help lists an action's inputs.`)
    return name ? EXIT.ok : EXIT.usage
  }
  const load = actionLoaders[name]
  if (!load) {
    io.err(`shipgate run: unknown action '${name}'; one of: ${actionNames.join(', ')}`)
    return EXIT.usage
  }
  return runActionWithFlags(await load(), rest, io, `shipgate run ${name}`)
}

/** Parses an action's flags and runs it; shared by `shipgate run` and the per-action commands. */
export async function runActionWithFlags(definition: ActionDefinition<unknown>, args: string[], io: CommandIo, invocation: string): Promise<number> {
  let values: Record<string, string | boolean | string[] | undefined>
  try {
    ;({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        ...Object.fromEntries(Object.keys(definition.inputs).map((input) => [input, { type: 'string', multiple: true }])),
        input: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        summary: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (error) {
    io.err(`${invocation}: ${errorMessage(error)}\n\n${actionUsage(definition, invocation)}`)
    return EXIT.usage
  }
  if (values.help) {
    io.out(actionUsage(definition, invocation))
    return EXIT.ok
  }

  const given = new Map<string, string[]>()
  for (const pair of (values.input as string[] | undefined) ?? []) {
    const equals = pair.indexOf('=')
    const inputName = equals > 0 ? pair.slice(0, equals) : ''
    if (!(inputName in definition.inputs)) {
      io.err(`${invocation}: --input '${pair}': expected name=value with one of: ${Object.keys(definition.inputs).join(', ')}`)
      return EXIT.usage
    }
    given.set(inputName, [...(given.get(inputName) ?? []), pair.slice(equals + 1)])
  }
  for (const inputName of Object.keys(definition.inputs)) {
    const flagValues = values[inputName] as string[] | undefined
    if (flagValues) given.set(inputName, [...(given.get(inputName) ?? []), ...flagValues])
  }

  const context = localContext(io.env, io.cwd)
  try {
    const run = await executeAction(definition, (inputName) => given.get(inputName)?.join('\n'), context)
    if (values.summary && run.summary) await writeFile(values.summary as string, run.summary)
    if (values.json) {
      io.out(JSON.stringify({ action: definition.name, outputs: run.outputs, failed: run.failed ?? null }, null, 2))
    } else {
      for (const [output, value] of Object.entries(run.outputs)) io.out(`${output}=${value}`)
      if (run.failed) io.err(`${definition.name}: ${run.failed}`)
    }
    return run.failed ? EXIT.no : EXIT.ok
  } catch (error) {
    const userError = userErrorOf(error)
    if (values.json) io.out(JSON.stringify({ action: definition.name, outputs: {}, failed: userError?.message ?? errorMessage(error) }, null, 2))
    if (userError) {
      io.err(`${definition.name}: ${userError.message}`)
      return userError instanceof EvidenceError ? EXIT.no : EXIT.usage
    }
    io.err(`${definition.name}: unexpected error (a bug in shipgate): ${(error as Error).stack ?? errorMessage(error)}`)
    return EXIT.no
  }
}
