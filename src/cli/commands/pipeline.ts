// `shipgate pipeline`: the whole release pipeline on one machine, stage by stage, through the same
// action code the bundles run: commit-gate, build-once, promote, acceptance, deploy, prod-verify,
// release-decision. Exit 0 on YES, 1 on NO, 2 on a usage or configuration error.
import { dirname, resolve } from 'node:path'
import { actionLoaders } from '../../actions/index.js'
import { loadConfig, type ShipgateConfig } from '../../config/shipgate-config.js'
import { DEFAULT_ARTIFACTS_DIR } from '../../evidence/local-store.js'
import { assertSha } from '../../evidence/store.js'
import { ConfigurationError, errorMessage, userErrorOf } from '../../errors.js'
import type { ActionContext } from '../../platform/action.js'
import type { Exec, ExecResult } from '../../platform/exec.js'
import { executeAction, type ActionRun } from '../../platform/github-action.js'
import { logFormatOf } from '../../platform/logger.js'
import { deployAndRecord } from '../../stages/deploy.js'
import { scopedStore } from '../../evidence/scoped-store.js'
import { environmentStep } from '../../config/environments-config.js'
import { decideFinal, runEnvironments } from './pipeline-environments.js'
import { localRunId, nextLocalRunNumber, pipelineRunOf, recordStageTiming, runLabel, UNNUMBERED_LOCAL_RUN_ID } from '../../stages/timing.js'
import { EXIT, parseFlags, type CommandIo } from '../io.js'
import { commandLogger, localContext } from '../local-context.js'

const USAGE = `Usage: shipgate pipeline [--config FILE] [--sha SHA] [--artifacts-dir DIR] [--environment NAME] [--json]

Runs commit-gate -> build-once -> promote -> acceptance -> deploy -> prod-verify -> release-decision
on this machine, with the same code as the GitHub actions, and prints each stage as it starts and ends.
With environments: in the config, after promote each environment in order is deployed (only with
the previous one's YES), accepted, verified and decided; the last one's decision is the release's.

  --config FILE        The shipgate config (default shipgate.yml). Commands in it run in its folder.
  --sha SHA            The commit to release (default: git rev-parse HEAD).
  --artifacts-dir DIR  Where the evidence is written (default .artifacts).
  --environment NAME   Promote the built package to this one environment only (a manual promotion,
                       or a re-run); it still needs the previous environment's YES.
  --replay             An explicit replay of an already built package (what shipgate rollback
                       runs): no commit gate or build; the deploy is recorded as a replay.
  --json               Print one JSON summary of the run on stdout when it ends (the progress lines
                       go to stderr): {sha, repository, config, artifactsDir, stages: [{stage, ok,
                       detail, durationMs}], decision: {decision, status, environment?,
                       packageDigest, reasons} or null, pending, evidence, exitCode}.

Each run takes the next local run number for the SHA (local run 1, 2, ...) and records it with every
stage's timing, so that 'shipgate show' keeps runs apart; 'shipgate run <action>' on its own joins the
latest local run. Inside a GitHub job, GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT name the run instead.

Inputs the pipeline does not set itself (secrets, client ids) come from environment variables named
SHIPGATE_<ACTION>_<INPUT>, e.g. SHIPGATE_PROD_VERIFY_ALLOWED_CLIENT_SECRET.

Exit status: 0 the decision is YES, 1 it is NO, 2 a usage or configuration error.`

/** SHIPGATE_PROD_VERIFY_ALLOWED_CLIENT_ID for prod-verify's allowed-client-id. */
export function pipelineInputVariable(action: string, input: string): string {
  return `SHIPGATE_${action}_${input}`.toUpperCase().replace(/-/g, '_')
}

interface StageReport {
  stage: string
  ok: boolean
  detail: string
  durationMs: number
}

export async function pipelineCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseFlags('shipgate pipeline', args, {
    config: { type: 'string' },
    sha: { type: 'string' },
    'artifacts-dir': { type: 'string' },
    environment: { type: 'string' },
    replay: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  })
  if (values.help) {
    io.out(USAGE)
    return EXIT.ok
  }

  const configPath = resolve(io.cwd, values.config ?? 'shipgate.yml')
  const workspace = dirname(configPath)
  const artifactsDir = values['artifacts-dir'] ?? DEFAULT_ARTIFACTS_DIR
  const base = localContext(io.env, io.cwd, commandLogger(io))
  const context: ActionContext = { ...base, environment: { ...base.environment, workspace }, ...(values.json ? { exec: echoToStderr(base.exec, io) } : {}) }
  const config: ShipgateConfig = (await loadConfig(configPath)).config
  const sha = assertSha(values.sha ?? context.environment.sha ?? '', '--sha')
  if (values.environment !== undefined) environmentStep(config.environments, values.environment, configPath, '--environment')
  context.environment.sha = sha
  // In the JSON log format the progress lines go to the log as JSON too, beside the events; with
  // --json they go to stderr, so that stdout is the one JSON summary.
  const say = (line: string) => (logFormatOf(io.env) === 'json' ? context.logger.info(line) : values.json ? io.err(line) : io.out(line))
  const pipelineStarted = Date.now()
  context.logger.event('pipeline_started', { sha, repository: context.environment.repository, config: configPath })
  const store = context.openStore(artifactsDir)
  // Each local pipeline is a run of its own, so that its timing and evidence are not mixed with an
  // earlier run's for the same SHA; inside a GitHub job the job's run id and attempt say which run it is.
  if (context.environment.runId === UNNUMBERED_LOCAL_RUN_ID) {
    const recorded = await store.read('pipeline', sha).catch(() => undefined)
    context.environment.runId = localRunId(recorded?.state === 'valid' ? nextLocalRunNumber(recorded.value) : 1)
  }
  const run = pipelineRunOf(context.environment)
  say(`shipgate pipeline for ${sha} (${context.environment.repository}), ${runLabel(run)}, config ${configPath}, evidence in ${artifactsDir}`)

  const reports: StageReport[] = []
  const timed = async <T>(stage: string, work: () => Promise<T>, judge: (result: T) => { ok: boolean; detail: string }): Promise<T | undefined> => {
    say(`▶ ${stage}`)
    const started = Date.now()
    const ownEvents = stage === 'deploy' || stage.startsWith('deploy ')
    if (ownEvents) context.logger.event('stage_started', { stage, sha })
    try {
      const result = await work()
      const { ok, detail } = judge(result)
      reports.push({ stage, ok, detail, durationMs: Date.now() - started })
      if (ownEvents) context.logger.event('stage_completed', { stage, sha, status: 'success', duration_ms: Date.now() - started })
      say(`${ok ? '✔' : '✖'} ${stage} ${seconds(Date.now() - started)}${detail ? `: ${detail}` : ''}`)
      return ok ? result : undefined
    } catch (error) {
      const detail = userErrorOf(error)?.message ?? `unexpected error (a bug in shipgate): ${(error as Error).stack ?? errorMessage(error)}`
      reports.push({ stage, ok: false, detail, durationMs: Date.now() - started })
      if (ownEvents) context.logger.event('stage_failed', { stage, sha, status: 'failure', duration_ms: Date.now() - started, reason: detail })
      say(`✖ ${stage} ${seconds(Date.now() - started)}: ${detail}`)
      return undefined
    }
  }
  const runAction = (name: string, inputs: Record<string, string>) => async (): Promise<ActionRun> => {
    const load = actionLoaders[name]
    if (!load) throw new ConfigurationError(`the ${name} action is not part of this build of shipgate`)
    const definition = await load()
    const given = (input: string) => inputs[input] ?? io.env[pipelineInputVariable(name, input)]
    return executeAction(definition, given, context)
  }
  const common = { sha, 'artifacts-dir': artifactsDir, config: configPath }
  const passed = (run: ActionRun) => ({ ok: !run.failed, detail: run.failed ?? '' })

  // What the deploys started, stopped at the end in reverse order. One stop, however it is reached
  // (the end of the run, Ctrl-C, or both): a second caller waits for the first instead of exiting under it.
  const stops: string[] = []
  let stopping: Promise<void> | undefined
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      for (const command of [...new Set(stops)].reverse()) {
        say(`■ stopping what the deploy started: ${command}`)
        await context.exec.shell(command, { cwd: workspace, echo: true })
      }
    })())
  const onInterrupt = () => {
    io.err('shipgate pipeline: interrupted; stopping what was started')
    void stop().finally(() => process.exit(130))
  }
  process.once('SIGINT', onInterrupt)
  process.once('SIGTERM', onInterrupt)

  // acceptance -> deploy -> prod-verify, without environments:.
  const singleFlow = async (replay: boolean): Promise<void> => {
    const accepted = await timed('acceptance', runAction('acceptance', { ...common, 'fail-on-no': 'false' }), (run) => ({ ok: !run.failed && run.outputs.decision === 'YES', detail: `decision ${run.outputs.decision ?? 'none'}${run.outputs.degraded === 'true' ? ' (degraded)' : ''}` }))
    if (!accepted) return
    if (!config.deploy) {
      say('• deploy: no deploy command in the config; nothing was deployed, so production cannot be verified')
      return
    }
    const deployStarted = new Date()
    if (config.deploy.stop) stops.push(config.deploy.stop)
    const deployment = await timed('deploy', () => deployAndRecord({ sha, command: config.deploy!.command, workspace, environment: 'production', replay }, { store, exec: context.exec, logger: context.logger, clock: context.clock }), (result) => ({ ok: true, detail: result.packageDigest }))
    await recordStageTiming(store, sha, { stage: 'deploy', startedAt: deployStarted, finishedAt: new Date(), outcome: deployment ? 'success' : 'failure', run })
    if (deployment) {
      await timed('prod-verify', runAction('prod-verify', { ...common, 'fail-on-fail': 'false' }), (run) => ({ ok: !run.failed && run.outputs.verdict === 'pass', detail: `verdict ${run.outputs.verdict ?? 'none'}` }))
    }
  }

  // This run's decision: the release's, or with --environment or a manual promotion ahead, an environment's.
  let decided: { yes: boolean; environment?: string; waiting?: string } = { yes: false }
  const decidedYes = (run: ActionRun) => ({ ok: run.outputs.decision === 'YES', detail: `${run.outputs.decision} (${run.outputs.status})` })
  try {
    const only = values.environment
    const replay = values.replay === true
    const gates =
      only !== undefined ||
      replay ||
      ((await timed('commit-gate', runAction('commit-gate', common), (run) => ({ ok: !run.failed && run.outputs.passed !== 'false', detail: run.failed ?? describeScope(run.outputs) }))) &&
        (await timed('build-once', runAction('build-once', common), (run) => ({ ok: !run.failed, detail: `${run.outputs['package-digest']} (${run.outputs['runtime-mode']})` }))) &&
        (await timed('promote', runAction('promote', { ...common, 'files-root': workspace }), passed)))
    if (config.environments) {
      const last = config.environments.at(-1)!
      const steps = { sha, workspace, configPath, artifactsDir, store, context, say, timed, runAction, started: (command: string) => void (command && stops.push(command)) }
      if (gates) {
        const outcome = await runEnvironments(config, { ...steps, replay }, only)
        decided = { yes: outcome.decided?.yes ?? false, environment: outcome.decided?.environment, waiting: outcome.waiting }
      } else {
        decided = { yes: await decideFinal(last, steps), environment: last.name }
      }
    } else if (gates) {
      await singleFlow(replay)
    }
  } finally {
    await stop()
    process.removeListener('SIGINT', onInterrupt)
    process.removeListener('SIGTERM', onInterrupt)
  }

  if (!config.environments) decided = { yes: (await timed('release-decision', runAction('release-decision', { sha, 'artifacts-dir': artifactsDir, 'fail-on-no': 'false' }), decidedYes)) !== undefined }
  const decisionStore = scopedStore(store, { environment: decided.environment })
  const written = await decisionStore.read('release', sha).catch(() => undefined)
  say('')
  if (decided.waiting) {
    say(`Decision: pending: ${decided.waiting} waits for a manual promotion (${decided.environment ?? 'the previous environment'} said YES)`)
  } else if (written?.state === 'valid') {
    const where = 'environment' in written.value ? ` in ${written.value.environment}` : ''
    say(`Decision${where}: ${written.value.decision} (${written.value.status}) for package ${written.value.packageDigest ?? 'none'}`)
    for (const reason of written.value.reasons) say(`  - ${reason.file ? `${reason.file}: ` : ''}${reason.field ? `${reason.field}: ` : ''}${reason.message}`)
  } else {
    say(`Decision: NO (no valid decision was written: ${reports.at(-1)?.detail ?? 'unknown'})`)
  }
  say(`Evidence: ${decisionStore.pathOf('release', sha)}; shipgate show ${sha} --artifacts-dir ${artifactsDir}`)
  const ended = { sha, duration_ms: Date.now() - pipelineStarted, decision: written?.state === 'valid' ? written.value.decision : 'NO', status: written?.state === 'valid' ? written.value.status : 'failure' }
  const yes = decided.yes && written?.state === 'valid' && written.value.decision === 'YES'
  if (yes) context.logger.event('pipeline_completed', ended)
  else context.logger.event('pipeline_failed', { ...ended, reason: written?.state === 'valid' ? written.value.reasons.map((reason) => reason.message).join('; ') || 'decision NO' : (reports.at(-1)?.detail ?? 'no valid decision was written') })
  const exitCode = yes ? EXIT.ok : EXIT.no
  if (values.json) {
    const decision =
      written?.state === 'valid'
        ? {
            decision: written.value.decision,
            status: written.value.status,
            ...('environment' in written.value ? { environment: written.value.environment } : {}),
            packageDigest: written.value.packageDigest ?? null,
            reasons: written.value.reasons,
          }
        : null
    io.out(
      JSON.stringify(
        { sha, repository: context.environment.repository, config: configPath, artifactsDir, stages: reports, decision, pending: decided.waiting ?? null, evidence: decisionStore.pathOf('release', sha), exitCode },
        null,
        2,
      ),
    )
  }
  return exitCode
}

/** With --json, stdout is the summary alone: what the build and deploy commands print goes to stderr, once each has ended. */
function echoToStderr(exec: Exec, io: CommandIo): Exec {
  const echoed = (result: ExecResult, echo: boolean | undefined): ExecResult => {
    if (echo && (result.stdout || result.stderr)) io.err(`${result.stdout}${result.stderr}`)
    return result
  }
  return {
    shell: async (commandLine, options = {}) => echoed(await exec.shell(commandLine, { ...options, echo: false }), options.echo),
    run: async (program, args, options = {}) => echoed(await exec.run(program, args, { ...options, echo: false }), options.echo),
  }
}

function describeScope(outputs: Record<string, string>): string {
  const changed = (['runtime', 'infra'] as const).filter((part) => outputs[`${part}-changed`] === 'true')
  return `changes ${changed.length > 0 ? changed.join(' and ') : 'neither runtime nor infra'}${outputs['docs-drift'] === 'true' ? '; docs drifted' : ''}`
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}
