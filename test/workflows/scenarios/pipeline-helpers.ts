// The push pipeline's world for the scenarios: this repository (as in this checkout) served by the
// workflow harness, a real SMTP relay for the owners' and ops' mail, a delivery folder, and a deploy
// command that records what it put in production and writes the probe report prod-verify reads.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { SmtpTestServer } from '../../helpers/smtp-test-server.js'
import { startWorkflowHarness, type RunWorkflowOptions, type WorkflowHarness, type WorkflowRunRecord } from '../harness/index.js'
import { shipgateRepository, type ScenarioRepository } from './shipgate-fixture.js'

export const PIPELINE = '.github/workflows/cloud-delivery-pipeline.yml'
export const REPLAY = '.github/workflows/cloud-delivery-replay.yml'

export interface PipelineWorld {
  repo: ScenarioRepository
  harness: WorkflowHarness
  relay: SmtpTestServer
  /** Where the deploy command keeps what it deployed: one line per deploy. */
  deployLog: string
  deliveries: string
  /** Commits on main and runs the push pipeline for it, with its commit-stage check passed. */
  push(files: Record<string, string | null>, message: string, options?: Partial<RunWorkflowOptions>): Promise<WorkflowRunRecord>
  /** Scripts the GitHub API's view of a commit: its passed commit-stage check, parent and files. */
  knowCommit(sha: string): Promise<void>
  deployed(): Promise<string[]>
  /** The mail the relay accepted since `from`, as "to: subject", sorted. */
  mail(from?: number): Promise<string[]>
  close(): Promise<void>
}

/** `files`: more files committed into the repository, such as a small caller workflow of a test's own. */
export async function startPipelineWorld(options: { vars?: Record<string, string>; files?: Record<string, string> } = {}): Promise<PipelineWorld> {
  const folder = await mkdtemp(join(tmpdir(), 'shipgate-pipeline-world-'))
  const deployLog = join(folder, 'deployed.log')
  const deliveries = join(folder, 'deliveries')
  await writeFile(deployLog, '')
  // The deploy runs in the config's folder (.github/); GITHUB_WORKSPACE is the checkout.
  const deployScript = join(folder, 'deploy.sh')
  await writeFile(
    deployScript,
    [
      'set -euo pipefail',
      `echo "$SHIPGATE_SHA $SHIPGATE_PACKAGE_DIGEST" >> '${deployLog}'`,
      'mkdir -p "$GITHUB_WORKSPACE/.shipgate-production"',
      'printf \'{"sha":"%s","checkedAt":"%s"}\\n\' "$SHIPGATE_SHA" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" > "$GITHUB_WORKSPACE/.shipgate-production/probe.json"',
      '',
    ].join('\n'),
  )
  const relay = await SmtpTestServer.start()
  const repo = await shipgateRepository({ '.github/relay-ca.pem': relay.certificate.cert, ...options.files })
  const harness = await startWorkflowHarness({
    repositories: { 'acme/shipgate': repo.folder },
    node: process.env.SHIPGATE_NODE24 || undefined,
    vars: {
      SHIPGATE_DEPLOY_COMMAND: `bash ${deployScript}`,
      SHIPGATE_DELIVER_FILES: 'dist/cli/index.js\nREADME.md',
      SHIPGATE_DELIVER_PROJECT: 'shipgate',
      SHIPGATE_DELIVER_DESTINATION: `local:${deliveries}`,
      SHIPGATE_MAIL_TO: 'owners@acme.test',
      SHIPGATE_MAIL_OPS: 'ops@acme.test',
      SHIPGATE_MAIL_FROM: 'releases@acme.test',
      ...options.vars,
    },
    environments: {
      acceptance: {},
      production: { approve: true },
      delivery: {},
      mail: {
        vars: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(relay.port), SMTP_SECURITY: 'starttls', SMTP_CA_FILE: '.github/relay-ca.pem', SMTP_USERNAME: relay.username },
        secrets: { SMTP_PASSWORD: relay.password },
      },
    },
  })
  let checkId = 1
  const world: PipelineWorld = {
    repo,
    harness,
    relay,
    deployLog,
    deliveries,
    async knowCommit(sha) {
      const parents = await repo.parentOf(sha).then((parent) => [parent], () => [])
      const files = parents.length > 0 ? await repo.changedFiles(sha) : []
      harness.rest.commit(sha, { checkRuns: [{ id: checkId++, name: 'commit-stage', status: 'completed', conclusion: 'success' }], parents, files })
      if (parents[0]) harness.rest.compare(parents[0], sha, files)
    },
    async push(files, message, options = {}) {
      const sha = await repo.commit(files, message)
      await world.knowCommit(sha)
      return harness.runWorkflow({ workflow: PIPELINE, event: 'push', sha, ...options })
    },
    async deployed() {
      return (await readFile(deployLog, 'utf8')).split('\n').filter(Boolean).map((line) => line.split(' ')[0]!)
    },
    async mail(from = 0) {
      const parsed = await Promise.all(relay.received.slice(from).map((mail) => simpleParser(mail.raw)))
      return parsed.map((mail) => `${(mail.to as { text: string }).text}: ${mail.subject}`).sort()
    },
    async close() {
      await harness.close()
      await relay.stop()
      await repo.remove()
      await rm(folder, { recursive: true, force: true })
    },
  }
  await world.knowCommit(repo.head)
  return world
}

/** Every job of a push run that went all the way, and what the ones that never run say. */
export const DEPLOYED_RUN = {
  'commit-gate': 'success',
  'commit-gate/gate': 'success',
  release: 'success',
  'release/build': 'success',
  'release/fetch': 'skipped',
  'release/promote': 'success',
  // Acceptance is one job unless SHIPGATE_ACCEPTANCE_SHARDS splits it (acceptance-shards.test.ts).
  'release/acceptance-shard': 'skipped',
  'release/acceptance': 'success',
  'release/deploy': 'success',
  'release/decide': 'success',
  notify: 'success',
  'notify/deliver': 'success',
  'notify/no-destination': 'skipped',
  'notify/send-mail': 'success',
  // The dashboard is built after every push; published only with SHIPGATE_PUBLISH_REPORT (report-pages.test.ts).
  report: 'success',
  'report/build': 'success',
  'report/publish': 'skipped',
  outcome: 'success',
}

/** job key -> result, for one assertion over a whole run. */
export function jobResults(run: WorkflowRunRecord): Record<string, string> {
  return Object.fromEntries(Object.entries(run.jobs).map(([key, job]) => [key, job.result]))
}

/** Every failed step with its log tail, for a failure message worth reading. */
export function failures(run: WorkflowRunRecord): string[] {
  return Object.values(run.jobs).flatMap((job) =>
    job.steps.filter((step) => step.outcome === 'failure').map((step) => `${job.key} ${step.id}: ${step.log.split('\n').slice(-15).join('\n')}`),
  )
}
