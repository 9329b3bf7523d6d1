// `shipgate show <sha>` and `shipgate deliver show` as the runbooks read them: the delivery result and
// the notification records of a SHA (one sent, one refused with the relay's reply), and versions as v1.
import { join } from 'node:path'
import type { CommandIo } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'
import { deliver } from '../../src/delivery/deliver.js'
import { defaultLayout } from '../../src/delivery/layout.js'
import { LocalDestination } from '../../src/delivery/local-destination.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { systemClock } from '../../src/platform/clock.js'
import { RecordingLogger } from '../../src/platform/logger.js'
import { fastClock, FROM, RELEASE_SHA, runSendMail, useMailRelay } from '../helpers/mail-fixtures.js'

const relay = useMailRelay()

async function shipgate(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const io: CommandIo = { out: (text) => out.push(text), err: (text) => err.push(text), env: {}, cwd: relay.workspace.root }
  const code = await main(args, io)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

test('show <sha> includes the delivery and every notification record; deliver show says v1 and its JSON says which keeps numbers', async () => {
  const store = new LocalEvidenceStore(relay.workspace.artifactsDir)
  const file = await relay.workspace.file('report.pdf', 'the final report')
  await deliver(
    { sha: RELEASE_SHA, project: 'acme-website', files: [file], workspace: relay.workspace.root, layout: defaultLayout, refreshShareLink: false, destinationLabel: 'local:deliveries' },
    { destination: new LocalDestination(join(relay.workspace.root, 'deliveries', 'acme-website'), systemClock), store, logger: new RecordingLogger(), clock: systemClock },
  )
  const mail = { ...relay.server.inputs(), from: FROM, 'allowed-from': FROM, 'artifacts-dir': relay.workspace.artifactsDir, sha: RELEASE_SHA }
  expect((await runSendMail({ ...mail, to: 'client@customer.test', delivery: 'true' })).run!.outputs.status).toBe('sent')
  relay.server.rejectRecipients.add('gone@acme.test')
  expect((await runSendMail({ ...mail, to: 'gone@acme.test', template: 'release-completed', status: 'success' }, { clock: fastClock() })).run!.outputs.status).toBe('failed')

  const text = await shipgate('show', RELEASE_SHA, '--artifacts-dir', relay.workspace.artifactsDir)
  expect(text.code).toBe(0)
  expect(text.out).toMatch(/Delivery result .*delivery/)
  expect(text.out).toMatch(/outcome\s+created v1 of acme-website to local:deliveries/)
  expect(text.out).toContain('report.pdf')
  expect(text.out).toMatch(/^ {2}sent\s+delivery-ready\s+to client@customer\.test\s+\S+\s+250/m)
  expect(text.out).toMatch(/^ {2}failed\s+release-completed\s+to gone@acme\.test\s+\S+\s+550 <gone@acme\.test>: mailbox unavailable/m)

  const json = JSON.parse((await shipgate('show', RELEASE_SHA, '--artifacts-dir', relay.workspace.artifactsDir, '--json')).out) as {
    contracts: { delivery: { state: string; value: { version: number } } }
    notifications: Array<{ state: string; value: { state: string; template: string; error: string | null } }>
  }
  expect(json.contracts.delivery).toMatchObject({ state: 'valid', value: { version: 1 } })
  expect(json.notifications.map((read) => [read.value.template, read.value.state]).sort()).toEqual([['delivery-ready', 'sent'], ['release-completed', 'failed']])

  const shown = await shipgate('deliver', 'show', '--project', 'acme-website', '--destination', 'local:deliveries')
  expect(shown.code).toBe(0)
  expect(shown.out).toMatch(/current: v1 /)
  expect(shown.out).toMatch(/created\s+v1\s/)
  const shownJson = JSON.parse((await shipgate('deliver', 'show', '--project', 'acme-website', '--destination', 'local:deliveries', '--json')).out) as {
    currentVersion: string
    manifest: { current: { currentVersion: number } }
  }
  // The label is for people; the manifest is the delivery-manifest contract and keeps its numbers.
  expect(shownJson.currentVersion).toBe('v1')
  expect(shownJson.manifest.current.currentVersion).toBe(1)
})
