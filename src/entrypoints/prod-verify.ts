import { prodVerifyAction } from '../actions/prod-verify.js'
import { runAsGitHubAction } from '../platform/github-action.js'

void runAsGitHubAction(prodVerifyAction)
