// `shipgate rollback --environment NAME`: puts the newest earlier package with a YES in that
// environment back, as an explicit replay with evidence of its own (deploy, acceptance,
// verification and decision again), through `shipgate pipeline --replay`.
import { resolve } from 'node:path'
import { loadConfig } from '../../config/shipgate-config.js'
import { environmentStep } from '../../config/environments-config.js'
import { DEFAULT_ARTIFACTS_DIR, LocalEvidenceStore } from '../../evidence/local-store.js'
import { assertSha } from '../../evidence/store.js'
import { planRollback } from '../../stages/rollback.js'
import { EXIT, parseFlags, UsageError, type CommandIo } from '../io.js'
import { pipelineCommand } from './pipeline.js'

export const ROLLBACK_USAGE = `Usage: shipgate rollback [--environment NAME] [--to SHA] [--dry-run] [--config FILE] [--artifacts-dir DIR]

Redeploys the newest package older than what runs in the environment whose decision there was
YES, read from the evidence alone, and deploys, accepts, verifies and decides it again as an
explicit replay (the deployment record says replay: true).

  --environment NAME   An environment of the config's environments: list (default: the last one,
                       production); without environments:, production.
  --to SHA             Go back to this release instead (it needs a YES in the environment).
  --dry-run            Print what would be rolled back, and to what; change nothing.
  --config FILE        The shipgate config (default shipgate.yml).
  --artifacts-dir DIR  Where the evidence is kept (default .artifacts). Rollback needs the earlier
                       release's evidence there: keep the evidence folder beyond the life of
                       workflow artifacts (see the README's "Rollback").

Exit status: 0 the rolled-back package is YES again, 1 NO, 2 a usage or configuration error.`

export async function rollbackCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseFlags('shipgate rollback', args, {
    environment: { type: 'string' },
    to: { type: 'string' },
    'dry-run': { type: 'boolean' },
    config: { type: 'string' },
    'artifacts-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  })
  if (values.help) {
    io.out(ROLLBACK_USAGE)
    return EXIT.ok
  }
  const configPath = resolve(io.cwd, values.config ?? 'shipgate.yml')
  const artifactsDir = values['artifacts-dir'] ?? DEFAULT_ARTIFACTS_DIR
  const { config } = await loadConfig(configPath)
  const environments = config.environments
  const environment = environments ? (values.environment ?? environments.at(-1)!.name) : undefined
  if (environment !== undefined) environmentStep(environments, environment, configPath, '--environment')
  else if (values.environment !== undefined && values.environment !== 'production') {
    throw new UsageError(`--environment: '${values.environment}': ${configPath} has no environments: list, so production is the only environment`, 'shipgate rollback')
  }
  const to = values.to === undefined ? undefined : assertSha(values.to, '--to')
  const plan = await planRollback(new LocalEvidenceStore(resolve(io.cwd, artifactsDir)), { environment, to })
  io.out(
    `rollback of ${plan.environment}: ${plan.current.sha} runs there now; going back to ${plan.target.sha} ` +
      `(package ${plan.target.packageDigest}, built ${plan.target.createdAt}, YES there at ${plan.target.decidedAt})`,
  )
  if (values['dry-run']) return EXIT.ok
  return pipelineCommand(
    ['--config', configPath, '--sha', plan.target.sha, '--artifacts-dir', artifactsDir, '--replay', ...(environment ? ['--environment', environment] : [])],
    io,
  )
}
