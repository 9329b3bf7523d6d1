// The delivery email: "your delivery is ready" from the deliver stage's result, and the outcome
// written back into the delivery manifest's run for the SHA (email.status sent | failed | skipped).
import { basename, dirname } from 'node:path'
import type { DeliveryResult } from '../contracts/delivery.js'
import { updateManifest } from '../delivery/deliver.js'
import type { DeliveryDestination } from '../delivery/destination.js'
import { parseDestination } from '../delivery/layout.js'
import { LocalDestination } from '../delivery/local-destination.js'
import { openDestination, type DestinationSettings } from '../delivery/open-destination.js'
import { ConfigurationError } from '../errors.js'
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

/** The deliver inputs send-mail takes to reach a Dropbox manifest (the project comes from the result). */
export type ManifestDestinationSettings = Omit<DestinationSettings, 'project' | 'destination'> & {
  /** The deliver action's destination; default: the one the delivery result names. */
  destination?: string
}

export interface DeliveryManifestLocation {
  destination: DeliveryDestination
  /** The manifest, relative to the project folder at the destination. */
  file: string
}

/**
 * Opens the destination that holds the delivery manifest the result names. A local manifest is
 * where the result says; a Dropbox one needs the deliver action's destination and credentials,
 * and they must lead to the same manifest (else the outcome would land in another project).
 */
export async function openDeliveryManifest(
  delivery: DeliveryResult,
  settings: ManifestDestinationSettings,
  ports: { logger: Logger; clock: Clock },
): Promise<DeliveryManifestLocation> {
  const label = settings.destination ?? delivery.destination.location
  const kind = parseDestination(label).kind
  if (kind !== delivery.destination.kind) {
    throw new ConfigurationError(
      `input 'destination': '${label}' is a ${kind} destination, but the delivery for ${delivery.sha} went to ${delivery.destination.kind} (${delivery.destination.location}); give the destination the deliver step used`,
    )
  }
  if (kind === 'local') {
    return { destination: new LocalDestination(dirname(delivery.manifestPath), ports.clock), file: basename(delivery.manifestPath) }
  }
  const destination = await openDestination({ ...settings, destination: label, project: delivery.project }, ports)
  const root = `${destination.displayPath('')}/`
  // Dropbox paths ignore case.
  if (!delivery.manifestPath.toLowerCase().startsWith(root.toLowerCase())) {
    throw new ConfigurationError(
      `the delivery manifest ${delivery.manifestPath} is not under ${root} (from destination '${label}'${settings.useApiRootFolder ? ` and api-root-folder '${settings.apiRootFolder}'` : ''}); give send-mail the destination, use-api-root-folder and api-root-folder the deliver step used`,
    )
  }
  return { destination, file: delivery.manifestPath.slice(root.length) }
}

/**
 * Writes the email outcome into the manifest's latest run for the SHA through deliver's own
 * conditional update (re-read and re-apply on a conflict), at a local folder or in Dropbox.
 */
export async function recordDeliveryEmail(
  delivery: DeliveryResult,
  email: DeliveryEmailOutcome,
  { destination, file }: DeliveryManifestLocation,
  ports: { logger: Logger; clock: Clock },
): Promise<'recorded' | 'not-recorded'> {
  if (!(await destination.readManifest(file))) {
    ports.logger.warning(`send-mail: ${delivery.manifestPath}: no delivery manifest; the email outcome is not recorded there`)
    return 'not-recorded'
  }
  let found = false
  let keptSent = false
  await updateManifest(
    destination,
    file,
    delivery.project,
    (manifest) => {
      const run = manifest.runs.findLast((candidate) => candidate.sha === delivery.sha)
      found = run !== undefined
      // A recorded sent is final: a later run with mail disabled, or one that sent nothing, does not undo it.
      keptSent = run?.email?.status === 'sent' && email.status !== 'sent'
      if (run && !keptSent) run.email = email.reason ? { status: email.status, reason: email.reason } : { status: email.status }
      return manifest
    },
    ports.clock,
  )
  if (!found) ports.logger.warning(`send-mail: ${delivery.manifestPath}: no run for ${delivery.sha}; the email outcome is not recorded there`)
  if (keptSent) ports.logger.info(`send-mail: ${delivery.manifestPath}: the delivery email for ${delivery.sha} is recorded as sent; this run's ${email.status} does not replace it`)
  return found && !keptSent ? 'recorded' : 'not-recorded'
}
