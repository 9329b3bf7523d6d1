// Stops what deploy.mjs started (and nothing else): the process groups whose ids it wrote down;
// `node stop.mjs staging` for an environment of environments:.
import { existsSync, readFileSync, rmSync } from 'node:fs'

const environment = process.argv[2]
const run = environment ? `.run/${environment}` : '.run'
for (const name of ['production', 'oauth']) {
  const file = `${run}/${name}.pid`
  if (!existsSync(file)) continue
  const pid = Number(readFileSync(file, 'utf8'))
  try {
    process.kill(-pid, 'SIGTERM')
    console.log(`stopped ${environment ? `${environment} ` : ''}${name} (${pid})`)
  } catch (error) {
    if (error.code !== 'ESRCH') throw error
  }
  rmSync(file)
}
