// The verdict of each check list, derived in one place: acceptance and prod-verify write it, and
// release-decision derives it again from the checks it reads, so a summary field edited on its own
// (decision: YES over a failed required check) shows as a contradiction instead of counting.
import type { CheckOutcome } from '../contracts/common.js'
import type { CommitStageEvidence } from '../contracts/commit-stage.js'
import type { ReleaseDecision } from '../contracts/release-decision.js'
import { plural } from '../platform/markdown.js'

type Check = Pick<CheckOutcome, 'name' | 'required' | 'status'>

export interface AcceptanceVerdict {
  decision: 'YES' | 'NO'
  /** An optional check failed. */
  degraded: boolean
}

/**
 * NO when a required check failed, or when there is no check at all. A check skipped for the
 * release's scope (a runtime check on a docs-only release) does not fail acceptance.
 */
export function acceptanceVerdict(checks: readonly Check[]): AcceptanceVerdict {
  const requiredFailed = checks.some((check) => check.required && check.status === 'fail')
  return {
    decision: requiredFailed || checks.length === 0 ? 'NO' : 'YES',
    degraded: checks.some((check) => !check.required && check.status === 'fail'),
  }
}

export interface ProductionVerdict {
  verdict: 'pass' | 'fail'
  /** An optional check failed or was skipped (for lack of a tool). */
  degraded: boolean
}

/** fail when a required check did not pass, or when nothing passed: verification that verified nothing is not a pass. */
export function productionVerdict(checks: readonly Check[]): ProductionVerdict {
  const failed = checks.some((check) => check.required && check.status !== 'pass') || !checks.some((check) => check.status === 'pass')
  return {
    verdict: failed ? 'fail' : 'pass',
    degraded: checks.some((check) => !check.required && check.status !== 'pass'),
  }
}

export const PASSING_CONCLUSION = 'success'

/**
 * Why commit-stage evidence that says `passed: true` does not prove it: the check did not conclude
 * success, it was taken on another SHA without a pull request to explain it, or docs drift that was
 * configured to fail was found. Empty when `passed` follows from the evidence.
 */
export function commitStageContradictions(evidence: CommitStageEvidence): { field: string; message: string }[] {
  if (!evidence.passed) return []
  const problems: { field: string; message: string }[] = []
  const { check } = evidence
  if (check.conclusion !== PASSING_CONCLUSION) {
    problems.push({ field: 'check.conclusion', message: `is '${check.conclusion}', but passed is true: only a check that concluded ${PASSING_CONCLUSION} passes` })
  }
  if (check.via === 'pull-request-head') {
    if (check.pullRequest === null) {
      problems.push({ field: 'check.pullRequest', message: 'is null, but the check was taken from a pull request head: the pull request that links it to this SHA is not named' })
    }
  } else if (check.checkedSha !== evidence.sha) {
    problems.push({ field: 'check.checkedSha', message: `is ${check.checkedSha}, not this SHA ${evidence.sha}: a check of another commit proves nothing about this one` })
  }
  if (evidence.drift.mode === 'fail' && evidence.drift.findings.length > 0) {
    problems.push({ field: 'drift.findings', message: `holds ${plural(evidence.drift.findings.length, 'finding')} with drift mode fail, but passed is true` })
  }
  return problems
}

/** Names of checks of one kind (required or optional) that did not pass, for a reason. */
export function checksNotPassed(checks: readonly Check[], required: boolean, statuses: readonly CheckOutcome['status'][] = ['fail', 'skipped']): string {
  const names = checks.filter((check) => check.required === required && statuses.includes(check.status)).map((check) => `${check.name} (${check.status})`)
  return names.length === 0 ? '' : `${required ? 'required' : 'optional'} checks not passed: ${names.join(', ')}`
}

/**
 * Why a decision's own fields disagree: YES is success or partial_success, NO is failure; a clean
 * success gives no reason, a partial success or a NO gives at least one. Empty when they agree.
 */
export function decisionContradictions(decision: Pick<ReleaseDecision, 'decision' | 'status' | 'reasons'>): { field: string; message: string }[] {
  const { status, reasons } = decision
  if (decision.decision === 'YES' && status === 'failure') return [{ field: 'status', message: 'is failure, but decision is YES: a failed decision is a NO' }]
  if (decision.decision === 'NO' && status !== 'failure') return [{ field: 'status', message: `is ${status}, but decision is NO` }]
  if (status === 'success' && reasons.length > 0) return [{ field: 'reasons', message: `holds ${plural(reasons.length, 'reason')}, but status is success: a clean YES has none` }]
  if (status !== 'success' && reasons.length === 0) return [{ field: 'reasons', message: `is empty, but status is ${status}: it must say why` }]
  return []
}
