// What a send-mail run would send: which templates to whom (status semantics, roster or explicit
// recipients), the variables each message is rendered with, and the event key that makes each
// message unique. Everything is rendered here, before anything is sent, so a bad template or
// roster fails the run with nothing sent.
import { sha256Hex } from '../contracts/canonical.js'
import type { ReleaseStatus } from '../contracts/release-decision.js'
import { ConfigurationError } from '../errors.js'
import { requireValid, type EvidenceStore } from '../evidence/store.js'
import type { Logger } from '../platform/logger.js'
import { latestRun } from '../stages/timing.js'
import { assertAllowedFrom, domainOf, requireAddress } from './addresses.js'
import type { SendPeriod } from './period.js'
import { requireValidRoster } from './roster.js'
import { retiredAddresses } from './send-log.js'
import { builtInTemplate, fileTemplate, renderTemplate, variablesUsed, type MailTemplate } from './templates.js'
import type { OutgoingMail } from './transport.js'

export interface MailRequest {
  sha: string
  repository: string
  /** The pipeline run, linked from release mails. */
  runUrl: string
  from?: string
  allowedFrom: string[]
  replyTo?: string
  to: string[]
  cc: string[]
  bcc: string[]
  /** Who gets ops alerts (failure and partial_success). */
  ops: string[]
  subject?: string
  template?: string
  templateText?: string
  templateHtml?: string
  variables: Record<string, unknown>
  status?: ReleaseStatus
  eventKey?: string
  roster?: string
  /** The send log: a roster send skips every address bounce-scan retired there. */
  sendLog?: string
  /** A roster send's period: its key replaces the SHA in the default event key, its date is `date`. */
  period?: SendPeriod
  /** The run's local date (YYYY-MM-DD) in the send's time zone, when there is no period. */
  date?: string
  /** Variables from data-command, data-file and the built-in sources, merged in that precedence. */
  dataVariables?: Record<string, unknown>
  /** Non-secret inputs, available to templates under their camelCase names. */
  inputVariables: Record<string, string>
  /** Variables from other evidence (the delivery result), added by the caller. */
  evidenceVariables?: Record<string, unknown>
}

export interface PlannedMail {
  template: string
  eventKey: string
  /** Who the message is for, as the send log shows it. */
  recipient: string
  mail: OutgoingMail
  variables: Record<string, unknown>
}

export interface MailPlan {
  mails: PlannedMail[]
  /** Why nothing is to be sent, when the plan is empty. */
  emptyReason?: string
  rosterSend: boolean
  inactive: number
  /** Active roster people not written to, and why (retired by bounce-scan). */
  skipped?: Array<{ recipient: string; reason: string }>
}

interface Addressing {
  to: string[]
  cc: string[]
  bcc: string[]
}

function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, char: string) => char.toUpperCase())
}

export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return 'unknown'
  const minutes = Math.floor(ms / 60000)
  const seconds = Math.round((ms % 60000) / 1000)
  return minutes > 0 ? `${minutes} min ${seconds} s` : `${seconds} s`
}

/** Variables from the release decision and the pipeline timing, when they exist for the SHA. */
async function releaseVariables(store: EvidenceStore, sha: string, needDecision: boolean): Promise<{ variables: Record<string, unknown>; status?: ReleaseStatus }> {
  const decisionRead = await store.read('release', sha)
  if (decisionRead.state === 'invalid' || (needDecision && decisionRead.state === 'missing')) {
    if (decisionRead.state === 'missing') {
      throw new ConfigurationError(`${decisionRead.path}: missing: no release decision for ${sha}; give 'status' (success, failure, partial_success) or a 'template'`, { file: decisionRead.path })
    }
    requireValid(decisionRead)
  }
  const timingRead = await store.read('pipeline', sha)
  const timing = timingRead.state === 'valid' ? (latestRun(timingRead.value)?.closed ?? null) : null
  const variables: Record<string, unknown> = {
    decision: 'unknown',
    reasons: [],
    evidence: [],
    packageDigest: 'unknown',
    decidedAt: 'unknown',
    leadTime: formatDuration(timing?.leadTimeMs),
    totalTime: formatDuration(timing?.totalMs),
  }
  if (decisionRead.state !== 'valid') return { variables }
  const decision = decisionRead.value
  return {
    status: decision.status,
    variables: {
      ...variables,
      decision: decision.decision,
      reasons: decision.reasons.map((reason) => ({ message: reason.message, file: reason.file ?? null, field: reason.field ?? null })),
      evidence: decision.evidence.map((item) => ({ kind: item.kind, path: item.path, state: item.state, digest: item.digest })),
      packageDigest: decision.packageDigest ?? 'unknown',
      decidedAt: decision.decidedAt,
    },
  }
}

/**
 * The event key: what makes a message unique. Unless given: repository, period (a roster send: one
 * digest per period whatever the commit) or SHA, the status (status-driven mail: a partial alert and
 * a later failure alert for one SHA are two events), template and recipients.
 */
function eventKeyFor(
  request: MailRequest,
  template: string,
  addressing: Addressing,
  qualify: { template: boolean; recipient: boolean; status?: ReleaseStatus },
): string {
  const recipients = [...addressing.to, ...addressing.cc, ...addressing.bcc].map((address) => address.toLowerCase()).sort().join(',')
  if (!request.eventKey) {
    return [request.repository, request.period?.key ?? request.sha, ...(qualify.status ? [qualify.status] : []), template, recipients].join('|')
  }
  return [request.eventKey, ...(qualify.template ? [template] : []), ...(qualify.recipient ? [recipients] : [])].join('|')
}

export function eventNameFor(template: string, eventKey: string): string {
  return `${template}-${sha256Hex(eventKey).slice(0, 16)}`
}

function messageIdFor(eventKey: string, from: string): string {
  return `<${sha256Hex(eventKey).slice(0, 32)}.shipgate@${domainOf(from)}>`
}

async function chosenTemplate(request: MailRequest, fallback?: string): Promise<MailTemplate | undefined> {
  if (request.templateText || request.templateHtml) {
    if (request.template) throw new ConfigurationError("inputs 'template' and 'template-text'/'template-html': give a built-in template or template files, not both")
    return fileTemplate({ text: request.templateText, html: request.templateHtml }, request.subject)
  }
  const name = request.template ?? fallback
  return name ? builtInTemplate(name) : undefined
}

/**
 * Fails closed on a message that would carry a secret: a part or header that the run's masker
 * (which knows every secret registered, SMTP credentials and their AUTH forms included) would
 * change holds one, in one of its forms. The error names the part, and the template's variables
 * that hold one, never a value. Nothing has been previewed, written or sent yet.
 */
function refuseSecrets(template: MailTemplate, subject: { source: string; where: string }, mail: OutgoingMail, variables: Record<string, unknown>, secrets: Pick<Logger, 'mask'>): void {
  const holds = (text: string | undefined) => text !== undefined && secrets.mask(text) !== text
  const parts: Array<[part: string, text: string | undefined]> = [
    [`the subject (${subject.where})`, mail.subject],
    [`the text part (${template.sources.text ?? 'text'})`, mail.text],
    [`the HTML part (${template.sources.html ?? 'html'})`, mail.html],
    ['the From header', mail.from],
    ['the Reply-To header', mail.replyTo],
    ['the To header', mail.to.join(', ')],
    ['the Cc header', mail.cc.join(', ')],
    ['the Bcc header', mail.bcc.join(', ')],
    ['the Message-ID header', mail.messageId],
  ]
  const carriers = parts.filter(([, text]) => holds(text)).map(([part]) => part)
  if (carriers.length === 0) return
  const sources = [subject.source, template.text, template.html].filter((source): source is string => source !== undefined)
  const used = new Set(sources.flatMap((source) => variablesUsed(source).map((use) => use.path[0]!)))
  const culprits = [...used]
    .filter((name) => Object.hasOwn(variables, name) && !holds(name))
    .filter((name) => {
      const value = variables[name]
      return holds(typeof value === 'string' ? value : JSON.stringify(value))
    })
    .sort()
  const from = culprits.length > 0 ? `from the variable${culprits.length === 1 ? '' : 's'} ${culprits.map((name) => `'${name}'`).join(', ')}` : 'written in the template or an input itself'
  throw new ConfigurationError(
    `template ${template.name}: ${carriers.join(', ')} would carry a secret (a password, token or SMTP credential given to this run, in one of its forms), ${from}; ` +
      "nothing was previewed, written or sent. A secret never goes into a message: take it out of 'variables', data-file, data-command, the roster or the template",
  )
}

export async function planMail(request: MailRequest, store: EvidenceStore, today: string, secrets: Pick<Logger, 'mask'>): Promise<MailPlan> {
  if (!request.from) throw new ConfigurationError("input 'from': required; the sender address (or mail.from in shipgate.yml), which must be in allowed-from")
  const from = requireAddress(request.from, "input 'from'")
  assertAllowedFrom(from, request.allowedFrom)
  const replyTo = request.replyTo ? requireAddress(request.replyTo, "input 'reply-to'") : undefined
  const address = (list: string[], input: string) => list.map((item) => requireAddress(item, `input '${input}'`))
  const given: Addressing = { to: address(request.to, 'to'), cc: address(request.cc, 'cc'), bcc: address(request.bcc, 'bcc') }
  const ops = address(request.ops, 'ops')

  const statusDriven = !request.roster && !request.template && !request.templateText && !request.templateHtml
  const release = await releaseVariables(store, request.sha, statusDriven && !request.status)
  const status = request.status ?? release.status
  const inputs = Object.fromEntries(Object.entries(request.inputVariables).map(([name, value]) => [camelCase(name), value]))
  const base: Record<string, unknown> = {
    ...release.variables,
    ...inputs,
    ...request.evidenceVariables,
    ...request.dataVariables,
    ...request.variables,
    status: status ?? 'unknown',
    date: request.period?.date ?? request.date ?? today,
    runUrl: request.runUrl,
    sha: request.sha,
    shortSha: request.sha.slice(0, 7),
    repository: request.repository,
  }

  const render = (template: MailTemplate, addressing: Addressing, variables: Record<string, unknown>, eventKey: string, recipient: string): PlannedMail => {
    const subjectOverride = template.name === 'custom' ? undefined : request.subject
    const rendered = renderTemplate(template, variables, subjectOverride)
    const event = eventNameFor(template.name, eventKey)
    const mail: OutgoingMail = { event, from, replyTo, ...addressing, ...rendered, messageId: messageIdFor(eventKey, from) }
    const subject = subjectOverride ? { source: subjectOverride, where: "input 'subject'" } : { source: template.subject, where: template.sources.subject }
    refuseSecrets(template, subject, mail, variables, secrets)
    return { template: template.name, eventKey, recipient, variables, mail }
  }

  if (request.period && !request.roster) throw new ConfigurationError("input 'period': only for roster sends (one digest per period); give 'roster', or leave 'period' empty")
  if (request.roster) {
    if (given.to.length + given.cc.length + given.bcc.length > 0) {
      throw new ConfigurationError("inputs 'to', 'cc', 'bcc' cannot be combined with 'roster': a roster send writes to each active person on the roster")
    }
    const roster = await requireValidRoster(request.roster)
    const template = (await chosenTemplate(request, 'daily-digest'))!
    // An address bounce-scan retired stays retired until the repository roster says inactive too.
    const retired = request.sendLog ? await retiredAddresses(request.sendLog) : new Map<string, string>()
    const skipped = roster.people
      .filter((person) => person.status === 'active' && retired.has(person.email.toLowerCase()))
      .map((person) => ({ recipient: person.email, reason: `retired by bounce-scan (${retired.get(person.email.toLowerCase())}); set it inactive in ${request.roster}` }))
    const active = roster.people.filter((person) => person.status === 'active' && !retired.has(person.email.toLowerCase()))
    const mails = active.map((person) => {
      const addressing = { to: [person.email], cc: [], bcc: [] }
      const variables = { ...base, ...person.columns, recipient: person.columns, sha: request.sha, repository: request.repository }
      return render(template, addressing, variables, eventKeyFor(request, template.name, addressing, { template: false, recipient: true }), person.email)
    })
    return {
      mails,
      rosterSend: true,
      inactive: roster.people.length - active.length - skipped.length,
      skipped,
      emptyReason: mails.length === 0 ? `no active person on the roster ${request.roster}` : undefined,
    }
  }

  const explicit = await chosenTemplate(request)
  const targets: Array<{ template: MailTemplate; addressing: Addressing }> = []
  if (explicit) {
    if (given.to.length === 0) throw new ConfigurationError("input 'to': required; who gets the message (one address per line or comma-separated), or mail.owners in shipgate.yml")
    targets.push({ template: explicit, addressing: given })
  } else if (status === 'success') {
    targets.push({ template: builtInTemplate('release-completed'), addressing: given })
  } else if (status === 'failure') {
    targets.push({ template: builtInTemplate('release-failed'), addressing: given })
    targets.push({ template: builtInTemplate('ops-alert'), addressing: { to: ops, cc: [], bcc: [] } })
  } else if (status === 'partial_success') {
    targets.push({ template: builtInTemplate('ops-alert'), addressing: { to: ops, cc: [], bcc: [] } })
  }
  const addressed = targets.filter((target) => target.addressing.to.length + target.addressing.cc.length + target.addressing.bcc.length > 0)
  const mails = addressed.map(({ template, addressing }) =>
    render(
      template,
      addressing,
      base,
      eventKeyFor(request, template.name, addressing, { template: targets.length > 1, recipient: false, status: explicit ? undefined : status }),
      [...addressing.to, ...addressing.cc, ...addressing.bcc].join(','),
    ),
  )
  const missing = targets.filter((target) => !addressed.includes(target)).map((target) => (target.template.name === 'ops-alert' ? "ops (input 'ops' or mail.ops)" : "owners (input 'to' or mail.owners)"))
  return {
    mails,
    rosterSend: false,
    inactive: 0,
    emptyReason: mails.length === 0 ? `nothing to send for status ${status}: no recipients for ${missing.join(' and ')}` : undefined,
  }
}
