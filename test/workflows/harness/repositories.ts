// The local git repositories registered with the harness under their GitHub names (owner/repo):
// resolving refs, reading a file at a ref (`git show`), and cloning into a job's workspace.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

export class UnknownRepositoryError extends Error {}

export async function git(folder: string, args: string[], env?: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await run('git', args, { cwd: folder, env: env ?? process.env, maxBuffer: 64 * 1024 * 1024 })
  return stdout
}

export class Repositories {
  private readonly folders: Map<string, string>

  constructor(folders: Record<string, string>) {
    this.folders = new Map(Object.entries(folders).map(([name, folder]) => [name.toLowerCase(), folder]))
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
