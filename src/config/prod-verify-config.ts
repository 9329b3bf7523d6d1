// shipgate.yml `deploy` and `prodVerify`: how the package reaches production, and how production
// is verified afterwards (auth canary, probe freshness, API smoke, browser smoke).
import { z } from 'zod'

const source = z
  .object({
    url: z.string().optional().describe('Fetched with GET; must answer 2xx with JSON.'),
    file: z.string().optional().describe('A local JSON file, relative to the working directory.'),
  })
  .strict()
  .refine((value) => (value.url === undefined) !== (value.file === undefined), 'give exactly one of url or file')

const jsonPointer = z.string().regex(/^(\/.*)?$/, "must be a JSON pointer: '' or starting with '/'")
const fetchTimeout = z.number().positive().default(10).describe('How long to wait for a URL source, in seconds.')

export const deployConfig = z
  .object({
    command: z.string().min(1).describe('The deploy command; it gets the promoted refs in SHIPGATE_REFS (JSON), SHIPGATE_SHA and SHIPGATE_PACKAGE_DIGEST.'),
    stop: z.string().min(1).optional().describe('Run at the end of a local `shipgate pipeline`, also on failure, to stop what the deploy started.'),
  })
  .strict()
export type DeployConfig = z.infer<typeof deployConfig>

export const authCanaryConfig = z
  .object({
    source,
    pointer: jsonPointer.default('/lastSuccess').describe('JSON pointer to the last success time (RFC 3339, or epoch seconds or milliseconds).'),
    maxAgeSeconds: z.number().positive().describe('Fail when the last success is older than this.'),
    timeoutSeconds: fetchTimeout,
    required: z.boolean().default(true),
  })
  .strict()
export type AuthCanaryConfig = z.infer<typeof authCanaryConfig>

export const probeConfig = z
  .object({
    source,
    shaPointer: jsonPointer.default('/sha').describe('JSON pointer to the commit SHA the probe checked; must be the SHA being released.'),
    timePointer: jsonPointer.default('/checkedAt').describe('JSON pointer to when the probe ran.'),
    maxAgeSeconds: z.number().positive().describe('Fail when the probe report is older than this.'),
    timeoutSeconds: fetchTimeout,
    required: z.boolean().default(true),
  })
  .strict()
export type ProbeConfig = z.infer<typeof probeConfig>

export const apiSmokeConfig = z
  .object({
    issuer: z
      .string()
      .optional()
      .describe('Discover the token endpoint from <issuer>/.well-known/openid-configuration; {tenantId} is replaced by the client\'s tenant id.'),
    tokenUrl: z.string().optional().describe('The token endpoint, when not discovered; {tenantId} is replaced by the client\'s tenant id.'),
    clientAuthentication: z
      .enum(['client_secret_post', 'client_secret_basic'])
      .default('client_secret_post')
      .describe('How the client id and secret are sent to the token endpoint.'),
    audience: z.string().optional().describe('Sent as `audience` in the token request, for providers that want one.'),
    endpoints: z
      .array(
        z
          .object({
            method: z.string().default('GET'),
            url: z.string().min(1),
            expectStatus: z.number().int().min(100).max(599).default(200).describe('What the allowed client must get.'),
          })
          .strict(),
      )
      .min(1),
    deniedExpectedStatus: z
      .number()
      .int()
      .min(100)
      .max(599)
      .refine((code) => code < 200 || code >= 300, 'must not be a 2xx: the denied client must be refused')
      .default(403)
      .describe('Exactly what the denied client must get from every endpoint.'),
    timeoutSeconds: z.number().positive().default(30).describe('The deadline of each request.'),
    required: z.boolean().default(true),
  })
  .strict()
  .refine((value) => value.issuer !== undefined || value.tokenUrl !== undefined, 'give tokenUrl, or issuer to discover it')
export type ApiSmokeConfig = z.infer<typeof apiSmokeConfig>

export const browserPageConfig = z
  .object({
    name: z.string().min(1).optional().describe('Shown in the result; default: the URL.'),
    url: z.string().min(1),
    waitForSelector: z.string().optional(),
    waitForText: z.string().optional(),
    timeoutSeconds: z.number().positive().default(30),
  })
  .strict()
export type BrowserPageConfig = z.infer<typeof browserPageConfig>

export const browserConfig = z
  .object({
    executable: z.string().optional().describe('Chrome or Chromium; default: the browser-path input, else chromium, chromium-browser or google-chrome on PATH.'),
    required: z.boolean().default(false),
    pages: z.array(browserPageConfig).min(1),
  })
  .strict()
export type BrowserConfig = z.infer<typeof browserConfig>

export const prodVerifyConfig = z
  .object({
    authCanary: authCanaryConfig.optional(),
    probe: probeConfig.optional(),
    apiSmoke: apiSmokeConfig.optional(),
    browser: browserConfig.optional(),
  })
  .strict()
export type ProdVerifyConfig = z.infer<typeof prodVerifyConfig>
