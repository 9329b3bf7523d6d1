// shipgate.yml `acceptance`: the checks a release must pass before production, by scope.
import { z } from 'zod'

export const scopeName = z.enum(['runtime', 'infra', 'docs', 'always'])

const checkBase = {
  name: z.string().min(1),
  scopes: z.array(scopeName).min(1).default(['always']).describe('Run when the release changes one of these; always: every release.'),
  required: z.boolean().default(true),
  timeoutSeconds: z.number().positive().default(30).describe('The deadline for the check, all attempts included.'),
}

export const httpCheck = z
  .object({
    ...checkBase,
    type: z.literal('http'),
    method: z.string().default('GET'),
    url: z.string().min(1),
    headers: z.record(z.string(), z.string()).default({}),
    body: z.string().optional(),
    expectStatus: z.number().int().default(200),
    bodyContains: z.string().optional(),
    jsonPointer: z.object({ pointer: z.string().startsWith('/').or(z.literal('')), equals: z.unknown() }).strict().optional(),
    attempts: z.number().int().positive().default(5).describe('Tries within the deadline, with exponential backoff.'),
  })
  .strict()

export const commandCheck = z
  .object({
    ...checkBase,
    type: z.literal('command'),
    run: z.string().min(1).describe('A shell command; the promoted refs are in SHIPGATE_REFS (JSON) and SHIPGATE_PACKAGE_DIGEST.'),
  })
  .strict()

export const acceptanceCheck = z.discriminatedUnion('type', [httpCheck, commandCheck])
export type AcceptanceCheck = z.infer<typeof acceptanceCheck>

export const acceptanceConfig = z
  .object({
    concurrency: z.number().int().positive().default(4).describe('How many checks may run at once.'),
    setup: z.string().optional().describe('A command started before the checks (e.g. start the package) and stopped after them.'),
    checks: z.array(acceptanceCheck).default([]),
  })
  .strict()
export type AcceptanceConfig = z.infer<typeof acceptanceConfig>
