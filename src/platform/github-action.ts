// Runs an action as a GitHub Actions step: inputs from INPUT_*, outputs to $GITHUB_OUTPUT, the job
// summary to $GITHUB_STEP_SUMMARY, and any throw turned into a failed step with the action's name.
import { appendFile } from 'node:fs/promises'
import { ConfigurationError, errorMessage, userErrorOf } from '../errors.js'
import type { evidenceStoreSettings, openEvidenceStore } from '../evidence/open-store.js'
import type { EvidenceStore } from '../evidence/store.js'
import type { StageRun } from '../stages/timing.js'
import * as core from './actions-core.js'
import { parseSettings, withDefaults, type ActionContext, type ActionDefinition, type ActionResult } from './action.js'
import { systemClock } from './clock.js'
import { actionsExec, execLoggingTo } from './exec.js'
import { logFormatOf, logFormatProblem, RunnerLogger, type Logger } from './logger.js'
import { failureSummary } from './markdown.js'
import { runEnvironmentFromEnv } from './run-environment.js'

export interface ActionRun {
  outputs: Record<string, string>
  summary?: string
  failed?: string
  failedFile?: string
}

/** Runs an action with the given context; shared by the runner adapter and the command. */
export async function executeAction<Settings>(
  definition: ActionDefinition<Settings>,
  given: (name: string) => string | undefined,
  context: ActionContext,
): Promise<ActionRun> {
  const startedAt = context.clock.now()
  const settings = parseSettings(definition, withDefaults(definition as ActionDefinition<unknown>, given), context.logger)
  return executeWithSettings(definition, settings, context, startedAt)
}

/** Runs an action on settings parsed from its inputs at startedAt; the stage's timing is recorded from then. */
async function executeWithSettings<Settings>(definition: ActionDefinition<Settings>, settings: Settings, context: ActionContext, startedAt: Date): Promise<ActionRun> {
  const stage = definition.name
  const target = definition.timing?.(settings, context)
  const sha = target?.sha ?? context.environment.sha
  const durationMs = () => context.clock.now().getTime() - startedAt.getTime()
  const record = async (outcome: StageRun['outcome']) => {
    if (!target) return
    const { pipelineRunOf, recordStageTiming } = await import('../stages/timing.js')
    await recordStageTiming(target.store, target.sha, { stage, startedAt, finishedAt: context.clock.now(), outcome, run: pipelineRunOf(context.environment) })
  }
  context.logger.event('stage_started', { stage, sha })
  let result: ActionResult
  try {
    result = await definition.run(settings, context)
  } catch (error) {
    // The stage's own error is what the user needs; a timing problem must not hide it.
    await record('failure').catch((timingError: unknown) => context.logger.warning(`pipeline timing not recorded: ${errorMessage(timingError)}`))
    const reason = userErrorOf(error)?.message ?? `unexpected error (a bug in shipgate): ${errorMessage(error)}`
    context.logger.event('stage_failed', { stage, sha, status: 'failure', duration_ms: durationMs(), reason })
    throw error
  }
  // A NO is a result, not a failure, even when the step is made to fail on it.
  const outcome = result.outcome ?? (result.failure ? 'failure' : 'success')
  await record(outcome)
  if (result.failure) context.logger.event('stage_failed', { stage, sha, status: outcome, duration_ms: durationMs(), reason: result.failure.message })
  else context.logger.event('stage_completed', { stage, sha, status: outcome, duration_ms: durationMs() })
  return { outputs: result.outputs, summary: result.summary, failed: result.failure?.message, failedFile: result.failure?.file }
}

/** The evidence backends' module, which the runner loads once the inputs parse (see runAsGitHubAction). */
interface EvidenceBackends {
  evidenceStoreSettings: typeof evidenceStoreSettings
  openEvidenceStore: typeof openEvidenceStore
}

export function runnerContext(backends: EvidenceBackends, logger: Logger, env: NodeJS.ProcessEnv = process.env): ActionContext {
  // One store per folder, so a stage and its timing share what was downloaded and uploaded.
  const stores = new Map<string, EvidenceStore>()
  return {
    environment: runEnvironmentFromEnv(env, 'github'),
    logger,
    exec: logFormatOf(env) === 'json' ? execLoggingTo(actionsExec, logger) : actionsExec,
    clock: systemClock,
    openStore: (artifactsDir) => {
      let store = stores.get(artifactsDir)
      if (!store) {
        store = backends.openEvidenceStore(artifactsDir, backends.evidenceStoreSettings(env), logger)
        stores.set(artifactsDir, store)
      }
      return store
    },
  }
}

/** The entry of every bundle: never throws; a failure sets the exit code and an error annotation. */
export async function runAsGitHubAction<Settings>(definition: ActionDefinition<Settings>): Promise<void> {
  const logger = new RunnerLogger(logFormatOf(process.env))
  try {
    const logFormat = logFormatProblem(process.env)
    if (logFormat) throw new ConfigurationError(logFormat)
    const startedAt = systemClock.now()
    const settings = parseSettings(definition, withDefaults(definition as ActionDefinition<unknown>, (name) => core.getInput(name)), logger)
    // The evidence backends, and with them every contract's schema, load once the inputs parse, so
    // that a bad input fails without them (bench/startup: start-up to the first input error).
    const run = await executeWithSettings(definition, settings, runnerContext(await import('../evidence/open-store.js'), logger), startedAt)
    // Outputs and the summary are not log lines, and the runner masks neither: the logger's masker does.
    for (const [name, value] of Object.entries(run.outputs)) core.setOutput(name, logger.mask(value))
    if (run.summary) await appendJobSummary(run.summary, logger)
    if (run.failed) logger.failed(`${definition.name}: ${run.failed}`, { file: run.failedFile })
  } catch (error) {
    // A stack trace only ever means a bug: the user's mistakes (a file system path included) get a message.
    const userError = userErrorOf(error)
    const message = userError ? userError.message : `unexpected error (a bug in shipgate): ${(error as Error).stack ?? errorMessage(error)}`
    logger.failed(`${definition.name}: ${message}`, { file: userError?.file, line: userError?.line })
    // A step that fails by throwing still says in the job summary what failed and what to fix; masked
    // before it is escaped as Markdown as well as after.
    const file = userError?.file === undefined ? undefined : logger.mask(userError.file)
    await appendJobSummary(failureSummary(definition.name, logger.mask(message), { file, line: userError?.line }), logger).catch((summaryError: unknown) =>
      logger.warning(`job summary not written: ${errorMessage(summaryError)}`),
    )
  }
}

/** Appends markdown, masked, to the job summary, ending in a newline; nothing where the runner keeps none (no GITHUB_STEP_SUMMARY). */
async function appendJobSummary(markdown: string, logger: Logger): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return
  // The runner creates the file before the step; core refuses to write one that is not there yet.
  await appendFile(file, '')
  const masked = logger.mask(markdown)
  await core.appendSummary(masked, !masked.endsWith('\n'))
}
