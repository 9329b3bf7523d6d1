// Stops what deploy.mjs started (and nothing else): the process groups whose ids it wrote down.
import { existsSync, readFileSync, rmSync } from 'node:fs'

for (const name of ['production', 'oauth']) {
  const file = `.run/${name}.pid`
  if (!existsSync(file)) continue
  const pid = Number(readFileSync(file, 'utf8'))
  try {
    process.kill(-pid, 'SIGTERM')
    console.log(`stopped ${name} (${pid})`)
  } catch (error) {
    if (error.code !== 'ESRCH') throw error
  }
  rmSync(file)
}
