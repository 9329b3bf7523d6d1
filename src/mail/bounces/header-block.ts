// Header blocks as delivery reports use them: the per-recipient fields of a message/delivery-status
// part (RFC 3464), the returned message's headers, and a header-only first look at a message. The
// MIME tree itself (multipart, transfer encodings, charsets) is mailparser's job (notice.ts).

export interface HeaderBlock {
  /** Lower-case field name -> every value, unfolded, in order. */
  fields: Map<string, string[]>
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
