// The example's build: one file, stamped with nothing but its source, so the same source gives
// the same sha256 (build-once records it; promote checks it again).
import { copyFileSync, mkdirSync } from 'node:fs'

mkdirSync('out', { recursive: true })
copyFileSync('service.mjs', 'out/service.mjs')
console.log('built out/service.mjs')
