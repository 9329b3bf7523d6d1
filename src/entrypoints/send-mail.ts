import { sendMailAction } from '../actions/send-mail.js'
import { runAsGitHubAction } from '../platform/github-action.js'

void runAsGitHubAction(sendMailAction)
