// The JSONL files that runs share (the ledger journal, the send log, bounce-scan's processed
// journal): each record is one write to a file opened with O_APPEND, so records from several
// processes never interleave. A write cut short (a crash or a full disk mid-append) leaves the start
// of a record with no newline; the next writer starts its record on a new line, so the torn line is
// left on its own, where readers know it by its shape (a JSON object whose end is missing).
import { fstatSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'

/** Opens a JSONL file for appending (and for reading its last byte), creating it and its folder. */
export function openForAppend(path: string): number {
  mkdirSync(dirname(path), { recursive: true })
  return openSync(path, 'a+')
}

/**
 * Appends one record in a single write, with a newline first when the file does not end with one
 * (a record cut short before). Another process may append between the check and the write: then
 * the newline is an empty line, which readers skip. A short write (a full disk) is an error, not a
 * record written.
 */
export function appendJsonLine(fd: number, path: string, line: string): void {
  const { size } = fstatSync(fd)
  const last = Buffer.alloc(1)
  const torn = size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a
  const bytes = Buffer.from(`${torn ? '\n' : ''}${line}\n`, 'utf8')
  const written = writeSync(fd, bytes)
  if (written !== bytes.length) throw new Error(`${path}: only ${written} of ${bytes.length} bytes of a record were written (is the disk full?)`)
}

class EndOfText extends Error {}
class NotJson extends Error {}

/**
 * Whether a line that is not JSON is a record cut short: the start of a JSON object, valid as far as
 * it goes, whose end is missing. A line with anything else wrong (edited by hand, or a torn record
 * with another written onto it) is not.
 */
export function isCutShortRecord(line: string): boolean {
  if (!line.startsWith('{')) return false
  let at = 0
  const peek = (): string => {
    if (at >= line.length) throw new EndOfText()
    return line[at]!
  }
  const skipBlanks = () => {
    while (at < line.length && ' \t\r'.includes(line[at]!)) at++
  }
  const take = (char: string) => {
    if (peek() !== char) throw new NotJson()
    at++
  }
  const string = () => {
    take('"')
    for (;;) {
      const char = peek()
      at++
      if (char === '"') return
      if (char < ' ') throw new NotJson()
      if (char !== '\\') continue
      const escaped = peek()
      at++
      if (escaped === 'u') {
        for (let digit = 0; digit < 4; digit++, at++) if (!/[0-9a-fA-F]/.test(peek())) throw new NotJson()
      } else if (!'"\\/bfnrt'.includes(escaped)) {
        throw new NotJson()
      }
    }
  }
  const literal = () => {
    const rest = line.slice(at)
    const word = ['true', 'false', 'null'].find((candidate) => rest.startsWith(candidate) || candidate.startsWith(rest))
    if (!word) throw new NotJson()
    if (!rest.startsWith(word)) throw new EndOfText()
    at += word.length
  }
  const number = () => {
    const text = /^[-+0-9.eE]+/.exec(line.slice(at))![0]
    at += text.length
    if (at >= line.length) throw new EndOfText()
    if (!/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/.test(text)) throw new NotJson()
  }
  const members = (close: string, member: () => void) => {
    at++
    skipBlanks()
    if (peek() === close) return void at++
    for (;;) {
      skipBlanks()
      member()
      skipBlanks()
      const char = peek()
      at++
      if (char === close) return
      if (char !== ',') throw new NotJson()
    }
  }
  const value = (): void => {
    skipBlanks()
    const char = peek()
    if (char === '{') {
      members('}', () => {
        string()
        skipBlanks()
        take(':')
        value()
      })
    } else if (char === '[') {
      members(']', value)
    } else if (char === '"') {
      string()
    } else if (char === '-' || (char >= '0' && char <= '9')) {
      number()
    } else {
      literal()
    }
  }
  try {
    value()
    return false
  } catch (error) {
    if (error instanceof EndOfText) return true
    if (error instanceof NotJson) return false
    throw error
  }
}
