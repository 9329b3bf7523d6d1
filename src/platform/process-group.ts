// Process groups: a command started detached leads a group of its own, so that it and everything it
// started can be signalled, and waited for, as one.

/** Whether any process of the group led by pid is still there (EPERM: there, but not ours to signal). */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Sends signal to every process of the group led by pid; nothing when the group is gone. */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // ESRCH: already gone.
  }
}
