// Who holds a lock or a claim: a process on a machine. One answer to "can it still be working?"
// for every file that records its holder (the store's lock files, the mail claims).
import { hostname } from 'node:os'

/**
 * dead: its process is gone from this machine; alive: it runs here (kill 0 finds it, EPERM meaning
 * it belongs to another user); elsewhere: it ran on another machine, which cannot be asked.
 */
export function holderProcessState(holder: { pid: number; hostname: string }): 'dead' | 'alive' | 'elsewhere' {
  if (holder.hostname !== hostname()) return 'elsewhere'
  try {
    process.kill(holder.pid, 0)
    return 'alive'
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH' ? 'dead' : 'alive'
  }
}
