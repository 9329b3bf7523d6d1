// Roster care: set a person's status, import people from another CSV, export the roster. Every
// change is checked with the roster's own rules before anything is written; the roster is then
// replaced atomically and its previous content kept as `<roster>.bak`. A change to nothing writes nothing.
import { writeFileAtomic } from '../evidence/atomic-file.js'
import { readUserTextFile } from '../evidence/evidence-file.js'
import { ConfigurationError } from '../errors.js'
import { formatCsvRows, NOTE_COLUMN, parseCsvRows, parseRoster, rosterProblemLines, rosterTarget, type Roster, type RosterProblem } from './roster.js'
import { plural } from '../platform/markdown.js'

export type RosterStatus = 'active' | 'inactive'

/** A valid roster as rows of fields, header as written, ready to be changed and written back. */
interface RosterTable {
  roster: Roster
  header: string[]
  rows: string[][]
  lineBreak: '\n' | '\r\n'
  bom: boolean
}

export interface RosterRewrite {
  /** The new content, or undefined when nothing changes. */
  text?: string
}

export interface StatusChange extends RosterRewrite {
  email: string
  status: RosterStatus
  previousStatus: RosterStatus
  note?: string
}

export interface RosterImport extends RosterRewrite {
  added: string[]
  updated: string[]
  unchanged: string[]
  /** Columns of the import the roster did not have, added at the end. */
  newColumns: string[]
}

export interface RosterWrite {
  written: boolean
  backupPath?: string
}

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readUserTextFile(path, what)
  } catch (error) {
    throw new ConfigurationError(`cannot read ${what} ${path} (${(error as Error).message})`, { file: path })
  }
}

function requireNoProblems(roster: Roster, what: string): void {
  if (roster.problems.length === 0) return
  throw new ConfigurationError(
    `${what} ${roster.path} has ${plural(roster.problems.length, 'problem')}; nothing was written. Fix them (shipgate mail validate-roster --roster ${roster.path}):\n` +
      rosterProblemLines(roster),
    { file: roster.path, line: roster.problems[0]!.line },
  )
}

function rosterTable(text: string, path: string): RosterTable {
  const roster = parseRoster(text, path)
  requireNoProblems(roster, 'roster')
  const [header, ...body] = parseCsvRows(text).rows
  return {
    roster,
    header: header!.fields.map((name) => name.trim()),
    rows: body.map((row) => row.fields),
    lineBreak: /^[^\n]*\r\n/.test(text) ? '\r\n' : '\n',
    bom: text.charCodeAt(0) === 0xfeff,
  }
}

/** The table as CSV, checked by reading it back with the roster's rules: a change never writes a broken roster. */
function tableText(table: RosterTable): string {
  const text = (table.bom ? '\ufeff' : '') + formatCsvRows([table.header, ...table.rows], table.lineBreak)
  const reread = parseRoster(text, table.roster.path)
  if (reread.problems.length > 0) {
    throw new ConfigurationError(
      `the changed roster ${table.roster.path} would have ${reread.problems.length} problem(s) (lines of the result); nothing was written:\n${rosterProblemLines(reread)}`,
      { file: table.roster.path },
    )
  }
  return text
}

/** The position of a column (by its name, case and blanks aside), added at the end when absent. */
function columnIndex(table: RosterTable, name: string): number {
  const key = name.trim().toLowerCase()
  const index = table.roster.columns.indexOf(key)
  if (index >= 0) return index
  table.header.push(name.trim())
  table.roster.columns.push(key)
  for (const row of table.rows) row.push('')
  return table.header.length - 1
}

function rowIndexOf(table: RosterTable, email: string): number {
  const key = email.trim().toLowerCase()
  const emailIndex = table.roster.columns.indexOf('email')
  return table.rows.findIndex((row) => row[emailIndex]!.trim().toLowerCase() === key)
}

/** Sets one person's status (and note, when given). Pure: the caller writes the text. */
export function setStatusInText(text: string, path: string, email: string, status: RosterStatus, note?: string): StatusChange {
  const table = rosterTable(text, path)
  const rowIndex = rowIndexOf(table, email)
  if (rowIndex < 0) {
    throw new ConfigurationError(`'${email}' is not on the roster ${path}; check the address (shipgate mail roster export --roster ${path} lists everyone)`, { file: path })
  }
  const person = table.roster.people.find((candidate) => candidate.email.toLowerCase() === email.trim().toLowerCase())!
  const change: StatusChange = { email: person.email, status, previousStatus: person.status, note }
  const row = table.rows[rowIndex]!
  const statusIndex = table.roster.columns.indexOf('status')
  const noteIndex = table.roster.columns.indexOf(NOTE_COLUMN)
  const noteChanges = note !== undefined && (noteIndex < 0 ? note !== '' : row[noteIndex]!.trim() !== note.trim())
  if (person.status === status && !noteChanges) return change
  if (person.status !== status) row[statusIndex] = status
  if (noteChanges) row[columnIndex(table, NOTE_COLUMN)] = note.trim()
  return { ...change, text: tableText(table) }
}

/**
 * Merges another CSV into the roster by email (case aside): a new email is added, a known one takes
 * the import's value of every column the import has; columns only the roster has are kept, and
 * columns only the import has are added at the end. The import is checked with the roster's rules
 * (it needs an email column; name and status are needed for new people only).
 */
export function importIntoText(text: string, path: string, importText: string, importPath: string): RosterImport {
  const table = rosterTable(text, path)
  const incoming = parseRoster(importText, importPath, { requiredColumns: ['email'] })
  requireNoProblems(incoming, 'the import')
  const result: RosterImport = { added: [], updated: [], unchanged: [], newColumns: [] }
  const [importHeader] = parseCsvRows(importText).rows
  const positions = importHeader!.fields.map((name) => {
    const known = table.roster.columns.includes(name.trim().toLowerCase())
    if (!known) result.newColumns.push(name.trim())
    return columnIndex(table, name)
  })
  const statusIndex = table.roster.columns.indexOf('status')
  // A new person needs what every roster row has; said on the import's line, not the result's.
  const incomplete: RosterProblem[] = incoming.people
    .filter((person) => rowIndexOf(table, person.email) < 0 && !['active', 'inactive'].includes(person.columns.status?.toLowerCase() ?? ''))
    .map((person) => ({ line: person.line, message: `'${person.email}' is new to the roster and needs a status column with active or inactive` }))
  requireNoProblems({ ...incoming, problems: incomplete }, 'the import')
  for (const person of incoming.people) {
    const values = incoming.columns.map((name) => (name === 'status' ? person.columns[name]!.toLowerCase() : person.columns[name]!))
    const rowIndex = rowIndexOf(table, person.email)
    if (rowIndex < 0) {
      const row = table.header.map(() => '')
      positions.forEach((position, index) => (row[position] = values[index]!))
      table.rows.push(row)
      result.added.push(person.email)
      continue
    }
    const row = table.rows[rowIndex]!
    let changed = false
    positions.forEach((position, index) => {
      const current = position === statusIndex ? row[position]!.trim().toLowerCase() : row[position]!.trim()
      // The roster keeps its own spelling of an address that differs only in case.
      if (incoming.columns[index] === 'email' || current === values[index]) return
      row[position] = values[index]!
      changed = true
    })
    ;(changed ? result.updated : result.unchanged).push(row[table.roster.columns.indexOf('email')]!.trim())
  }
  const changes = result.added.length + result.updated.length + result.newColumns.length
  return changes === 0 ? result : { ...result, text: tableText(table) }
}

/** The roster as it is, checked: its CSV written the way roster care writes it, and its people. */
export async function exportRoster(path: string): Promise<{ text: string; roster: Roster }> {
  const table = rosterTable(await readText(path, 'the roster'), path)
  return { text: formatCsvRows([table.header, ...table.rows]), roster: table.roster }
}

/**
 * Replaces the roster with the new text, keeping what it held as `<roster>.bak`; writes nothing for
 * no change. A roster changed since it was read (a bounce scan, another roster command) is left as it
 * is: writing over it would lose that change.
 */
export async function rewriteRoster(path: string, previous: string, change: RosterRewrite): Promise<RosterWrite> {
  if (change.text === undefined) return { written: false }
  const target = await rosterTarget(path)
  if ((await readText(target, 'the roster')) !== previous) {
    throw new ConfigurationError(`the roster ${path} changed while this command ran (another roster command or a bounce scan); nothing was written: run it again`, { file: path })
  }
  const backupPath = `${path}.bak`
  await writeFileAtomic(backupPath, previous)
  await writeFileAtomic(target, change.text)
  return { written: true, backupPath }
}

export async function setRosterStatus(path: string, email: string, status: RosterStatus, note?: string): Promise<StatusChange & RosterWrite> {
  const text = await readText(path, 'the roster')
  const change = setStatusInText(text, path, email, status, note)
  return { ...change, ...(await rewriteRoster(path, text, change)) }
}

export async function importIntoRoster(path: string, importPath: string): Promise<RosterImport & RosterWrite> {
  const text = await readText(path, 'the roster')
  const change = importIntoText(text, path, await readText(importPath, 'the import'), importPath)
  return { ...change, ...(await rewriteRoster(path, text, change)) }
}
