// shipgate.yml `acceptance`: the checks a release must pass before production, by scope, and the
// command that starts what they test.
import { z } from 'zod'
import type { ScopeFlags } from '../contracts/common.js'
import { parsePointer } from '../stages/checks/json-pointer.js'

export const scopeName = z.enum(['runtime', 'infra', 'docs', 'always'])
export type ScopeName = z.infer<typeof scopeName>

const checkBase = {
  name: z.string().min(1),
  scopes: z
    .array(scopeName)
    .min(1)
    .default(['always'])
    .describe('Run when the release changes one of these; always: every release.'),
  required: z.boolean().default(true).describe('A required check failing makes the decision NO; an optional one makes it YES, degraded.'),
  timeoutSeconds: z.number().positive().default(30).describe('The deadline for the check, all attempts included.'),
}

const ENV_NOTE = '${env:NAME} is replaced by the environment variable NAME.'

export const httpCheck = z
  .object({
    ...checkBase,
    type: z.literal('http'),
    method: z
      .string()
      .regex(/^[A-Za-z]+$/, 'must be an HTTP method such as GET or POST')
      .default('GET')
      .transform((method) => method.toUpperCase()),
    url: z.string().min(1).describe(`The URL to call. ${ENV_NOTE}`),
    headers: z.record(z.string(), z.string()).default({}).describe(`Request headers. ${ENV_NOTE} Values of secret-looking variables are masked.`),
    body: z.string().optional().describe(`The request body. ${ENV_NOTE}`),
    expectStatus: z.number().int().min(100).max(599).default(200),
    bodyContains: z.string().optional().describe('Text the response body must contain.'),
    jsonPointer: z
      .object({
        pointer: z.string().refine((pointer) => {
          try {
            parsePointer(pointer)
            return true
          } catch {
            return false
          }
        }, 'must be an RFC 6901 JSON pointer: empty, or /-separated tokens with ~0 for ~ and ~1 for /'),
        equals: z.json().describe('The JSON value the pointer must name (compared as canonical JSON).'),
      })
      .strict()
      .optional()
      .describe('The response must be JSON, and the value at the pointer must equal `equals`.'),
    attempts: z.number().int().positive().default(5).describe('Tries within the deadline, with exponential backoff.'),
  })
  .strict()
export type HttpCheck = z.infer<typeof httpCheck>

export const commandCheck = z
  .object({
    ...checkBase,
    type: z.literal('command'),
    run: z
      .string()
      .min(1)
      .describe('A bash command; passes on exit 0. SHIPGATE_REFS (JSON), SHIPGATE_SHA and SHIPGATE_PACKAGE_DIGEST are in its environment.'),
  })
  .strict()
export type CommandCheck = z.infer<typeof commandCheck>

export const acceptanceCheck = z.discriminatedUnion('type', [httpCheck, commandCheck])
export type AcceptanceCheck = z.infer<typeof acceptanceCheck>

export const acceptanceConfig = z
  .object({
    concurrency: z.number().int().positive().default(4).describe('How many checks may run at once.'),
    setup: z
      .string()
      .min(1)
      .optional()
      .describe(
        'A bash command started in the background before the checks (e.g. start the package on 127.0.0.1) with the same SHIPGATE_* environment, and stopped (its whole process group) after them, also on failure.',
      ),
    checks: z
      .array(acceptanceCheck)
      .default([])
      .refine((checks) => new Set(checks.map((check) => check.name)).size === checks.length, 'check names must be unique'),
  })
  .strict()
export type AcceptanceConfig = z.infer<typeof acceptanceConfig>

/** The scopes a release changes. */
export function changedScopes(scope: ScopeFlags): ScopeName[] {
  const changed: ScopeName[] = []
  if (scope.runtimeChanged) changed.push('runtime')
  if (scope.infraChanged) changed.push('infra')
  if (scope.docsChanged) changed.push('docs')
  return changed
}

/** Why a check does not apply to a release of this scope, or undefined when it runs. */
export function scopeSkipReason(check: Pick<AcceptanceCheck, 'scopes'>, scope: ScopeFlags): string | undefined {
  if (check.scopes.includes('always')) return undefined
  const changed = changedScopes(scope)
  if (check.scopes.some((name) => changed.includes(name))) return undefined
  return `scope: runs when ${check.scopes.join(' or ')} changed; this release changes ${changed.length > 0 ? changed.join(', ') : 'none of runtime, infra, docs'}`
}
