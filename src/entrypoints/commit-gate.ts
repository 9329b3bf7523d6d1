import { commitGateAction } from '../actions/commit-gate.js'
import { runAsGitHubAction } from '../platform/github-action.js'

void runAsGitHubAction(commitGateAction)
