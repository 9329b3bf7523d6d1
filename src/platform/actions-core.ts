// @actions/core's runner protocol (inputs, outputs, the job summary, annotations, masks, groups),
// from the package's own command, file-command and summary modules. Its entry, lib/core.js, also
// imports the OIDC client for getIDToken and with it @actions/http-client and undici; ncc keeps
// them (the package declares no sideEffects) and they double a bundle's start-up (bench/startup:
// a bundle of '@actions/core' alone against ours). No shipgate action asks for an OIDC token, and
// the package's exports map offers only that entry, hence the paths into the package. Every
// function below is core.js's own body over those modules; test/unit/actions-core.test.ts holds
// each to what '@actions/core' itself writes.
import type { AnnotationProperties, InputOptions } from '@actions/core'
import { EOL } from 'node:os'
import { issue, issueCommand } from '../../node_modules/@actions/core/lib/command.js'
import { issueFileCommand, prepareKeyValueMessage } from '../../node_modules/@actions/core/lib/file-command.js'
import { summary } from '../../node_modules/@actions/core/lib/summary.js'
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js'

export type { AnnotationProperties }

/**
 * Appends markdown to $GITHUB_STEP_SUMMARY through core's Summary. A Summary keeps the first path it
 * found for good, so each write takes a fresh one: a process that runs several steps (the command,
 * the tests) writes each to its own step's file.
 */
export async function appendSummary(markdown: string, addEol: boolean): Promise<void> {
  const fresh = new (summary.constructor as new () => typeof summary)()
  await fresh.addRaw(markdown, addEol).write()
}

/**
 * Annotation properties with only what is known: core writes `::error ::` (a stray space) for an
 * object whose properties are all undefined.
 */
export function annotationAt(location: { file?: string; line?: number; title?: string }): AnnotationProperties {
  const properties: AnnotationProperties = {}
  if (location.title) properties.title = location.title
  if (location.file) properties.file = location.file
  if (location.line) properties.startLine = location.line
  return properties
}

/** core.getInput: INPUT_<NAME> (spaces as underscores, upper-cased), trimmed; '' when not given. */
export function getInput(name: string, options?: InputOptions): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || ''
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`)
  return options?.trimWhitespace === false ? value : value.trim()
}

/** core.setOutput: a `name<<delimiter` block in $GITHUB_OUTPUT, the set-output command without it. */
export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value))
  process.stdout.write(EOL)
  issueCommand('set-output', { name }, toCommandValue(value))
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message)
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message)
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message)
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1'
}

export function debug(message: string): void {
  issueCommand('debug', {}, message)
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

export function startGroup(name: string): void {
  issue('group', name)
}

export function endGroup(): void {
  issue('endgroup')
}

/** core.setFailed: an error annotation and exit code 1; it does not exit. The annotation may point at a file, as core.error's does. */
export function setFailed(message: string | Error, properties: AnnotationProperties = {}): void {
  process.exitCode = 1
  error(message, properties)
}
