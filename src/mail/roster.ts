// The roster of a scheduled send: a CSV file (RFC 4180) with email, name and status columns and any
// further columns, which templates can use. Validation reports every problem with its line number.
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { realpath } from 'node:fs/promises'
import { readUserTextFile } from '../evidence/evidence-file.js'
import { ConfigurationError } from '../errors.js'
import { isValidAddress } from './addresses.js'
import { plural } from '../platform/markdown.js'

export const REQUIRED_ROSTER_COLUMNS = ['email', 'name', 'status'] as const
/** Why a person's status is what it is: written by roster care and by the bounce scan. */
export const NOTE_COLUMN = 'note'

/**
 * The file a roster path stands for when it is rewritten: a symlink's target, so that the shared
 * file changes rather than the link being replaced by a copy. A path that does not resolve stands
 * for itself (reading it has already said what is wrong with it).
 */
export async function rosterTarget(path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch {
    return path
  }
}

export interface RosterPerson {
  email: string
  name: string
  status: 'active' | 'inactive'
  /** Every column of the row, by header name (email, name and status included). */
  columns: Record<string, string>
  line: number
}

export interface RosterProblem {
  line: number
  message: string
}

export interface Roster {
  path: string
  columns: string[]
  people: RosterPerson[]
  problems: RosterProblem[]
}

export interface CsvRow {
  line: number
  fields: string[]
}

/** The line each byte offset of the text is on: line breaks are \r\n and \n, or \r alone in a file with no \n. */
function lineCounter(bytes: Buffer, lineBreak: number): (offset: number) => number {
  const breaks: number[] = []
  for (let index = 0; index < bytes.length; index++) if (bytes[index] === lineBreak) breaks.push(index)
  return (offset) => {
    // Binary search: the number of line breaks before the offset.
    let low = 0
    let high = breaks.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (breaks[middle]! < offset) low = middle + 1
      else high = middle
    }
    return low + 1
  }
}

const CSV_ERROR_MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is not closed (a " is missing)',
  CSV_INVALID_CLOSING_QUOTE: 'a quoted field is followed by more text before the next comma; quote the whole field',
}

interface CsvRecord {
  record: string[]
  info: { bytes: number }
}

/**
 * Splits CSV text into rows with the line each starts on; quoted fields may hold commas, quotes
 * and newlines. Lines with nothing on them are left out. csv-parse counts a \r\n inside a quoted
 * field as two lines, so the line of a row is found from its byte offset instead.
 */
export function parseCsvRows(text: string): { rows: CsvRow[]; problems: RosterProblem[] } {
  const bytes = Buffer.from(text, 'utf8')
  const macLineBreaks = !text.includes('\n') && text.includes('\r')
  const lineAt = lineCounter(bytes, macLineBreaks ? 0x0d : 0x0a)
  const rows: CsvRow[] = []
  const problems: RosterProblem[] = []
  let records: CsvRecord[]
  try {
    records = parse(bytes, {
      bom: true,
      info: true,
      relax_column_count: true,
      // A quote inside an unquoted field is kept as it is, as spreadsheets write them.
      relax_quotes: true,
      record_delimiter: macLineBreaks ? ['\r'] : ['\r\n', '\n'],
      skip_records_with_error: true,
      on_skip: (error: (Error & { code?: string; bytes?: number }) | undefined) => {
        if (!error) return
        problems.push({ line: lineAt(error.bytes ?? 0), message: CSV_ERROR_MESSAGES[error.code ?? ''] ?? `not readable as CSV (${error.message})` })
      },
    }) as unknown as CsvRecord[]
  } catch (error) {
    const { bytes: offset } = error as { bytes?: number }
    return { rows, problems: [...problems, { line: lineAt(offset ?? 0), message: `not readable as CSV (${(error as Error).message})` }] }
  }
  let start = 0
  for (const { record, info } of records) {
    const line = lineAt(start)
    start = info.bytes
    if (record.length === 1 && record[0]!.trim() === '') continue
    rows.push({ line, fields: record })
  }
  return { rows, problems }
}

/** Writes rows as CSV, quoting only the fields that need it; the inverse of parseCsvRows. */
export function formatCsvRows(rows: string[][], lineBreak: '\n' | '\r\n' = '\n'): string {
  // A field with a \r or surrounding blanks is quoted too, so that it reads back as it was.
  return stringify(rows, { record_delimiter: lineBreak === '\r\n' ? 'windows' : 'unix', quoted_match: /\r|^\s|\s$/ })
}

export interface RosterRules {
  /** The columns the header must have; a roster needs email, name and status, an import only email. */
  requiredColumns?: readonly string[]
}

/** Parses and checks a roster; never throws for bad content, the problems say what and where. */
export function parseRoster(text: string, path: string, rules: RosterRules = {}): Roster {
  const required = rules.requiredColumns ?? REQUIRED_ROSTER_COLUMNS
  const { rows, problems } = parseCsvRows(text)
  const [header, ...body] = rows
  if (!header) return { path, columns: [], people: [], problems: [...problems, { line: 1, message: `empty roster: expected a header line with ${required.join(',')}` }] }
  const columns = header.fields.map((name) => name.trim().toLowerCase())
  const missing = required.filter((name) => !columns.includes(name))
  if (missing.length > 0) {
    problems.push({ line: header.line, message: `missing column(s) ${missing.join(', ')} in the header (found: ${columns.join(', ') || 'none'})` })
    return { path, columns, people: [], problems }
  }
  const repeated = columns.filter((name, position) => name === '' || columns.indexOf(name) !== position)
  if (repeated.length > 0) problems.push({ line: header.line, message: `empty or repeated column name(s) in the header: ${repeated.map((name) => `'${name}'`).join(', ')}` })

  const people: RosterPerson[] = []
  const firstLineOf = new Map<string, number>()
  for (const row of body) {
    if (row.fields.length !== columns.length) {
      problems.push({ line: row.line, message: `has ${plural(row.fields.length, 'field')}, the header has ${columns.length}: missing or extra columns` })
      continue
    }
    const values = Object.fromEntries(columns.map((name, position) => [name, row.fields[position]!.trim()]))
    const email = values.email!
    // An import may leave status out (the roster's is kept); a roster never does.
    const status = values.status?.toLowerCase()
    let valid = true
    if (!isValidAddress(email)) {
      problems.push({ line: row.line, message: email === '' ? 'email is empty' : `email '${email}' is not a mail address` })
      valid = false
    }
    if (status !== undefined && status !== 'active' && status !== 'inactive') {
      problems.push({ line: row.line, message: `status '${values.status}' must be active or inactive` })
      valid = false
    }
    const key = email.toLowerCase()
    const first = firstLineOf.get(key)
    if (first !== undefined && email !== '') {
      problems.push({ line: row.line, message: `duplicate email '${email}' (first on line ${first})` })
      valid = false
    } else if (email !== '') {
      firstLineOf.set(key, row.line)
    }
    if (valid) people.push({ email, name: values.name ?? '', status: (status ?? 'active') as RosterPerson['status'], columns: values, line: row.line })
  }
  return { path, columns, people, problems: problems.sort((a, b) => a.line - b.line) }
}

export async function readRoster(path: string): Promise<Roster> {
  let text: string
  try {
    text = await readUserTextFile(path, 'a roster')
  } catch (error) {
    throw new ConfigurationError(`input 'roster': cannot read ${path} (${(error as Error).message})`, { file: path })
  }
  return parseRoster(text, path)
}

/** Every problem of a roster as `file:line: message`, one a line. */
export function rosterProblemLines(roster: Pick<Roster, 'path' | 'problems'>): string {
  return roster.problems.map((problem) => `${roster.path}:${problem.line}: ${problem.message}`).join('\n')
}

/**
 * The roster, or a ConfigurationError listing every problem as file:line: nothing is sent from a
 * broken roster, and bounce-scan neither scans for nor rewrites one. `outcome` says what did not happen.
 */
export async function requireValidRoster(path: string, outcome = 'nothing was sent'): Promise<Roster> {
  const roster = await readRoster(path)
  requireNoRosterProblems(roster, outcome)
  return roster
}

export function requireNoRosterProblems(roster: Roster, outcome: string): void {
  if (roster.problems.length === 0) return
  throw new ConfigurationError(
    `roster ${roster.path} has ${plural(roster.problems.length, 'problem')}; ${outcome}. Fix them (shipgate mail validate-roster --roster ${roster.path}):\n` + rosterProblemLines(roster),
    { file: roster.path, line: roster.problems[0]!.line },
  )
}
