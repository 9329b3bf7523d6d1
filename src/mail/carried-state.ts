// The mail state a scheduled send carries between runs (ledger, send log, bounce bookkeeping): which
// earlier run holds it (only a completed run of the same workflow file, on the default branch,
// started by the schedule or by hand in this repository: an artifact of that name from a pull
// request or a fork never drives a live send), and the state.json stamp that what was downloaded is
// checked against before anything is sent.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { ConfigurationError } from '../errors.js'
import { readTextIfPresent, writeFileAtomic } from '../evidence/local-store.js'
import type { CarriedStateApi, CompletedRunRecord } from '../platform/github-api.js'
import { PROCESSED_JOURNAL } from './bounces/bounce-log.js'
import { isCutShortRecord } from './jsonl.js'
import { ledgerEntry } from './ledger.js'
import { sendLogLine } from './send-log.js'

/** The events whose runs may leave mail state behind: never pull_request, pull_request_target or workflow_run. */
export const TRUSTED_STATE_EVENTS: readonly string[] = ['schedule', 'workflow_dispatch']

export interface CarriedStateQuery {
  repository: string
  /** The workflow file, e.g. .github/workflows/scheduled-send.yml. */
  workflowPath: string
  branch: string
  artifact: string
  /** How many of the newest completed runs on the branch to look at. */
  limit: number
}

export interface CarriedStateRun {
  runId: number
  artifactId: number
  createdAt: string
}

/** Why a run was passed over, for the log; undefined when it may hold the state. */
export function untrustedReason(run: CompletedRunRecord, query: CarriedStateQuery): string | undefined {
  if (run.path !== query.workflowPath) return `another workflow (${run.path || 'unknown'})`
  if (!TRUSTED_STATE_EVENTS.includes(run.event)) return `started by ${run.event}`
  if (run.headBranch !== query.branch) return `on branch ${run.headBranch ?? 'unknown'}`
  if (run.headRepository !== query.repository) return `code from ${run.headRepository ?? 'an unknown repository'}`
  return undefined
}

/** The newest trusted run that still has the artifact, or undefined when there is none yet. */
export async function findCarriedState(
  query: CarriedStateQuery,
  api: CarriedStateApi,
  log: (line: string) => void,
): Promise<CarriedStateRun | undefined> {
  const runs = await api.completedRuns(query.workflowPath, query.branch, query.limit)
  for (const run of runs) {
    const reason = untrustedReason(run, query)
    if (reason) {
      if (run.path === query.workflowPath) log(`run ${run.id}: passed over (${reason})`)
      continue
    }
    const artifact = (await api.runArtifacts(run.id, query.artifact)).find((candidate) => !candidate.expired)
    if (artifact) return { runId: run.id, artifactId: artifact.id, createdAt: run.createdAt }
  }
  return undefined
}

/** The stamp a run writes into the carried state before keeping it: whose state this is. */
export const MAIL_STATE_SCHEMA = 'shipgate.mail-state/v1'
export const MAIL_STATE_FILE = 'state.json'
/** The files of the carried state whose every line is checked (a claims folder or old roster.csv is left alone). */
export const CARRIED_LEDGER = 'ledger.jsonl'
export const CARRIED_SEND_LOG = 'send-log.jsonl'

export const mailStateStamp = z
  .object({
    schema: z.literal(MAIL_STATE_SCHEMA),
    repository: z.string().regex(/^[^/\s]+\/[^/\s]+$/, 'owner/name'),
    workflow: z.string().min(1),
    runId: z.string().regex(/^\d+$/, 'a run id'),
    writtenAt: z.iso.datetime(),
  })
  .strict()
export type MailStateStamp = z.infer<typeof mailStateStamp>

const processedNoticeLine = z.looseObject({ noticeMessageId: z.string().min(1), at: z.string(), outcome: z.enum(['bounced', 'unmatched']) })

/** Writes state.json (atomically) into the state folder. */
export async function stampCarriedState(dir: string, stamp: Omit<MailStateStamp, 'schema'>): Promise<MailStateStamp> {
  const value = mailStateStamp.parse({ schema: MAIL_STATE_SCHEMA, ...stamp })
  await mkdir(dir, { recursive: true })
  await writeFileAtomic(join(dir, MAIL_STATE_FILE), `${JSON.stringify(value, null, 2)}\n`)
  return value
}

/**
 * Refuses (ConfigurationError naming the file, line and field) a downloaded state that is not
 * ours: state.json invalid or naming another repository, or a ledger, send-log or processed-notice
 * line that does not parse. Two things pass with a warning: a state with no state.json (kept by a
 * shipgate from before the stamp; the lookup took it from a trusted run of this workflow, and the
 * next state this run keeps is stamped), and a record cut short (a run killed or a disk full
 * mid-write: the start of a JSON object, last in the file or ended by the next append; the readers
 * skip it, so what it held is as if never written).
 */
export async function verifyCarriedState(dir: string, repository: string): Promise<{ stamp?: MailStateStamp; lines: number; warnings: string[] }> {
  const stampPath = join(dir, MAIL_STATE_FILE)
  const stampText = await readTextIfPresent(stampPath)
  const warnings: string[] = []
  let stamp: MailStateStamp | undefined
  if (stampText === undefined) {
    warnings.push(`${stampPath}: missing: a state kept before shipgate stamped its mail state; taken because it came from a trusted run of this workflow, and stamped when this run keeps it`)
  } else {
    stamp = parseStamp(stampPath, stampText, repository)
  }
  let lines = 0
  const checks: Array<[string, z.ZodType]> = [
    [CARRIED_LEDGER, ledgerEntry],
    [CARRIED_SEND_LOG, sendLogLine],
    [PROCESSED_JOURNAL, processedNoticeLine],
  ]
  for (const [file, schema] of checks) {
    const path = join(dir, file)
    const text = await readTextIfPresent(path)
    if (text === undefined) continue
    const rows = text.split('\n')
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index]!
      if (row.trim() === '') continue
      let value: unknown
      try {
        value = JSON.parse(row)
      } catch {
        // The last line, with no newline after it: a write cut short by a kill.
        if (index === rows.length - 1) {
          warnings.push(`${path}:${index + 1}: a last line cut short (a run killed while writing it); skipped, as every reader skips it`)
          continue
        }
        // The start of a record, which the next append ended with its own line break.
        if (isCutShortRecord(row)) {
          warnings.push(`${path}:${index + 1}: a record cut short (a run killed or a disk full while writing it); skipped, as every reader skips it`)
          continue
        }
        throw new ConfigurationError(`${path}:${index + 1}: not a JSON line`, { file: path, line: index + 1 })
      }
      const parsed = schema.safeParse(value)
      if (!parsed.success) throw new ConfigurationError(`${path}:${index + 1}: ${describeIssues(parsed.error.issues)}`, { file: path, line: index + 1 })
      lines++
    }
  }
  return { stamp, lines, warnings }
}

function parseStamp(stampPath: string, stampText: string, repository: string): MailStateStamp {
  let stampJson: unknown
  try {
    stampJson = JSON.parse(stampText)
  } catch (error) {
    throw new ConfigurationError(`${stampPath}: not JSON (${(error as Error).message})`, { file: stampPath })
  }
  const stamp = mailStateStamp.safeParse(stampJson)
  if (!stamp.success) throw new ConfigurationError(`${stampPath}: ${describeIssues(stamp.error.issues)} (expected schema ${MAIL_STATE_SCHEMA})`, { file: stampPath })
  if (stamp.data.repository !== repository) {
    throw new ConfigurationError(`${stampPath}: repository: is '${stamp.data.repository}', expected '${repository}': this state was written for another repository`, { file: stampPath })
  }
  return stamp.data
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(the line)'}: ${issue.message}`)
    .join('; ')
}
