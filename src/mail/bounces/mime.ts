// Just enough MIME to read delivery reports: header blocks (unfolded), Content-Type parameters,
// multipart bodies split on their boundary, and transfer encodings undone. Human-readable text
// (subjects, charsets) is mailparser's job; this keeps the report parts apart, which it merges.

export interface HeaderBlock {
  /** Lower-case field name -> every value, unfolded, in order. */
  fields: Map<string, string[]>
}

export interface MimePart {
  headers: HeaderBlock
  contentType: string
  params: Record<string, string>
  /** The body with its transfer encoding undone (for message/* parts: the embedded message). */
  body: Buffer
  parts: MimePart[]
}

/** Parses `Name: value` lines with continuation lines; stops at the end of the text. */
export function parseHeaderBlock(text: string): HeaderBlock {
  const fields = new Map<string, string[]>()
  let current: { name: string; value: string } | undefined
  const flush = () => {
    if (!current) return
    const name = current.name.toLowerCase()
    fields.set(name, [...(fields.get(name) ?? []), current.value.replace(/\s+/g, ' ').trim()])
    current = undefined
  }
  for (const line of text.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && current) {
      current.value += ` ${line.trim()}`
      continue
    }
    flush()
    const colon = line.indexOf(':')
    if (colon > 0 && /^[!-9;-~]+$/.test(line.slice(0, colon).trimEnd())) current = { name: line.slice(0, colon).trimEnd(), value: line.slice(colon + 1) }
  }
  flush()
  return { fields }
}

export function headerValue(block: HeaderBlock, name: string): string | undefined {
  return block.fields.get(name.toLowerCase())?.[0]
}

/** Splits a message at the first empty line: the header text and the body. */
export function splitMessage(raw: Buffer): { headerText: string; body: Buffer } {
  const text = raw.toString('latin1')
  const match = /\r?\n\r?\n/.exec(text)
  if (!match) return { headerText: text, body: Buffer.alloc(0) }
  return { headerText: text.slice(0, match.index), body: raw.subarray(Buffer.byteLength(text.slice(0, match.index + match[0].length), 'latin1')) }
}

/** `type/subtype; a=b; c="d"` -> the lower-case type and its parameters. */
export function parseContentType(value: string | undefined): { contentType: string; params: Record<string, string> } {
  if (!value) return { contentType: 'text/plain', params: {} }
  const [type, ...rest] = splitOutsideQuotes(value, ';')
  const params: Record<string, string> = {}
  for (const item of rest) {
    const equals = item.indexOf('=')
    if (equals <= 0) continue
    const name = item.slice(0, equals).trim().toLowerCase()
    let parameter = item.slice(equals + 1).trim()
    if (parameter.startsWith('"') && parameter.endsWith('"') && parameter.length >= 2) parameter = parameter.slice(1, -1).replace(/\\(.)/g, '$1')
    params[name] = parameter
  }
  return { contentType: (type ?? '').trim().toLowerCase() || 'text/plain', params }
}

function splitOutsideQuotes(value: string, separator: string): string[] {
  const items: string[] = []
  let item = ''
  let quoted = false
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!
    if (char === '\\' && quoted) {
      item += char + (value[++index] ?? '')
      continue
    }
    if (char === '"') quoted = !quoted
    if (char === separator && !quoted) {
      items.push(item)
      item = ''
    } else {
      item += char
    }
  }
  items.push(item)
  return items
}

function decodeQuotedPrintable(text: string): Buffer {
  const bytes: number[] = []
  const source = text.replace(/=\r?\n/g, '')
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!
    const hex = source.slice(index + 1, index + 3)
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16))
      index += 2
    } else {
      bytes.push(source.charCodeAt(index) & 0xff)
    }
  }
  return Buffer.from(bytes)
}

function decodeBody(body: Buffer, encoding: string | undefined): Buffer {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'base64':
      return Buffer.from(body.toString('latin1').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64')
    case 'quoted-printable':
      return decodeQuotedPrintable(body.toString('latin1'))
    default:
      return body
  }
}

const MAX_DEPTH = 8

/** The MIME tree of a message; message/rfc822 parts are parsed one level further as well. */
export function parseMime(raw: Buffer, depth = 0): MimePart {
  const { headerText, body } = splitMessage(raw)
  const headers = parseHeaderBlock(headerText)
  const { contentType, params } = parseContentType(headerValue(headers, 'content-type'))
  const decoded = decodeBody(body, headerValue(headers, 'content-transfer-encoding'))
  const part: MimePart = { headers, contentType, params, body: decoded, parts: [] }
  if (depth >= MAX_DEPTH) return part
  if (contentType.startsWith('multipart/') && params.boundary) {
    part.parts = splitMultipart(decoded, params.boundary).map((child) => parseMime(child, depth + 1))
  } else if (contentType === 'message/rfc822' || contentType === 'message/global') {
    part.parts = [parseMime(decoded, depth + 1)]
  }
  return part
}

function splitMultipart(body: Buffer, boundary: string): Buffer[] {
  const text = body.toString('latin1')
  const delimiter = `--${boundary}`
  const pieces: Buffer[] = []
  let position = text.startsWith(delimiter) ? 0 : text.indexOf(`\n${delimiter}`)
  while (position >= 0) {
    const lineStart = text[position] === '\n' ? position + 1 : position
    const afterDelimiter = lineStart + delimiter.length
    if (text.startsWith('--', afterDelimiter)) break
    const contentStart = text.indexOf('\n', afterDelimiter)
    if (contentStart < 0) break
    const next = text.indexOf(`\n${delimiter}`, contentStart)
    const end = next < 0 ? text.length : next > 0 && text[next - 1] === '\r' ? next - 1 : next
    pieces.push(Buffer.from(text.slice(contentStart + 1, end), 'latin1'))
    position = next
  }
  return pieces
}

/** Every part of the tree, depth first, the root included. */
export function allParts(root: MimePart): MimePart[] {
  return [root, ...root.parts.flatMap(allParts)]
}

/** A part's text in its charset (utf-8 unless said; unknown charsets read as latin1). */
export function partText(part: MimePart): string {
  const charset = (part.params.charset ?? 'utf-8').toLowerCase()
  try {
    return new TextDecoder(charset).decode(part.body)
  } catch {
    return part.body.toString('latin1')
  }
}
