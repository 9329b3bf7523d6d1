import { deliverAction } from '../actions/deliver.js'
import { runAsGitHubAction } from '../platform/github-action.js'

void runAsGitHubAction(deliverAction)
