// ESM TypeScript under jest: ts-jest in ESM mode, run with --experimental-vm-modules (see package.json).
// tsconfig's isolatedModules makes ts-jest transpile only; `npm run lint` type-checks.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
}
