// Browser smoke: opens production's pages in a real headless Chrome or Chromium (playwright-core,
// loaded only when this check runs) and fails on a failing status, a page error, or a selector or
// text that does not show within the page's timeout. No browser and an optional check: skipped.
import { constants } from 'node:fs'
import { access, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import type { BrowserConfig, BrowserPageConfig } from '../../config/prod-verify-config.js'
import type { CheckOutcome } from '../../contracts/common.js'
import type { Clock } from '../../platform/clock.js'
import type { Logger } from '../../platform/logger.js'

export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome'] as const

export const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface BrowserSmokeInput {
  config: BrowserConfig
  /** The browser-path input; wins over config.executable and PATH. */
  browserPath?: string
  /** Where to look for a browser by name; default process.env.PATH. */
  searchPath?: string
}

export interface BrowserSmokePorts {
  clock: Clock
  logger: Logger
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The browser to run, or why there is none. */
export async function findBrowser(given: string | undefined, searchPath: string): Promise<{ path: string } | { missing: string }> {
  if (given !== undefined) {
    return (await isExecutable(given)) ? { path: given } : { missing: `no browser at ${given} (missing or not executable)` }
  }
  for (const name of BROWSER_NAMES) {
    for (const folder of searchPath.split(delimiter).filter((entry) => entry !== '')) {
      const candidate = join(folder, name)
      if (await isExecutable(candidate)) return { path: candidate }
    }
  }
  return { missing: `no Chrome or Chromium found: none of ${BROWSER_NAMES.join(', ')} is on PATH; install one or give browser-path` }
}

export function pageCheckName(page: BrowserPageConfig): string {
  return `browser smoke: ${page.name ?? page.url}`
}

/** One outcome per configured page. */
export async function runBrowserSmoke(input: BrowserSmokeInput, ports: BrowserSmokePorts): Promise<CheckOutcome[]> {
  const { config } = input
  const base = (page: BrowserPageConfig) => ({ name: pageCheckName(page), type: 'browser', required: config.required })
  const browser = await findBrowser(input.browserPath ?? config.executable, input.searchPath ?? process.env.PATH ?? '')
  // Without a browser nothing was checked: optional means skipped (degraded), required means fail.
  const unavailable = (reason: string): CheckOutcome[] => {
    const status = config.required ? 'fail' : 'skipped'
    ports.logger.warning(`browser smoke ${status === 'fail' ? 'failed' : 'skipped'}: ${reason}`)
    return config.pages.map((page) => ({ ...base(page), status, reason, attempts: 0, durationMs: 0 }))
  }
  if ('missing' in browser) return unavailable(browser.missing)

  let playwright: typeof import('playwright-core')
  try {
    // Not bundled (webpackIgnore): ncc's ESM bundle of playwright-core cannot find its own
    // package.json and browsers.json, so it is loaded from a node_modules above the bundle.
    playwright = await import(/* webpackIgnore: true */ 'playwright-core')
  } catch (error) {
    return unavailable(`playwright-core cannot be loaded (${firstLine(messageOf(error))}); install it where the action runs (npm install playwright-core@1.65.1)`)
  }

  const userDataDir = await mkdtemp(join(tmpdir(), 'shipgate-browser-'))
  const started = ports.clock.now()
  try {
    const { chromium } = playwright
    let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>>
    try {
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: browser.path,
        headless: true,
        args: BROWSER_ARGS,
        timeout: 60_000,
      })
    } catch (error) {
      const reason = `${browser.path} did not start: ${firstLine(messageOf(error))}`
      const durationMs = Math.max(0, ports.clock.now().getTime() - started.getTime())
      return config.pages.map((page) => ({ ...base(page), status: 'fail', reason, attempts: 1, durationMs }))
    }
    ports.logger.info(`browser smoke in ${browser.path} (${context.browser()?.version() ?? 'version unknown'})`)
    try {
      const outcomes: CheckOutcome[] = []
      for (const page of config.pages) outcomes.push({ ...base(page), ...(await visit(context, page, ports.clock)) })
      return outcomes
    } finally {
      await context.close().catch(() => undefined)
    }
  } finally {
    await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined)
  }
}

async function visit(
  context: BrowserContext,
  config: BrowserPageConfig,
  clock: Clock,
): Promise<Pick<CheckOutcome, 'status' | 'reason' | 'attempts' | 'durationMs' | 'detail'>> {
  const started = clock.now()
  const deadline = Date.now() + config.timeoutSeconds * 1000
  const remaining = () => Math.max(1, deadline - Date.now())
  const durationMs = () => Math.max(0, clock.now().getTime() - started.getTime())
  const pageErrors: string[] = []
  const page = await context.newPage()
  page.on('pageerror', (error) => pageErrors.push(firstLine(error.message)))
  const steps: string[] = []
  const fail = (reason: string) => ({ status: 'fail' as const, reason, attempts: 1, durationMs: durationMs(), detail: steps.join('; ') || undefined })
  try {
    let response
    try {
      response = await page.goto(config.url, { waitUntil: 'load', timeout: remaining() })
    } catch (error) {
      return fail(`${config.url} did not load: ${firstLine(messageOf(error))}`)
    }
    const status = response?.status()
    steps.push(`status ${status ?? 'none'}`)
    if (status === undefined || status >= 400) return fail(`${config.url} answered ${status ?? 'nothing'}`)
    if (pageErrors.length > 0) return fail(`page error: ${pageErrors.join('; ')}`)
    if (config.waitForSelector !== undefined) {
      try {
        await page.waitForSelector(config.waitForSelector, { timeout: remaining() })
        steps.push(`selector ${config.waitForSelector} shown`)
      } catch {
        return fail(`selector ${config.waitForSelector} did not show within ${config.timeoutSeconds} s`)
      }
    }
    if (config.waitForText !== undefined) {
      try {
        await page.getByText(config.waitForText).first().waitFor({ timeout: remaining() })
        steps.push(`text ${JSON.stringify(config.waitForText)} shown`)
      } catch {
        return fail(`text ${JSON.stringify(config.waitForText)} did not show within ${config.timeoutSeconds} s`)
      }
    }
    if (pageErrors.length > 0) return fail(`page error: ${pageErrors.join('; ')}`)
    return { status: 'pass', attempts: 1, durationMs: durationMs(), detail: steps.join('; ') }
  } finally {
    await page.close().catch(() => undefined)
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim()
}

// Duck-typed: errors thrown across realms (as under a test runner) fail instanceof Error.
function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === 'string' ? message : String(error)
}
