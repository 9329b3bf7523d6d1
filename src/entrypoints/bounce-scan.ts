import { bounceScanAction } from '../actions/bounce-scan.js'
import { runAsGitHubAction } from '../platform/github-action.js'

void runAsGitHubAction(bounceScanAction)
