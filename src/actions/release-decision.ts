// The release-decision action: inputs -> decideRelease -> outputs and a job summary. It writes
// the pipeline timing itself (it closes it), so it returns no `timing` for the adapter to append.
import { z } from 'zod'
import type { PipelineTiming } from '../contracts/pipeline-timing.js'
import { formatReason, type ReleaseDecision } from '../contracts/release-decision.js'
import { DEFAULT_ARTIFACTS_DIR } from '../evidence/artifacts-dir.js'
import { defineAction, inputs } from '../platform/action.js'
import { code, codeCell, digestDetails, escapeCell, escapeText, hasFullDigest, shortDigest, shortenDigests, statusIcon } from '../platform/markdown.js'
import { resolveRepository, resolveSha } from '../platform/run-environment.js'
import { DEFAULT_MAX_EVIDENCE_AGE_MS } from '../stages/judge.js'
import type { DecisionEnvironment } from '../stages/release-decision.js'
import { pipelineRunOf } from '../stages/timing.js'
import { artifactsDirInput, shaInput } from './common-inputs.js'
import { timingSummary } from './timing-summary.js'

export const RELEASE_DECISION_INPUTS = {
  sha: 'sha',
  artifactsDir: 'artifacts-dir',
  failOnNo: 'fail-on-no',
  commitTime: 'commit-time',
  maxEvidenceAge: 'max-evidence-age',
  requireDeployment: 'require-deployment',
  environment: 'environment',
  config: 'config',
} as const

export const RELEASE_DECISION_OUTPUTS = {
  decision: 'decision',
  status: 'status',
  decisionPath: 'decision-path',
} as const

const settings = z
  .object({
    [RELEASE_DECISION_INPUTS.sha]: inputs.sha(),
    [RELEASE_DECISION_INPUTS.artifactsDir]: inputs.text(),
    [RELEASE_DECISION_INPUTS.failOnNo]: inputs.boolean(true),
    [RELEASE_DECISION_INPUTS.commitTime]: z.iso
      .datetime({ offset: true, message: 'must be an ISO 8601 date-time with a zone, e.g. 2024-05-01T12:00:00Z' })
      .optional(),
    [RELEASE_DECISION_INPUTS.maxEvidenceAge]: inputs.duration(DEFAULT_MAX_EVIDENCE_AGE_MS),
    [RELEASE_DECISION_INPUTS.requireDeployment]: inputs.boolean(true),
    [RELEASE_DECISION_INPUTS.environment]: inputs.text(),
    [RELEASE_DECISION_INPUTS.config]: inputs.text(),
  })
  .transform((raw) => ({
    sha: raw.sha,
    artifactsDir: raw['artifacts-dir'] ?? DEFAULT_ARTIFACTS_DIR,
    failOnNo: raw['fail-on-no'],
    commitTime: raw['commit-time'] === undefined ? undefined : new Date(raw['commit-time']),
    policy: { maxEvidenceAgeMs: raw['max-evidence-age'], requireDeployment: raw['require-deployment'] },
    environment: raw.environment,
    config: raw.config,
  }))

export type ReleaseDecisionSettings = z.output<typeof settings>

export const releaseDecisionAction = defineAction<ReleaseDecisionSettings>({
  name: 'release-decision',
  description:
    'Says YES only when the manifest, acceptance, deployment and production evidence for a SHA are present, valid, fresh, in time order, name the same package, and their verdicts follow from their checks; closes the pipeline timing.',
  branding: { icon: 'check-circle', color: 'green' },
  inputs: {
    [RELEASE_DECISION_INPUTS.sha]: shaInput,
    [RELEASE_DECISION_INPUTS.artifactsDir]: artifactsDirInput,
    [RELEASE_DECISION_INPUTS.failOnNo]: { description: 'Fail the step when the decision is NO (the decision and outputs are written first).', default: 'true' },
    [RELEASE_DECISION_INPUTS.commitTime]: {
      description: 'When the release commit was made (ISO 8601), for the lead time. Default: the push event\'s head commit, else git\'s committer date.',
    },
    [RELEASE_DECISION_INPUTS.maxEvidenceAge]: {
      description: 'The oldest acceptance and production evidence that still counts: a plain decimal number with a unit (7d, 36h, 90m, 600s), at least 1s; older evidence is a NO. Give `shipgate verify` the same value.',
      default: '7d',
    },
    [RELEASE_DECISION_INPUTS.requireDeployment]: {
      description: 'Require the deployment record deploy-gate writes (outcome deployed, for this SHA and package). false for a deploy step of your own: a record that is there is still checked.',
      default: 'true',
    },
    [RELEASE_DECISION_INPUTS.environment]: {
      description:
        'An environment of the config\'s environments: list: decide for it, on its own acceptance, deployment and verification and on the previous environment\'s YES for the same package (environments/<name>/release/<sha>/decision.json). The last environment\'s decision is also the release\'s. Default: the single flow.',
    },
    [RELEASE_DECISION_INPUTS.config]: { description: 'The shipgate config that lists the environments (read only with environment).', default: 'shipgate.yml' },
  },
  outputs: {
    [RELEASE_DECISION_OUTPUTS.decision]: { description: 'YES or NO.' },
    [RELEASE_DECISION_OUTPUTS.status]: { description: 'success, partial_success or failure.' },
    [RELEASE_DECISION_OUTPUTS.decisionPath]: { description: 'The path of decision.json.' },
  },
  settings,
  async run(given, context) {
    const sha = resolveSha(given.sha, context.environment)
    const repository = resolveRepository(context.environment)
    // The judge loads once the inputs are known good, so that a bad input fails fast.
    const { decideRelease, resolveCommitTime } = await import('../stages/release-decision.js')
    const commitTime = await resolveCommitTime(given.commitTime, sha, context)
    const store = context.openStore(given.artifactsDir)
    const scoped = given.environment === undefined ? undefined : await decisionEnvironment(given.environment, given.config)
    const policy = { ...given.policy, ...scoped?.requires }
    const outcome = await decideRelease({ sha, repository, commitTime, policy, run: pipelineRunOf(context.environment), ...(scoped ? { environment: scoped.environment } : {}) }, { store, clock: context.clock, logger: context.logger })
    const { decision, path } = outcome
    const no = decision.decision === 'NO' ? noAnnotation(decision, path) : undefined
    // A NO the step does not fail on is still pointed out, once, as a warning on the evidence at fault.
    if (no && !given.failOnNo) context.logger.warning(no.message, { file: no.file })
    return {
      outputs: {
        [RELEASE_DECISION_OUTPUTS.decision]: decision.decision,
        [RELEASE_DECISION_OUTPUTS.status]: decision.status,
        [RELEASE_DECISION_OUTPUTS.decisionPath]: path,
      },
      summary: releaseDecisionSummary(decision, outcome.timing),
      failure: no && given.failOnNo ? no : undefined,
    }
  },
})

/**
 * A NO, as one annotation on the evidence file at fault: the first reason is the cause (the judge
 * names causes first), so the annotation sits on its file and names its field; the other reasons follow.
 */
export function noAnnotation(decision: ReleaseDecision, decisionPath: string): { message: string; file: string } {
  const [cause, ...others] = decision.reasons
  const causeText = cause ? formatReason({ ...cause, file: undefined }) : 'no reason recorded'
  const more = others.length > 0 ? `; also ${others.map(formatReason).join('; ')}` : ''
  return { message: `release decision is NO for ${decision.sha}: ${causeText}${more}`, file: cause?.file ?? decisionPath }
}

/** The environment decided for, and the evidence it needs: acceptance and verification only where checks are configured. */
async function decisionEnvironment(name: string, configPath: string | undefined): Promise<{ environment: DecisionEnvironment; requires: { requireAcceptance: boolean; requireProduction: boolean } }> {
  const { loadConfig } = await import('../config/shipgate-config.js')
  const { environmentRequires, environmentStep } = await import('../config/environments-config.js')
  const loaded = await loadConfig(configPath)
  const step = environmentStep(loaded.config.environments, name, loaded.path)
  return { environment: { name, promotedFrom: step.previous, final: step.final }, requires: environmentRequires(step.environment) }
}

/** The job summary: the answer, the evidence it rests on, the reasons (causes first), and where the time went. */
export function releaseDecisionSummary(decision: ReleaseDecision, timing: PipelineTiming | null): string {
  const where = 'environment' in decision ? ` for ${escapeText(decision.environment)}` : ''
  const lines = [
    `## Release decision${where}: ${statusIcon(decision.status)} ${decision.decision} (${decision.status})`,
    '',
  ]
  if (decision.status === 'partial_success') lines.push(`**Partial success**: the release may go, but ${escapeText(shortenDigests(degradedWhat(decision)))}.`, '')
  lines.push(
    `Commit ${code(decision.sha)} of ${escapeText(decision.repository)}; package ${decision.packageDigest ? code(shortDigest(decision.packageDigest)) : 'unknown (no valid manifest)'}.`,
    '',
    '| evidence | path | state | digest |',
    '| --- | --- | --- | --- |',
    ...decision.evidence.map(
      (entry) =>
        `| ${escapeCell(entry.kind)}${entry.required ? '' : ' (optional)'} | ${codeCell(entry.path)} | ${escapeCell(entry.state)} | ${entry.digest ? codeCell(shortDigest(entry.digest)) : '-'} |`,
    ),
    '',
  )
  if (decision.reasons.length > 0) {
    const title = decision.decision === 'NO' ? 'Reasons (causes first)' : 'What degraded'
    lines.push(`### ${title}`, '', ...decision.reasons.map((reason) => `- ${escapeCell(shortenDigests(formatReason(reason)))}`), '')
  }
  if (timing) lines.push(...timingSummary(timing), '')
  else lines.push('_The pipeline timing could not be trusted, so it was not closed and is not charted._', '')
  lines.push(
    ...digestDetails([
      ...(decision.packageDigest ? [['package', decision.packageDigest] as const] : []),
      ...decision.evidence.flatMap((entry) => (entry.digest ? [[entry.path, entry.digest] as const] : [])),
      ...decision.reasons.flatMap((reason) => (hasFullDigest(reason.message) ? [[`${formatReason({ ...reason, message: '' })}`.replace(/: $/, ''), reason.message] as const] : [])),
    ]),
  )
  return lines.join('\n')
}

/** The one line on what degraded: each degradation with the evidence it is in: acceptance degraded (optional checks not passed: …). */
function degradedWhat(decision: ReleaseDecision): string {
  const what = decision.reasons.map((reason) => {
    const kind = decision.evidence.find((entry) => entry.path === reason.file)?.kind ?? reason.file ?? 'evidence'
    return `${kind} degraded (${reason.message.replace(/^is true: /, '')})`
  })
  return what.join('; ')
}
