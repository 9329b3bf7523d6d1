// The send-mail action: inputs -> sendMail -> status, message-id, accepted, rejected, eml-path.
import { join } from 'node:path'
import { z } from 'zod'
import type { ReleaseStatus } from '../contracts/release-decision.js'
import type { ManifestDestinationSettings } from '../mail/delivery-email.js'
import { NOTIFICATIONS_FOLDER } from '../mail/paths.js'
import { withMailConfig } from '../mail/mail-defaults.js'
import { isTimeZone, PERIODS, sendPeriod } from '../mail/period.js'
import type { MessageOutcome, SendMailResult } from '../mail/send.js'
import type { SendStatus } from '../mail/send-log.js'
import { defineAction, inputs } from '../platform/action.js'
import { code, codeCell, escapeCell, escapeText, plural, statusIcon } from '../platform/markdown.js'
import { resolveRepository, resolveSha } from '../platform/run-environment.js'
import { artifactsDirInput, configInput, shaInput } from './common-inputs.js'
import { dropboxInputs, dropboxSettings } from './dropbox-inputs.js'
import { smtpInputs, smtpSettings } from './smtp-inputs.js'

// The release decision's statuses, listed here (the type holds them to the contract's, both ways) so
// that the contracts' schemas load only once the inputs parse: a bad input fails without them.
const RELEASE_STATUSES: Record<ReleaseStatus, true> = { success: true, partial_success: true, failure: true }

const addressList = () => inputs.list().transform((lines) => lines.flatMap((line) => line.split(',')).map((item) => item.trim()).filter((item) => item !== ''))

const variablesInput = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined) return {}
    try {
      const parsed: unknown = JSON.parse(value)
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object, e.g. {"items": ["a", "b"]}' })
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `not valid JSON (${(error as Error).message})` })
    }
    return z.NEVER
  })

const optionalBoolean = () =>
  z
    .enum(['true', 'True', 'TRUE', 'false', 'False', 'FALSE'], { message: 'use true or false' })
    .optional()
    .transform((value) => (value === undefined ? undefined : value.toLowerCase() === 'true'))

export const sendMailAction = defineAction({
  name: 'send-mail',
  description:
    'Send the pipeline\'s mail: release completed or failed to the owners, ops alerts, "your delivery is ready", and roster sends; previewable, dry-runnable to .eml files, and sent at most once per event.',
  branding: { icon: 'mail', color: 'blue' },
  inputs: {
    to: { description: 'Recipients (owners for release mail): one address per line or comma-separated. Default: mail.owners in the config (not for roster sends).' },
    cc: { description: 'Cc recipients.' },
    bcc: { description: 'Bcc recipients (never shown in the message headers).' },
    ops: { description: 'Who gets ops alerts when the release status is failure or partial_success. Default: mail.ops in the config.' },
    from: { description: 'The sender address; must be in allowed-from. Default: mail.from in the config.' },
    'allowed-from': {
      description: 'The sender addresses allowed, and @domain entries for whole domains; one per line or comma-separated. Default: mail.allowedFrom in the config.',
    },
    'reply-to': { description: 'The Reply-To address. Default: mail.replyTo in the config.' },
    config: configInput,
    subject: { description: 'The subject; may use {{variables}}. Required with template files, overrides a built-in template\'s subject.' },
    template: {
      description: 'A built-in template: release-completed, release-failed, ops-alert, delivery-ready, daily-digest. Default: chosen by the release status (daily-digest for roster sends).',
    },
    'template-text': { description: 'A file with the text part of a user template ({{variable}} placeholders).' },
    'template-html': { description: 'A file with the HTML part of a user template; values are HTML-escaped.' },
    variables: {
      description:
        'A JSON object of extra template variables; wins over data-command, data-file and releases. Every variable a template uses (blocks such as {{#each items}} included) must be given by one of them, or the run stops before anything is rendered.',
    },
    'data-file': { description: 'A JSON or YAML file holding an object of template variables (below data-command and variables in precedence).' },
    'data-command': {
      description:
        'A shell command (bash) run in the workspace whose stdout is a JSON object of template variables (wins over data-file, below variables). A non-zero exit, a timeout or stdout that is not a JSON object stops the run.',
    },
    'data-timeout': { description: 'Seconds (a plain decimal number, at least 1) data-command may run before it is killed.', default: '60' },
    releases: {
      description:
        'true: the template variable releases lists the release decisions taken since the last digest of this series was sent (per the ledger; with none, within the last period), newest first, each with sha, shortSha, decision, status, leadTime and decidedAt.',
      default: 'false',
    },
    status: { description: 'The release status (success, failure, partial_success); default: the release decision\'s status.' },
    'event-key': {
      description:
        'What makes a message unique for deliver-once. Default: repository, SHA, status (release mail), template and recipients; for a roster send, repository, period (not the SHA), template and each recipient, so one digest goes out per period whatever the commit.',
    },
    period: {
      description:
        'A roster send\'s period, in its default event key: daily (daily:YYYY-MM-DD) or weekly (weekly:YYYY-Www, ISO week). Default: mail.period in the config, else daily.',
    },
    'time-zone': {
      description: 'The IANA time zone (e.g. Europe/Berlin) of the period and of the date variable. Default: mail.timeZone in the config, else UTC.',
    },
    ledger: {
      description:
        'A JSONL ledger file of sent events, kept between runs (e.g. by a scheduled workflow) so that no event is sent twice. Default: one per SHA; for roster sends <artifacts-dir>/notifications/ledger.jsonl, shared by all commits.',
    },
    roster: { description: 'A CSV roster (email, name, status active/inactive, more columns for templates): send one message to each active person.' },
    'dry-run': { description: 'true: write each message as an .eml file to outbox instead of sending. Default: true for roster sends, false otherwise.' },
    outbox: { description: 'Where a dry run writes .eml files. Default: <artifacts-dir>/notifications/outbox.' },
    'send-log': { description: 'The JSONL send log, one line per recipient. Default: <artifacts-dir>/notifications/send-log.jsonl.' },
    'preview-dir': { description: 'Write preview.html, preview.txt and preview.json here and send nothing.' },
    delivery: {
      description:
        'true: send the delivery-ready mail (project, version, share link, files) from the delivery result for the SHA, and record the outcome in the delivery manifest\'s run (a Dropbox manifest needs the deliver step\'s destination and Dropbox inputs).',
      default: 'false',
    },
    destination: { description: 'With delivery: the deliver step\'s destination (dropbox:<path> or local:<folder>). Default: the one the delivery result names.' },
    'record-in-manifest': {
      description:
        'With delivery: write the email outcome into the delivery manifest (default). false: keep it in the notification record only, for a job that has no credentials for the destination.',
      default: 'true',
    },
    ...dropboxInputs,
    enabled: { description: 'false: send nothing, status skipped.', default: 'true' },
    ...smtpInputs,
    'retry-deadline': {
      description:
        'Seconds (a plain decimal number, at least 1) within which transient failures (4xx replies; dropped connections and timeouts before the whole message went out) are retried with backoff; also the deadline of the delivery manifest update, counted from its start.',
      default: '120',
    },
    sha: shaInput,
    'artifacts-dir': artifactsDirInput,
  },
  outputs: {
    status: { description: 'sent, skipped, duplicate, failed or dry-run (also for a preview).' },
    reason: { description: 'Why the run was skipped or failed.' },
    'message-id': { description: 'The Message-ID of each message, one per line.' },
    accepted: { description: 'The recipients the server accepted, one per line.' },
    rejected: { description: 'The recipients the server refused, one per line.' },
    'eml-path': { description: 'The .eml files a dry run wrote, one per line.' },
    counts: {
      description:
        'JSON: how many messages were sent, failed, unconfirmed (handed to the server, then no answer, in this run or an earlier one: may have been delivered, not sent again until `shipgate mail resolve`), duplicate, skipped, dry-run.',
    },
    'send-log': { description: 'The send log written.' },
  },
  settings: z.object({
    to: addressList(),
    cc: addressList(),
    bcc: addressList(),
    ops: addressList(),
    from: inputs.text(),
    'allowed-from': addressList(),
    'reply-to': inputs.text(),
    config: inputs.text(),
    subject: inputs.text(),
    template: inputs.text(),
    'template-text': inputs.text(),
    'template-html': inputs.text(),
    variables: variablesInput,
    'data-file': inputs.text(),
    'data-command': inputs.text(),
    'data-timeout': inputs.seconds(60),
    releases: inputs.boolean(false),
    period: z.enum(PERIODS, { message: 'use daily or weekly' }).optional(),
    'time-zone': z.string().refine(isTimeZone, 'not a time zone Intl knows; use an IANA name such as Europe/Berlin, or UTC').optional(),
    status: z.enum(Object.keys(RELEASE_STATUSES) as [ReleaseStatus, ...ReleaseStatus[]]).optional(),
    'event-key': inputs.text(),
    ledger: inputs.text(),
    roster: inputs.text(),
    'dry-run': optionalBoolean(),
    outbox: inputs.text(),
    'send-log': inputs.text(),
    'preview-dir': inputs.text(),
    delivery: inputs.boolean(false),
    destination: inputs.text(),
    'record-in-manifest': inputs.boolean(true),
    ...dropboxSettings,
    enabled: inputs.boolean(true),
    ...smtpSettings,
    'retry-deadline': inputs.seconds(120),
    sha: inputs.sha(),
    'artifacts-dir': z.string(),
  }),
  async run(settings, context) {
    const { environment } = context
    const sha = resolveSha(settings.sha, environment)
    const repository = resolveRepository(environment)
    const artifactsDir = settings['artifacts-dir']
    const notifications = join(artifactsDir, NOTIFICATIONS_FOLDER)
    // The config schemas and the sending code (handlebars, the transports, the delivery
    // destination) load once the inputs are known good, so a bad input fails fast.
    const [{ loadConfig }, { sendMail }, { deliveryEmailOutcome, deliveryVariables, openDeliveryManifest, recordDeliveryEmail }] = await Promise.all([
      import('../config/shipgate-config.js'),
      import('../mail/send.js'),
      import('../mail/delivery-email.js'),
    ])
    const { config } = await loadConfig(settings.config)
    const mail = withMailConfig(
      {
        to: settings.to,
        ops: settings.ops,
        from: settings.from,
        allowedFrom: settings['allowed-from'],
        replyTo: settings['reply-to'],
        smtpHost: settings['smtp-host'],
        smtpPort: settings['smtp-port'],
        smtpSecurity: settings['smtp-security'],
        period: settings.period,
        timeZone: settings['time-zone'],
      },
      config.mail,
      { rosterSend: settings.roster !== undefined },
    )
    const now = context.clock.now()
    const period = mail.period ? sendPeriod(now, mail.period, mail.timeZone) : undefined
    // A roster send's key has no SHA, so its ledger is shared by all commits unless one is given.
    const ledger = settings.ledger ?? (settings.roster !== undefined ? join(notifications, 'ledger.jsonl') : undefined)
    const inputVariables = Object.fromEntries(
      Object.entries({
        from: mail.from,
        'reply-to': mail.replyTo,
        subject: settings.subject,
        template: settings.template,
        'event-key': settings['event-key'],
        to: mail.to.join(', '),
        cc: settings.cc.join(', '),
        ops: mail.ops.join(', '),
      }).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
    )
    const store = context.openStore(artifactsDir)
    const { templateData } = await import('../mail/template-data.js')
    const dataVariables = await templateData(
      {
        dataFile: settings['data-file'],
        dataCommand: settings['data-command'],
        dataTimeoutSeconds: settings['data-timeout'],
        releases: settings.releases,
        repository,
        period,
        ledger,
        workspace: environment.workspace,
      },
      { exec: context.exec, store, clock: context.clock, logger: context.logger },
    )
    const delivery = settings.delivery ? await deliveryVariables(store, sha) : undefined
    const manifestSettings: ManifestDestinationSettings = {
      destination: settings.destination,
      workspace: environment.workspace,
      dropboxAccessToken: settings['dropbox-access-token'],
      dropboxRefreshToken: settings['dropbox-refresh-token'],
      dropboxAppKey: settings['dropbox-app-key'],
      dropboxAppSecret: settings['dropbox-app-secret'],
      useApiRootFolder: settings['use-api-root-folder'],
      apiRootFolder: settings['api-root-folder'],
      dropboxApiUrl: settings['dropbox-api-url'] ?? (process.env.SHIPGATE_DROPBOX_API_URL || undefined),
      dropboxApiUrlSource: settings['dropbox-api-url'] ? 'input dropbox-api-url' : 'SHIPGATE_DROPBOX_API_URL',
      timeoutSeconds: settings['retry-deadline'],
    }
    const recordInManifest = delivery !== undefined && !settings['preview-dir'] && settings['record-in-manifest']
    // Opened (no request yet) before anything is sent, so that missing Dropbox credentials or another
    // destination than deliver's send nothing. The update opens it again once the mail is out.
    if (recordInManifest) await openDeliveryManifest(delivery.result, manifestSettings, context)
    const result = await sendMail(
      {
        sha,
        repository,
        runUrl: environment.mode === 'github' ? `${environment.serverUrl}/${repository}/actions/runs/${environment.runId}` : `local run in ${environment.workspace}`,
        from: mail.from,
        allowedFrom: mail.allowedFrom,
        replyTo: mail.replyTo,
        to: mail.to,
        cc: settings.cc,
        bcc: settings.bcc,
        ops: mail.ops,
        subject: settings.subject,
        template: settings.template ?? (delivery && !settings['template-text'] && !settings['template-html'] ? 'delivery-ready' : undefined),
        evidenceVariables: delivery?.variables,
        templateText: settings['template-text'],
        templateHtml: settings['template-html'],
        variables: settings.variables,
        status: settings.status,
        eventKey: settings['event-key'],
        roster: settings.roster,
        period,
        date: sendPeriod(now, 'daily', mail.timeZone).date,
        dataVariables,
        inputVariables,
        artifactsDir,
        enabled: settings.enabled,
        dryRun: settings['dry-run'],
        outbox: settings.outbox ?? join(notifications, 'outbox'),
        sendLog: settings['send-log'] ?? join(notifications, 'send-log.jsonl'),
        ledger,
        previewDir: settings['preview-dir'],
        smtp: {
          host: mail.smtpHost,
          port: mail.smtpPort,
          security: mail.smtpSecurity,
          username: settings['smtp-username'],
          password: settings['smtp-password'],
          timeoutMs: settings['smtp-timeout'] * 1000,
          caFile: settings['smtp-ca'],
        },
        retryDeadlineMs: settings['retry-deadline'] * 1000,
      },
      { store, logger: context.logger, clock: context.clock },
    )
    if (recordInManifest) {
      const email = deliveryEmailOutcome(result)
      // A fresh destination: the Dropbox deadline (retry-deadline) counts from the manifest update,
      // not from before a send that may itself have used up the whole retry-deadline.
      const manifest = await openDeliveryManifest(delivery.result, manifestSettings, context)
      const recorded = await recordDeliveryEmail(delivery.result, email, manifest, context)
      if (recorded === 'recorded') context.logger.info(`send-mail: delivery email ${email.status} recorded in ${delivery.result.manifestPath}`)
    }
    return {
      outputs: sendMailOutputs(result),
      summary: sendMailSummary(result),
      failure: result.status === 'failed' ? { message: result.reason ?? 'mail not sent' } : undefined,
      outcome: result.status === 'skipped' ? 'skipped' : undefined,
    }
  },
})

export function sendMailOutputs(result: SendMailResult): Record<string, string> {
  const lines = (values: Array<string | undefined>) => values.filter((value): value is string => Boolean(value)).join('\n')
  return {
    status: result.status,
    reason: result.reason ?? '',
    'message-id': lines(result.outcomes.filter((outcome) => outcome.status !== 'skipped').map((outcome) => outcome.messageId)),
    accepted: lines(result.outcomes.flatMap((outcome) => (outcome.status === 'sent' ? outcome.accepted : []))),
    rejected: lines(result.outcomes.flatMap((outcome) => outcome.rejected)),
    'eml-path': lines(result.outcomes.map((outcome) => outcome.emlPath)),
    counts: JSON.stringify(result.counts),
    'send-log': result.sendLog ?? '',
  }
}

/** How one message ended, as the summary marks it: ⚠️ for unconfirmed, which may have arrived. */
const OUTCOME_ICON: Record<SendStatus, string> = {
  sent: statusIcon('success'),
  duplicate: statusIcon('success'),
  'dry-run': statusIcon('success'),
  skipped: '⏭️',
  failed: statusIcon('failure'),
  unconfirmed: statusIcon('partial_success'),
}

/** What a table cell shows of a server reply or error: one line, at most 160 characters. */
function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length > 160 ? `${oneLine.slice(0, 159)}…` : oneLine
}

/**
 * The headline: ✅ when every message went out (or was written, or had gone out before); ⚠️ when a
 * failed run still sent some, or its only trouble is unconfirmed messages, which may have arrived;
 * ❌ when nothing went out.
 */
function sendMailHeadline(result: SendMailResult): string {
  const { counts } = result
  if (result.status === 'skipped') return '⏭️ skipped'
  if (result.status !== 'failed') return `${statusIcon('success')} ${result.status}`
  const partly = counts.sent > 0 || counts.duplicate > 0 || (counts.failed === 0 && counts.unconfirmed > 0)
  return partly ? `${statusIcon('partial_success')} partly sent (status failed)` : `${statusIcon('failure')} failed`
}

export function sendMailSummary(result: SendMailResult): string {
  const shown = result.outcomes.slice(0, 20)
  const counted = Object.entries(result.counts).filter(([, count]) => count > 0)
  const total = counted.reduce((sum, [, count]) => sum + count, 0)
  const reasonLabel = result.status === 'failed' ? '**What went wrong:**' : '**Why:**'
  const detail = (outcome: MessageOutcome) => outcome.error ?? (outcome.rejected.length > 0 ? `refused: ${outcome.rejected.join(', ')}` : '')
  return [
    `### send-mail: ${sendMailHeadline(result)}`,
    '',
    // The cause first: the server's reply or the skip's reason, then what each message did.
    ...(result.reason ? [`${reasonLabel} ${escapeText(result.reason)}`, ''] : []),
    ...(total > 0 ? [`${plural(total, 'message')}: ${counted.map(([status, count]) => `${count} ${status}`).join(', ')}.`, ''] : []),
    ...(shown.length > 0
      ? [
          '| template | recipient | status | Message-ID | detail |',
          '| --- | --- | --- | --- | --- |',
          ...shown.map(
            (outcome) =>
              `| ${escapeCell(outcome.template)} | ${escapeCell(outcome.recipient)} | ${OUTCOME_ICON[outcome.status]} ${outcome.status} | ${codeCell(outcome.messageId)} | ${escapeCell(excerpt(detail(outcome)))} |`,
          ),
          ...(result.outcomes.length > shown.length ? [`| … | ${escapeCell(`${result.outcomes.length - shown.length} more in the send log`)} | | | |`] : []),
          '',
        ]
      : []),
    ...(result.previewPaths.length > 0 ? ['Preview:', '', ...result.previewPaths.map((path) => `- ${code(path)}`), ''] : []),
    ...(result.sendLog ? [`Send log: ${code(result.sendLog)}`, ''] : []),
  ].join('\n')
}
