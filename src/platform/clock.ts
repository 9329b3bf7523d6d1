// Time as a port, so stages that wait or stamp times can be driven by tests.
import { setTimeout as sleep } from 'node:timers/promises'

export interface Clock {
  now(): Date
  sleep(ms: number): Promise<void>
}

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => sleep(ms),
}
