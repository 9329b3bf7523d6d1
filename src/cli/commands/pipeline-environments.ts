// `shipgate pipeline` with `environments:`: after the package is built and promoted, each
// environment in order is deployed (through its promotion gate), accepted, verified and decided.
// A NO stops the promotion; the release's decision is then still written, for the last
// environment, naming the environment that said NO. An environment with `promotion: manual` is
// where the run stops, until `shipgate pipeline --environment <name>` promotes to it.
import { environmentRequires, type EnvironmentConfig, type EnvironmentStep } from '../../config/environments-config.js'
import type { ShipgateConfig } from '../../config/shipgate-config.js'
import type { EvidenceStore } from '../../evidence/store.js'
import type { ActionContext } from '../../platform/action.js'
import type { ActionRun } from '../../platform/github-action.js'
import { deployToEnvironment } from '../../stages/environment-promotion.js'
import { pipelineRunOf, recordStageTiming } from '../../stages/timing.js'

/** What pipeline.ts lends the environments: its stage printer and its action runner. */
export interface PipelineSteps {
  sha: string
  workspace: string
  configPath: string
  artifactsDir: string
  store: EvidenceStore
  context: ActionContext
  say: (line: string) => void
  timed: <T>(stage: string, work: () => Promise<T>, judge: (result: T) => { ok: boolean; detail: string }) => Promise<T | undefined>
  runAction: (name: string, inputs: Record<string, string>) => () => Promise<ActionRun>
  /** Registers what a deploy started, to be stopped at the end of the run. */
  started: (stop: string) => void
  /** An explicit replay of an older package (shipgate rollback). */
  replay?: boolean
}

export interface EnvironmentsOutcome {
  /** The environments that said YES, in order. */
  passed: string[]
  /** The environment that said NO or failed, if one did. */
  failed?: string
  /** A manual environment the run stopped before. */
  waiting?: string
  /** The environment whose decision this run ends on (the last one's, when it was decided), and whether it is YES. */
  decided?: { environment: string; yes: boolean }
}

/** Runs `only`, or every environment from the first until one says NO or waits for a manual promotion. */
export async function runEnvironments(config: ShipgateConfig, steps: PipelineSteps, only?: string): Promise<EnvironmentsOutcome> {
  const environments = config.environments ?? []
  const outcome: EnvironmentsOutcome = { passed: [] }
  for (const [index, environment] of environments.entries()) {
    if (only !== undefined && environment.name !== only) continue
    const step: EnvironmentStep = { environment, index, previous: index > 0 ? environments[index - 1]!.name : null, final: index === environments.length - 1 }
    if (only === undefined && index > 0 && environment.promotion === 'manual') {
      outcome.waiting = environment.name
      steps.say(`• ${environment.name}: promotion is manual; ${step.previous} said YES. Promote with: shipgate pipeline --environment ${environment.name} --config ${steps.configPath} --artifacts-dir ${steps.artifactsDir}`)
      return outcome
    }
    const ok = await runEnvironment(step, steps)
    outcome.decided = { environment: environment.name, yes: ok }
    if (!ok) {
      outcome.failed = environment.name
      const last = environments.at(-1)!
      if (!step.final && only === undefined) outcome.decided = { environment: last.name, yes: await decideFinal(last, steps) }
      return outcome
    }
    outcome.passed.push(environment.name)
  }
  return outcome
}

/** The release's decision without any environment run (the package was not built): for the last environment, a NO that says why. */
export async function decideFinal(last: EnvironmentConfig, steps: Pick<PipelineSteps, 'sha' | 'artifactsDir' | 'configPath' | 'timed' | 'runAction'>): Promise<boolean> {
  const decision = await steps.timed(
    `decision ${last.name}`,
    steps.runAction('release-decision', { sha: steps.sha, 'artifacts-dir': steps.artifactsDir, config: steps.configPath, environment: last.name, 'fail-on-no': 'false' }),
    (run) => ({ ok: run.outputs.decision === 'YES', detail: `${run.outputs.decision} (${run.outputs.status})` }),
  )
  return decision !== undefined
}

/** Deploy, acceptance, verification and the decision of one environment; true on its YES. */
async function runEnvironment(step: EnvironmentStep, steps: PipelineSteps): Promise<boolean> {
  const { environment } = step
  const { sha, store, context } = steps
  const common = { sha, 'artifacts-dir': steps.artifactsDir, config: steps.configPath, environment: environment.name }
  const stage = `deploy ${environment.name}`
  const started = new Date()
  steps.started(environment.deploy.stop ?? '')
  const deployed = await steps.timed(
    stage,
    () =>
      deployToEnvironment(
        { sha, environment: environment.name, previous: step.previous, command: environment.deploy.command, workspace: steps.workspace, replay: steps.replay ?? false },
        { store, exec: context.exec, logger: context.logger, clock: context.clock },
      ),
    (result) => ({ ok: true, detail: result.packageDigest }),
  )
  await recordStageTiming(store, sha, { stage, startedAt: started, finishedAt: new Date(), outcome: deployed ? 'success' : 'failure', run: pipelineRunOf(context.environment) })
  if (deployed) {
    if (environment.acceptance.checks.length > 0) {
      await steps.timed(`acceptance ${environment.name}`, steps.runAction('acceptance', { ...common, 'fail-on-no': 'false' }), (run) => ({
        ok: !run.failed && run.outputs.decision === 'YES',
        detail: `decision ${run.outputs.decision ?? 'none'}${run.outputs.degraded === 'true' ? ' (degraded)' : ''}`,
      }))
    }
    if (environmentRequires(environment).requireProduction) {
      await steps.timed(`verify ${environment.name}`, steps.runAction('prod-verify', { ...common, 'fail-on-fail': 'false' }), (run) => ({
        ok: !run.failed && run.outputs.verdict === 'pass',
        detail: `verdict ${run.outputs.verdict ?? 'none'}`,
      }))
    }
  }
  const decision = await steps.timed(`decision ${environment.name}`, steps.runAction('release-decision', { ...common, 'fail-on-no': 'false' }), (run) => ({
    ok: run.outputs.decision === 'YES',
    detail: `${run.outputs.decision} (${run.outputs.status})`,
  }))
  return decision !== undefined
}
