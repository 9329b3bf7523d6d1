// What a command gets from the process: its arguments, the streams, and the environment; and the
// one way every command parses its flags and reports a failure.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { EvidenceError, errorMessage, userErrorOf } from '../errors.js'
import { jsonLogLine, logFormatOf, SecretMasker } from '../platform/logger.js'
import { didYouMean } from './suggest.js'

export interface CommandIo {
  out(text: string): void
  err(text: string): void
  env: NodeJS.ProcessEnv
  cwd: string
  /** --json was given: a failure is reported as JSON on stdout too. */
  json?: boolean
  /**
   * Every secret the command was given or its stages registered, in all their forms: out and err
   * mask with it (maskedIo), and the command's loggers share it.
   */
  masker?: SecretMasker
}

/**
 * The io with a masker that everything written through out and err passes through: the results,
 * --json documents, failures and log lines. The same io when it has one already.
 */
export function maskedIo(io: CommandIo): CommandIo & { masker: SecretMasker } {
  if (io.masker) return io as CommandIo & { masker: SecretMasker }
  const masker = new SecretMasker()
  return { ...io, out: (text) => io.out(masker.mask(text)), err: (text) => io.err(masker.mask(text)), masker }
}

/** Exit codes of the `shipgate` command. */
export const EXIT = { ok: 0, no: 1, usage: 2 } as const

export const processIo: CommandIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  env: process.env,
  cwd: process.cwd(),
}

/** The options parseArgs takes: name -> { type, short?, multiple?, default? }. */
export type FlagOptions = NonNullable<ParseArgsConfig['options']>

/** A command line the command cannot run: an unknown option or command, a missing or extra argument. */
export class UsageError extends Error {
  override name = 'UsageError'

  /** @param invocation the command it is about, e.g. `shipgate mail status`, for the pointer to its help. */
  constructor(
    message: string,
    readonly invocation?: string,
  ) {
    super(message)
  }
}

/** What went wrong, as every command reports it: `{"error": {"kind", "message", ...}}` with --json. */
export type FailureKind = 'usage' | 'configuration' | 'evidence' | 'bug'

export interface Failure {
  kind: FailureKind
  message: string
  /** The file (and line) the problem is in, when known: a config file, an evidence file. */
  file?: string
  line?: number
}

export function failureOf(error: unknown): Failure {
  if (error instanceof UsageError) return { kind: 'usage', message: error.message }
  const userError = userErrorOf(error)
  if (userError) {
    const location = { ...(userError.file ? { file: userError.file } : {}), ...(userError.line ? { line: userError.line } : {}) }
    return { kind: userError instanceof EvidenceError ? 'evidence' : 'configuration', message: userError.message, ...location }
  }
  return { kind: 'bug', message: `unexpected error (a bug in shipgate): ${errorMessage(error)}` }
}

/** 2 for what the user can fix in the command line or the config, 1 for evidence that does not hold and for a bug. */
export function exitCodeOf(kind: FailureKind): number {
  return kind === 'usage' || kind === 'configuration' ? EXIT.usage : EXIT.no
}

/**
 * Reports a failure of `invocation` (e.g. `shipgate mail status`) and returns the exit code. Without
 * --json: `<invocation>: <message>` on stderr, and for a usage error a pointer to the command's help.
 * With --json: `{"error": {"kind", "message", "file"?, "line"?}}` (and `extra`'s fields beside
 * `error`) on stdout, so that a script reads one JSON document whatever happened; the message goes
 * to stderr as well. A bug's stack goes to stderr only.
 */
export function reportFailure(io: CommandIo, command: string, error: unknown, extra: Record<string, unknown> = {}): number {
  const failure = failureOf(error)
  const invocation = (error instanceof UsageError && error.invocation) || command
  const hint = failure.kind === 'usage' ? `\nRun '${invocation} --help' for its usage.` : ''
  const detail = failure.kind === 'bug' ? `unexpected error (a bug in shipgate): ${(error as Error)?.stack ?? errorMessage(error)}` : failure.message
  const masked = maskedIo(io)
  if (io.json) masked.out(JSON.stringify({ ...extra, error: failure }, null, 2))
  // The JSON log format: the failure is one error line of the log, with its kind and where.
  if (logFormatOf(io.env) === 'json') {
    masked.err(jsonLogLine(masked.masker, { event: 'log', level: 'error', message: `${invocation}: ${detail}`, kind: failure.kind, file: failure.file, line: failure.line }))
  } else masked.err(`${invocation}: ${detail}${hint}`)
  return exitCodeOf(failure.kind)
}

/**
 * node:util's parseArgs, strict, with its errors as UsageErrors in the command's words: an unknown
 * option names the closest known one ("did you mean '--artifacts-dir'?").
 */
export function parseFlags<const Options extends FlagOptions>(invocation: string, args: string[], options: Options, allowPositionals = false) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals })
  } catch (error) {
    throw flagError(error, Object.keys(options), invocation, args)
  }
}

/**
 * A parseArgs error as a UsageError of `invocation`; `known` are its long option names. No value
 * the user gave is quoted: a stray argument is often a secret (`--client-secret= VALUE`) whose
 * flag was misspelt or cut off, so it was never registered with the masker.
 */
export function flagError(error: unknown, known: string[], invocation?: string, args: string[] = []): UsageError {
  const code = (error as { code?: string }).code
  const message = errorMessage(error)
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /Unknown option '([^']+)'/.exec(message)?.[1] ?? message
    const name = option.split('=')[0]!
    return new UsageError(`unknown option '${name}'${name.startsWith('--') ? didYouMean(name, known.map((flag) => `--${flag}`)) : ''}`, invocation)
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const argument = /Unexpected argument '([^']*)'/.exec(message)?.[1]
    return new UsageError(`${strayArgument(args, argument)}: this command takes options only (--name value or --name=value)`, invocation)
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /Option '(-\w, )?(--[\w-]+)/.exec(message)?.[2]
    return new UsageError(option && /argument missing/.test(message) ? `${option} needs a value` : message.replace(/^Option/, 'option'), invocation)
  }
  return new UsageError(message, invocation)
}

/** Where a stray argument is, by its position and the option before it, without its text. */
function strayArgument(args: string[], argument: string | undefined): string {
  const index = argument === undefined ? -1 : args.indexOf(argument)
  if (index < 0) return 'an unexpected argument (not shown: it may be a secret)'
  const before = args[index - 1]
  // Only the option's name, and its '=' when nothing followed it: the cause of `--name= value`.
  const option = before?.startsWith('-') ? (before.endsWith('=') ? before : before.split('=')[0]!) : undefined
  return `unexpected argument ${index + 1}${option ? ` after '${option}'` : ''} (not shown: it may be a secret)`
}
