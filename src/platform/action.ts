// What an action is, independent of where it runs: its documented inputs and outputs, one zod
// schema that turns the raw inputs into a typed settings object, and a run function over ports.
// The GitHub adapter (github-action.ts) and the `shipgate` command both drive this.
import { z } from 'zod'
import { fieldPath } from '../contracts/field-path.js'
import { ConfigurationError } from '../errors.js'
import type { EvidenceStore } from '../evidence/store.js'
import type { Clock } from './clock.js'
import type { Exec } from './exec.js'
import type { Logger } from './logger.js'
import type { RunEnvironment } from './run-environment.js'

export interface InputSpec {
  description: string
  required?: boolean
  /** Applied when the input is empty, by the runner (action.yml) and by the command alike. */
  default?: string
  /**
   * A default only the runner can apply, being an expression it evaluates (`${{ github.token }}`):
   * written to action.yml; the command leaves the input not given.
   */
  runnerDefault?: string
  /** A secret: masked before first use and never echoed. */
  secret?: boolean
}

export interface OutputSpec {
  description: string
}

export type RawInputs = Record<string, string | undefined>

export interface ActionContext {
  environment: RunEnvironment
  logger: Logger
  exec: Exec
  clock: Clock
  /** Opens the evidence store an action's `artifacts-dir` names. */
  openStore(artifactsDir: string): EvidenceStore
}

/** Where a run of a pipeline stage is appended to the pipeline timing. */
export interface TimingTarget {
  store: EvidenceStore
  sha: string
}

export interface ActionResult {
  outputs: Record<string, string>
  /** Markdown for the job summary. */
  summary?: string
  /** Set when the step must fail after its outputs are written (a NO with fail-on-no). */
  failure?: { message: string; file?: string }
  /** How the stage ended, for the pipeline timing: success unless said (a throw is failure). */
  outcome?: 'success' | 'no' | 'skipped'
}

export interface ActionDefinition<Settings = unknown> {
  name: string
  description: string
  branding: { icon: string; color: string }
  inputs: Record<string, InputSpec>
  outputs: Record<string, OutputSpec>
  /** Parses raw inputs (kebab-case names, undefined when empty) into settings. No side effects. */
  settings: z.ZodType<Settings, RawInputs>
  run(settings: Settings, context: ActionContext): Promise<ActionResult>
  /**
   * For pipeline stages: where the adapter appends this run (start, end, outcome) to the pipeline
   * timing, whether the run succeeds, says NO or throws. Stages that write timing themselves omit it;
   * undefined when the SHA is only found by the run (fetch-release-package's rollback).
   */
  timing?: (settings: Settings, context: ActionContext) => TimingTarget | undefined
}

export function defineAction<Settings>(definition: ActionDefinition<Settings>): ActionDefinition<Settings> {
  return definition
}

/** Raw inputs with defaults applied; empty means not given. */
export function withDefaults(definition: ActionDefinition<unknown>, given: (name: string) => string | undefined): RawInputs {
  const raw: RawInputs = {}
  for (const [name, spec] of Object.entries(definition.inputs)) {
    const value = given(name)?.trim()
    raw[name] = value ? value : spec.default || undefined
  }
  return raw
}

/** Parses the inputs with the action's schema; the error names the input and says what fits. */
export function parseSettings<Settings>(definition: ActionDefinition<Settings>, raw: RawInputs, logger: Logger): Settings {
  for (const [name, spec] of Object.entries(definition.inputs)) {
    const value = raw[name]
    if (spec.secret && value) logger.secret(value)
  }
  for (const [name, spec] of Object.entries(definition.inputs)) {
    if (spec.required && !raw[name]) {
      throw new ConfigurationError(`input '${name}' is required: ${spec.description}`)
    }
  }
  const parsed = definition.settings.safeParse(raw)
  if (!parsed.success) {
    const messages = parsed.error.issues.map((issue) => {
      const [inputName, ...rest] = issue.path
      const where = rest.length > 0 ? `${String(inputName)} (${fieldPath(rest)})` : String(inputName ?? '(inputs)')
      return `input '${where}': ${issue.message}`
    })
    throw new ConfigurationError(messages.join('; '))
  }
  return parsed.data
}

// Input field parsers: the raw value is a string or undefined (not given).
export const inputs = {
  /** An optional string. */
  text: () => z.string().optional(),
  /** true/false in the spellings the runner accepts (YAML 1.2 core schema). */
  boolean: (fallback: boolean) =>
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined) return fallback
        if (['true', 'True', 'TRUE'].includes(value)) return true
        if (['false', 'False', 'FALSE'].includes(value)) return false
        ctx.addIssue({ code: 'custom', message: `'${value}' is not a boolean; use true or false` })
        return z.NEVER
      }),
  /** One item per line (blank lines and surrounding spaces dropped). */
  list: () =>
    z
      .string()
      .optional()
      .transform((value) => (value ?? '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '')),
  /** A full commit SHA, optional (the run's SHA is the usual default). */
  sha: () =>
    z
      .string()
      .regex(/^[0-9a-f]{40}$/, 'must be a full 40-character lowercase hex commit SHA')
      .optional(),
  /** A TCP port, 1 to 65535, optional. */
  port: () =>
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined) return undefined
        const port = plainWholeNumber(value)
        if (port === undefined || port < 1 || port > 65535) {
          ctx.addIssue({ code: 'custom', message: `'${value}' is not a port number: give a whole number from 1 to 65535` })
          return z.NEVER
        }
        return port
      }),
  /** A whole number of at least `minimum` (a count, a limit). */
  wholeNumber: (fallback: number, minimum = 1) =>
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined) return fallback
        const count = plainWholeNumber(value)
        if (count === undefined || count < minimum) {
          ctx.addIssue({ code: 'custom', message: `'${value}' is not a whole number of ${minimum} or more` })
          return z.NEVER
        }
        return count
      }),
  /** A duration with its unit (7d, 36h, 90m, 600s) of at least a second, in milliseconds. */
  duration: (fallbackMs: number) =>
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined) return fallbackMs
        const ms = parseDurationMs(value)
        if (ms === undefined) {
          ctx.addIssue({ code: 'custom', message: `'${value}' is not a duration; ${DURATION_RULE}` })
          return z.NEVER
        }
        return ms
      }),
  /** A number of seconds, at least `minimum` (a second unless said): a timeout, a poll interval. */
  seconds: (fallback: number, minimum = MIN_SECONDS) =>
    z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined) return fallback
        const seconds = plainDecimal(value)
        if (seconds === undefined || seconds < minimum) {
          ctx.addIssue({ code: 'custom', message: `'${value}' is not a number of seconds of ${minimum} or more; give a plain decimal number such as 30 or 2.5` })
          return z.NEVER
        }
        return seconds
      }),
}

/** The least number of seconds a timeout, deadline or interval input takes: less would spin, not wait. */
export const MIN_SECONDS = 1

// Plain decimal spellings only: Number() also takes 0x10, 0b1, 1e-9 and .5, which a reader of the
// workflow would not take for the number they are.
const PLAIN_DECIMAL = /^[0-9]+(?:\.[0-9]+)?$/
const PLAIN_WHOLE_NUMBER = /^[0-9]+$/

/** `30`, `2.5`: a plain decimal number, finite; undefined for any other spelling (hex, exponent, sign). */
export function plainDecimal(text: string): number | undefined {
  if (!PLAIN_DECIMAL.test(text)) return undefined
  const number = Number(text)
  return Number.isFinite(number) ? number : undefined
}

/** `30`: a plain whole number that is safe to count with; undefined for anything else. */
export function plainWholeNumber(text: string): number | undefined {
  if (!PLAIN_WHOLE_NUMBER.test(text)) return undefined
  const number = Number(text)
  return Number.isSafeInteger(number) ? number : undefined
}

const DURATION_UNITS_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const

/** What parseDurationMs takes, for messages. */
export const DURATION_RULE = 'give a plain decimal number with a unit, at least 1s: 7d, 36h, 90m or 600s'

/** `7d`, `36h`, `90m`, `600s` in milliseconds, at least a second; undefined for anything else (a bare number has no unit to trust). */
export function parseDurationMs(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$/.exec(text)
  if (!match) return undefined
  const ms = Number(match[1]) * DURATION_UNITS_MS[match[2] as keyof typeof DURATION_UNITS_MS]
  return Number.isFinite(ms) && ms >= MIN_SECONDS * 1000 && ms <= Number.MAX_SAFE_INTEGER ? Math.round(ms) : undefined
}
