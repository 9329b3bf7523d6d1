// The delivery email: "your delivery is ready" from the deliver stage's result, and the outcome
// written back into the delivery manifest's run for the SHA (email.status sent | failed | skipped).
import { basename, dirname } from 'node:path'
import type { DeliveryResult } from '../contracts/delivery.js'
import { updateManifest } from '../delivery/deliver.js'
import { LocalDestination } from '../delivery/local-destination.js'
import { requireValid, type EvidenceStore } from '../evidence/store.js'
import type { Clock } from '../platform/clock.js'
import type { Logger } from '../platform/logger.js'
import type { SendMailResult } from './send.js'

export interface DeliveryEmailOutcome {
  status: 'sent' | 'failed' | 'skipped'
  reason?: string
}

/** The delivery result for the SHA (it must exist and be valid) and the template variables it gives. */
export async function deliveryVariables(store: EvidenceStore, sha: string): Promise<{ result: DeliveryResult; variables: Record<string, unknown> }> {
  const { value: result } = requireValid(await store.read('delivery', sha))
  return {
    result,
    variables: {
      project: result.project,
      version: result.version === null ? 'unknown' : String(result.version),
      shareLink: result.shareUrl ?? 'unknown',
      files: result.files.map((file) => ({ name: file.name, size: file.size })),
      deliveryOutcome: result.outcome,
    },
  }
}

/** How a send-mail run ends up in the manifest: a duplicate went out earlier, a dry run did not. */
export function deliveryEmailOutcome(result: SendMailResult): DeliveryEmailOutcome {
  switch (result.status) {
    case 'sent':
      return { status: 'sent' }
    case 'duplicate':
      return { status: 'sent', reason: 'sent by an earlier run' }
    case 'failed':
      return { status: 'failed', reason: result.reason ?? 'not sent' }
    case 'dry-run':
      return { status: 'skipped', reason: 'dry run: written to the outbox, not sent' }
    default:
      return { status: 'skipped', reason: result.reason ?? 'nothing sent' }
  }
}

/**
 * Writes the email outcome into the manifest's latest run for the SHA through deliver's own
 * conditional update (re-read and re-apply on a conflict). Local destinations only for now: a
 * Dropbox manifest needs the deliver action's credentials, so it is reported and left as is.
 */
export async function recordDeliveryEmail(
  delivery: DeliveryResult,
  email: DeliveryEmailOutcome,
  ports: { logger: Logger; clock: Clock },
): Promise<'recorded' | 'not-recorded'> {
  if (delivery.destination.kind !== 'local') {
    ports.logger.warning(`send-mail: the delivery email outcome (${email.status}) is not written into the Dropbox manifest ${delivery.manifestPath}; only local destinations are updated by send-mail`)
    return 'not-recorded'
  }
  const destination = new LocalDestination(dirname(delivery.manifestPath), ports.clock)
  const file = basename(delivery.manifestPath)
  if (!(await destination.readManifest(file))) {
    ports.logger.warning(`send-mail: ${delivery.manifestPath}: no delivery manifest; the email outcome is not recorded there`)
    return 'not-recorded'
  }
  let found = false
  await updateManifest(
    destination,
    file,
    delivery.project,
    (manifest) => {
      const run = manifest.runs.findLast((candidate) => candidate.sha === delivery.sha)
      found = run !== undefined
      if (run) run.email = email.reason ? { status: email.status, reason: email.reason } : { status: email.status }
      return manifest
    },
    ports.clock,
  )
  if (!found) ports.logger.warning(`send-mail: ${delivery.manifestPath}: no run for ${delivery.sha}; the email outcome is not recorded there`)
  return found ? 'recorded' : 'not-recorded'
}
