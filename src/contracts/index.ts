// The contract registry: every contract's kind, where it lives under the artifacts folder, its
// schema and its version. The evidence store and the schema generator both read from here.
import type { z } from 'zod'
import { acceptanceResult } from './acceptance-result.js'
import { commitStageEvidence } from './commit-stage.js'
import { deliveryResult } from './delivery.js'
import { deploymentRecord } from './deployment.js'
import { fieldPath } from './field-path.js'
import { pipelineTiming } from './pipeline-timing.js'
import { productionResult } from './production-result.js'
import { releaseDecision } from './release-decision.js'
import { expectedPackageDigest, releasePackageManifest, type ReleasePackageManifest } from './release-package.js'

export interface FieldProblem {
  field: string
  message: string
}

export interface ContractSpec<S extends z.ZodType = z.ZodType> {
  /** The folder under the artifacts folder, also the contract's short name. */
  kind: string
  /** The file name inside `<kind>/<sha>/`. */
  file: string
  /** The value of the contract's `schema` field: name and newest version. */
  id: string
  /**
   * Earlier versions this shipgate still reads (their documents parse with `schema` unchanged, so
   * their digests stay what the evidence that links them recorded). The zod schema accepts them.
   */
  readable?: readonly string[]
  title: string
  description: string
  schema: S
  /** A contract that must never change once written (the release package). */
  immutable: boolean
  /** Checks the schema cannot express, such as a digest over the document itself. */
  verify?: (value: z.infer<S>) => FieldProblem[]
}

function contract<S extends z.ZodType>(spec: ContractSpec<S>): ContractSpec<S> {
  return spec
}

export const contracts = {
  'commit-stage': contract({
    kind: 'commit-stage',
    file: 'evidence.json',
    id: 'shipgate.commit-stage/v1',
    title: 'Commit-stage evidence',
    description: 'Proof that a commit passed the required commit-stage check, and which parts of the system it changes.',
    schema: commitStageEvidence,
    immutable: false,
  }),
  'release-package': contract({
    kind: 'release-package',
    file: 'manifest.json',
    id: 'shipgate.release-package/v2',
    readable: ['shipgate.release-package/v1'],
    title: 'Release package manifest',
    description: 'The one package build-once made for a commit: digest-pinned components and the multi-repo release manifest resolved (tags to commits, image tags to digests, migrations per repository), sealed by the digest of its own canonical JSON.',
    schema: releasePackageManifest,
    immutable: true,
    verify: (manifest: ReleasePackageManifest) => {
      const expected = expectedPackageDigest(manifest)
      return expected === manifest.digest
        ? []
        : [{ field: 'digest', message: `does not match the manifest's canonical JSON (expected ${expected}): the manifest was changed after it was sealed` }]
    },
  }),
  acceptance: contract({
    kind: 'acceptance',
    file: 'result.json',
    id: 'shipgate.acceptance-result/v2',
    readable: ['shipgate.acceptance-result/v1'],
    title: 'Acceptance result',
    description: 'The YES/NO of the acceptance checks that the release scope required, for one release package.',
    schema: acceptanceResult,
    immutable: false,
  }),
  production: contract({
    kind: 'production',
    file: 'result.json',
    id: 'shipgate.production-result/v2',
    readable: ['shipgate.production-result/v1'],
    title: 'Production result',
    description: 'What production verification saw after the deploy: auth canary, probe freshness, API and browser smoke.',
    schema: productionResult,
    immutable: false,
  }),
  release: contract({
    kind: 'release',
    file: 'decision.json',
    id: 'shipgate.release-decision/v2',
    readable: ['shipgate.release-decision/v1'],
    title: 'Release decision',
    description: 'The final decision for a commit, the status, the reasons, and the digests of the evidence it was taken on.',
    schema: releaseDecision,
    immutable: false,
  }),
  pipeline: contract({
    kind: 'pipeline',
    file: 'timing.json',
    id: 'shipgate.pipeline-timing/v2',
    readable: ['shipgate.pipeline-timing/v1'],
    title: 'Pipeline timing',
    description: 'When each stage of the pipeline started and ended for a commit, in which run (GitHub run and attempt, or local run), each run closed with its total and lead time.',
    schema: pipelineTiming,
    immutable: false,
  }),
  delivery: contract({
    kind: 'delivery',
    file: 'result.json',
    id: 'shipgate.delivery-result/v1',
    title: 'Delivery result',
    description: 'What one deliver run did: the version it made current or confirmed, the files and their content hashes, the stable shared link, and the bytes uploaded.',
    schema: deliveryResult,
    immutable: false,
  }),
  deployment: contract({
    kind: 'deployment',
    file: 'record.json',
    id: 'shipgate.deployment/v1',
    title: 'Deployment record',
    description: 'What deploy-gate did with a release package: deployed it, recorded it as superseded by a newer accepted package, or refused to move production to an older SHA.',
    schema: deploymentRecord,
    immutable: false,
  }),
} as const

export type Contracts = typeof contracts
export type ContractKind = keyof Contracts
export type ContractValue<K extends ContractKind> = z.infer<Contracts[K]['schema']>

export const contractKinds = Object.keys(contracts) as ContractKind[]

export { fieldPath }

/** The problems zod found, one per field, in the words the user sees; a key that has no place is named as the field. */
export function schemaProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: fieldPath([...issue.path, key]), message: 'is not a field here: the schema has no such key' }))
      : [{ field: fieldPath(issue.path), message: issue.message }],
  )
}
