// Retires roster people whose mail bounces: status -> inactive and a note saying why. Only the
// rows that change are rewritten (every other byte stays as it was); the file is replaced
// atomically and the previous version kept as `<roster>.<time>.bak`.
import { readFile } from 'node:fs/promises'
import { ConfigurationError } from '../../errors.js'
import { writeFileAtomic } from '../../evidence/atomic-file.js'
import { NOTE_COLUMN, parseCsvRows, parseRoster, requireNoRosterProblems, rosterTarget, type RosterPerson } from '../roster.js'

export interface Retirement {
  email: string
  note: string
  /** The notice that retired the address and when it arrived (ISO), for the send log's `retired` line. */
  noticeMessageId?: string
  date?: string
}

export interface RetiredPerson {
  email: string
  name: string
  note: string
  line: number
}

export interface RosterUpdate {
  retired: RetiredPerson[]
  /** Addresses asked for that are not on the roster. */
  notOnRoster: string[]
  /** Addresses already inactive: left as they are. */
  alreadyInactive: string[]
  backupPath?: string
}

function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** Physical lines with their terminators, split as the roster parser counts lines. */
function physicalLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$/g) ?? []
}

export function backupPathFor(rosterPath: string, now: Date): string {
  return `${rosterPath}.${now.toISOString().replace(/[:.]/g, '-')}.bak`
}

/** The new roster text, or undefined when nothing changes. Pure; checked by parsing it again. */
export function retireInRosterText(text: string, path: string, retirements: Retirement[]): { text?: string; update: Omit<RosterUpdate, 'backupPath'> } {
  const roster = parseRoster(text, path)
  // A roster validate-roster rejects is never written back (scanBounces checks it up front too).
  requireNoRosterProblems(roster, 'not rewritten')
  const byEmail = new Map(roster.people.map((person) => [person.email.toLowerCase(), person]))
  const update: Omit<RosterUpdate, 'backupPath'> = { retired: [], notOnRoster: [], alreadyInactive: [] }
  const changes = new Map<RosterPerson, string>()
  for (const retirement of retirements) {
    const person = byEmail.get(retirement.email.toLowerCase())
    if (!person) {
      if (!update.notOnRoster.includes(retirement.email)) update.notOnRoster.push(retirement.email)
    } else if (person.status === 'inactive' && !changes.has(person)) {
      if (!update.alreadyInactive.includes(person.email)) update.alreadyInactive.push(person.email)
    } else if (!changes.has(person)) {
      changes.set(person, retirement.note)
    }
  }
  if (changes.size === 0) return { update }

  const { rows } = parseCsvRows(text)
  const header = rows[0]!
  const lines = physicalLines(text)
  const noteIndex = roster.columns.indexOf(NOTE_COLUMN)
  const addNoteColumn = noteIndex < 0
  const statusIndex = roster.columns.indexOf('status')
  const lastLineOf = (row: { line: number; fields: string[] }) => row.line + row.fields.reduce((count, field) => count + (field.match(/\n/g)?.length ?? 0), 0)
  const terminator = (line: string) => /(\r\n|\n|\r)$/.exec(line)?.[1] ?? ''

  const changedRows = new Map<number, string[]>()
  for (const [person, note] of changes) {
    const row = rows.find((candidate) => candidate.line === person.line)!
    const fields = [...row.fields]
    fields[statusIndex] = 'inactive'
    if (addNoteColumn) fields.push(note)
    else fields[noteIndex] = fields[noteIndex]!.trim() === '' ? note : `${fields[noteIndex]!.trim()}; ${note}`
    changedRows.set(row.line, fields)
    update.retired.push({ email: person.email, name: person.name, note, line: person.line })
  }

  const output: string[] = []
  for (const row of rows) {
    const first = row.line - 1
    const last = lastLineOf(row) - 1
    // Blank lines between rows and anything the parser skipped are copied as they are.
    while (output.length < first) output.push(lines[output.length] ?? '')
    const end = terminator(lines[last] ?? '')
    const replaced = changedRows.get(row.line)
    if (replaced) {
      output.push(replaced.map(csvField).join(',') + end)
    } else if (addNoteColumn) {
      const original = lines.slice(first, last + 1).join('')
      output.push(original.slice(0, original.length - end.length) + (row === header ? `,${NOTE_COLUMN}` : ',') + end)
    } else {
      output.push(lines.slice(first, last + 1).join(''))
    }
    for (let filler = first + 1; filler <= last; filler++) output.push('')
  }
  while (output.length < lines.length) output.push(lines[output.length]!)
  const newText = output.join('')

  // Fail closed: the rewrite must change exactly the retired people and nothing else.
  const reread = parseRoster(newText, path)
  const retiredEmails = new Set(update.retired.map((person) => person.email.toLowerCase()))
  const same =
    reread.people.length === roster.people.length &&
    reread.people.every((person, index) => {
      const before = roster.people[index]!
      if (person.email !== before.email || person.name !== before.name) return false
      if (retiredEmails.has(person.email.toLowerCase())) return person.status === 'inactive'
      return person.status === before.status && Object.entries(before.columns).every(([name, value]) => person.columns[name] === value)
    })
  if (!same) throw new Error(`bug: the rewritten roster ${path} does not read back as the original with ${[...retiredEmails].join(', ')} inactive; not written`)
  return { text: newText, update }
}

/** Reads, rewrites and replaces the roster; keeps the previous version as a backup file. */
export async function retireInRoster(path: string, retirements: Retirement[], now: Date): Promise<RosterUpdate> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new ConfigurationError(`input 'roster': cannot read ${path} (${(error as Error).message})`, { file: path })
  }
  const result = retireInRosterText(text, path, retirements)
  if (result.text === undefined) return result.update
  const backupPath = backupPathFor(path, now)
  await writeFileAtomic(backupPath, text)
  await writeFileAtomic(await rosterTarget(path), result.text)
  return { ...result.update, backupPath }
}
