// shipgate.yml `deploy` and `prodVerify`: how the package reaches production, and how production
// is verified afterwards (auth canary, probe freshness, API smoke, browser smoke).
import { z } from 'zod'

const source = z
  .object({ url: z.string().optional(), file: z.string().optional() })
  .strict()
  .refine((value) => (value.url === undefined) !== (value.file === undefined), 'give exactly one of url or file')

export const deployConfig = z
  .object({
    command: z.string().min(1).describe('The deploy command; it gets the promoted refs in SHIPGATE_REFS (JSON), SHIPGATE_SHA and SHIPGATE_PACKAGE_DIGEST.'),
    stop: z.string().min(1).optional().describe('Run at the end of a local `shipgate pipeline`, also on failure, to stop what the deploy started.'),
  })
  .strict()
export type DeployConfig = z.infer<typeof deployConfig>

export const prodVerifyConfig = z
  .object({
    authCanary: z
      .object({
        source,
        pointer: z.string().default('/lastSuccess').describe('JSON pointer to the last success time.'),
        maxAgeSeconds: z.number().positive(),
        required: z.boolean().default(true),
      })
      .strict()
      .optional(),
    probe: z
      .object({
        source,
        shaPointer: z.string().default('/sha'),
        timePointer: z.string().default('/checkedAt'),
        maxAgeSeconds: z.number().positive(),
        required: z.boolean().default(true),
      })
      .strict()
      .optional(),
    apiSmoke: z
      .object({
        issuer: z.string().optional().describe('Discover the token endpoint from <issuer>/.well-known/openid-configuration.'),
        tokenUrl: z.string().optional(),
        endpoints: z
          .array(z.object({ method: z.string().default('GET'), url: z.string().min(1), expectStatus: z.number().int().default(200) }).strict())
          .min(1),
        deniedExpectedStatus: z.number().int().default(403),
        required: z.boolean().default(true),
      })
      .strict()
      .optional(),
    browser: z
      .object({
        executable: z.string().optional().describe('Chrome or Chromium; default: found on PATH.'),
        required: z.boolean().default(false),
        pages: z
          .array(
            z
              .object({
                url: z.string().min(1),
                waitForSelector: z.string().optional(),
                waitForText: z.string().optional(),
                timeoutSeconds: z.number().positive().default(30),
              })
              .strict(),
          )
          .min(1),
      })
      .strict()
      .optional(),
  })
  .strict()
export type ProdVerifyConfig = z.infer<typeof prodVerifyConfig>
