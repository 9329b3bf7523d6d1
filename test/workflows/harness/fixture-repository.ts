// Small git repositories for harness tests: a temp folder, files committed on main, and a
// commit() that adds or changes files and returns the new commit's SHA.
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface FixtureRepository {
  folder: string
  /** The newest commit on main. */
  head: string
  commit(files: Record<string, string>, message?: string): Promise<string>
  remove(): Promise<void>
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Harness',
  GIT_AUTHOR_EMAIL: 'harness@example.com',
  GIT_COMMITTER_NAME: 'Harness',
  GIT_COMMITTER_EMAIL: 'harness@example.com',
}

export async function createFixtureRepository(files: Record<string, string>): Promise<FixtureRepository> {
  const folder = await mkdtemp(join(tmpdir(), 'shipgate-fixture-repo-'))
  const git = async (...args: string[]) => (await run('git', args, { cwd: folder, env: { ...process.env, ...GIT_ENV } })).stdout.trim()
  await git('init', '--quiet', '--initial-branch=main')
  const repository: FixtureRepository = {
    folder,
    head: '',
    async commit(changed, message = 'change') {
      for (const [path, content] of Object.entries(changed)) {
        await mkdir(dirname(join(folder, path)), { recursive: true })
        await writeFile(join(folder, path), content)
      }
      await git('add', '--all')
      await git('commit', '--quiet', '--allow-empty', '-m', message)
      repository.head = await git('rev-parse', 'HEAD')
      return repository.head
    },
    remove: () => rm(folder, { recursive: true, force: true }),
  }
  await repository.commit(files, 'initial')
  return repository
}
