// The README's "Adopting the suite from another repository", followed as written: a repository of
// its own (acme/shop) with the README's workflow (placeholders filled in: the owner, and shipgate's
// full SHA), a shipgate.yml, a deploy script and the documented environments calls shipgate's
// reusable workflows as acme/shipgate/.github/workflows/<file>@<sha> and reaches YES.
import { chmod, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { simpleParser } from 'mailparser'
import { SmtpTestServer } from '../../helpers/smtp-test-server.js'
import { startWorkflowHarness, type WorkflowHarness } from '../harness/index.js'
import { plainRepository, repositoryRoot, shipgateRepository, type ScenarioRepository } from './shipgate-fixture.js'

let shipgate: ScenarioRepository
let shop: ScenarioRepository
let relay: SmtpTestServer
let harness: WorkflowHarness
let deployLog: string

/** The README's workflow for an adopting repository, exactly as the README shows it. */
async function readmeWorkflow(): Promise<string> {
  const readme = await readFile(join(repositoryRoot, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('### Adopting the suite from another repository'))
  const block = /```yaml\n([\s\S]*?)```/.exec(section)
  if (!block) throw new Error('README: no yaml block under "Adopting the suite from another repository"')
  return block[1]!
}

beforeAll(async () => {
  relay = await SmtpTestServer.start()
  shipgate = await shipgateRepository()
  const workflow = (await readmeWorkflow()).replaceAll('<owner>', 'acme').replaceAll('<full sha>', shipgate.head)
  deployLog = join(shipgate.folder, '..', `${shipgate.folder.split('/').pop()}-deployed.log`)
  await writeFile(deployLog, '')
  shop = await plainRepository({
    '.github/workflows/release.yml': workflow,
    'shipgate.yml': [
      'version: 1',
      'scope:',
      "  runtime: ['app/**']",
      "  docs: ['*.md']",
      'build:',
      '  files:',
      '    - { name: app, path: app/server.js }',
      'acceptance:',
      '  checks:',
      '    - { name: the app starts, type: command, run: node app/server.js --check }',
      'prodVerify:',
      '  probe:',
      '    source: { file: probe.json }',
      '    maxAgeSeconds: 600',
      '',
    ].join('\n'),
    'app/server.js': "if (process.argv.includes('--check')) console.log('ok')\n",
    'deploy.sh': [
      '#!/usr/bin/env bash',
      'set -euo pipefail',
      `echo "$SHIPGATE_SHA $SHIPGATE_PACKAGE_DIGEST" >> '${deployLog}'`,
      'printf \'{"sha":"%s","checkedAt":"%s"}\\n\' "$SHIPGATE_SHA" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" > probe.json',
      '',
    ].join('\n'),
    'relay-ca.pem': relay.certificate.cert,
    'README.md': 'The shop.\n',
  })
  await chmod(join(shop.folder, 'deploy.sh'), 0o755)
  await shop.commit({}, 'make deploy.sh executable')
  harness = await startWorkflowHarness({
    repositories: { 'acme/shop': shop.folder, 'acme/shipgate': shipgate.folder },
    repository: 'acme/shop',
    node: process.env.SHIPGATE_NODE24 || undefined,
    environments: {
      acceptance: {},
      production: { approve: true },
      mail: {
        vars: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(relay.port), SMTP_CA_FILE: 'relay-ca.pem', SMTP_USERNAME: relay.username },
        secrets: { SMTP_PASSWORD: relay.password },
      },
    },
  })
}, 300_000)

afterAll(async () => {
  await harness?.close()
  await relay?.stop()
  await shop?.remove()
  await shipgate?.remove()
  await rm(deployLog, { force: true })
})

test("a repository of its own, set up as the README says, calls the reusable workflows at shipgate's SHA and reaches YES", async () => {
  const sha = await shop.commit({ 'app/server.js': "if (process.argv.includes('--check')) console.log('ok, v2')\n" }, 'change the app')
  harness.rest.commit(sha, { checkRuns: [{ id: 1, name: 'commit-stage', status: 'completed', conclusion: 'success' }], parents: [await shop.parentOf(sha)], files: ['app/server.js'] })
  harness.rest.compare(await shop.parentOf(sha), sha, ['app/server.js'])
  const run = await harness.runWorkflow({ workflow: '.github/workflows/release.yml', event: 'push', sha })

  const failed = Object.values(run.jobs).flatMap((job) => job.steps.filter((step) => step.outcome === 'failure').map((step) => `${job.key} ${step.id}: ${step.log.split('\n').slice(-12).join('\n')}`))
  expect(failed).toEqual([])
  expect(run.errors).toEqual([])
  expect(run.jobs.release!.calls).toBe(`acme/shipgate/.github/workflows/shipgate-release.yml@${shipgate.head}`)
  expect(run.jobs['release/decide']!.outputs).toEqual({ decision: 'YES', status: 'success' })
  expect(run.conclusion).toBe('success')
  expect((await readFile(deployLog, 'utf8')).split(' ')[0]).toBe(sha)
  expect(harness.rest.deployments.map((deployment) => [deployment.sha, deployment.environment, deployment.statuses.map((status) => status.state)])).toEqual([[sha, 'production', ['in_progress', 'success']]])
  const mail = await Promise.all(relay.received.map((received) => simpleParser(received.raw)))
  expect(mail.map((message) => `${(message.to as { text: string }).text}: ${message.subject}`)).toEqual([`owners@example.com: [acme/shop] release ${sha.slice(0, 7)} completed`])
}, 300_000)
