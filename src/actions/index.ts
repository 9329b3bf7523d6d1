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
  'release-decision': async () => (await import('./release-decision.js')).releaseDecisionAction as ActionDefinition<unknown>,
}

export const actionNames = Object.keys(actionLoaders)
