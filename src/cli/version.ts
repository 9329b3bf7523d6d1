// The version `shipgate --version` prints: package.json's. The path is the same from src/cli,
// build/cli and the bundle dist/cli/index.js (each two folders below the package); ncc leaves the
// require as it is, so the bundle reads the package.json every copy of the package has.
import { createRequire } from 'node:module'

const packageJson = createRequire(import.meta.url)('../../package.json') as { version: string }

export const SHIPGATE_VERSION: string = packageJson.version
