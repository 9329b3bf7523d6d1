import { releaseDecisionAction } from '../actions/release-decision.js'
import { runAsGitHubAction } from '../platform/github-action.js'

void runAsGitHubAction(releaseDecisionAction)
