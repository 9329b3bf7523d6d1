// The local git repositories registered with the harness under their GitHub names (owner/repo):
// resolving refs, reading a file at a ref (`git show`), and cloning into a job's workspace.
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export class UnknownRepositoryError extends Error {}

export async function git(folder: string, args: string[], env?: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await run('git', args, { cwd: folder, env: env ?? process.env, maxBuffer: 64 * 1024 * 1024 })
  return stdout
}

export class Repositories {
  private readonly folders: Map<string, string>

  /** Shallow checkouts made once, by key (see checkedOut), and copied into every job that asks again. */
  private readonly checkouts = new Map<string, Promise<string>>()
  private checkoutRoot: Promise<string> | undefined
  private checkoutsMade = 0

  constructor(folders: Record<string, string>) {
    this.folders = new Map(Object.entries(folders).map(([name, folder]) => [name.toLowerCase(), folder]))
  }

  /**
   * The folder a checkout identified by `key` was made in by `make` (called once per key, in an
   * empty folder of its own; a failure is not kept, so the next job tries again). A shallow fetch of
   * one commit gives the same files and .git whichever job asks, so the jobs after the first copy it
   * instead of packing and writing ~50 MB again.
   */
  checkedOut(key: string, make: (folder: string) => Promise<void>): Promise<string> {
    let made = this.checkouts.get(key)
    if (!made) {
      const index = this.checkoutsMade++
      made = (async () => {
        this.checkoutRoot ??= mkdtemp(join(tmpdir(), 'shipgate-checkouts-'))
        const folder = join(await this.checkoutRoot, String(index))
        await make(folder)
        return folder
      })()
      this.checkouts.set(key, made)
      made.catch(() => {
        if (this.checkouts.get(key) === made) this.checkouts.delete(key)
      })
    }
    return made
  }

  /** Removes the checkouts kept for copying. */
  async close(): Promise<void> {
    const root = this.checkoutRoot
    this.checkoutRoot = undefined
    this.checkouts.clear()
    if (root) await rm(await root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
  }

  names(): string[] {
    return [...this.folders.keys()]
  }

  folderOf(repository: string): string {
    const folder = this.folders.get(repository.toLowerCase())
    if (folder === undefined) throw new UnknownRepositoryError(`${repository} is not a repository registered with the workflow harness (registered: ${this.names().join(', ')})`)
    return folder
  }

  /** The commit a ref names (a SHA, a branch, refs/heads/x, a tag). */
  async resolve(repository: string, ref: string): Promise<string> {
    const folder = this.folderOf(repository)
    try {
      return (await git(folder, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim()
    } catch {
      throw new UnknownRepositoryError(`${repository}: no commit for ref '${ref}'`)
    }
  }

  /** The repository's default branch: what its HEAD names. */
  async defaultBranch(repository: string): Promise<string> {
    const head = (await git(this.folderOf(repository), ['symbolic-ref', '--quiet', 'HEAD']).catch(() => 'refs/heads/main')).trim()
    return head.replace(/^refs\/heads\//, '')
  }

  async readFile(repository: string, ref: string, path: string): Promise<string> {
    const sha = await this.resolve(repository, ref)
    try {
      return await git(this.folderOf(repository), ['show', `${sha}:${path.replace(/^\.\//, '')}`])
    } catch {
      throw new UnknownRepositoryError(`${repository}@${ref}: there is no ${path}`)
    }
  }
}
