// The report's typed model: what the evidence of one SHA says about its release, as the dashboard
// shows it and as the DORA figures count it. Built by read-releases.ts; nothing here reads files.
import type { CheckOutcome } from '../contracts/common.js'
import type { ContractKind, FieldProblem } from '../contracts/index.js'
import type { PipelineClose, StageTiming } from '../contracts/pipeline-timing.js'
import type { DecisionReason, ReleaseStatus } from '../contracts/release-decision.js'
import type { VerifyFailure } from '../stages/verify.js'

/** One contract of a release's evidence chain, as it stands in the evidence folder now. */
export interface ChainEntry {
  kind: ContractKind
  title: string
  /** The environment of `environments:` whose evidence it is; null for the release's own. */
  environment: string | null
  /** Where it is, relative to the evidence folder (`release/<sha>/decision.json`). */
  path: string
  /** For a folder of downloaded GitHub artifacts: the artifact it came from. */
  artifact: string | null
  state: 'valid' | 'invalid'
  /** The contract's `schema` field; null when the file cannot be read as the contract. */
  schema: string | null
  /** The digest of its canonical JSON; null when it is invalid. */
  digest: string | null
  problems: FieldProblem[]
}

export interface ReleaseCheck {
  environment: string | null
  /** acceptance or prod-verify, the stage that ran the check. */
  stage: 'acceptance' | 'prod-verify'
  check: CheckOutcome
}

export type ReleaseTimeline =
  | {
      state: 'valid'
      /** The pipeline run shown: the one the release decision closed, else the latest. */
      run: string
      stages: StageTiming[]
      closed: PipelineClose | null
      /** The other runs recorded for the SHA (reruns), by name. */
      otherRuns: string[]
    }
  | { state: 'missing' }
  | { state: 'invalid'; problem: string }

/** Whether the release reached production, and which files say so. */
export interface ProductionDeployment {
  deployed: boolean
  /** The files that show the deploy (relative to the evidence folder); empty when it did not. */
  files: string[]
}

export interface ReleaseRecord {
  sha: string
  repository: string | null
  /** The release decision as recorded; null when there is none or it cannot be read. */
  decision: 'YES' | 'NO' | null
  status: ReleaseStatus | null
  decisionState: 'valid' | 'invalid' | 'missing'
  /** The file of the release decision, relative to the evidence folder. */
  decisionPath: string
  /** The environment the decision is for (the last of `environments:`); null in the single flow. */
  environment: string | null
  /**
   * The environment that said NO before the release reached `environment` (staging, for a release
   * the decision calls NO for production); null when it was not stopped on the way.
   */
  stoppedAt: string | null
  decidedAt: string | null
  /** From the closed pipeline timing; null when the commit time is unknown. */
  commitTime: string | null
  /** From the commit to the decision; null when either is unknown. */
  leadTimeMs: number | null
  reasons: DecisionReason[]
  /** `shipgate verify` holds for the SHA: every contract valid and every digest link intact. */
  evidenceHolds: boolean
  evidenceFailures: VerifyFailure[]
  /** Counted as a YES: the decision is YES and the evidence it was taken on still holds. */
  trustedYes: boolean
  chain: ChainEntry[]
  checks: ReleaseCheck[]
  timeline: ReleaseTimeline
  production: ProductionDeployment
}

export interface ReportWindow {
  since: Date
  until: Date
}
