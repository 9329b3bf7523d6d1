// What a step tells the runner: the file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE as
// `k=v` or `k<<DELIM` heredocs; GITHUB_PATH lines) and the `::command::` lines on its output
// (annotations, masks, groups, debug, stop-commands), with the runner's escaping and secret masking.

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  message: string
  /** The step that wrote it (its id), when it came from a step. */
  step?: string
  title?: string
  file?: string
  line?: number
  endLine?: number
  col?: number
  endColumn?: number
}

/** The runner's file-command format: `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks. */
export function parseFileCommand(content: string, file: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = content.split(/\r?\n/)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (line === '') continue
    const heredoc = /^([^=]*?)<<(.+)$/.exec(line)
    const equals = line.indexOf('=')
    if (heredoc && (equals < 0 || equals > heredoc[1]!.length)) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string]
      const body: string[] = []
      let closed = false
      for (index++; index < lines.length; index++) {
        if (lines[index] === delimiter) {
          closed = true
          break
        }
        body.push(lines[index]!)
      }
      if (!closed) throw new Error(`Invalid value. Matching delimiter not found '${delimiter}' (${file})`)
      if (name === '') throw new Error(`Invalid format '${line}'. Name must not be empty (${file})`)
      values[name] = body.join('\n')
      continue
    }
    if (equals <= 0) throw new Error(`Invalid format '${line}' (${file})`)
    values[line.slice(0, equals)] = line.slice(equals + 1)
  }
  return values
}

/** Replaces every registered secret with ***, longest first, as the runner's masker does. */
export class SecretMasker {
  private readonly values = new Set<string>()

  add(value: string | undefined): void {
    if (!value) return
    this.values.add(value)
    // A multi-line secret is also masked line by line (the runner registers each line too).
    for (const line of value.split(/\r?\n/)) if (line.trim().length > 0) this.values.add(line)
  }

  contains(text: string): boolean {
    return [...this.values].some((value) => text.includes(value))
  }

  mask(text: string): string {
    let masked = text
    for (const value of [...this.values].sort((a, b) => b.length - a.length)) masked = masked.split(value).join('***')
    return masked
  }
}

function unescapeData(value: string): string {
  return value.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
}

function unescapeProperty(value: string): string {
  return value
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%')
}

const ANNOTATION_PROPERTIES: Record<string, keyof Annotation> = {
  title: 'title',
  file: 'file',
  line: 'line',
  endline: 'endLine',
  col: 'col',
  endcolumn: 'endColumn',
}

/** Reads a step's output line by line: records annotations and masks, drops command lines from the
 * log as the runner does (showing annotations and groups as `##[…]` lines), and masks secrets. */
export class CommandProcessor {
  readonly annotations: Annotation[] = []
  readonly log: string[] = []
  private stopToken: string | undefined

  constructor(
    private readonly masker: SecretMasker,
    private readonly step: string | undefined,
  ) {}

  line(raw: string): void {
    const line = raw.replace(/\r$/, '')
    const match = /^\s*::([A-Za-z-]+)(?:\s+([^:]*))?::(.*)$/.exec(line)
    if (this.stopToken !== undefined) {
      if (match && match[1] === this.stopToken) this.stopToken = undefined
      else this.log.push(this.masker.mask(line))
      return
    }
    if (!match) {
      this.log.push(this.masker.mask(line))
      return
    }
    const [, command, properties = '', data = ''] = match as unknown as [string, string, string | undefined, string | undefined]
    const message = unescapeData(data)
    switch (command) {
      case 'add-mask':
        this.masker.add(message.trim())
        return
      case 'stop-commands':
        this.stopToken = message
        this.log.push(this.masker.mask(line))
        return
      case 'error':
      case 'warning':
      case 'notice': {
        const annotation: Annotation = { level: command, message: this.masker.mask(message), ...(this.step ? { step: this.step } : {}) }
        for (const property of properties.split(',').filter((item) => item.includes('='))) {
          const index = property.indexOf('=')
          const key = ANNOTATION_PROPERTIES[property.slice(0, index).trim().toLowerCase()]
          if (!key) continue
          const value = this.masker.mask(unescapeProperty(property.slice(index + 1)))
          ;(annotation as unknown as Record<string, unknown>)[key] = key === 'title' || key === 'file' ? value : Number(value)
        }
        this.annotations.push(annotation)
        this.log.push(`##[${command}]${annotation.message}`)
        return
      }
      case 'group':
        this.log.push(`##[group]${this.masker.mask(message)}`)
        return
      case 'endgroup':
        this.log.push('##[endgroup]')
        return
      case 'debug':
        this.log.push(`##[debug]${this.masker.mask(message)}`)
        return
      default:
        // set-output, save-state, set-env and the like are disabled on GitHub; unknown commands print as they are.
        this.log.push(this.masker.mask(line))
    }
  }
}
