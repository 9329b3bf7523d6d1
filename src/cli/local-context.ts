// The local adapter: the same ActionContext a runner gives, filled from the git checkout.
import { execFileSync } from 'node:child_process'
import { basename } from 'node:path'
import { LocalEvidenceStore } from '../evidence/local-store.js'
import type { ActionContext } from '../platform/action.js'
import { systemClock } from '../platform/clock.js'
import { actionsExec, execLoggingTo } from '../platform/exec.js'
import { ConsoleLogger, logFormatOf, type Logger } from '../platform/logger.js'
import { runEnvironmentFromEnv, type RunEnvironment } from '../platform/run-environment.js'
import type { CommandIo } from './io.js'

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined
  } catch {
    return undefined
  }
}

/** owner/name from a GitHub remote URL (https or ssh), or undefined for anything else. */
export function repositoryFromRemote(url: string | undefined): string | undefined {
  const match = url?.match(/github\.com[:/]([^/]+)\/([^/]+?)(?:\.git)?$/)
  return match ? `${match[1]}/${match[2]}` : undefined
}

/** GITHUB_* when set (a runner, or a user who exports them), else the checkout's HEAD and remote. */
export function localEnvironment(env: NodeJS.ProcessEnv, cwd: string): RunEnvironment {
  const environment = runEnvironmentFromEnv(env, 'local')
  const remote = environment.repository ? undefined : git(['remote', 'get-url', 'origin'], cwd)
  const fromRemote = repositoryFromRemote(remote)
  return {
    ...environment,
    workspace: env.GITHUB_WORKSPACE || cwd,
    sha: environment.sha ?? git(['rev-parse', 'HEAD'], cwd),
    repository: environment.repository ?? fromRemote ?? `local/${basename(cwd).replace(/[^A-Za-z0-9_.-]/g, '-') || 'repository'}`,
    // A name read from the remote that is no owner/name is refused naming the remote (resolveRepository).
    ...(fromRemote === undefined ? {} : { repositorySource: `the origin remote (${remote})` }),
  }
}

/** The log of a command, on stderr, sharing the io's masker: a secret a stage registers is masked in what the command prints too. */
export function commandLogger(io: CommandIo): Logger {
  return new ConsoleLogger(io.env.SHIPGATE_DEBUG === '1', undefined, logFormatOf(io.env), io.masker)
}

export function localContext(env: NodeJS.ProcessEnv, cwd: string, logger: Logger = new ConsoleLogger(env.SHIPGATE_DEBUG === '1', undefined, logFormatOf(env))): ActionContext {
  return {
    environment: localEnvironment(env, cwd),
    logger,
    exec: logFormatOf(env) === 'json' ? execLoggingTo(actionsExec, logger) : actionsExec,
    clock: systemClock,
    openStore: (artifactsDir) => new LocalEvidenceStore(artifactsDir),
  }
}
