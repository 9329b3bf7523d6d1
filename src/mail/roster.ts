// The roster of a scheduled send: a CSV file (RFC 4180) with email, name and status columns and any
// further columns, which templates can use. Validation reports every problem with its line number.
import { readUserTextFile } from '../evidence/evidence-file.js'
import { ConfigurationError } from '../errors.js'
import { isValidAddress } from './addresses.js'

export const REQUIRED_ROSTER_COLUMNS = ['email', 'name', 'status'] as const

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

interface CsvRow {
  line: number
  fields: string[]
}

/** Splits CSV text into rows with the line each starts on; quoted fields may hold commas and newlines. */
export function parseCsvRows(text: string): { rows: CsvRow[]; problems: RosterProblem[] } {
  const rows: CsvRow[] = []
  const problems: RosterProblem[] = []
  let line = 1
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0
  while (index < text.length) {
    const startLine = line
    const fields: string[] = []
    let field = ''
    let quoted = false
    let atFieldStart = true
    let rowDone = false
    while (index < text.length && !rowDone) {
      const char = text[index]!
      if (quoted) {
        if (char === '"' && text[index + 1] === '"') {
          field += '"'
          index += 2
        } else if (char === '"') {
          quoted = false
          index++
        } else {
          if (char === '\n') line++
          field += char
          index++
        }
      } else if (char === '"' && atFieldStart) {
        quoted = true
        atFieldStart = false
        index++
      } else if (char === ',') {
        fields.push(field)
        field = ''
        atFieldStart = true
        index++
      } else if (char === '\n' || char === '\r') {
        index += char === '\r' && text[index + 1] === '\n' ? 2 : 1
        line++
        rowDone = true
      } else {
        field += char
        atFieldStart = false
        index++
      }
    }
    if (quoted) problems.push({ line: startLine, message: 'a quoted field is not closed (a " is missing)' })
    fields.push(field)
    if (fields.length === 1 && fields[0]!.trim() === '') continue
    rows.push({ line: startLine, fields })
  }
  return { rows, problems }
}

/** Parses and checks a roster; never throws for bad content, the problems say what and where. */
export function parseRoster(text: string, path: string): Roster {
  const { rows, problems } = parseCsvRows(text)
  const [header, ...body] = rows
  if (!header) return { path, columns: [], people: [], problems: [...problems, { line: 1, message: `empty roster: expected a header line with ${REQUIRED_ROSTER_COLUMNS.join(',')}` }] }
  const columns = header.fields.map((name) => name.trim().toLowerCase())
  const missing = REQUIRED_ROSTER_COLUMNS.filter((name) => !columns.includes(name))
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
      problems.push({ line: row.line, message: `has ${row.fields.length} field(s), the header has ${columns.length}: missing or extra columns` })
      continue
    }
    const values = Object.fromEntries(columns.map((name, position) => [name, row.fields[position]!.trim()]))
    const email = values.email!
    const status = values.status!.toLowerCase()
    let valid = true
    if (!isValidAddress(email)) {
      problems.push({ line: row.line, message: email === '' ? 'email is empty' : `email '${email}' is not a mail address` })
      valid = false
    }
    if (status !== 'active' && status !== 'inactive') {
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
    if (valid) people.push({ email, name: values.name!, status: status as RosterPerson['status'], columns: values, line: row.line })
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

/** The roster, or a ConfigurationError listing every problem as file:line; nothing is sent from a broken roster. */
export async function requireValidRoster(path: string): Promise<Roster> {
  const roster = await readRoster(path)
  if (roster.problems.length > 0) {
    const first = roster.problems[0]!
    throw new ConfigurationError(
      `roster ${path} has ${roster.problems.length} problem(s); nothing was sent. Fix them (shipgate mail validate-roster --roster ${path}):\n` +
        roster.problems.map((problem) => `${path}:${problem.line}: ${problem.message}`).join('\n'),
      { file: path, line: first.line },
    )
  }
  return roster
}
