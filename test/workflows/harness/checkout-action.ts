// The harness's actions/checkout: fetches a registered local repository at a ref into the
// workspace (or a path in it) with git over file://, shallow unless fetch-depth is 0, as the real
// action does it (init, fetch the one commit, check out, optionally persist the token).
import { execFile } from 'node:child_process'
import { mkdir, readdir, rm, appendFile } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { git, type Repositories } from './repositories.js'

export interface CheckoutContext {
  repositories: Repositories
  /** github.repository, github.sha and github.ref of the run. */
  repository: string
  sha: string
  ref: string
  workspace: string
  /** The environment git runs with (the run's clock). */
  env: NodeJS.ProcessEnv
  /** The step's GITHUB_OUTPUT file. */
  outputFile: string
  log(line: string): void
}

const SHA = /^[0-9a-f]{40}$/i

/** Runs the checkout; a thrown error fails the step with its message. */
export async function checkout(inputs: Record<string, string>, context: CheckoutContext): Promise<void> {
  const repository = inputs.repository || context.repository
  const folder = context.repositories.folderOf(repository)
  const target = resolve(context.workspace, inputs.path || '.')
  const inside = relative(context.workspace, target)
  if (inside.startsWith('..') || isAbsolute(inside)) throw new Error(`Repository path '${target}' is not under '${context.workspace}'`)
  const depth = Number(inputs['fetch-depth'] || '1')
  if (!Number.isInteger(depth) || depth < 0) throw new Error(`The input 'fetch-depth' must be a number >= 0 (got ${inputs['fetch-depth']})`)
  const ownRepository = repository.toLowerCase() === context.repository.toLowerCase()

  // What to fetch: a SHA as it is; a branch or tag as its commit; nothing given: the event's commit
  // for the workflow's own repository, the default branch for another.
  let ref = inputs.ref
  if (!ref) ref = ownRepository ? context.ref : `refs/heads/${await context.repositories.defaultBranch(repository)}`
  const sha = !inputs.ref && ownRepository ? context.sha : await context.repositories.resolve(repository, ref)
  const branch = SHA.test(ref) ? undefined : /^refs\/heads\/(.+)$/.exec(ref)?.[1] ?? (ref.startsWith('refs/') ? undefined : (await isBranch(folder, ref)) ? ref : undefined)

  context.log(`Syncing repository: ${repository}`)
  await mkdir(target, { recursive: true })
  // Not a clone of this repository: the real action empties the folder first.
  const origin = await git(target, ['config', '--get', 'remote.origin.url'], context.env).then((url) => url.trim(), () => '')
  const fresh = origin !== `file://${folder}` || relative(await git(target, ['rev-parse', '--show-toplevel'], context.env).then((top) => top.trim(), () => ''), target) !== ''
  if (fresh) for (const entry of await readdir(target)) await rm(resolve(target, entry), { recursive: true, force: true })
  const fetch = { folder, sha, branch, depth, env: context.env }
  if (fresh && depth > 0) {
    // One commit, shallow: the same files and .git for every job that asks, so made once and copied
    // (modes and symlinks kept; the files get this moment's times, as a checkout gives them).
    const made = await context.repositories.checkedOut(JSON.stringify([folder, sha, branch ?? null, depth]), (into) => fetchInto(into, true, fetch))
    await copyTree(made, target)
  } else {
    // All history and tags (fetch-depth: 0), or a clone already there: fetched as they are now.
    await fetchInto(target, fresh, fetch)
  }
  if ((inputs['persist-credentials'] || 'true') === 'true' && inputs.token) {
    const basic = Buffer.from(`x-access-token:${inputs.token}`).toString('base64')
    await git(target, ['config', '--local', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${basic}`], context.env)
  }
  context.log(`HEAD is now at ${sha.slice(0, 7)}`)
  await appendFile(context.outputFile, `ref=${inputs.ref || ref}\ncommit=${sha}\n`)
}

interface Fetch {
  folder: string
  sha: string
  branch: string | undefined
  depth: number
  env: NodeJS.ProcessEnv
}

/** What actions/checkout does in the folder: init (unless it is a clone already), fetch, check out, clean. */
async function fetchInto(target: string, init: boolean, { folder, sha, branch, depth, env }: Fetch): Promise<void> {
  await mkdir(target, { recursive: true })
  if (init) {
    await git(target, ['init', '--quiet'], env)
    await git(target, ['remote', 'add', 'origin', `file://${folder}`], env)
  }
  const remoteRef = branch ? `refs/remotes/origin/${branch}` : `refs/remotes/origin/sha-${sha}`
  const fetch = ['-c', 'protocol.version=2', 'fetch', '--quiet', '--no-tags', '--prune', '--no-recurse-submodules']
  if (depth === 0) {
    await git(target, [...fetch.filter((arg) => arg !== '--no-tags'), '--tags', 'origin', '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*'], env)
    await git(target, [...fetch, 'origin', `+${sha}:${remoteRef}`], env)
  } else {
    await git(target, [...fetch, `--depth=${depth}`, 'origin', `+${sha}:${remoteRef}`], env)
  }
  if (branch) await git(target, ['checkout', '--quiet', '--force', '-B', branch, remoteRef], env)
  else await git(target, ['checkout', '--quiet', '--force', '--detach', sha], env)
  await git(target, ['clean', '-ffdx', '--quiet'], env)
}

function copyTree(from: string, to: string): Promise<void> {
  return new Promise((done, fail) => {
    execFile('cp', ['-R', '--preserve=mode', '--no-target-directory', from, to], (error) => (error ? fail(error) : done()))
  })
}

async function isBranch(folder: string, name: string): Promise<boolean> {
  return git(folder, ['show-ref', '--verify', '--quiet', `refs/heads/${name}`]).then(
    () => true,
    () => false,
  )
}
