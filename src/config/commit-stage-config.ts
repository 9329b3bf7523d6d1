// shipgate.yml `commitStage` and `scope`: the required check, the local stand-in for it, and how
// changed paths are classified (runtime, infra, docs) and checked for docs drift.
import { z } from 'zod'

const globs = z.array(z.string().min(1)).default([])

export const commitStageConfig = z
  .object({
    requiredCheck: z.string().min(1).default('commit-stage').describe('The check (run or status) name that proves the commit stage passed.'),
    localCommand: z
      .string()
      .min(1)
      .optional()
      .describe('Run when no GitHub API is available (the local command); the evidence records that it came from here.'),
  })
  .strict()
export type CommitStageConfig = z.infer<typeof commitStageConfig>

export const scopeConfig = z
  .object({
    runtime: globs.describe('Globs of paths whose change means the runtime must be rebuilt.'),
    infra: globs,
    docs: globs,
    drift: z.enum(['warn', 'fail']).default('warn'),
    watches: z
      .array(
        z
          .object({
            doc: z.string().min(1).describe('The document that describes the watched paths (its source of truth).'),
            paths: z.array(z.string().min(1)).min(1).describe('Globs of the paths the doc describes; a change to them without a change to the doc is drift.'),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
export type ScopeConfig = z.infer<typeof scopeConfig>
