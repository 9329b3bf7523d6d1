// `shipgate mail send | preview | validate-roster | status | resolve`: the send-mail action's code
// with flags named as its inputs; preview and validate-roster never open a connection; resolve
// settles an unconfirmed message in the ledger.
import { join } from 'node:path'
import { sendMailAction } from '../../actions/send-mail.js'
import { ConfigurationError } from '../../errors.js'
import { DEFAULT_ARTIFACTS_DIR } from '../../evidence/local-store.js'
import { NOTIFICATIONS_FOLDER } from '../../mail/paths.js'
import { readRoster } from '../../mail/roster.js'
import { readSendLogTail } from '../../mail/send-log.js'
import { plainWholeNumber, type ActionDefinition } from '../../platform/action.js'
import { systemClock } from '../../platform/clock.js'
import { EXIT, maskedIo, parseFlags, reportFailure, UsageError, type CommandIo } from '../io.js'
import { plural } from '../../platform/markdown.js'
import { didYouMean } from '../suggest.js'
import { runActionWithFlags } from './run.js'

const USAGE = `Usage: shipgate mail <send|preview|validate-roster|status|resolve|bounces-scan|state-run|state-verify|state-stamp|smoke|roster|reinstate> [options]

  send [--<input> value ...]            Send (or with --dry-run true, write .eml files); flags are the
                                        send-mail inputs: shipgate mail send --help lists them.
  preview --out DIR [--<input> ...]     Write preview.html, preview.txt and preview.json; send nothing.
  validate-roster --roster FILE         Check a roster CSV; every problem with its line number.
  roster set-status|import|export [...] Roster care: set a person's status (with a note), merge a CSV
                                        in by email, export; validated, atomic, with a .bak
                                        ('shipgate mail roster --help').
  status [--limit 20] [--send-log FILE] [--artifacts-dir DIR] [--json]
                                        The most recent sends from the send log.
  resolve EVENT RECIPIENT --sent|--resend [--sha SHA] [--ledger FILE] [--artifacts-dir DIR]
                                        Settle an unconfirmed message (handed to the relay, no answer),
                                        as the run's log names it: --sent if it arrived (never sent
                                        again), --resend if not (the next run sends it).
  bounces-scan [--<input> value ...]    Read bounces over IMAP and retire bad roster addresses; flags
                                        are the bounce-scan inputs: shipgate mail bounces-scan --help.
  smoke --to ADDRESS [--from A] [--smtp-* ...] [--dry-run true]
                                        One short test message through the relay; no SHA, no git
                                        checkout, nothing recorded ('shipgate mail smoke --help').
  state-run --artifact NAME --workflow PATH --branch BRANCH [--output NAME] [--limit 50]
                                        On a runner: the newest completed run of PATH on BRANCH, started
                                        by schedule or workflow_dispatch in this repository (never a pull
                                        request or a fork), that still has the artifact; its id is
                                        printed and, with --output, written as that step output (empty
                                        when there is none yet). Needs GITHUB_TOKEN with actions: read.
  reinstate EMAIL --send-log FILE [--note TEXT]
                                        Give an address bounce-scan retired back to roster sends (its
                                        mailbox works again): a 'reinstated' line in the send log.
  state-verify --dir FOLDER [--repository OWNER/NAME]
                                        Refuse (exit 2) a downloaded mail state whose state.json is
                                        missing, invalid or another repository's, or whose ledger, send
                                        log or bounce journal has a line that does not parse.
  state-stamp --dir FOLDER              Write state.json (repository, workflow, run id, time) into the
                                        mail state a run keeps.`

type Subcommand = (args: string[], io: CommandIo) => Promise<number>

const sendMail = () => sendMailAction as ActionDefinition<unknown>

/** Every `shipgate mail` subcommand; the heavier ones load on use. */
export const mailSubcommands: Record<string, Subcommand> = {
  send: (args, io) => sendCommand(args, io),
  preview: (args, io) => previewCommand(sendMail(), args, io),
  'validate-roster': (args, io) => validateRosterCommand(args, io),
  roster: async (args, io) => (await import('./mail-roster.js')).rosterCommand(args, io),
  status: (args, io) => statusCommand(args, io),
  resolve: (args, io) => resolveCommand(args, io),
  'bounces-scan': async (args, io) => (await import('./bounces.js')).bouncesScanCommand(args, io),
  smoke: async (args, io) => (await import('./mail-smoke.js')).smokeCommand(args, io),
  reinstate: async (args, io) => (await import('./mail-reinstate.js')).reinstateCommand(args, io),
  'state-run': async (args, io) => (await import('./mail-state-run.js')).stateRunCommand(args, io),
  'state-verify': async (args, io) => (await import('./mail-state-verify.js')).stateVerifyCommand(args, io),
  'state-stamp': async (args, io) => (await import('./mail-state-verify.js')).stateStampCommand(args, io),
}

export async function mailCommand(args: string[], givenIo: CommandIo): Promise<number> {
  const io = maskedIo(givenIo)
  const [sub, ...rest] = args
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    io.out(USAGE)
    return sub === undefined ? EXIT.usage : EXIT.ok
  }
  const subcommand = mailSubcommands[sub]
  if (!subcommand) {
    const kind = sub.startsWith('-') ? 'option' : 'subcommand'
    return reportFailure(io, 'shipgate mail', new UsageError(`unknown ${kind} '${sub}'${kind === 'subcommand' ? didYouMean(sub, Object.keys(mailSubcommands)) : ''}`))
  }
  try {
    return await subcommand(rest, io)
  } catch (error) {
    return reportFailure(io, `shipgate mail ${sub}`, error)
  }
}

/**
 * The send-mail action with its inputs as flags. An explicit send that has nobody to write to is
 * the user's mistake here (exit 2, saying how to name recipients); the action itself, run by a
 * workflow, skips it instead: there an empty owner list is how a repository says "no mail".
 */
async function sendCommand(args: string[], io: CommandIo): Promise<number> {
  const { SENDING_DISABLED } = await import('../../mail/send.js')
  return runActionWithFlags(sendMail(), args, io, 'shipgate mail send', (run) => {
    if (run.outputs.status !== 'skipped' || !run.outputs.reason || run.outputs.reason === SENDING_DISABLED) return undefined
    const reason = run.outputs.reason.replace(/input '(\w+)'/g, '--$1')
    const rosterSend = /\broster\b/.test(reason) && !/--to/.test(reason)
    return new ConfigurationError(`nothing to send: ${reason}. ${rosterSend ? ROSTER_HINT : RECIPIENTS_HINT}`)
  })
}

const RECIPIENTS_HINT =
  'Name the recipients with --to ADDRESS (repeat it, or separate addresses by commas), --ops ADDRESS for failure alerts, or mail.owners and mail.ops in shipgate.yml; or send to a roster with --roster FILE'
const ROSTER_HINT = "Set someone active with 'shipgate mail roster set-status EMAIL active --roster FILE', or give another --roster"

/** `--out DIR` is the action's preview-dir; everything else is passed on as inputs. */
async function previewCommand(definition: ActionDefinition<unknown>, args: string[], io: CommandIo): Promise<number> {
  const forwarded: string[] = []
  let out: string | undefined
  for (let index = 0; index < args.length; index++) {
    if (args[index] === '--out') out = args[++index]
    else if (args[index]?.startsWith('--out=')) out = args[index]!.slice('--out='.length)
    else forwarded.push(args[index]!)
  }
  if (forwarded.includes('--help') || forwarded.includes('-h')) return runActionWithFlags(definition, ['--help'], io, 'shipgate mail preview --out DIR')
  if (!out) throw new UsageError('--out DIR is required (where preview.html, preview.txt and preview.json go)', 'shipgate mail preview')
  return runActionWithFlags(definition, [...forwarded, '--preview-dir', out], io, 'shipgate mail preview', (run) =>
    // A preview of nobody is no preview: the plan had no message to render.
    run.outputs.status === 'dry-run' && run.outputs.reason ? new ConfigurationError(`nothing to preview: ${run.outputs.reason.replace(/input '(\w+)'/g, '--$1')}. ${RECIPIENTS_HINT}`) : undefined,
  )
}

const VALIDATE_ROSTER_USAGE = `Usage: shipgate mail validate-roster --roster FILE [--json]

Checks a roster CSV (email, name, status active|inactive, more columns for templates) and prints
every problem with its line number; sends nothing.

Exit status: 0 the roster is valid, 1 it has problems, 2 a usage error or an unreadable file.`

async function validateRosterCommand(args: string[], io: CommandIo): Promise<number> {
  const name = 'shipgate mail validate-roster'
  const { values, positionals } = parseFlags(name, args, { roster: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, true)
  if (values.help) {
    io.out(VALIDATE_ROSTER_USAGE)
    return EXIT.ok
  }
  const path = values.roster ?? positionals[0]
  if (!path || positionals.length > (values.roster ? 0 : 1)) throw new UsageError('give one roster: --roster FILE', name)
  const roster = await readRoster(path)
  const active = roster.people.filter((person) => person.status === 'active').length
  if (values.json) {
    io.out(JSON.stringify({ roster: path, valid: roster.problems.length === 0, active, inactive: roster.people.length - active, columns: roster.columns, problems: roster.problems }, null, 2))
  } else {
    for (const problem of roster.problems) io.err(`${path}:${problem.line}: ${problem.message}`)
    io.out(
      roster.problems.length === 0
        ? `${path}: valid: ${active} active, ${roster.people.length - active} inactive; columns: ${roster.columns.join(', ')}`
        : `${path}: ${plural(roster.problems.length, 'problem')}`,
    )
  }
  return roster.problems.length === 0 ? EXIT.ok : EXIT.no
}

const STATUS_USAGE = `Usage: shipgate mail status [--limit 20] [--send-log FILE] [--artifacts-dir DIR] [--json]

Prints the most recent sends from the send log (default <artifacts-dir>/${NOTIFICATIONS_FOLDER}/send-log.jsonl),
oldest first: time, status, recipient, template, Message-ID and the relay's answer or the .eml.
--json prints {sendLog, found, entries, unreadable}.`

async function statusCommand(args: string[], io: CommandIo): Promise<number> {
  const name = 'shipgate mail status'
  const { values } = parseFlags(name, args, {
    limit: { type: 'string' },
    'send-log': { type: 'string' },
    'artifacts-dir': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  })
  if (values.help) {
    io.out(STATUS_USAGE)
    return EXIT.ok
  }
  const limit = plainWholeNumber(values.limit ?? '20')
  if (limit === undefined || limit < 1) throw new UsageError(`--limit '${values.limit}' must be a positive whole number`, name)
  const path = values['send-log'] ?? join(values['artifacts-dir'] ?? DEFAULT_ARTIFACTS_DIR, NOTIFICATIONS_FOLDER, 'send-log.jsonl')
  const { entries, unreadable, found } = await readSendLogTail(path, limit)
  if (values.json) {
    io.out(JSON.stringify({ sendLog: path, found, entries, unreadable }, null, 2))
    return EXIT.ok
  }
  if (!found) {
    io.out(`${path}: no send log yet (nothing was sent from here)`)
    return EXIT.ok
  }
  for (const entry of entries) {
    const detail = entry.error ?? entry.response ?? entry.emlPath ?? ''
    io.out(`${entry.time}  ${entry.status.padEnd(9)}  ${entry.recipient}  ${entry.template}  ${entry.messageId ?? ''}  ${detail}`.trimEnd())
  }
  if (unreadable > 0) io.err(`${path}: ${plural(unreadable, 'line')} ${unreadable === 1 ? 'is' : 'are'} not JSON and ${unreadable === 1 ? 'was' : 'were'} skipped`)
  return EXIT.ok
}

const RESOLVE_USAGE = `Usage: shipgate mail resolve EVENT RECIPIENT --sent|--resend [--sha SHA] [--ledger FILE] [--artifacts-dir DIR]

Settles an unconfirmed message (handed to the relay, then no answer), as the run's log names it:
--sent if it arrived (it is never sent again), --resend if not (the next run sends it).`

async function resolveCommand(args: string[], io: CommandIo): Promise<number> {
  const name = 'shipgate mail resolve'
  const { values, positionals } = parseFlags(
    name,
    args,
    { sent: { type: 'boolean' }, resend: { type: 'boolean' }, sha: { type: 'string' }, ledger: { type: 'string' }, 'artifacts-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    true,
  )
  if (values.help) {
    io.out(RESOLVE_USAGE)
    return EXIT.ok
  }
  const [event, recipient, ...extra] = positionals
  if (!event || !recipient || extra.length > 0 || values.sent === values.resend) {
    throw new UsageError("give the event and the recipient as the run's log names them, and one of --sent (it arrived) or --resend (send it again)", name)
  }
  const decision = values.sent ? 'sent' : 'resend'
  const { resolveUnconfirmed } = await import('../../mail/resolve.js')
  const result = await resolveUnconfirmed(
    { event, recipient, decision, sha: values.sha, ledger: values.ledger, artifactsDir: values['artifacts-dir'] ?? DEFAULT_ARTIFACTS_DIR },
    systemClock,
  )
  if (result.alreadySettled) {
    io.out(`${event} (${recipient}, ${result.messageId}): already ${result.alreadySettled === 'sent' ? 'recorded as sent' : 'recorded for resending'} in ${result.journal}; nothing written`)
    return EXIT.ok
  }
  const effect = decision === 'sent' ? 'recorded as sent; no run sends it again' : 'recorded for resending; the next run sends it'
  io.out(`${event} (${recipient}, ${result.messageId}): ${effect}. Written to ${[result.journal, result.record].filter(Boolean).join(' and ')}`)
  return EXIT.ok
}
