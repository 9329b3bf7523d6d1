import { acceptanceAction } from '../actions/acceptance.js'
import { runAsGitHubAction } from '../platform/github-action.js'

void runAsGitHubAction(acceptanceAction)
