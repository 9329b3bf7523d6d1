// npm run bench -- mail: a roster send of 10,000 people (SHIPGATE_BENCH_ROSTER to change it) by
// dist/send-mail to a local smtp-server (STARTTLS, AUTH), against a baseline of one process per
// message (load nodemailer, send one message, exit) as single-message mail actions do, measured
// in the same run. Targets (issue 5): >= 150x the baseline's messages per second; peak RSS <= 200 MiB.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { SmtpTestServer } from '../test/helpers/smtp-test-server.js'
import { cleanEnv } from './lib/process.js'
import type { BenchReport, TargetResult } from './lib/report.js'

const repositoryRoot = resolve(import.meta.dirname, '..')
const BUNDLE = join(repositoryRoot, 'dist', 'send-mail', 'index.js')
const NODEMAILER = join(repositoryRoot, 'node_modules', 'nodemailer', 'dist', 'esm', 'nodemailer.js')
const SHA = '0123456789abcdef0123456789abcdef01234567'
const GNU_TIME = '/usr/bin/time'

const RATIO_TARGET = 150
const RSS_TARGET_MIB = 200

interface ChildResult {
  exitCode: number | null
  stdout: string
  stderr: string
  elapsedMs: number
}

// Asynchronous: the SMTP server in this process has to keep answering while the child sends.
function runChild(argv: string[], env: Record<string, string>, cwd: string): Promise<ChildResult> {
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint()
    const child = spawn(argv[0]!, argv.slice(1), { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', fail)
    child.on('close', (exitCode) => done({ exitCode, stdout, stderr, elapsedMs: Number(process.hrtime.bigint() - start) / 1e6 }))
  })
}

function rosterCsv(size: number): string {
  const lines = ['email,name,status,team']
  for (let index = 0; index < size; index++) lines.push(`person${index}@example.test,Person ${index},active,team-${index % 7}`)
  return `${lines.join('\n')}\n`
}

const BASELINE_SCRIPT = `
import { readFileSync } from 'node:fs'
import { createTransport } from ${JSON.stringify(NODEMAILER)}
const [port, user, pass, ca, index] = process.argv.slice(2)
const transport = createTransport({ host: '127.0.0.1', port: Number(port), secure: false, requireTLS: true, tls: { ca: [readFileSync(ca, 'utf8')] }, auth: { user, pass } })
await transport.sendMail({ from: 'digest@acme.test', to: 'person' + index + '@example.test', subject: 'Digest for Person ' + index, text: 'Hello Person ' + index + ',\\n- item\\n', html: '<p>Hello Person ' + index + '</p>' })
transport.close()
`

export async function run(): Promise<BenchReport> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build -- send-mail first`)
  const rosterSize = Number(process.env.SHIPGATE_BENCH_ROSTER ?? '10000')
  const baselineSample = Number(process.env.SHIPGATE_BENCH_BASELINE ?? '30')
  const scratch = await mkdtemp(join(tmpdir(), 'shipgate-bench-mail-'))
  const server = await SmtpTestServer.start()
  try {
    // The baseline: one process per message, started one after another.
    const script = join(scratch, 'send-one.mjs')
    await writeFile(script, BASELINE_SCRIPT)
    const baselineStart = process.hrtime.bigint()
    for (let index = 0; index < baselineSample; index++) {
      const result = await runChild([process.execPath, script, String(server.port), server.username, server.password, server.certificate.certPath, String(index)], cleanEnv(), scratch)
      if (result.exitCode !== 0) throw new Error(`baseline message ${index} failed: ${result.stderr}`)
    }
    const baselineMs = Number(process.hrtime.bigint() - baselineStart) / 1e6
    if (server.received.length !== baselineSample) throw new Error(`baseline: ${server.received.length} of ${baselineSample} messages arrived`)
    const baselineRate = baselineSample / (baselineMs / 1000)
    server.received.length = 0

    // The roster send: one process, pooled connections, the ledger and send log as in production.
    const roster = join(scratch, 'roster.csv')
    await writeFile(roster, rosterCsv(rosterSize))
    const env = cleanEnv({
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: SHA,
      GITHUB_OUTPUT: join(scratch, 'output.txt'),
      GITHUB_STEP_SUMMARY: join(scratch, 'summary.md'),
    })
    const inputs: Record<string, string> = {
      ...server.inputs(),
      from: 'digest@acme.test',
      'allowed-from': '@acme.test',
      roster,
      'dry-run': 'false',
      'event-key': 'bench-digest',
      variables: JSON.stringify({ items: ['v2 shipped', 'acceptance green'] }),
      'artifacts-dir': join(scratch, '.artifacts'),
    }
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
    await writeFile(env.GITHUB_OUTPUT!, '')
    await writeFile(env.GITHUB_STEP_SUMMARY!, '')
    const marker = 'bench-peak-rss-kb='
    const withTime = existsSync(GNU_TIME)
    const nodeArgs = process.env.SHIPGATE_BENCH_NODE_ARGS ? process.env.SHIPGATE_BENCH_NODE_ARGS.split(' ') : []
    const argv = withTime ? [GNU_TIME, '-f', `${marker}%M`, process.execPath, ...nodeArgs, BUNDLE] : [process.execPath, ...nodeArgs, BUNDLE]
    const rosterRun = await runChild(argv, env, scratch)
    const outputs = await readFile(env.GITHUB_OUTPUT!, 'utf8')
    if (rosterRun.exitCode !== 0 || !/status<<[^\n]+\nsent\n/.test(outputs)) throw new Error(`roster send failed (exit ${rosterRun.exitCode}):\n${rosterRun.stdout.slice(-2000)}\n${rosterRun.stderr.slice(-2000)}`)
    if (server.received.length !== rosterSize) throw new Error(`roster send: ${server.received.length} of ${rosterSize} messages arrived`)
    const rosterRate = rosterSize / (rosterRun.elapsedMs / 1000)
    const peakKb = Number(new RegExp(`${marker}(\\d+)`).exec(rosterRun.stderr)?.[1] ?? NaN)

    const ratio = rosterRate / baselineRate
    const peakMib = peakKb / 1024
    const targets: TargetResult[] = [
      { name: `roster msgs/s ÷ baseline msgs/s (at least ${RATIO_TARGET}×)`, value: ratio, limit: RATIO_TARGET, unit: '×', pass: ratio >= RATIO_TARGET },
      { name: `roster send peak RSS (at most ${RSS_TARGET_MIB} MiB)`, value: peakMib, limit: RSS_TARGET_MIB, unit: 'MiB', pass: peakMib <= RSS_TARGET_MIB },
    ]
    const report: BenchReport = {
      name: 'mail',
      baseline: 'one process per message',
      measurements: [
        { name: 'one process per message', runs: baselineSample, medianMs: baselineMs / baselineSample },
        { name: `roster send, ${rosterSize} people`, runs: 1, medianMs: rosterRun.elapsedMs / rosterSize, peakRssKb: peakKb },
      ],
      targets,
      notes: [
        `baseline: ${baselineSample} messages in ${(baselineMs / 1000).toFixed(2)} s = ${baselineRate.toFixed(1)} msgs/s (node + nodemailer + STARTTLS + AUTH per message)`,
        `roster: ${rosterSize} messages in ${(rosterRun.elapsedMs / 1000).toFixed(2)} s = ${rosterRate.toFixed(1)} msgs/s, peak RSS ${peakMib.toFixed(1)} MiB${withTime ? '' : ' (GNU time missing: not measured)'}`,
        'median ms columns are per message; both runs against the same local smtp-server in this process.',
      ],
    }
    // bench/run.ts prints the report (a PASS or FAIL line per target) and fails the run on a FAIL.
    return report
  } finally {
    await server.stop()
    await rm(scratch, { recursive: true, force: true })
  }
}
