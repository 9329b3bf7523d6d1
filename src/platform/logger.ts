// The Logger seam: stages log through it; the action writes annotations, the command writes to
// stderr, tests record. Every implementation masks the secrets it was given.
import { annotate, issueCommand, maskSecret } from './runner.js'

export interface LogLocation {
  file?: string
  line?: number
  title?: string
}

export interface Logger {
  info(message: string): void
  warning(message: string, location?: LogLocation): void
  error(message: string, location?: LogLocation): void
  debug(message: string): void
  /** Masks a secret in everything logged after this call; call it before the secret is first used. */
  secret(value: string): void
}

/** Replaces every registered secret in a text; used for anything written out, not only logs. */
export class SecretMasker {
  private readonly secrets = new Set<string>()

  add(value: string): void {
    if (value.length >= 3) this.secrets.add(value)
  }

  mask(text: string): string {
    let masked = text
    for (const secret of this.secrets) masked = masked.split(secret).join('***')
    return masked
  }
}

/** Logs as a GitHub Actions step: annotations for warnings and errors, add-mask for secrets. */
export class RunnerLogger implements Logger {
  private readonly masker = new SecretMasker()

  info(message: string): void {
    process.stdout.write(`${this.masker.mask(message)}\n`)
  }
  warning(message: string, location: LogLocation = {}): void {
    annotate('warning', this.masker.mask(message), { file: location.file, startLine: location.line, title: location.title })
  }
  error(message: string, location: LogLocation = {}): void {
    annotate('error', this.masker.mask(message), { file: location.file, startLine: location.line, title: location.title })
  }
  debug(message: string): void {
    if (process.env.RUNNER_DEBUG === '1') issueCommand('debug', {}, this.masker.mask(message))
  }
  secret(value: string): void {
    this.masker.add(value)
    maskSecret(value)
  }
}

/** Logs for a person at a terminal: plain lines on stderr, so stdout stays for results. */
export class ConsoleLogger implements Logger {
  private readonly masker = new SecretMasker()

  constructor(private readonly verbose = false, private readonly write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)) {}

  info(message: string): void {
    this.write(this.masker.mask(message))
  }
  warning(message: string, location: LogLocation = {}): void {
    this.write(`warning: ${this.where(location)}${this.masker.mask(message)}`)
  }
  error(message: string, location: LogLocation = {}): void {
    this.write(`error: ${this.where(location)}${this.masker.mask(message)}`)
  }
  debug(message: string): void {
    if (this.verbose) this.write(`debug: ${this.masker.mask(message)}`)
  }
  secret(value: string): void {
    this.masker.add(value)
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
  private readonly masker = new SecretMasker()

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
  text(): string {
    return this.entries.map((entry) => `${entry.level}: ${entry.message}`).join('\n')
  }
}
