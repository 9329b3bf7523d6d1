// What the workflow scenarios share: this checkout (its tracked files and new ones git does not
// ignore, so the scenarios run the workflows and bundles as they are now) committed into a fresh
// git repository, served by the harness as the repository the workflows run in.
import { execFile } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
export const repositoryRoot = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..', '..')

const GIT_ENV = { GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@acme.test', GIT_COMMITTER_NAME: 'Dev', GIT_COMMITTER_EMAIL: 'dev@acme.test' }

export interface ScenarioRepository {
  folder: string
  head: string
  /** Writes (or, with null, deletes) files and commits them on main; returns the new SHA. */
  commit(files: Record<string, string | null>, message: string): Promise<string>
  parentOf(sha: string): Promise<string>
  /** A file as it is in a commit. */
  show(sha: string, path: string): Promise<string>
  changedFiles(sha: string): Promise<string[]>
  remove(): Promise<void>
}

async function git(folder: string, ...args: string[]): Promise<string> {
  return (await run('git', args, { cwd: folder, env: { ...process.env, ...GIT_ENV }, maxBuffer: 64 * 1024 * 1024 })).stdout.trim()
}

async function repository(folder: string): Promise<ScenarioRepository> {
  const self: ScenarioRepository = {
    folder,
    head: await git(folder, 'rev-parse', 'HEAD'),
    async commit(files, message) {
      for (const [path, content] of Object.entries(files)) {
        if (content === null) await rm(join(folder, path), { force: true })
        else {
          await mkdir(dirname(join(folder, path)), { recursive: true })
          await writeFile(join(folder, path), content)
        }
      }
      await git(folder, 'add', '--all')
      await git(folder, 'commit', '--quiet', '--allow-empty', '-m', message)
      self.head = await git(folder, 'rev-parse', 'HEAD')
      return self.head
    },
    parentOf: (sha) => git(folder, 'rev-parse', `${sha}^`),
    show: async (sha, path) => (await run('git', ['show', `${sha}:${path}`], { cwd: folder, maxBuffer: 64 * 1024 * 1024 })).stdout,
    changedFiles: async (sha) => (await git(folder, 'diff', '--name-only', `${sha}^`, sha)).split('\n').filter(Boolean),
    remove: () => rm(folder, { recursive: true, force: true }),
  }
  return self
}

/** This checkout as the first commit of a new repository, with `extra` files on top. */
export async function shipgateRepository(extra: Record<string, string> = {}): Promise<ScenarioRepository> {
  const folder = await mkdtemp(join(tmpdir(), 'shipgate-scenario-repo-'))
  const listed = await git(repositoryRoot, 'ls-files', '-z', '--cached', '--others', '--exclude-standard')
  const files = [...new Set(listed.split('\0').filter(Boolean))]
  for (const file of files) {
    await mkdir(dirname(join(folder, file)), { recursive: true })
    await copyFile(join(repositoryRoot, file), join(folder, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error // deleted in the working tree, not yet in the index
    })
  }
  for (const [path, content] of Object.entries(extra)) {
    await mkdir(dirname(join(folder, path)), { recursive: true })
    await writeFile(join(folder, path), content)
  }
  await git(folder, 'init', '--quiet', '--initial-branch=main')
  await git(folder, 'add', '--all')
  await git(folder, 'commit', '--quiet', '-m', 'shipgate as it is in this checkout')
  // Packed once here, every job's shallow checkout reuses the pack instead of compressing ~40 MB again.
  await git(folder, 'gc', '--quiet')
  return repository(folder)
}

/** A small repository of its own (an adopter's), committed on main. */
export async function plainRepository(files: Record<string, string>): Promise<ScenarioRepository> {
  const folder = await mkdtemp(join(tmpdir(), 'shipgate-scenario-caller-'))
  await git(folder, 'init', '--quiet', '--initial-branch=main')
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(folder, path)), { recursive: true })
    await writeFile(join(folder, path), content)
  }
  await git(folder, 'add', '--all')
  await git(folder, 'commit', '--quiet', '-m', 'initial')
  return repository(folder)
}
