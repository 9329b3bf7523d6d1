// Which evidence backend a step uses. Chosen by the job's environment, so that every action gets it
// without an input of its own: SHIPGATE_EVIDENCE_BACKEND=local (the default) or github-artifact,
// plus, for reading another run's artifacts (a replay), SHIPGATE_EVIDENCE_RUN_ID and a token.
import { ConfigurationError } from '../errors.js'
import type { Logger } from '../platform/logger.js'
import { GitHubArtifactStore, type ArtifactSourceRun } from './github-artifact-store.js'
import { LocalEvidenceStore } from './local-store.js'
import type { EvidenceStore } from './store.js'

export const EVIDENCE_BACKENDS = ['local', 'github-artifact'] as const
export type EvidenceBackend = (typeof EVIDENCE_BACKENDS)[number]

export const EVIDENCE_ENV = {
  backend: 'SHIPGATE_EVIDENCE_BACKEND',
  /** The run whose artifacts are read when this run has none of a kind and SHA. */
  runId: 'SHIPGATE_EVIDENCE_RUN_ID',
  /** owner/name of that run; default GITHUB_REPOSITORY. */
  repository: 'SHIPGATE_EVIDENCE_REPOSITORY',
  /** A token with `actions: read` for that run; default GITHUB_TOKEN. */
  token: 'SHIPGATE_EVIDENCE_TOKEN',
  retentionDays: 'SHIPGATE_EVIDENCE_RETENTION_DAYS',
} as const

export interface EvidenceStoreSettings {
  backend: EvidenceBackend
  source?: ArtifactSourceRun
  retentionDays?: number
}

/** Reads the backend settings from the environment; a wrong value is the user's to fix. */
export function evidenceStoreSettings(env: NodeJS.ProcessEnv): EvidenceStoreSettings {
  const backend = (env[EVIDENCE_ENV.backend]?.trim() || 'local') as EvidenceBackend
  if (!EVIDENCE_BACKENDS.includes(backend)) {
    throw new ConfigurationError(`${EVIDENCE_ENV.backend}: '${backend}' is not an evidence backend; use ${EVIDENCE_BACKENDS.join(' or ')}`)
  }
  const settings: EvidenceStoreSettings = { backend }
  const runId = env[EVIDENCE_ENV.runId]?.trim()
  if (runId) {
    if (!/^[1-9][0-9]*$/.test(runId)) throw new ConfigurationError(`${EVIDENCE_ENV.runId}: '${runId}' is not a workflow run id (a positive number)`)
    const repository = env[EVIDENCE_ENV.repository]?.trim() || env.GITHUB_REPOSITORY
    const token = env[EVIDENCE_ENV.token]?.trim() || env.GITHUB_TOKEN
    if (!repository) throw new ConfigurationError(`${EVIDENCE_ENV.runId} needs the run's repository: set ${EVIDENCE_ENV.repository} or GITHUB_REPOSITORY (owner/name)`)
    if (!token) throw new ConfigurationError(`${EVIDENCE_ENV.runId} needs a token with actions: read: set ${EVIDENCE_ENV.token} or GITHUB_TOKEN`)
    settings.source = { runId: Number(runId), repository, token }
  }
  const retention = env[EVIDENCE_ENV.retentionDays]?.trim()
  if (retention) settings.retentionDays = Number(retention)
  return settings
}

/** Opens the store for an artifacts folder with the given settings; the token is masked first. */
export function openEvidenceStore(artifactsDir: string, settings: EvidenceStoreSettings, logger: Logger): EvidenceStore {
  if (settings.backend === 'local') return new LocalEvidenceStore(artifactsDir)
  if (settings.source) logger.secret(settings.source.token)
  return new GitHubArtifactStore({ location: artifactsDir, source: settings.source, retentionDays: settings.retentionDays, logger })
}
