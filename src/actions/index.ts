// Every action the suite ships, loaded on demand so that one action never pays for the others.
import type { ActionDefinition } from '../platform/action.js'

export const actionLoaders: Record<string, () => Promise<ActionDefinition<unknown>>> = {
  'commit-gate': async () => (await import('./commit-gate.js')).commitGateAction as ActionDefinition<unknown>,
  'build-once': async () => (await import('./build-once.js')).buildOnceAction as ActionDefinition<unknown>,
  promote: async () => (await import('./promote.js')).promoteAction as ActionDefinition<unknown>,
  deliver: async () => (await import('./deliver.js')).deliverAction as ActionDefinition<unknown>,
  acceptance: async () => (await import('./acceptance.js')).acceptanceAction as ActionDefinition<unknown>,
  'prod-verify': async () => (await import('./prod-verify.js')).prodVerifyAction as ActionDefinition<unknown>,
  'send-mail': async () => (await import('./send-mail.js')).sendMailAction as ActionDefinition<unknown>,
  'bounce-scan': async () => (await import('./bounce-scan.js')).bounceScanAction as ActionDefinition<unknown>,
  'release-decision': async () => (await import('./release-decision.js')).releaseDecisionAction as ActionDefinition<unknown>,
  'fetch-release-package': async () => (await import('./fetch-release-package.js')).fetchReleasePackageAction as ActionDefinition<unknown>,
  'deploy-gate': async () => (await import('./deploy-gate.js')).deployGateAction as ActionDefinition<unknown>,
}

export const actionNames = Object.keys(actionLoaders)
