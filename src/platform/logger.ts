// The Logger seam: stages log through it; the action writes annotations, the command writes to
// stderr, tests record. Every implementation masks the secrets it was given. Structured events
// (logger.event) are written only in the JSON log format, one object per line.
import * as core from './actions-core.js'

export interface LogLocation {
  file?: string
  line?: number
  title?: string
}

/** The structured events an operator can follow (README: Structured logs). */
export type LogEventName =
  | 'pipeline_started'
  | 'stage_started'
  | 'stage_completed'
  | 'stage_failed'
  | 'pipeline_completed'
  | 'pipeline_failed'
  | 'delivery_created'
  | 'delivery_unchanged'
  | 'mail_sent'
  | 'mail_failed'
  | 'bounce_retired'

/** An event's fields besides event and time: sha, stage, status, duration_ms, reason where they apply, and a few of the domain's. */
export type LogEventFields = Record<string, string | number | boolean | null | undefined>

export type LogFormat = 'text' | 'json'

/** The log format an environment asks for: SHIPGATE_LOG_FORMAT=json, else text (a value that is neither is refused at the entries: logFormatProblem). */
export function logFormatOf(env: NodeJS.ProcessEnv): LogFormat {
  return env.SHIPGATE_LOG_FORMAT?.trim().toLowerCase() === 'json' ? 'json' : 'text'
}

/** Why SHIPGATE_LOG_FORMAT cannot be followed: set to something other than text or json (empty means text). */
export function logFormatProblem(env: NodeJS.ProcessEnv): string | undefined {
  const value = env.SHIPGATE_LOG_FORMAT?.trim().toLowerCase()
  if (!value || value === 'text' || value === 'json') return undefined
  return `SHIPGATE_LOG_FORMAT: '${env.SHIPGATE_LOG_FORMAT}' is not a log format; use text or json (unset or empty means text)`
}

/**
 * One JSON line: the fields given (undefined left out), every string masked before it is
 * serialised (the masker knows each secret's JSON-escaped, URL and base64 forms), and the line
 * masked once more as written.
 */
export function jsonLogLine(masker: SecretMasker, fields: Record<string, unknown>): string {
  const masked = Object.fromEntries(
    Object.entries(fields)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => [name, typeof value === 'string' ? masker.mask(value) : value]),
  )
  return masker.mask(JSON.stringify(masked))
}

function eventLine(masker: SecretMasker, name: LogEventName, fields: LogEventFields): string {
  return jsonLogLine(masker, { event: name, time: new Date().toISOString(), ...fields })
}

export interface Logger {
  /** A structured event: one JSON line in the JSON log format; nothing in text, whose prose lines say the same. */
  event(name: LogEventName, fields: LogEventFields): void
  info(message: string): void
  warning(message: string, location?: LogLocation): void
  error(message: string, location?: LogLocation): void
  debug(message: string): void
  /** Masks a secret, in all its secretForms, in everything logged after this call; call it before the secret is first used. */
  secret(value: string): void
  /**
   * A text with every secret this logger was given masked, as its own lines are: for what is
   * written beside the log (outputs, the job summary, a command's printed results).
   */
  mask(text: string): string
  /**
   * Runs `fn` with what it logs, and the output of the commands it runs, under a title: a fold
   * (::group::) on a runner, a plain header line for a person. Groups do not nest on a runner. A
   * synchronous `fn` is written in one piece, so work running beside it cannot land in the fold.
   */
  group<T>(title: string, fn: () => T | Promise<T>): Promise<T>
}

/**
 * Holds what work running beside other work logs, and writes it in one fold when it is done
 * (release), so that concurrent checks do not mix their lines. Secrets and events go through at
 * once: a secret must be masked before it is first used.
 */
export class HeldLogger implements Logger {
  private readonly held: Array<(logger: Logger) => void> = []

  constructor(private readonly target: Logger) {}

  event(name: LogEventName, fields: LogEventFields): void {
    this.target.event(name, fields)
  }
  info(message: string): void {
    this.held.push((logger) => logger.info(message))
  }
  warning(message: string, location?: LogLocation): void {
    this.held.push((logger) => logger.warning(message, location))
  }
  error(message: string, location?: LogLocation): void {
    this.held.push((logger) => logger.error(message, location))
  }
  debug(message: string): void {
    this.held.push((logger) => logger.debug(message))
  }
  secret(value: string): void {
    this.target.secret(value)
  }
  mask(text: string): string {
    return this.target.mask(text)
  }
  async group<T>(title: string, fn: () => T | Promise<T>): Promise<T> {
    this.info(title)
    return fn()
  }
  /** Writes what was held under the title, in one piece; nothing when nothing was logged. */
  async release(title: string): Promise<void> {
    const held = this.held.splice(0)
    if (held.length > 0) await this.target.group(title, () => held.forEach((write) => write(this.target)))
  }
}

/** Shorter secrets are not masked: masking every "ab" would garble the log and hide nothing. */
const MIN_SECRET_LENGTH = 3
/** A base64 fragment shorter than this could turn up by chance; the whole encodings are kept at any length. */
const MIN_FRAGMENT_LENGTH = 8

function urlSafe(base64: string): string {
  return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** base64 of a text, standard and URL-safe, each with and without its padding. */
function base64Forms(text: string): string[] {
  const base64 = Buffer.from(text, 'utf8').toString('base64')
  const padding = base64.slice(base64.replace(/=+$/, '').length)
  return [base64, base64.slice(0, base64.length - padding.length), urlSafe(base64), `${urlSafe(base64)}${padding}`]
}

/**
 * The JSON-escaped value as ASCII-only encoders write it (Python's json.dumps, jq -a): every
 * non-ASCII UTF-16 unit as \uXXXX, astral characters as their surrogate pair, in lower- and
 * upper-case hex. None for an ASCII value, whose JSON form is the one JSON.stringify writes.
 */
function asciiJsonForms(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1)
  if (!/[\u0080-\uffff]/.test(json)) return []
  const escaped = (hex: (code: string) => string) => json.replace(/[\u0080-\uffff]/g, (unit) => `\\u${hex(unit.charCodeAt(0).toString(16).padStart(4, '0'))}`)
  return [escaped((code) => code), escaped((code) => code.toUpperCase())]
}

/**
 * The part of base64(prefix + value + suffix) that depends on the value alone, for a prefix of
 * `shift` bytes (0, 1 or 2 modulo 3): the characters that also carry bits of the prefix or the
 * suffix are cut off. This is how a secret looks inside a longer encoded string, such as a basic
 * auth header or a SASL blob, whatever surrounds it.
 */
function base64Fragment(bytes: Buffer, shift: number): string {
  const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64').replace(/=+$/, '')
  const head = [0, 2, 3][shift]!
  const tail = [0, 1, 1][(shift + bytes.length) % 3]!
  return encoded.slice(head, encoded.length - tail)
}

/**
 * Every form a secret takes in what shipgate writes or a server echoes: itself, JSON-escaped (as
 * JSON.stringify writes it, and with non-ASCII as \uXXXX), URL-encoded (encodeURIComponent and
 * form encoding), base64 (standard and URL-safe, padded or not) and the value's base64 inside a
 * longer base64 string at each of the three alignments.
 * Longest first; none when the value is too short to mask. SecretMasker and the runner's
 * add-mask both take their forms from here.
 */
export function secretForms(value: string): string[] {
  if (value.length < MIN_SECRET_LENGTH) return []
  const bytes = Buffer.from(value, 'utf8')
  // encodeURIComponent refuses a lone surrogate; every encoder writes one as U+FFFD, and so does URLSearchParams.
  const wellFormed = value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
  const forms = new Set([
    value,
    JSON.stringify(value).slice(1, -1),
    ...asciiJsonForms(value),
    encodeURIComponent(wellFormed),
    new URLSearchParams({ v: value }).toString().slice(2),
    ...base64Forms(value),
  ])
  for (const shift of [0, 1, 2]) {
    const fragment = base64Fragment(bytes, shift)
    if (fragment.length < MIN_FRAGMENT_LENGTH) continue
    forms.add(fragment)
    forms.add(urlSafe(fragment))
  }
  return [...forms].filter((form) => form.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length)
}

/**
 * What SMTP authentication puts on the wire for a username and password, each a secret of its
 * own (register every one; its encodings come with it): AUTH PLAIN's base64 of
 * `authzid\0user\0password` with an empty authzid, the user as authzid, or neither, in standard
 * and URL-safe base64, and AUTH LOGIN's base64 of the username and of the password.
 */
export function smtpCredentialForms(username: string | undefined, password: string): string[] {
  const forms = new Set([password, ...base64Forms(password)])
  if (username) {
    for (const sent of [username, `\0${username}\0${password}`, `${username}\0${username}\0${password}`, `${username}\0${password}`]) {
      for (const form of base64Forms(sent)) forms.add(form)
    }
  }
  return [...forms]
}

/** What escapeText and escapeCell (markdown.ts) and HTML escaping (preview.ts, Handlebars) write for a character, back to it. */
const ESCAPES = /\\([\\`*_[\]|])|&(amp|lt|gt|quot|#39|#x27|#x3D|#x60);/g
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", '#x3D': '=', '#x60': '`' }

/**
 * The text as Markdown or HTML shows it (backslash escapes and those entities undone), with where
 * each of its characters starts in the text (and, past the end, the text's length); undefined when
 * nothing in the text is escaped.
 */
function unescapedView(text: string): { text: string; starts: number[] } | undefined {
  if (!text.includes('\\') && !text.includes('&')) return undefined
  let shown = ''
  const starts: number[] = []
  let last = 0
  for (const match of text.matchAll(ESCAPES)) {
    for (let index = last; index < match.index; index++) starts.push(index)
    shown += text.slice(last, match.index)
    starts.push(match.index)
    shown += match[1] ?? ENTITIES[match[2]!]!
    last = match.index + match[0].length
  }
  if (last === 0) return undefined
  for (let index = last; index < text.length; index++) starts.push(index)
  shown += text.slice(last)
  starts.push(text.length)
  return { text: shown, starts }
}

/**
 * Replaces every registered secret, in all its forms, in a text; used for anything written out,
 * not only logs. Every character any form covers is masked, whatever the order the forms were
 * added in: a shorter form masked first cannot leave the rest of a longer one readable.
 */
export class SecretMasker {
  private readonly forms = new Set<string>()

  add(value: string): void {
    for (const form of secretForms(value)) this.forms.add(form)
  }

  mask(text: string): string {
    let covered: Uint8Array | undefined
    for (const form of this.forms) {
      for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) (covered ??= new Uint8Array(text.length)).fill(1, at, at + form.length)
    }
    // A job summary shows text escaped as Markdown (escapeText, escapeCell): `pa\_ss` reads as
    // `pa_ss`, so a secret is looked for in the text as shown too.
    const shown = unescapedView(text)
    if (shown) {
      for (const form of this.forms) {
        for (let at = shown.text.indexOf(form); at !== -1; at = shown.text.indexOf(form, at + 1)) {
          const end = shown.starts[at + form.length] ?? text.length
          ;(covered ??= new Uint8Array(text.length)).fill(1, shown.starts[at]!, end)
        }
      }
    }
    if (!covered) return text
    let masked = ''
    for (let index = 0; index < text.length; ) {
      const start = index
      const hidden = covered[index]
      while (index < text.length && covered[index] === hidden) index++
      masked += hidden ? '***' : text.slice(start, index)
    }
    return masked
  }
}

/** Logs as a GitHub Actions step through @actions/core: annotations for warnings and errors, add-mask for secrets, folds for groups. */
export class RunnerLogger implements Logger {
  private readonly masker = new SecretMasker()
  /** Forms already sent to the runner: secrets overlap (a password and its AUTH blobs), the commands need not. */
  private readonly registered = new Set<string>()
  private inGroup = false

  /**
   * json: events and info lines are JSON objects on stdout, one a line; warnings and errors stay
   * workflow commands (::warning::, ::error::), which the runner turns into annotations and does
   * not show as such, and are also written as a JSON log line so a reader of the log sees them.
   */
  constructor(private readonly format: LogFormat = 'text') {}

  event(name: LogEventName, fields: LogEventFields): void {
    if (this.format === 'json') core.info(eventLine(this.masker, name, fields))
  }
  info(message: string): void {
    core.info(this.format === 'json' ? jsonLogLine(this.masker, { event: 'log', level: 'info', message }) : this.masker.mask(message))
  }
  warning(message: string, location: LogLocation = {}): void {
    this.jsonEcho('warning', message, location)
    core.warning(this.masker.mask(message), this.annotationAt(location))
  }
  error(message: string, location: LogLocation = {}): void {
    this.jsonEcho('error', message, location)
    core.error(this.masker.mask(message), this.annotationAt(location))
  }
  /** core.setFailed (the step fails, an error annotation), and in the JSON format the same error as a log line. */
  failed(message: string, location: LogLocation = {}): void {
    this.jsonEcho('error', message, location)
    core.setFailed(this.masker.mask(message), this.annotationAt(location))
  }
  /** An annotation's properties, masked as its message is: a file or title may hold a secret too. */
  private annotationAt(location: LogLocation): core.AnnotationProperties {
    const mask = (text: string | undefined) => (text === undefined ? undefined : this.masker.mask(text))
    return core.annotationAt({ ...location, file: mask(location.file), title: mask(location.title) })
  }
  private jsonEcho(level: 'warning' | 'error', message: string, location: LogLocation): void {
    if (this.format === 'json') core.info(jsonLogLine(this.masker, { event: 'log', level, message, file: location.file, line: location.line }))
  }
  debug(message: string): void {
    if (core.isDebug()) core.debug(this.masker.mask(message))
  }
  async group<T>(title: string, fn: () => T | Promise<T>): Promise<T> {
    // The runner has no nested folds: an inner group's lines stay in the outer one, under its title.
    if (this.inGroup) {
      this.info(title)
      return fn()
    }
    this.inGroup = true
    core.startGroup(this.masker.mask(title))
    try {
      // No await for a synchronous fn: the fold closes before anything else can write.
      const result = fn()
      return result instanceof Promise ? await result : result
    } finally {
      core.endGroup()
      this.inGroup = false
    }
  }
  mask(text: string): string {
    return this.masker.mask(text)
  }
  secret(value: string): void {
    this.masker.add(value)
    // The runner masks only what it was told, from the next line on: every form, before first use;
    // the value itself first, as the runner's own add-mask of an input would be.
    const forms = secretForms(value)
    for (const form of forms.includes(value) ? [value, ...forms.filter((other) => other !== value)] : forms) {
      if (this.registered.has(form)) continue
      this.registered.add(form)
      // add-mask matches within a log line: a multi-line secret is masked line by line.
      for (const line of form.split(/\r?\n/)) if (line.trim() !== '') core.setSecret(line)
    }
  }
}

/** Logs for a person at a terminal: plain lines on stderr, so stdout stays for results. */
export class ConsoleLogger implements Logger {
  constructor(
    private readonly verbose = false,
    private readonly write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
    /** json: every line on the log stream (stderr) is a JSON object, events included; stdout keeps the results. */
    private readonly format: LogFormat = 'text',
    /** The command's masker, shared so that what the command prints itself is masked with the secrets its stages registered. */
    private readonly masker = new SecretMasker(),
  ) {}

  event(name: LogEventName, fields: LogEventFields): void {
    if (this.format === 'json') this.write(eventLine(this.masker, name, fields))
  }
  info(message: string): void {
    this.line('info', message)
  }
  warning(message: string, location: LogLocation = {}): void {
    this.line('warning', message, location)
  }
  error(message: string, location: LogLocation = {}): void {
    this.line('error', message, location)
  }
  debug(message: string): void {
    if (this.verbose) this.line('debug', message)
  }
  private line(level: LogEntry['level'], message: string, location: LogLocation = {}): void {
    if (this.format === 'json') this.write(jsonLogLine(this.masker, { event: 'log', level, message, file: location.file, line: location.line }))
    else this.write(`${level === 'info' ? '' : `${level}: `}${this.where(location)}${this.masker.mask(message)}`)
  }
  secret(value: string): void {
    this.masker.add(value)
  }
  mask(text: string): string {
    return this.masker.mask(text)
  }
  /** No folds in a terminal: a header line says whose output follows. */
  async group<T>(title: string, fn: () => T | Promise<T>): Promise<T> {
    this.line('info', `--- ${title}`)
    return fn()
  }
  private where(location: LogLocation): string {
    if (!location.file) return ''
    return location.line ? `${location.file}:${location.line}: ` : `${location.file}: `
  }
}

export interface LogEntry {
  level: 'info' | 'warning' | 'error' | 'debug'
  message: string
  location?: LogLocation
}

/** Keeps every entry, masked, for tests to read back. */
export class RecordingLogger implements Logger {
  readonly entries: LogEntry[] = []
  /** Each event as the JSON log format writes it, masked. */
  readonly events: string[] = []
  /** The title of every group, in the order they were opened. */
  readonly groups: string[] = []
  private readonly masker = new SecretMasker()

  event(name: LogEventName, fields: LogEventFields): void {
    this.events.push(eventLine(this.masker, name, fields))
  }
  info(message: string): void {
    this.entries.push({ level: 'info', message: this.masker.mask(message) })
  }
  warning(message: string, location?: LogLocation): void {
    this.entries.push({ level: 'warning', message: this.masker.mask(message), location })
  }
  error(message: string, location?: LogLocation): void {
    this.entries.push({ level: 'error', message: this.masker.mask(message), location })
  }
  debug(message: string): void {
    this.entries.push({ level: 'debug', message: this.masker.mask(message) })
  }
  secret(value: string): void {
    this.masker.add(value)
  }
  mask(text: string): string {
    return this.masker.mask(text)
  }
  async group<T>(title: string, fn: () => T | Promise<T>): Promise<T> {
    this.groups.push(this.masker.mask(title))
    return fn()
  }
  text(): string {
    return this.entries.map((entry) => `${entry.level}: ${entry.message}`).join('\n')
  }
}
