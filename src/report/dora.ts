// The four DORA figures over a window, as pure functions of the releases read from the evidence.
// The definitions here are the ones the dashboard prints beside each figure (DORA_DEFINITIONS).
import type { ReleaseRecord, ReportWindow } from './model.js'

const DAY_MS = 24 * 60 * 60 * 1000

export const DORA_DEFINITIONS = {
  productionDeployment:
    'A production deployment is a release whose release decision can be read and whose package reached production: ' +
    "production's deployment record says deployed or failed (or cannot be read), or production was verified for it. " +
    'It happened at the decision\'s decidedAt; it is in the window when since <= decidedAt <= until. A SHA counts once, with its latest decision.',
  success:
    'A production deployment succeeded when its decision is YES and its evidence still holds (shipgate verify: every contract valid, every digest link intact); ' +
    'every other one failed: a NO, a failure status, or evidence that is invalid or was changed after the decision, which never counts as a YES.',
  deploymentFrequency: 'Successful production deployments in the window, divided by the window\'s length in days (per day) and times 7 (per week).',
  leadTime:
    'For each successful production deployment in the window whose commit time is known (the closed pipeline timing\'s commitTime): ' +
    'from the commit time to the release decision\'s decidedAt. The figure is the median (the mean of the two middle values for an even count).',
  changeFailureRate: 'Failed production deployments in the window divided by all production deployments in the window.',
  timeToRestore:
    'An incident is a run of consecutive failed production deployments (in decidedAt order); it starts at the first failure and is restored by the next ' +
    'successful production deployment decided no later than the window\'s end. For incidents that start in the window: the median time from start to restore. ' +
    'Incidents not restored by the end of the window are listed as open and left out of the median.',
} as const

export interface DeploymentRef {
  sha: string
  decidedAt: string
  /** The files that show it: the decision, and the deployment record or production result. */
  files: string[]
}

export interface LeadTimeSample extends DeploymentRef {
  commitTime: string
  leadTimeMs: number
}

export interface Incident {
  failedSha: string
  failedAt: string
  /** Every failed deployment of the incident, the first one first. */
  failures: string[]
  restoredSha: string | null
  restoredAt: string | null
  restoreMs: number | null
}

export interface DoraFigures {
  window: { since: string; until: string; days: number }
  deploymentFrequency: { deployments: number; perDay: number; perWeek: number; byDay: Array<{ day: string; successes: number; failures: number }>; counted: DeploymentRef[] }
  leadTime: { medianMs: number | null; samples: LeadTimeSample[]; withoutCommitTime: string[] }
  changeFailureRate: { deployments: number; failures: number; rate: number | null; failed: Array<DeploymentRef & { why: string }>; counted: DeploymentRef[] }
  timeToRestore: { medianMs: number | null; incidents: Incident[] }
  /** Releases left out of every figure, and why. */
  notCounted: Array<{ sha: string; why: string }>
}

interface ProductionDeploymentOf {
  release: ReleaseRecord
  at: number
  ref: DeploymentRef
  succeeded: boolean
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export function succeeded(release: ReleaseRecord): boolean {
  return release.trustedYes && release.status !== 'failure'
}

export function failureReason(release: ReleaseRecord): string {
  if (release.decision !== 'YES') return `decision ${release.decision ?? 'unknown'} (${release.status ?? 'no status'})`
  if (!release.evidenceHolds) return 'decision YES, but the evidence does not hold (invalid or changed after the decision)'
  return `status ${release.status ?? 'unknown'}`
}

/** The production deployments of all time, oldest first (a tie in time by SHA). */
export function productionDeployments(releases: ReleaseRecord[]): ProductionDeploymentOf[] {
  return releases
    .filter((release) => release.decidedAt !== null && release.production.deployed)
    .map((release) => ({
      release,
      at: Date.parse(release.decidedAt!),
      ref: { sha: release.sha, decidedAt: release.decidedAt!, files: [release.decisionPath, ...release.production.files] },
      succeeded: succeeded(release),
    }))
    .sort((a, b) => a.at - b.at || a.release.sha.localeCompare(b.release.sha))
}

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

export function computeDora(releases: ReleaseRecord[], window: ReportWindow): DoraFigures {
  const since = window.since.getTime()
  const until = window.until.getTime()
  if (!(until > since)) throw new Error(`bug: the report window ends (${window.until.toISOString()}) before it starts (${window.since.toISOString()})`)
  const days = (until - since) / DAY_MS
  const all = productionDeployments(releases)
  const inWindow = all.filter((deployment) => deployment.at >= since && deployment.at <= until)
  const successes = inWindow.filter((deployment) => deployment.succeeded)
  const failures = inWindow.filter((deployment) => !deployment.succeeded)

  const byDay: DoraFigures['deploymentFrequency']['byDay'] = []
  for (let day = Date.parse(`${utcDay(since)}T00:00:00.000Z`); day <= until; day += DAY_MS) {
    const of = inWindow.filter((deployment) => utcDay(deployment.at) === utcDay(day))
    byDay.push({ day: utcDay(day), successes: of.filter((deployment) => deployment.succeeded).length, failures: of.filter((deployment) => !deployment.succeeded).length })
  }

  const samples: LeadTimeSample[] = successes
    .filter((deployment) => deployment.release.commitTime !== null)
    .map((deployment) => ({ ...deployment.ref, commitTime: deployment.release.commitTime!, leadTimeMs: deployment.at - Date.parse(deployment.release.commitTime!) }))

  const incidents: Incident[] = []
  let open: Incident | undefined
  for (const deployment of all.filter((each) => each.at <= until)) {
    if (!deployment.succeeded) {
      if (open) open.failures.push(deployment.release.sha)
      else open = { failedSha: deployment.release.sha, failedAt: deployment.ref.decidedAt, failures: [deployment.release.sha], restoredSha: null, restoredAt: null, restoreMs: null }
    } else if (open) {
      incidents.push({ ...open, restoredSha: deployment.release.sha, restoredAt: deployment.ref.decidedAt, restoreMs: deployment.at - Date.parse(open.failedAt) })
      open = undefined
    }
  }
  if (open) incidents.push(open)
  const windowIncidents = incidents.filter((incident) => Date.parse(incident.failedAt) >= since)

  const notCounted = releases
    .filter((release) => release.decidedAt === null || !release.production.deployed)
    .map((release) => ({
      sha: release.sha,
      why:
        release.decisionState === 'missing'
          ? 'no release decision yet'
          : release.decisionState === 'invalid'
            ? `the release decision ${release.decisionPath} cannot be read, so the release has no time to count it at`
            : `never reached production: ${failureReason(release)}`,
    }))

  return {
    window: { since: window.since.toISOString(), until: window.until.toISOString(), days },
    deploymentFrequency: { deployments: successes.length, perDay: successes.length / days, perWeek: (successes.length / days) * 7, byDay, counted: successes.map((deployment) => deployment.ref) },
    leadTime: {
      medianMs: median(samples.map((sample) => sample.leadTimeMs)),
      samples,
      withoutCommitTime: successes.filter((deployment) => deployment.release.commitTime === null).map((deployment) => deployment.release.sha),
    },
    changeFailureRate: {
      deployments: inWindow.length,
      failures: failures.length,
      rate: inWindow.length === 0 ? null : failures.length / inWindow.length,
      failed: failures.map((deployment) => ({ ...deployment.ref, why: failureReason(deployment.release) })),
      counted: inWindow.map((deployment) => deployment.ref),
    },
    timeToRestore: {
      medianMs: median(windowIncidents.flatMap((incident) => (incident.restoreMs === null ? [] : [incident.restoreMs]))),
      incidents: windowIncidents,
    },
    notCounted,
  }
}
