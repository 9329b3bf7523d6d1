// `shipgate mail roster set-status | import | export`: roster care from the command line. The
// roster is --roster FILE, or the config's mail roster; every change is validated and atomic.
import { z } from 'zod'
import { loadConfig } from '../../config/shipgate-config.js'
import { writeFileAtomic } from '../../evidence/atomic-file.js'
import { ConfigurationError } from '../../errors.js'
import { isValidAddress } from '../../mail/addresses.js'
import { exportRoster, importIntoRoster, setRosterStatus } from '../../mail/roster-care.js'
import { plural } from '../../platform/markdown.js'
import { EXIT, parseFlags, UsageError, type CommandIo } from '../io.js'
import { didYouMean } from '../suggest.js'

export const ROSTER_USAGE = `Usage: shipgate mail roster <set-status|import|export> [options]

  set-status EMAIL active|inactive [--note TEXT] [--roster FILE]
                          Set one person's status; --note is kept in the roster's note column.
  import CSV [--roster FILE]
                          Merge CSV into the roster by email (case aside): new people are added,
                          known people take the CSV's columns, other columns are kept; new
                          columns go at the end. Reports added, updated and unchanged.
  export [--roster FILE] [--out FILE] [--json]
                          Print (or write to FILE) the validated roster as CSV, or as JSON.

  --roster FILE           The roster CSV; default: the roster of shipgate.yml's mail section.
  --config FILE           The shipgate config to find the roster in (default shipgate.yml).

Each change is checked with the rules of 'shipgate mail validate-roster' before anything is
written, replaces the roster atomically and keeps its previous content as <roster>.bak. A change
that changes nothing writes nothing.`

const SUBCOMMAND_USAGE: Record<string, string> = {
  'set-status': 'Usage: shipgate mail roster set-status EMAIL active|inactive [--note TEXT] [--roster FILE] [--config FILE]',
  import: 'Usage: shipgate mail roster import CSV [--roster FILE] [--config FILE] [--json]',
  export: 'Usage: shipgate mail roster export [--roster FILE] [--config FILE] [--out FILE] [--json]',
}

export const rosterSubcommands = Object.keys(SUBCOMMAND_USAGE)

const OPTIONS = {
  roster: { type: 'string' },
  config: { type: 'string' },
  note: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

const setStatusArguments = z.tuple([
  z.string().refine(isValidAddress, 'the first argument must be the mail address of a person on the roster'),
  z.enum(['active', 'inactive'], { error: "the second argument must be 'active' or 'inactive'" }),
])

/** --roster, else the config's mail roster (a `roster` key in shipgate.yml's mail section). */
async function rosterPath(given: string | undefined, configPath: string | undefined): Promise<string> {
  if (given) return given
  const { config, path, found } = await loadConfig(configPath)
  const configured = config.mail.roster
  if (configured !== undefined) return configured
  throw new ConfigurationError(
    `give the roster: --roster FILE (${found ? `${path} names no mail roster (mail.roster)` : `there is no ${path} to take it from`})`,
  )
}

export async function rosterCommand(args: string[], io: CommandIo): Promise<number> {
  const [sub, ...rest] = args
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    io.out(ROSTER_USAGE)
    return sub === undefined ? EXIT.usage : EXIT.ok
  }
  const usage = SUBCOMMAND_USAGE[sub]
  if (!usage) {
    const kind = sub.startsWith('-') ? 'option' : 'subcommand'
    throw new UsageError(`unknown ${kind} '${sub}'${kind === 'subcommand' ? didYouMean(sub, rosterSubcommands) : ''}`, 'shipgate mail roster')
  }
  const name = `shipgate mail roster ${sub}`
  const { values, positionals } = parseFlags(name, rest, OPTIONS, true)
  if (values.help) {
    io.out(usage)
    return EXIT.ok
  }
  switch (sub) {
    case 'set-status': {
      const checked = setStatusArguments.safeParse(positionals)
      if (!checked.success) {
        const message = checked.error.issues.map((issue) => issue.message).join('; ')
        throw new UsageError(positionals.length === 2 ? message : 'give the address and the status', name)
      }
      const [email, status] = checked.data
      const path = await rosterPath(values.roster, values.config)
      const change = await setRosterStatus(path, email, status, values.note)
      const noted = values.note === undefined ? '' : ` (note: ${values.note})`
      io.out(
        change.written
          ? `${path}: ${change.email} is now ${status}${noted} (was ${change.previousStatus}); the previous roster is in ${change.backupPath}`
          : `${path}: ${change.email} is already ${status}${values.note === undefined ? '' : ' with that note'}; nothing written`,
      )
      return EXIT.ok
    }
    case 'import': {
      if (positionals.length !== 1 || values.note !== undefined || values.out !== undefined) throw new UsageError('give one CSV file to import (and no --note or --out)', name)
      const path = await rosterPath(values.roster, values.config)
      const result = await importIntoRoster(path, positionals[0]!)
      if (values.json) {
        const { text: _text, ...report } = result
        io.out(JSON.stringify({ roster: path, import: positionals[0], ...report }, null, 2))
        return EXIT.ok
      }
      const list = (emails: string[]) => (emails.length > 0 ? `: ${emails.join(', ')}` : '')
      io.out(`${path}: ${result.added.length} added${list(result.added)}`)
      io.out(`${path}: ${result.updated.length} updated${list(result.updated)}`)
      io.out(`${path}: ${result.unchanged.length} unchanged${list(result.unchanged)}`)
      if (result.newColumns.length > 0) io.out(`${path}: new column(s) at the end: ${result.newColumns.join(', ')}`)
      io.out(result.written ? `${path}: written; the previous roster is in ${result.backupPath}` : `${path}: nothing changes; nothing written`)
      return EXIT.ok
    }
    default: {
      if (positionals.length > 0 || values.note !== undefined) throw new UsageError('takes no arguments besides its options (and no --note)', name)
      const path = await rosterPath(values.roster, values.config)
      const { text, roster } = await exportRoster(path)
      const content = values.json ? `${JSON.stringify(roster.people.map((person) => person.columns), null, 2)}\n` : text
      if (values.out === undefined) {
        io.out(content)
        return EXIT.ok
      }
      await writeFileAtomic(values.out, content)
      io.out(`${path}: ${plural(roster.people.length, 'person', 'people')} written to ${values.out}`)
      return EXIT.ok
    }
  }
}
