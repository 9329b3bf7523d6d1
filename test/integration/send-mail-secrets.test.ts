// A secret put into template data never goes out in a message: a rendered message whose subject,
// headers or parts hold a secret the run was given, in any of its forms, is refused before any
// preview, .eml or record is written and before the relay is reached. send-mail runs in-process
// with the runner's adapter against the real smtp-server; `shipgate mail send` through main.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { CommandIo } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'
import { FROM, mailWorkspace, RELEASE_SHA, REPOSITORY, runSendMail, type MailWorkspace } from '../helpers/mail-fixtures.js'
import { SmtpTestServer } from '../helpers/smtp-test-server.js'

const PASSWORD = 'hunter2secretPW'
const USERNAME = 'mailer'
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
const PLAIN_BLOB = base64(`\0${USERNAME}\0${PASSWORD}`)
/** Every form the README promises to keep out: raw, base64, the AUTH PLAIN blob, URL-encoded. */
const FORMS = [PASSWORD, base64(PASSWORD), PLAIN_BLOB, encodeURIComponent(PLAIN_BLOB)]

let relay: SmtpTestServer
let workspace: MailWorkspace
beforeAll(async () => {
  relay = await SmtpTestServer.start({ username: USERNAME, password: PASSWORD })
})
afterAll(async () => {
  await relay.stop()
})
beforeEach(async () => {
  relay.received.length = 0
  workspace = await mailWorkspace()
})
afterEach(async () => {
  await workspace.cleanup()
})

/** The reviewer's case: the password and its base64 in the variables, the subject and the text part using them. */
async function leakyInputs(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  return {
    ...relay.inputs(),
    from: FROM,
    'allowed-from': '@acme.test',
    to: 'owner@acme.test',
    sha: RELEASE_SHA,
    'artifacts-dir': workspace.artifactsDir,
    subject: 'S {{raw}}',
    'template-text': await workspace.file('msg.txt', 'raw={{raw}}\nb64={{b64}}\n'),
    variables: JSON.stringify({ raw: PASSWORD, b64: base64(PASSWORD) }),
    ...extra,
  }
}

/** Nothing of the run is on disk but the templates (msg*): no .eml, no preview, no record, no ledger, no send log line. */
async function expectNothingWritten(): Promise<void> {
  const files = (await readdir(workspace.root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name)
  expect(files.filter((name) => !name.startsWith('msg'))).toEqual([])
}

function expectRefusal(error: Error | undefined, logText: string, variables: string[]): void {
  expect(error?.name).toBe('ConfigurationError')
  expect(error!.message).toMatch(/would carry a secret/)
  expect(error!.message).toMatch(/nothing was previewed, written or sent/)
  for (const name of variables) expect(error!.message).toContain(`'${name}'`)
  for (const form of FORMS) {
    expect(error!.message).not.toContain(form)
    expect(logText).not.toContain(form)
  }
}

test('dry run: no .eml is written; the error names the subject, the text part and the variables', async () => {
  const { run, error, logger } = await runSendMail(await leakyInputs({ 'dry-run': 'true' }))
  expect(run).toBeUndefined()
  expectRefusal(error, logger.text(), ['raw', 'b64'])
  expect(error!.message).toContain("the subject (input 'subject')")
  expect(error!.message).toContain('the text part (')
  await expectNothingWritten()
})

test('the AUTH PLAIN blob or a URL-encoded password in the data is refused as the password is', async () => {
  for (const [name, value] of [
    ['blob', PLAIN_BLOB],
    ['url', encodeURIComponent(`${PASSWORD}&x`)],
    ['login', base64(PASSWORD)],
  ] as const) {
    const { error, logger } = await runSendMail(
      await leakyInputs({ 'dry-run': 'true', subject: 'weekly', variables: JSON.stringify({ raw: 'x', b64: 'y', [name]: value }), 'template-text': await workspace.file('msg-one.txt', `v={{${name}}}\n`) }),
    )
    expectRefusal(error, logger.text(), [name])
  }
  await expectNothingWritten()
})

test('an HTML part holds the secret HTML-escaped: still refused', async () => {
  const password = 'pa&ss<w>rd=1'
  const { error } = await runSendMail(
    await leakyInputs({
      'smtp-password': password,
      'dry-run': 'true',
      subject: 'weekly',
      'template-text': '',
      'template-html': await workspace.file('msg.html', '<p>{{pw}}</p>'),
      variables: JSON.stringify({ pw: password }),
    }),
  )
  expect(error?.message).toMatch(/the HTML part \(.*msg\.html\) would carry a secret \(.*\), from the variable 'pw'/)
  expect(error?.message).not.toContain(password)
  await expectNothingWritten()
})

test('preview-dir: no preview.txt, preview.html or preview.json is written', async () => {
  const previewDir = join(workspace.root, 'preview')
  const { error, logger } = await runSendMail(await leakyInputs({ 'preview-dir': previewDir }))
  expectRefusal(error, logger.text(), ['raw', 'b64'])
  await expectNothingWritten()
})

test('a preview of a clean message does not list a secret held by a variable it does not use', async () => {
  const previewDir = join(workspace.root, 'preview')
  const { run, error } = await runSendMail(await leakyInputs({ 'preview-dir': previewDir, subject: 'weekly', 'template-text': await workspace.file('msg-clean.txt', 'nothing secret\n') }))
  expect(error).toBeUndefined()
  expect(run!.outputs.status).toBe('dry-run')
  const written = await workspace.allText()
  expect(written).toContain('"raw": "***"')
  for (const form of FORMS) expect(written).not.toContain(form)
})

test('live send: the relay receives nothing and no notification record is written', async () => {
  const { run, error, logger } = await runSendMail(await leakyInputs({ 'dry-run': 'false' }))
  expect(run).toBeUndefined()
  expectRefusal(error, logger.text(), ['raw', 'b64'])
  expect(relay.received).toHaveLength(0)
  expect(relay.attempts).toBe(0)
  await expectNothingWritten()
})

test('shipgate mail send refuses it with exit 2 and prints no form of the secret', async () => {
  const inputs = await leakyInputs({ 'dry-run': 'true' })
  const args = Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, value])
  let printed = ''
  const io: CommandIo = { out: (text) => (printed += text), err: (text) => (printed += text), env: { GITHUB_REPOSITORY: REPOSITORY, GITHUB_SHA: RELEASE_SHA }, cwd: workspace.root }
  expect(await main(['mail', 'send', ...args, '--json'], io)).toBe(2)
  expect(printed).toMatch(/would carry a secret \(.*\), from the variables 'b64', 'raw'/)
  for (const form of FORMS) expect(printed).not.toContain(form)
  await expectNothingWritten()
})
