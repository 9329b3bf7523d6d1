import { buildOnceAction } from '../actions/build-once.js'
import { runAsGitHubAction } from '../platform/github-action.js'

void runAsGitHubAction(buildOnceAction)
