// Runs a bundle in dist/ exactly as the runner does: a clean environment with INPUT_* variables,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_* context, then reads the outputs back.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export interface BundleRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

export interface BundleOptions {
  inputs?: Record<string, string>
  /** GITHUB_* and any other variables; PATH and HOME are always passed through. */
  env?: Record<string, string>
  cwd?: string
  /** The event payload, written to a file named by GITHUB_EVENT_PATH. */
  event?: Record<string, unknown>
}

/** Parses the runner's `name<<delimiter` output file. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[index]!)
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    for (index++; index < lines.length && lines[index] !== delimiter; index++) value.push(lines[index]!)
    outputs[name!] = value.join('\n')
  }
  return outputs
}

export const repositoryRoot = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..')

export async function runBundle(action: string, options: BundleOptions = {}): Promise<BundleRun> {
  const scratch = await mkdtemp(join(tmpdir(), `shipgate-${action}-`))
  const outputFile = join(scratch, 'output.txt')
  const summaryFile = join(scratch, 'summary.md')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? scratch,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...options.env,
  }
  if (options.event) {
    const eventFile = join(scratch, 'event.json')
    await writeFile(eventFile, JSON.stringify(options.event))
    env.GITHUB_EVENT_PATH = eventFile
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value

  const bundle = join(repositoryRoot, 'dist', action, 'index.js')
  try {
    const result = await new Promise<{ exitCode: number; stdout: string; stderr: string }>((done) => {
      execFile(process.execPath, [bundle], { cwd: options.cwd ?? scratch, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
        const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        done({ exitCode, stdout, stderr })
      })
    })
    return {
      ...result,
      outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8'),
    }
  } finally {
    // The runner's files (outputs, summary, event) are read back above; nothing of the run stays in /tmp.
    await rm(scratch, { recursive: true, force: true })
  }
}
