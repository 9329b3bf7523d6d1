// deploy: hands the promoted refs, and only those, to the caller's deploy command. The package is
// verified again right before, so what is deployed is exactly what acceptance tested.
import { ConfigurationError } from '../errors.js'
import type { EvidenceStore } from '../evidence/store.js'
import type { Exec } from '../platform/exec.js'
import type { Logger } from '../platform/logger.js'
import { promote } from './promote.js'

export interface DeployInput {
  sha: string
  command: string
  /** Where the command runs and where packaged files are rehashed. */
  workspace: string
}

/** The environment a deploy, acceptance or verification command gets: the promoted package. */
export function packageEnvironment(sha: string, packageDigest: string, refs: Record<string, string>): Record<string, string> {
  return { SHIPGATE_SHA: sha, SHIPGATE_PACKAGE_DIGEST: packageDigest, SHIPGATE_REFS: JSON.stringify(refs) }
}

export async function deployPackage(input: DeployInput, ports: { store: EvidenceStore; exec: Exec; logger: Logger }): Promise<{ packageDigest: string; refs: Record<string, string> }> {
  const promoted = await promote({ sha: input.sha, filesRoot: input.workspace }, ports)
  const packageDigest = promoted.manifest.digest
  ports.logger.info(`Deploying ${packageDigest}: ${input.command}`)
  const result = await ports.exec.shell(input.command, {
    cwd: input.workspace,
    env: packageEnvironment(input.sha, packageDigest, promoted.refs),
    echo: true,
  })
  if (result.exitCode !== 0) {
    // The command's own output is in the log (echoed, masked by the runner); it stays out of this
    // message because the message is recorded in the deployment evidence, and a deploy's error
    // output is where a token ends up.
    throw new ConfigurationError(`deploy: '${input.command}' failed with exit code ${result.exitCode}; its output is in the log above`)
  }
  return { packageDigest, refs: promoted.refs }
}
