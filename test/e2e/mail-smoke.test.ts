// `shipgate mail smoke` as an operator runs it: the built bundle dist/cli/index.js in a temp folder that
// is no git checkout, no GITHUB_* variables, against the real smtp-server. Needs `npm run build -- cli`.
import { execFile } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { repositoryRoot } from '../helpers/run-bundle.js'
import { SmtpTestServer } from '../helpers/smtp-test-server.js'
import { temporaryFolder } from '../helpers/temporary-folders.js'

const cli = join(repositoryRoot, 'dist', 'cli', 'index.js')
let server: SmtpTestServer
let folder: string

async function shipgate(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { cwd: folder, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: folder, ...env } }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    })
  })
}

function smtpFlags(password = server.password): string[] {
  return ['--smtp-host', '127.0.0.1', '--smtp-port', String(server.port), '--smtp-security', 'starttls', '--smtp-username', server.username, '--smtp-password', password, '--smtp-ca', server.certificate.certPath]
}

beforeAll(async () => {
  server = await SmtpTestServer.start()
})
afterAll(async () => {
  await server.stop()
})
beforeEach(async () => {
  server.received.length = 0
  server.rejectRecipients.clear()
  folder = await temporaryFolder('shipgate-mail-smoke-')
})

describe('shipgate mail smoke', () => {
  test('sends one test message with no SHA and no git checkout; each run sends again', async () => {
    const first = await shipgate(['mail', 'smoke', '--to', 'ops@acme.test', '--from', 'releases@acme.test', ...smtpFlags()])
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/^sent: 127\.0\.0\.1:\d+ \(starttls\) accepted <smoke\.[^>]+@acme\.test> for ops@acme\.test: 250/)
    expect(server.received).toHaveLength(1)
    expect(server.received[0]).toMatchObject({ from: 'releases@acme.test', to: ['ops@acme.test'], user: server.username, secure: true })
    const parsed = await server.parsed()
    expect(parsed.subject).toBe('shipgate SMTP smoke test')
    expect(parsed.text).toContain('the relay accepts mail from releases@acme.test')
    expect((await shipgate(['mail', 'smoke', '--to', 'ops@acme.test', '--from', 'releases@acme.test', ...smtpFlags()])).code).toBe(0)
    expect(server.received).toHaveLength(2)
    expect(await readdir(folder)).toEqual([])
  })

  test("a refused recipient exits 1 with the relay's reply; a wrong password says 535 and never shows itself", async () => {
    server.rejectRecipients.add('gone@acme.test')
    const refused = await shipgate(['mail', 'smoke', '--to', 'gone@acme.test', '--from', 'releases@acme.test', ...smtpFlags()])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/not sent via 127\.0\.0\.1:\d+ \(starttls\): 550 <gone@acme\.test>: mailbox unavailable/)
    server.echoCredentialsOnFailure = true
    try {
      const wrong = 'Wrong-Smoke-Pa55word'
      const denied = await shipgate(['mail', 'smoke', '--to', 'ops@acme.test', '--from', 'releases@acme.test', ...smtpFlags(wrong)])
      expect(denied.code).toBe(1)
      expect(denied.stderr).toMatch(/: 535 /)
      const everything = denied.stdout + denied.stderr
      expect(everything).not.toContain(wrong)
      expect(everything).not.toContain(Buffer.from(wrong).toString('base64').slice(0, 12))
    } finally {
      server.echoCredentialsOnFailure = false
    }
    expect(server.received).toHaveLength(0)
  })

  test('--dry-run true writes an .eml and sends nothing; missing flags exit 2 naming them', async () => {
    const dry = await shipgate(['mail', 'smoke', '--to', 'ops@acme.test', '--from', 'releases@acme.test', '--dry-run', 'true', '--outbox', 'out'])
    expect(dry.code).toBe(0)
    const [eml] = await readdir(join(folder, 'out'))
    expect(eml).toMatch(/^smoke-.*\.eml$/)
    expect(dry.stdout).toContain(join(folder, 'out', eml!))
    expect(await readFile(join(folder, 'out', eml!), 'utf8')).toContain('Subject: shipgate SMTP smoke test')
    expect(server.received).toHaveLength(0)

    const noTo = await shipgate(['mail', 'smoke', '--from', 'releases@acme.test', ...smtpFlags()])
    expect(noTo.code).toBe(2)
    expect(noTo.stderr).toContain('--to:')
    const noHost = await shipgate(['mail', 'smoke', '--to', 'ops@acme.test', '--from', 'releases@acme.test'])
    expect(noHost.code).toBe(2)
    expect(noHost.stderr).toContain('--smtp-host')
    expect(noHost.stderr).not.toMatch(/\n\s+at /)
    const badAddress = await shipgate(['mail', 'smoke', '--to', 'not-an-address', '--from', 'releases@acme.test', '--dry-run', 'true'])
    expect(badAddress.code).toBe(2)
    expect(badAddress.stderr).toContain("--to: 'not-an-address' is not a mail address")
  })
})
