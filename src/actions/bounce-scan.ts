// The bounce-scan action: inputs -> scanBounces -> scanned, participants-updated, unmatched, and
// the alert for ops (alert, alert-variables) when the scan retired addresses or found unmatched bounces.
import { join } from 'node:path'
import { z } from 'zod'
import type { BounceScanResult } from '../mail/bounces/scan.js'
import { NOTIFICATIONS_FOLDER } from '../mail/paths.js'
import { defineAction, inputs, MIN_SECONDS, plainDecimal } from '../platform/action.js'
import { code, escapeCell, plural, statusIcon } from '../platform/markdown.js'
import { artifactsDirInput } from './common-inputs.js'

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/** `7d`, `48h`, `90m`, `3600s` or plain seconds, at least a second, in milliseconds. */
const durationInput = (fallback: string) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      const text = (value ?? fallback).trim()
      const match = /^([0-9.]+)\s*([smhd]?)$/i.exec(text)
      const amount = match ? plainDecimal(match[1]!) : undefined
      const ms = amount === undefined ? undefined : amount * UNIT_MS[(match![2] || 's').toLowerCase()]!
      if (ms === undefined || !Number.isFinite(ms) || ms < MIN_SECONDS * 1000) {
        ctx.addIssue({ code: 'custom', message: `'${text}' is not a duration; give a plain decimal number of at least 1s, with a unit or in seconds: 7d, 48h, 90m or 3600` })
        return z.NEVER
      }
      return ms
    })

export const bounceScanAction = defineAction({
  name: 'bounce-scan',
  description:
    'Read delivery-failure notices from an IMAP mailbox, match them to the sends in the send log, record them there, and set bouncing addresses inactive in the roster (hard bounces at once, soft ones after a limit).',
  branding: { icon: 'inbox', color: 'blue' },
  inputs: {
    'imap-host': { description: 'The IMAP server that receives the bounces (the Return-Path / envelope sender mailbox).', required: true },
    'imap-port': { description: 'The IMAP port, a whole number from 1 to 65535. Default: 993 for tls, 143 for starttls and none.' },
    'imap-security': { description: 'tls (implicit TLS), starttls (required STARTTLS), or none (plain text; only when set explicitly).', default: 'tls' },
    'imap-username': { description: 'The IMAP user name.', required: true },
    'imap-password': { description: 'The IMAP password.', required: true, secret: true },
    'imap-mailbox': { description: 'The mailbox (folder) to scan.', default: 'INBOX' },
    'imap-ca': { description: 'A PEM file of CA certificates to trust for the server, for a private CA.' },
    'imap-timeout': { description: 'Seconds (a plain decimal number, at least 1) to wait for a connection, the greeting, or any reply.', default: '30' },
    roster: { description: 'The roster CSV to retire bouncing addresses from (status inactive and a note; the previous version is kept as <roster>.<time>.bak). Without it, bounces are only recorded.' },
    'send-log': { description: 'The JSONL send log that send-mail writes and bounced lines are appended to. Default: <artifacts-dir>/notifications/send-log.jsonl.' },
    'keep-unseen': { description: 'true: leave the \\Seen flag of handled messages alone (a second scan still changes nothing).', default: 'false' },
    'soft-bounce-limit': { description: 'How many soft bounces (4.x.x, delayed) within soft-bounce-window retire an address: a whole number, at least 1.', default: '3' },
    'soft-bounce-window': { description: 'The window soft bounces are counted in: 7d, 48h, 90m or seconds (a plain decimal number), at least 1s.', default: '7d' },
    'scan-id': { description: "Names this scan in the send log's retired lines and in the alert's event key (bounce-scan:<scan id>). Default: <run id>.<run attempt> on a runner, local-<time> elsewhere." },
    'artifacts-dir': artifactsDirInput,
  },
  outputs: {
    scanned: { description: 'How many unseen messages were looked at.' },
    'participants-updated': { description: 'JSON list of the roster entries set inactive: email, name, status, note, line.' },
    unmatched: { description: 'JSON list of bounces that match no send, for manual triage: address, type, status, reason, noticeMessageId, subject.' },
    bounces: { description: 'JSON list of every bounce handled: address, type (hard/soft), status, match (message-id or recipient-latest), heuristic, retired.' },
    'roster-backup': { description: 'The backup of the roster taken before it was rewritten (empty when it was not).' },
    'send-log': { description: 'The send log read and appended to.' },
    retired: { description: 'JSON list of the addresses this scan retired (a retired line each in the send log): address, reason, date.' },
    alert: { description: 'true when the scan retired addresses or found unmatched bounces: ops should get the bounce-alert.' },
    'event-key': { description: 'The alert\'s event key, bounce-scan:<scan id>: one alert per scan.' },
    'alert-variables': { description: 'JSON variables for the bounce-alert template (send-mail\'s variables input): scanId, retired, unmatched.' },
  },
  settings: z.object({
    'imap-host': z.string(),
    'imap-port': inputs.port(),
    'imap-security': z.enum(['tls', 'starttls', 'none'], { message: 'use tls, starttls or none' }),
    'imap-username': z.string(),
    'imap-password': z.string(),
    'imap-mailbox': z.string(),
    'imap-ca': inputs.text(),
    'imap-timeout': inputs.seconds(30),
    roster: inputs.text(),
    'send-log': inputs.text(),
    'keep-unseen': inputs.boolean(false),
    'soft-bounce-limit': inputs.wholeNumber(3),
    'soft-bounce-window': durationInput('7d'),
    'scan-id': inputs.text(),
    'artifacts-dir': z.string(),
  }),
  async run(settings, context) {
    if (settings['imap-security'] === 'none' && settings['imap-host'] !== '127.0.0.1' && settings['imap-host'] !== 'localhost') {
      context.logger.warning(`bounce-scan: imap-security none: the password goes to ${settings['imap-host']} in plain text`)
    }
    // The scan (the send log's schema, the notice parser, the roster's CSV) loads once the inputs
    // are known good, so that a bad input fails fast.
    const { defaultImapPortFor } = await import('../mail/bounces/mailbox.js')
    const { scanBounces } = await import('../mail/bounces/scan.js')
    const result = await scanBounces(
      {
        imap: {
          host: settings['imap-host'],
          port: settings['imap-port'] ?? defaultImapPortFor[settings['imap-security']],
          security: settings['imap-security'],
          username: settings['imap-username'],
          password: settings['imap-password'],
          mailbox: settings['imap-mailbox'],
          timeoutMs: settings['imap-timeout'] * 1000,
          caFile: settings['imap-ca'],
        },
        scanId: settings['scan-id'] ?? (context.environment.mode === 'github' ? `${context.environment.runId}.${context.environment.runAttempt}` : `local-${context.clock.now().toISOString()}`),
        roster: settings.roster,
        sendLog: settings['send-log'] ?? join(settings['artifacts-dir'], NOTIFICATIONS_FOLDER, 'send-log.jsonl'),
        keepUnseen: settings['keep-unseen'],
        softBounceLimit: settings['soft-bounce-limit'],
        softBounceWindowMs: settings['soft-bounce-window'],
      },
      { logger: context.logger, clock: context.clock },
    )
    for (const retired of result.retired) context.logger.event('bounce_retired', { status: 'retired', address: retired.address, reason: retired.reason, scan_id: result.scanId })
    return { outputs: bounceScanOutputs(result), summary: bounceScanSummary(result) }
  },
})

export function bounceScanOutputs(result: BounceScanResult): Record<string, string> {
  return {
    scanned: String(result.scanned),
    'participants-updated': JSON.stringify(result.participantsUpdated),
    unmatched: JSON.stringify(result.unmatched),
    bounces: JSON.stringify(result.bounces),
    'roster-backup': result.rosterBackup ?? '',
    'send-log': result.sendLog,
    retired: JSON.stringify(result.retired),
    alert: String(result.retired.length > 0 || result.unmatched.length > 0),
    'event-key': `bounce-scan:${result.scanId}`,
    'alert-variables': JSON.stringify(bounceAlertVariables(result)),
  }
}

/** What the bounce-alert template lists: every address retired and every unmatched bounce, with reason and date. */
export function bounceAlertVariables(result: BounceScanResult): Record<string, unknown> {
  return {
    scanId: result.scanId,
    retired: result.retired.map((retired) => ({ address: retired.address, reason: retired.reason, date: retired.date.slice(0, 10) })),
    unmatched: result.unmatched.map((bounce) => ({ address: bounce.address, reason: `${bounce.type} bounce${bounce.status ? ` ${bounce.status}` : ''}: ${bounce.reason}`, date: bounce.date.slice(0, 10) })),
  }
}

/** What a table cell shows of a diagnostic or reason: one line, at most 160 characters, escaped. */
function excerptCell(text: string | null | undefined): string {
  const oneLine = (text ?? '').replace(/\s+/g, ' ').trim()
  return escapeCell(oneLine.length > 160 ? `${oneLine.slice(0, 159)}…` : oneLine)
}

/** ⚠️ when the scan raised the alert (addresses retired, bounces nobody matched), ✅ otherwise. */
function bounceScanHeadline(result: BounceScanResult): string {
  const found = [
    ...(result.retired.length > 0 ? [`${plural(result.retired.length, 'address', 'addresses')} retired`] : []),
    ...(result.unmatched.length > 0 ? [`${plural(result.unmatched.length, 'unmatched bounce')} to triage`] : []),
  ]
  if (found.length > 0) return `${statusIcon('partial_success')} ${found.join(', ')}`
  return `${statusIcon('success')} ${result.bounces.length > 0 ? `${plural(result.bounces.length, 'bounce')} recorded, no address retired` : 'no new bounces'}`
}

export function bounceScanSummary(result: BounceScanResult): string {
  const retired = new Set(result.participantsUpdated.map((person) => person.email.toLowerCase()))
  const roster = (bounce: BounceScanResult['bounces'][number]) =>
    retired.has(bounce.address.toLowerCase()) ? 'set inactive' : bounce.retired ? 'not on roster / already inactive' : bounce.softBounces !== undefined ? `${bounce.softBounces} soft within window` : ''
  return [
    `### bounce-scan: ${bounceScanHeadline(result)}`,
    '',
    `${plural(result.scanned, 'unseen message')} scanned: ${plural(result.handled, 'notice')} handled, ${result.alreadyProcessed} already processed, ${plural(result.notBounces, 'message that is not a bounce', 'messages that are not bounces')} left alone.`,
    '',
    ...(result.bounces.length > 0 || result.unmatched.length > 0
      ? [
          '| address | bounce | status | matched by | roster | detail |',
          '| --- | --- | --- | --- | --- | --- |',
          ...result.bounces.map(
            (bounce) =>
              `| ${escapeCell(bounce.address)} | ${escapeCell(`${bounce.type}${bounce.heuristic ? ` (${bounce.format}, heuristic)` : ''}`)} | ${escapeCell(bounce.status ?? '')} | ${escapeCell(bounce.match)} | ${escapeCell(roster(bounce))} | ${excerptCell(bounce.diagnostic)} |`,
          ),
          ...result.unmatched.map(
            (bounce) =>
              `| ${escapeCell(bounce.address)} | ${escapeCell(`${bounce.type}${bounce.heuristic ? ' (heuristic)' : ''}`)} | ${escapeCell(bounce.status ?? '')} | **unmatched** | | ${excerptCell(bounce.reason)} |`,
          ),
          '',
        ]
      : []),
    ...(result.rosterBackup ? [`Roster rewritten; previous version: ${code(result.rosterBackup)}`, ''] : []),
  ].join('\n')
}
