// The `shipgate` command: the stages on one machine, with local adapters and embedded defaults.
import { actionNames } from '../actions/index.js'
import { EXIT, maskedIo, reportFailure, UsageError, type CommandIo } from './io.js'
import { jsonLogLine, logFormatOf, logFormatProblem, SecretMasker } from '../platform/logger.js'
import { didYouMean } from './suggest.js'
import { SHIPGATE_VERSION } from './version.js'

const USAGE = () => `shipgate: carry one release from a merged commit to a production decision, with evidence.

Usage: shipgate <command> [options]
       shipgate --version

Commands:
  run <action> [--<input> value ...]   Run one action locally with the same code as its bundle.
                                       Actions: ${actionNames.join(', ')}.
                                       'shipgate run <action> --help' lists its inputs.
  verify <sha>                         Re-validate every contract for a SHA and the digest links
                                       between them; exit 0 only when all hold.
  show <sha>                           Print the evidence for a SHA as a readable summary.
  pipeline [--config FILE] [--sha SHA] Run the whole pipeline on this machine, stage by stage,
                                       through every environment of environments: when there is
                                       one, ending in the release decision (exit 0 YES, 1 NO).
  rollback [--environment NAME]        Put the newest earlier package with a YES in the environment
                                       back, deployed, accepted, verified and decided again.
  deliver --files F --project P [--destination D] [--sha S]
                                       Deliver files to a local folder or Dropbox as version v<N>
                                       with one stable shared link ('shipgate deliver --help').
  deliver show --project P [--destination D] [--json]
                                       Print the current delivery and its last runs.
  report --out DIR [--window 30d]       A static HTML dashboard of the releases and the DORA figures.
  mail send|preview|smoke|validate-roster|roster|status|resolve|reinstate ...
                                       Send, preview (--out DIR) or dry-run the pipeline's mail; test
                                       the relay; check and change a roster; show recent sends; settle
                                       an unconfirmed message ('shipgate mail --help').

Common options:
  --artifacts-dir DIR   Where the evidence lives (default .artifacts).
  --json                Machine-readable output on stdout, one JSON document: run, verify, show,
                        pipeline, deliver show, mail status, validate-roster, roster import|export,
                        and every command's errors.
  --log-format text|json
                        The log on stderr: prose lines (text, the default), or one JSON object a
                        line with the structured events (json; also SHIPGATE_LOG_FORMAT=json).
  --help, -h            Help for a command ('shipgate help <command>' too).
  --version, -V         The version of shipgate.

Errors: '<command>: <message>' on stderr; with --json also {"error": {"kind", "message"}} on
stdout, kind usage, configuration, evidence or bug (with file and line when a file is at fault).

Exit status: 0 success or YES, 1 NO, failed evidence or a bug, 2 a usage or configuration error.`

const commands: Record<string, () => Promise<(args: string[], io: CommandIo) => Promise<number>>> = {
  run: async () => (await import('./commands/run.js')).runCommand,
  verify: async () => (await import('./commands/verify.js')).verifyCommand,
  show: async () => (await import('./commands/show.js')).showCommand,
  pipeline: async () => (await import('./commands/pipeline.js')).pipelineCommand,
  rollback: async () => (await import('./commands/rollback.js')).rollbackCommand,
  deliver: async () => (await import('./commands/deliver.js')).deliverCommand,
  mail: async () => (await import('./commands/mail.js')).mailCommand,
  report: async () => (await import('./commands/report.js')).reportCommand,
}

/**
 * Every command line that names a command, as its words: each command, each action of `run`, and
 * each subcommand of deliver, mail and mail roster. What `--help` must answer for (the tests walk it).
 */
export async function commandPaths(): Promise<string[][]> {
  // One after the other: jest's module loader fails on sibling imports that share dependencies.
  const { deliverSubcommands } = await import('./commands/deliver.js')
  const { mailSubcommands } = await import('./commands/mail.js')
  const { rosterSubcommands } = await import('./commands/mail-roster.js')
  const below: Record<string, string[]> = { run: actionNames, deliver: deliverSubcommands, mail: Object.keys(mailSubcommands), 'mail roster': rosterSubcommands }
  const expand = (path: string[]): string[][] => [path, ...(below[path.join(' ')] ?? []).flatMap((word) => expand([...path, word]))]
  return Object.keys(commands).flatMap((command) => expand([command]))
}

/** Takes `--log-format text|json` (anywhere) out of the arguments; it reaches the loggers as SHIPGATE_LOG_FORMAT, which it overrides. */
function withLogFormat(argv: string[], io: CommandIo): { argv: string[]; io: CommandIo } | string {
  const rest: string[] = []
  let format: string | undefined
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--log-format') format = argv[++index] ?? ''
    else if (arg.startsWith('--log-format=')) format = arg.slice('--log-format='.length)
    else rest.push(arg)
  }
  if (format === undefined) return logFormatProblem(io.env) ?? { argv, io }
  if (format !== 'text' && format !== 'json') return `--log-format: '${format}' is not a log format; use text or json`
  return { argv: rest, io: { ...io, env: { ...io.env, SHIPGATE_LOG_FORMAT: format } } }
}

/**
 * In the JSON log format every line on stderr is a JSON object: what a command writes there itself
 * (a failure, a skipped file, a command's output) becomes a `log` line, as the loggers write theirs;
 * lines that already are JSON objects (the loggers', a failure's) pass as they are.
 */
function jsonLogIo(io: CommandIo): CommandIo {
  if (logFormatOf(io.env) !== 'json') return io
  const isJsonObject = (line: string) => {
    try {
      const parsed: unknown = JSON.parse(line)
      return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
    } catch {
      return false
    }
  }
  const err = (text: string) => {
    const lines = text.replace(/\n$/, '').split('\n')
    const masker = io.masker ?? new SecretMasker()
    for (const line of lines) io.err(isJsonObject(line) ? line : jsonLogLine(masker, { event: 'log', level: 'info', message: line }))
  }
  return { ...io, err }
}

/** True when the command line asks for JSON output (before a `--` that ends the options). */
function wantsJson(argv: string[]): boolean {
  const end = argv.indexOf('--')
  return (end < 0 ? argv : argv.slice(0, end)).includes('--json')
}

export async function main(givenArgv: string[], givenIo: CommandIo): Promise<number> {
  // Every line the command prints, from here on, is masked with every secret it learns.
  const jsonIo = { ...maskedIo(givenIo), json: wantsJson(givenArgv) }
  const withFormat = withLogFormat(givenArgv, jsonIo)
  if (typeof withFormat === 'string') return reportFailure(jsonIo, 'shipgate', new UsageError(withFormat))
  const { argv } = withFormat
  const io = jsonLogIo(withFormat.io)
  const [command, ...rest] = argv
  if (command === '--version' || command === '-V' || command === 'version') {
    io.out(io.json ? JSON.stringify({ name: 'shipgate', version: SHIPGATE_VERSION }) : `shipgate ${SHIPGATE_VERSION}`)
    return EXIT.ok
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    // `shipgate help mail` is `shipgate mail --help`.
    if (command === 'help' && rest.length > 0) return main([...rest, '--help'], givenIo)
    io.out(USAGE())
    return command === undefined ? EXIT.usage : EXIT.ok
  }
  const load = commands[command]
  if (!load) {
    const hint = command.startsWith('-') ? '' : didYouMean(command, Object.keys(commands))
    return reportFailure(io, 'shipgate', new UsageError(`unknown ${command.startsWith('-') ? 'option' : 'command'} '${command}'${hint}`))
  }
  try {
    return await (await load())(rest, io)
  } catch (error) {
    // What a command lets through: the user's mistake gets its message, and only a bug a stack.
    return reportFailure(io, `shipgate ${command}`, error)
  }
}
