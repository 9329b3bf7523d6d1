import { fetchReleasePackageAction } from '../actions/fetch-release-package.js'
import { runAsGitHubAction } from '../platform/github-action.js'

void runAsGitHubAction(fetchReleasePackageAction)
