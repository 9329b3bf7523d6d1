// The example's build: one file, stamped with nothing but its source, so the same source gives
// the same sha256 (build-once records it; promote checks it again).
import { copyFileSync, mkdirSync, renameSync } from 'node:fs'

mkdirSync('out', { recursive: true })
// Copied beside and renamed into place: a run reading out/service.mjs never sees half a file.
const temporary = `out/.service.mjs.${process.pid}`
copyFileSync('service.mjs', temporary)
renameSync(temporary, 'out/service.mjs')
console.log('built out/service.mjs')
