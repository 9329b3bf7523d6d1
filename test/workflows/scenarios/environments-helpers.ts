// The environments pipeline's world (cloud-delivery-environments.yml): the pipeline world of
// pipeline-helpers.ts with .github/shipgate.yml listing dev -> staging -> production, each deployed by
// a command that logs "<environment> <sha>" and writes the probe its verify: reads, and
// SHIPGATE_ENVIRONMENTS set so that this pipeline is the one that runs.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startPipelineWorld, type PipelineWorld } from './pipeline-helpers.js'
import { repositoryRoot } from './shipgate-fixture.js'

export const ENVIRONMENTS_PIPELINE = '.github/workflows/cloud-delivery-environments.yml'
export const ROLLBACK = '.github/workflows/cloud-delivery-rollback.yml'
export const ENVIRONMENT_NAMES = ['dev', 'staging', 'production'] as const

export interface EnvironmentsWorld {
  pipeline: PipelineWorld
  /** What each environment's deploy command deployed, in order: "<environment> <sha>". */
  deployed(): Promise<string[]>
  /** The shipgate GitHub deployments: [environment, sha, replay, states], oldest first. */
  deployments(): Array<[string, string, boolean, string[]]>
  close(): Promise<void>
}

/**
 * The repository's own .github/shipgate.yml (commit stage, scope, build) with environments: instead
 * of the single flow's acceptance and prodVerify. Staging's acceptance fails once a commit adds
 * BREAK_STAGING; staging is promoted by hand (its GitHub environment's reviewers).
 */
function environmentsConfig(base: string, folder: string): string {
  const head = base.slice(0, base.indexOf('\nacceptance:\n') + 1)
  const environment = (name: string, checks: string[], extra: string[] = []) => [
    `  - name: ${name}`,
    ...extra,
    '    deploy:',
    `      command: bash ${join(folder, 'deploy.sh')}`,
    '    acceptance:',
    '      checks:',
    ...checks,
    '    verify:',
    '      probe:',
    `        source: { file: ${join(folder, name, 'probe.json')} }`,
    '        shaPointer: /sha',
    '        timePointer: /checkedAt',
    '        maxAgeSeconds: 900',
  ]
  const starts = ['        - name: the command starts', '          type: command', '          run: node "$GITHUB_WORKSPACE/dist/cli/index.js" --help']
  return [
    head,
    'environments:',
    ...environment('dev', starts),
    ...environment('staging', [...starts, '        - name: staging is not broken', '          type: command', '          run: test ! -e "$GITHUB_WORKSPACE/BREAK_STAGING"'], ['    promotion: manual']),
    ...environment('production', starts),
    '',
  ].join('\n')
}

export async function startEnvironmentsWorld(): Promise<EnvironmentsWorld> {
  const folder = await mkdtemp(join(tmpdir(), 'shipgate-environments-world-'))
  const deployLog = join(folder, 'deployed.log')
  await writeFile(deployLog, '')
  await writeFile(
    join(folder, 'deploy.sh'),
    [
      'set -euo pipefail',
      `echo "$SHIPGATE_ENVIRONMENT $SHIPGATE_SHA" >> '${deployLog}'`,
      `mkdir -p '${folder}'/"$SHIPGATE_ENVIRONMENT"`,
      `printf '{"sha":"%s","checkedAt":"%s"}\\n' "$SHIPGATE_SHA" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" > '${folder}'/"$SHIPGATE_ENVIRONMENT"/probe.json`,
      '',
    ].join('\n'),
  )
  const base = await readFile(join(repositoryRoot, '.github/shipgate.yml'), 'utf8')
  const pipeline = await startPipelineWorld({
    vars: { SHIPGATE_ENVIRONMENTS: 'true' },
    files: { '.github/shipgate.yml': environmentsConfig(base, folder) },
  })
  return {
    pipeline,
    async deployed() {
      return (await readFile(deployLog, 'utf8')).split('\n').filter(Boolean)
    },
    deployments() {
      return pipeline.harness.rest.deployments.map((deployment) => [
        deployment.environment,
        deployment.sha,
        (deployment.payload as { replay?: boolean }).replay ?? false,
        deployment.statuses.map((status) => status.state),
      ])
    },
    async close() {
      await pipeline.close()
      await rm(folder, { recursive: true, force: true })
    },
  }
}
