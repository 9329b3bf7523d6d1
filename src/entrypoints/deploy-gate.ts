import { deployGateAction } from '../actions/deploy-gate.js'
import { runAsGitHubAction } from '../platform/github-action.js'

void runAsGitHubAction(deployGateAction)
