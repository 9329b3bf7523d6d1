// The delivery email for a Dropbox delivery: deliver to the Dropbox-wire test server through the real
// SDK, then send-mail with deliver's destination inputs sends delivery-ready to the real smtp-server
// and writes email.status into the manifest run at the server.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { deliveryManifest, type DeliveryRun } from '../../src/contracts/delivery.js'
import { scratchWorkspace, type Workspace } from '../helpers/deliver-harness.js'
import { startDropboxWireServer, type DropboxWireServer } from '../helpers/dropbox-wire-server.js'
import { FROM, RELEASE_SHA, runSendMail } from '../helpers/mail-fixtures.js'
import { SmtpTestServer } from '../helpers/smtp-test-server.js'

const TOKEN = 'dropbox-access-token-value'
const APP = { key: 'app-key', secret: 'app-secret-value', refreshToken: 'refresh-token-value' }
const PROJECT = '/Clients/Acme/acme-website'
const MANIFEST = `${PROJECT}/00_Admin/.shipgate/manifest/delivery_manifest.json`

let smtp: SmtpTestServer
let dropbox: DropboxWireServer
let workspace: Workspace

beforeAll(async () => {
  smtp = await SmtpTestServer.start()
})
afterAll(async () => {
  await smtp.stop()
})
beforeEach(async () => {
  smtp.received.length = 0
  smtp.rejectRecipients.clear()
  smtp.beforeAccept = undefined
  dropbox = await startDropboxWireServer({ accessTokens: [TOKEN], app: APP })
  workspace = await scratchWorkspace()
  await workspace.write('out/report.pdf', 'the final report')
})
afterEach(async () => {
  await dropbox.stop()
  await workspace.cleanup()
})

async function deliverToDropbox(extra: Record<string, string> = {}): Promise<void> {
  const outcome = await workspace.run({
    files: 'out/*',
    project: 'acme-website',
    destination: 'dropbox:/Clients/Acme',
    sha: RELEASE_SHA,
    'dropbox-access-token': TOKEN,
    'dropbox-api-url': dropbox.url,
    ...extra,
  })
  if (outcome.error) throw new Error(`deliver failed: ${outcome.error.message}\n${outcome.logger.text()}`)
}

function mailInputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...smtp.inputs(),
    from: FROM,
    'allowed-from': FROM,
    to: 'client@customer.test',
    delivery: 'true',
    'artifacts-dir': join(workspace.dir, '.artifacts'),
    sha: RELEASE_SHA,
    'dropbox-access-token': TOKEN,
    'dropbox-api-url': dropbox.url,
    ...extra,
  }
}

function lastRun(path = MANIFEST): DeliveryRun {
  const file = dropbox.file(path)
  if (!file?.content) throw new Error(`no manifest at ${path}`)
  return deliveryManifest.parse(JSON.parse(file.content.toString('utf8'))).runs.at(-1)!
}

describe('the delivery email for a Dropbox delivery', () => {
  test('sends delivery-ready with the Dropbox link and records email.status in the manifest at the server; a rerun sends nothing', async () => {
    await deliverToDropbox()
    const shareUrl = dropbox.links.get(`${PROJECT}/01_Deliverables/Final`.toLowerCase())!.url

    const first = await runSendMail(mailInputs())
    expect(first.error).toBeUndefined()
    expect(first.run!.outputs.status).toBe('sent')
    const parsed = await smtp.parsed()
    expect(parsed.subject).toBe('acme-website: version 1 is ready')
    expect(parsed.text).toContain(shareUrl)
    // Handlebars escapes & and = inside the HTML attribute.
    expect(parsed.html).toContain(`<a href="${shareUrl.replace(/&/g, '&amp;').replace(/=/g, '&#x3D;')}">Download</a>`)
    expect(lastRun()).toMatchObject({ sha: RELEASE_SHA, version: 1, email: { status: 'sent' } })
    // The manifest went up as a conditional update (the revision deliver left), never as an overwrite.
    const manifestWrites = dropbox.requests.filter((request) => request.route === 'files/upload' && request.args.path === MANIFEST)
    expect(manifestWrites.at(-1)!.args.mode).toMatchObject({ '.tag': 'update' })
    expect(first.logger.text()).toContain(`delivery email sent recorded in ${MANIFEST}`)

    const second = await runSendMail(mailInputs())
    expect(second.run!.outputs.status).toBe('duplicate')
    expect(smtp.received).toHaveLength(1)
    expect(lastRun().email).toEqual({ status: 'sent', reason: 'sent by an earlier run' })
    for (const run of [first, second]) {
      expect(run.logger.text()).not.toContain(TOKEN)
      expect(JSON.stringify(run.run!.outputs)).not.toContain(TOKEN)
    }
    expect(dropbox.file(MANIFEST)!.content!.toString()).not.toContain(TOKEN)
  })

  test('refresh-token mode under an API root folder reaches the same manifest; enabled false records skipped', async () => {
    const botRoot = { 'use-api-root-folder': 'true', 'api-root-folder': '/Apps/bot' }
    await deliverToDropbox(botRoot)
    const refresh = { 'dropbox-access-token': '', 'dropbox-refresh-token': APP.refreshToken, 'dropbox-app-key': APP.key, 'dropbox-app-secret': APP.secret }
    const { run, error, logger } = await runSendMail(mailInputs({ ...botRoot, ...refresh, enabled: 'false' }))
    expect(error).toBeUndefined()
    expect(run!.outputs.status).toBe('skipped')
    expect(lastRun(`/Apps/bot${MANIFEST}`).email).toEqual({ status: 'skipped', reason: 'email sending disabled' })
    expect(dropbox.tokenRequests).toHaveLength(1)
    expect(logger.text()).toContain('auth mode refresh-token')
    for (const secret of [APP.refreshToken, APP.secret]) expect(logger.text()).not.toContain(secret)
  })

  test('a send slower than retry-deadline: the manifest update still gets its own retry-deadline', async () => {
    await deliverToDropbox()
    // The relay takes 1.5 s to accept; the Dropbox deadline must start after that, not before the send.
    smtp.beforeAccept = () => new Promise((resolve) => setTimeout(resolve, 1500))
    const { run, error, logger } = await runSendMail(mailInputs({ 'retry-deadline': '1' }))
    expect(error).toBeUndefined()
    expect(run!.outputs.status).toBe('sent')
    expect(smtp.received).toHaveLength(1)
    expect(lastRun().email).toEqual({ status: 'sent' })
    expect(logger.text()).toContain(`delivery email sent recorded in ${MANIFEST}`)
  })

  test('a failed send is recorded as failed with the reason', async () => {
    await deliverToDropbox()
    smtp.rejectRecipients.add('client@customer.test')
    const { run } = await runSendMail(mailInputs())
    expect(run!.outputs.status).toBe('failed')
    expect(lastRun().email?.status).toBe('failed')
    // The server's reply is the reason, in the output, the manifest, the record and the send log: not "see the send log".
    const reply = /550 <client@customer\.test>: mailbox unavailable/
    expect(run!.outputs.reason).toMatch(reply)
    expect(run!.outputs.reason).not.toMatch(/see /)
    expect(lastRun().email?.reason).toMatch(reply)
    const notifications = join(workspace.dir, '.artifacts', 'notifications')
    const record = JSON.parse(await readFile(join(notifications, RELEASE_SHA, (await readdir(join(notifications, RELEASE_SHA))).find((name) => name.endsWith('.json'))!), 'utf8')) as { state: string; error: string }
    expect(record).toMatchObject({ state: 'failed', error: expect.stringMatching(/^550 /) })
    expect(JSON.parse((await readFile(join(notifications, 'send-log.jsonl'), 'utf8')).trim())).toMatchObject({ status: 'failed', error: expect.stringMatching(/^550 <client@customer\.test>: mailbox unavailable/) })
  })

  test('a recorded sent stays sent: a later run with mail disabled does not replace it with skipped', async () => {
    await deliverToDropbox()
    expect((await runSendMail(mailInputs())).run!.outputs.status).toBe('sent')
    const disabled = await runSendMail(mailInputs({ enabled: 'false' }))
    expect(disabled.run!.outputs.status).toBe('skipped')
    expect(lastRun().email).toEqual({ status: 'sent' })
    expect(disabled.logger.text()).toMatch(/recorded as sent; this run's skipped does not replace it/)
  })

  test('without Dropbox credentials, or with another API root than deliver used: a clear error, nothing sent, the manifest untouched', async () => {
    await deliverToDropbox()
    const before = dropbox.file(MANIFEST)!.rev

    const noCredentials = await runSendMail(mailInputs({ 'dropbox-access-token': '' }))
    expect(noCredentials.error?.name).toBe('ConfigurationError')
    expect(noCredentials.error?.message).toContain("destination 'dropbox:/Clients/Acme' needs Dropbox credentials")

    const elsewhere = await runSendMail(mailInputs({ 'use-api-root-folder': 'true', 'api-root-folder': '/Apps/bot' }))
    expect(elsewhere.error?.message).toContain(`the delivery manifest ${MANIFEST} is not under /Apps/bot${PROJECT}/`)

    const local = await runSendMail(mailInputs({ destination: 'local:deliveries' }))
    expect(local.error?.message).toContain("input 'destination': 'local:deliveries' is a local destination, but the delivery")

    expect(smtp.received).toHaveLength(0)
    expect(dropbox.file(MANIFEST)!.rev).toBe(before)
    expect(lastRun().email).toBeUndefined()
  })
})
