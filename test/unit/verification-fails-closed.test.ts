// Regressions from review: verification that verified nothing is not a pass; values substituted
// into a check are masked whatever their variable is called; a failed deploy's output stays out of
// the deployment evidence.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { prodVerifyConfig } from '../../src/config/prod-verify-config.js'
import { acceptanceCheck } from '../../src/config/acceptance-config.js'
import { LocalEvidenceStore } from '../../src/evidence/local-store.js'
import { actionsExec } from '../../src/platform/exec.js'
import { SecretMasker, RecordingLogger } from '../../src/platform/logger.js'
import { systemClock } from '../../src/platform/clock.js'
import { runHttpCheck } from '../../src/stages/checks/http-check.js'
import { deployPackage } from '../../src/stages/deploy.js'
import { verifyProduction } from '../../src/stages/prod-verify.js'
import { releasePackage, RELEASE_SHA } from '../helpers/contract-examples.js'

let root: string
let store: LocalEvidenceStore

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'shipgate-fails-closed-'))
  store = new LocalEvidenceStore(join(root, '.artifacts'))
  await store.write('release-package', RELEASE_SHA, releasePackage())
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

test('prod-verify whose only check is optional and skipped says fail, not pass', async () => {
  const config = prodVerifyConfig.parse({ browser: { required: false, pages: [{ url: 'http://127.0.0.1:9/' }] } })
  const { result } = await verifyProduction(
    { sha: RELEASE_SHA, config, configPath: 'shipgate.yml', filesRoot: root, clients: { allowed: {}, denied: {} }, browserPath: join(root, 'no-such-browser') },
    { store, logger: new RecordingLogger(), clock: systemClock },
  )
  expect(result.checks.map((check) => check.status)).toEqual(['skipped'])
  expect(result.verdict).toBe('fail')
})

describe('an http check', () => {
  let server: Server
  let url: string
  beforeAll(async () => {
    // Echoes the request back in a 400, as a careless API does.
    server = createServer((request, response) => {
      response.writeHead(400)
      response.end(`invalid request: ${request.url}`)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  test('masks a substituted value even when its variable does not look secret', async () => {
    const check = acceptanceCheck.parse({ name: 'hook', type: 'http', url: `${url}/hook?sig=\${env:WEBHOOK_SIG}`, attempts: 1, timeoutSeconds: 2 })
    if (check.type !== 'http') throw new Error('not an http check')
    const masker = new SecretMasker()
    const outcome = await runHttpCheck(check, { environment: { WEBHOOK_SIG: 'sig-abcdef123456' }, masker, clock: systemClock })
    expect(outcome.status).toBe('fail')
    expect(JSON.stringify(outcome)).not.toContain('sig-abcdef123456')
  })
})

test('a failed deploy names its exit code but keeps its output out of the error (and so out of the evidence)', async () => {
  const saved = process.env.DEPLOY_TOKEN
  process.env.DEPLOY_TOKEN = 'ghp_SuperSecretDeployToken123'
  try {
    const attempt = deployPackage(
      { sha: RELEASE_SHA, command: 'echo "auth failed for token $DEPLOY_TOKEN" >&2; exit 4', workspace: root },
      { store, exec: actionsExec, logger: new RecordingLogger() },
    )
    await expect(attempt).rejects.toThrow('failed with exit code 4; its output is in the log above')
    await expect(attempt.catch((error: Error) => error.message)).resolves.not.toContain('ghp_')
  } finally {
    if (saved === undefined) delete process.env.DEPLOY_TOKEN
    else process.env.DEPLOY_TOKEN = saved
  }
})
