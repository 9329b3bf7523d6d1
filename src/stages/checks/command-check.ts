// The command acceptance check: a bash command run through the Exec port with the promoted refs in
// its environment; it passes on exit 0. The deadline is kept by coreutils `timeout`, which stops
// the command's whole process group, so nothing it started outlives the check.
import type { CommandCheck } from '../../config/acceptance-config.js'
import type { Clock } from '../../platform/clock.js'
import type { Exec } from '../../platform/exec.js'
import type { SecretMasker } from '../../platform/logger.js'
import { maskedTail, type CheckRunResult } from './check-run.js'

/** How long `timeout` waits after SIGTERM before it sends SIGKILL. */
const KILL_AFTER_SECONDS = 5
// `timeout` exits 124 when the deadline passed, 137 when SIGKILL was needed (137 is also any
// SIGKILL, so it counts only once the deadline is behind us).
const TIMED_OUT = 124
const KILLED = 137

export interface CommandCheckPorts {
  exec: Exec
  clock: Clock
  masker: SecretMasker
  /** SHIPGATE_REFS, SHIPGATE_SHA, SHIPGATE_PACKAGE_DIGEST: added to the inherited environment. */
  env: Record<string, string>
  cwd: string
}

export async function runCommandCheck(check: CommandCheck, ports: CommandCheckPorts): Promise<CheckRunResult> {
  const started = ports.clock.now().getTime()
  const result = await ports.exec.run(
    'timeout',
    [`--kill-after=${KILL_AFTER_SECONDS}`, `${check.timeoutSeconds}`, 'bash', '-eo', 'pipefail', '-c', check.run],
    { cwd: ports.cwd, env: ports.env },
  )
  const elapsed = ports.clock.now().getTime() - started
  const output = [result.stdout, result.stderr].filter((text) => text.trim() !== '').join('\n')
  const tail = maskedTail(output, ports.masker)
  const detail = `exit ${result.exitCode}${tail ? `; output tail:\n${tail}` : ''}`
  if (result.exitCode === 0) return { status: 'pass', attempts: 1, detail }
  if (result.exitCode === TIMED_OUT || (result.exitCode === KILLED && elapsed >= check.timeoutSeconds * 1000)) {
    return { status: 'fail', attempts: 1, reason: `still running at the ${check.timeoutSeconds} s deadline: stopped`, detail }
  }
  return { status: 'fail', attempts: 1, reason: `exited with ${result.exitCode}`, detail }
}
