// The entrypoint `@github/local-action` runs: it exports run(), as local-action wants, and runs the
// action named by SHIPGATE_LOCAL_ACTION through runAsGitHubAction, the same code as dist/<name>/.
//   npx local-action run actions/<name> scripts/local-action/entrypoint.ts <name>.env
import { actionLoaders } from '../../src/actions/index.js'
import { runAsGitHubAction } from '../../src/platform/github-action.js'

export async function run(): Promise<void> {
  const name = process.env.SHIPGATE_LOCAL_ACTION ?? ''
  const load = actionLoaders[name]
  if (!load) throw new Error(`SHIPGATE_LOCAL_ACTION must name an action (${Object.keys(actionLoaders).join(', ')}); got '${name}'`)
  await runAsGitHubAction(await load())
}
