// Inputs every pipeline action shares, documented once.
import type { InputSpec } from '../platform/action.js'
import type { Logger } from '../platform/logger.js'
import { DEFAULT_ARTIFACTS_DIR } from '../evidence/artifacts-dir.js'

export const shaInput: InputSpec = {
  description: 'The commit SHA of the release (40 lowercase hex). Default: the SHA that triggered the workflow.',
}

export const artifactsDirInput: InputSpec = {
  description: 'The folder that holds the evidence contracts.',
  default: DEFAULT_ARTIFACTS_DIR,
}

export const configInput: InputSpec = {
  description: 'The shipgate config file. The default path may be absent; an explicit path must exist.',
}

/** The runner fills a token input with the job's GITHUB_TOKEN unless the workflow passes another. */
export const WORKFLOW_TOKEN = '${{ github.token }}'

/** A token input, else the GITHUB_TOKEN environment variable, masked before any use. */
export function tokenOrEnvironment(given: string | undefined, logger: Logger): string | undefined {
  if (given) return given
  const fromEnvironment = process.env.GITHUB_TOKEN || undefined
  if (fromEnvironment) logger.secret(fromEnvironment)
  return fromEnvironment
}
