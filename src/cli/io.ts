// What a command gets from the process: its arguments, the streams, and the environment.
export interface CommandIo {
  out(text: string): void
  err(text: string): void
  env: NodeJS.ProcessEnv
  cwd: string
}

/** Exit codes of the `shipgate` command. */
export const EXIT = { ok: 0, no: 1, usage: 2 } as const

export const processIo: CommandIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  env: process.env,
  cwd: process.cwd(),
}
