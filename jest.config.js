// ESM TypeScript under jest: ts-jest in ESM mode, run with --experimental-vm-modules (see package.json).
// tsconfig's isolatedModules makes ts-jest transpile only; `npm run lint` type-checks.
import { availableParallelism } from 'node:os'

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  // Jest's default is one worker fewer than the CPUs: a single worker on a 2-CPU runner, though most
  // test files spend their time waiting on the servers and processes they start. Two overlap that.
  maxWorkers: Math.max(2, availableParallelism() - 1),
}
