// Inputs every pipeline action shares, documented once.
import type { InputSpec } from '../platform/action.js'
import { DEFAULT_ARTIFACTS_DIR } from '../evidence/local-store.js'

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
