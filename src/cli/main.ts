// The `shipgate` command: the stages on one machine, with local adapters and embedded defaults.
import { actionNames } from '../actions/index.js'
import { errorMessage, EvidenceError, userErrorOf } from '../errors.js'
import { EXIT, type CommandIo } from './io.js'

const USAGE = () => `shipgate: carry one release from a merged commit to a production decision, with evidence.

Usage: shipgate <command> [options]

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
  --json                Machine-readable output.
  --log-format text|json
                        The log on stderr: prose lines (text, the default), or one JSON object a
                        line with the structured events (json; also SHIPGATE_LOG_FORMAT=json).
  --help                Help for a command.

Exit status: 0 success or YES, 1 NO or failed evidence, 2 a usage or configuration error.`

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

/** Takes `--log-format text|json` (anywhere) out of the arguments; it reaches the loggers as SHIPGATE_LOG_FORMAT. */
function withLogFormat(argv: string[], io: CommandIo): { argv: string[]; io: CommandIo } | string {
  const rest: string[] = []
  let format: string | undefined
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--log-format') format = argv[++index] ?? ''
    else if (arg.startsWith('--log-format=')) format = arg.slice('--log-format='.length)
    else rest.push(arg)
  }
  if (format === undefined) return { argv, io }
  if (format !== 'text' && format !== 'json') return `--log-format: '${format}' is not a log format; use text or json`
  return { argv: rest, io: { ...io, env: { ...io.env, SHIPGATE_LOG_FORMAT: format } } }
}

export async function main(givenArgv: string[], givenIo: CommandIo): Promise<number> {
  const withFormat = withLogFormat(givenArgv, givenIo)
  if (typeof withFormat === 'string') {
    givenIo.err(`shipgate: ${withFormat}`)
    return EXIT.usage
  }
  const { argv, io } = withFormat
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE())
    return command === undefined ? EXIT.usage : EXIT.ok
  }
  const load = commands[command]
  if (!load) {
    io.err(`shipgate: unknown command '${command}'\n\n${USAGE()}`)
    return EXIT.usage
  }
  try {
    return await (await load())(rest, io)
  } catch (error) {
    // What a command lets through: the user's mistake gets its message, and only a bug a stack.
    const userError = userErrorOf(error)
    if (userError) {
      io.err(`shipgate ${command}: ${userError.message}`)
      return userError instanceof EvidenceError ? EXIT.no : EXIT.usage
    }
    io.err(`shipgate ${command}: unexpected error (a bug in shipgate): ${(error as Error).stack ?? errorMessage(error)}`)
    return EXIT.no
  }
}
