import { promoteAction } from '../actions/promote.js'
import { runAsGitHubAction } from '../platform/github-action.js'

void runAsGitHubAction(promoteAction)
