// What a stage knows about the run it is part of: the GITHUB_* variables on a runner, the local
// git checkout when run by the `shipgate` command.
import { readFileSync } from 'node:fs'
import { REPOSITORY_NAME_PATTERN } from '../contracts/common.js'
import { ConfigurationError } from '../errors.js'

export interface RunEnvironment {
  sha?: string
  repository?: string
  /** Where repository came from, for a message about it: GITHUB_REPOSITORY unless said otherwise (the local command's origin remote). */
  repositorySource?: string
  workflow: string
  runId: string
  runAttempt: string
  eventName: string
  ref: string
  eventPath?: string
  workspace: string
  serverUrl: string
  apiUrl: string
  /** Where the run happens: a GitHub runner or the local command. */
  mode: 'github' | 'local'
}

export function runEnvironmentFromEnv(env: NodeJS.ProcessEnv = process.env, mode: RunEnvironment['mode'] = 'github'): RunEnvironment {
  return {
    sha: env.GITHUB_SHA || undefined,
    repository: env.GITHUB_REPOSITORY || undefined,
    workflow: env.GITHUB_WORKFLOW || 'local',
    runId: env.GITHUB_RUN_ID || 'local',
    runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
    eventName: env.GITHUB_EVENT_NAME || 'local',
    ref: env.GITHUB_REF || '',
    eventPath: env.GITHUB_EVENT_PATH || undefined,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    mode,
  }
}

/** The webhook payload of the event that started the run, or undefined when there is none. */
export function readEventPayload(environment: RunEnvironment): Record<string, unknown> | undefined {
  if (!environment.eventPath) return undefined
  try {
    return JSON.parse(readFileSync(environment.eventPath, 'utf8')) as Record<string, unknown>
  } catch (error) {
    throw new ConfigurationError(`GITHUB_EVENT_PATH ${environment.eventPath}: cannot read the event payload (${(error as Error).message})`)
  }
}

/** The SHA an input gave, else the run's; an error that says how to give one when neither is known. */
export function resolveSha(given: string | undefined, environment: RunEnvironment): string {
  const sha = given ?? environment.sha
  if (!sha) throw new ConfigurationError("input 'sha': not given and GITHUB_SHA is not set; pass the commit SHA to release")
  return sha
}

/** The run's repository as owner/name, checked before anything runs: a stage writes it into contracts that must hold owner/name. */
export function resolveRepository(environment: RunEnvironment): string {
  if (!environment.repository) {
    throw new ConfigurationError('GITHUB_REPOSITORY is not set; run inside GitHub Actions or set GITHUB_REPOSITORY=owner/name')
  }
  if (!REPOSITORY_NAME_PATTERN.test(environment.repository)) {
    const source = environment.repositorySource ?? 'GITHUB_REPOSITORY'
    throw new ConfigurationError(
      `${source}: '${environment.repository}' is not a repository as owner/name (letters, digits, '-', '_' and '.' on each side of one '/'); set GITHUB_REPOSITORY=owner/name`,
    )
  }
  return environment.repository
}
