// JSON Schemas (draft 2020-12) generated from the zod contracts, for action-manifest-schemas/.
import { z } from 'zod'
import { deliveryManifestSpec } from './delivery.js'
import { deploymentPayloadSpec } from './deployment.js'
import { contractKinds, contracts, type ContractSpec } from './index.js'
import { notificationContract } from './notification.js'

export const SCHEMA_BASE_URL = 'https://shipgate.dev/schemas/'

/** Documents published with the contracts that are not per-SHA evidence (kept elsewhere). */
export const publishedSchemas: ContractSpec[] = [deliveryManifestSpec, notificationContract as ContractSpec, deploymentPayloadSpec]

/** Every published schema, by file name. Later contracts (delivery, notifications) add theirs. */
export function generatedSchemas(extra: ContractSpec[] = []): Map<string, string> {
  const files = new Map<string, string>()
  for (const spec of [...contractKinds.map((kind) => contracts[kind] as ContractSpec), ...publishedSchemas, ...extra]) {
    const fileName = `${spec.kind}.schema.json`
    const generated = z.toJSONSchema(spec.schema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>
    const document = {
      $schema: generated.$schema,
      $id: `${SCHEMA_BASE_URL}${fileName}`,
      title: spec.title,
      description: `${spec.description} Schema field: ${spec.id}${spec.readable?.length ? ` (also read: ${spec.readable.join(', ')})` : ''}.`,
      ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
    }
    files.set(fileName, `${JSON.stringify(document, null, 2)}\n`)
  }
  return files
}
