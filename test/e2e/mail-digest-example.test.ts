// examples/mail-digest/README.md's first command, exactly as written, run through the built CLI
// bundle in a git checkout holding the example: validate the roster, then a dry run writing one
// .eml per active person. Needs `npm run build -- cli` first.
import { execFile } from 'node:child_process'
import { cp, readdir, readFile, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { createCliCheckout, type CliCheckout } from '../helpers/cli-checkout.js'
import { repositoryRoot } from '../helpers/run-bundle.js'

const example = join(repositoryRoot, 'examples', 'mail-digest')

let checkout: CliCheckout

beforeAll(async () => {
  checkout = await createCliCheckout('shipgate-mail-digest-', {})
  await cp(example, join(checkout.path, 'examples', 'mail-digest'), { recursive: true })
  await symlink(join(repositoryRoot, 'dist'), join(checkout.path, 'dist'))
})
afterAll(async () => {
  await checkout.remove()
})

/** The first ```sh block of the README: the command an operator copies. */
async function firstReadmeCommand(): Promise<string> {
  const readme = await readFile(join(example, 'README.md'), 'utf8')
  const block = /```sh\n([\s\S]*?)```/.exec(readme)
  if (!block) throw new Error('examples/mail-digest/README.md has no ```sh block')
  return block[1]!.trim()
}

function bash(command: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: checkout.path }
  return new Promise((done) => {
    execFile('bash', ['-eo', 'pipefail', '-c', command], { cwd: checkout.path, env }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    })
  })
}

test("the README's first command validates the roster and writes one .eml per active person, with the data file's content", async () => {
  const command = await firstReadmeCommand()
  expect(command).toMatch(/^node dist\/cli\/index\.js mail validate-roster .* && node dist\/cli\/index\.js mail send .*--dry-run true/)
  const run = await bash(command)
  expect(run.stderr).not.toMatch(/error/i)
  expect(run.code).toBe(0)
  expect(run.stdout).toContain('examples/mail-digest/roster.csv: valid: 2 active, 1 inactive')

  const outbox = join(checkout.path, '.artifacts', 'mail-digest', 'outbox')
  const emls = (await readdir(outbox)).filter((name) => name.endsWith('.eml'))
  expect(emls).toHaveLength(2)
  const messages = await Promise.all(emls.map(async (name) => simpleParser(await readFile(join(outbox, name)))))
  const ann = messages.find((message) => message.text?.startsWith('Hello Ann'))
  expect(ann).toBeDefined()
  expect(ann!.subject).toMatch(/^acme\/shop digest for Ann, \d{4}-\d{2}-\d{2}$/)
  expect(ann!.text).toContain('Checkout v2 is live for everyone')
  expect(ann!.text).toContain('- Search latency back under 200 ms: https://status.example.com/search')
  expect(ann!.text).toContain('No release was decided since the last digest.')
  expect(ann!.html).toContain('<a href="https://status.example.com/checkout-v2">Checkout v2 rolled out to 100%</a>')
  expect(messages.map((message) => (Array.isArray(message.to) ? message.to[0] : message.to)?.text).sort()).toEqual(['ann@example.com', 'bob@example.com'])
})
