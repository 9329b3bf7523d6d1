// `shipgate mail send | preview | validate-roster | status | resolve`: the send-mail action's code
// with flags named as its inputs; preview and validate-roster never open a connection; resolve
// settles an unconfirmed message in the ledger.
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { sendMailAction } from '../../actions/send-mail.js'
import { DEFAULT_ARTIFACTS_DIR } from '../../evidence/local-store.js'
import { NOTIFICATIONS_FOLDER } from '../../mail/paths.js'
import { readRoster } from '../../mail/roster.js'
import { readSendLogTail } from '../../mail/send-log.js'
import type { ActionDefinition } from '../../platform/action.js'
import { systemClock } from '../../platform/clock.js'
import { EXIT, type CommandIo } from '../io.js'
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

export async function mailCommand(args: string[], io: CommandIo): Promise<number> {
  const [sub, ...rest] = args
  const definition = sendMailAction as ActionDefinition<unknown>
  switch (sub) {
    case 'send':
      return runActionWithFlags(definition, rest, io, 'shipgate mail send')
    case 'preview':
      return previewCommand(definition, rest, io)
    case 'validate-roster':
      return validateRosterCommand(rest, io)
    case 'status':
      return statusCommand(rest, io)
    case 'resolve':
      return resolveCommand(rest, io)
    case 'bounces-scan':
      return (await import('./bounces.js')).bouncesScanCommand(rest, io)
    case 'state-run':
      return (await import('./mail-state-run.js')).stateRunCommand(rest, io)
    case 'reinstate':
      return (await import('./mail-reinstate.js')).reinstateCommand(rest, io)
    case 'state-verify':
      return (await import('./mail-state-verify.js')).stateVerifyCommand(rest, io)
    case 'state-stamp':
      return (await import('./mail-state-verify.js')).stateStampCommand(rest, io)
    case 'roster':
      return (await import('./mail-roster.js')).rosterCommand(rest, io)
    case 'smoke':
      return (await import('./mail-smoke.js')).smokeCommand(rest, io)
    case '--help':
    case '-h':
    case 'help':
      io.out(USAGE)
      return EXIT.ok
    default:
      io.err(sub ? `shipgate mail: unknown subcommand '${sub}'\n\n${USAGE}` : USAGE)
      return EXIT.usage
  }
}

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
  if (!out) {
    io.err('shipgate mail preview: --out DIR is required (where preview.html, preview.txt and preview.json go)')
    return EXIT.usage
  }
  return runActionWithFlags(definition, [...forwarded, '--preview-dir', out], io, 'shipgate mail preview')
}

async function validateRosterCommand(args: string[], io: CommandIo): Promise<number> {
  let values: { roster?: string; json?: boolean }
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({ args, allowPositionals: true, options: { roster: { type: 'string' }, json: { type: 'boolean' } } }))
  } catch (error) {
    io.err(`shipgate mail validate-roster: ${(error as Error).message}`)
    return EXIT.usage
  }
  const path = values.roster ?? positionals[0]
  if (!path) {
    io.err('shipgate mail validate-roster: give the roster: --roster FILE')
    return EXIT.usage
  }
  let roster
  try {
    roster = await readRoster(path)
  } catch (error) {
    io.err(`shipgate mail validate-roster: ${(error as Error).message}`)
    return EXIT.usage
  }
  const active = roster.people.filter((person) => person.status === 'active').length
  if (values.json) {
    io.out(JSON.stringify({ roster: path, valid: roster.problems.length === 0, active, inactive: roster.people.length - active, columns: roster.columns, problems: roster.problems }, null, 2))
  } else {
    for (const problem of roster.problems) io.err(`${path}:${problem.line}: ${problem.message}`)
    io.out(
      roster.problems.length === 0
        ? `${path}: valid: ${active} active, ${roster.people.length - active} inactive; columns: ${roster.columns.join(', ')}`
        : `${path}: ${roster.problems.length} problem(s)`,
    )
  }
  return roster.problems.length === 0 ? EXIT.ok : EXIT.no
}

async function statusCommand(args: string[], io: CommandIo): Promise<number> {
  let values: { limit?: string; 'send-log'?: string; 'artifacts-dir'?: string; json?: boolean }
  try {
    ;({ values } = parseArgs({ args, options: { limit: { type: 'string' }, 'send-log': { type: 'string' }, 'artifacts-dir': { type: 'string' }, json: { type: 'boolean' } } }))
  } catch (error) {
    io.err(`shipgate mail status: ${(error as Error).message}`)
    return EXIT.usage
  }
  const limit = Number(values.limit ?? '20')
  if (!Number.isInteger(limit) || limit < 1) {
    io.err(`shipgate mail status: --limit '${values.limit}' must be a positive whole number`)
    return EXIT.usage
  }
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
  if (unreadable > 0) io.err(`${path}: ${unreadable} line(s) are not JSON and were skipped`)
  return EXIT.ok
}

async function resolveCommand(args: string[], io: CommandIo): Promise<number> {
  let values: { sent?: boolean; resend?: boolean; sha?: string; ledger?: string; 'artifacts-dir'?: string }
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { sent: { type: 'boolean' }, resend: { type: 'boolean' }, sha: { type: 'string' }, ledger: { type: 'string' }, 'artifacts-dir': { type: 'string' } },
    }))
  } catch (error) {
    io.err(`shipgate mail resolve: ${(error as Error).message}`)
    return EXIT.usage
  }
  const [event, recipient, ...extra] = positionals
  if (!event || !recipient || extra.length > 0 || values.sent === values.resend) {
    io.err('shipgate mail resolve: give the event and the recipient as the run\'s log names them, and one of --sent (it arrived) or --resend (send it again):\n  shipgate mail resolve EVENT RECIPIENT --sent|--resend [--sha SHA] [--ledger FILE] [--artifacts-dir DIR]')
    return EXIT.usage
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
