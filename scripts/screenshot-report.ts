// Takes the README's picture of the dashboard: opens a site that `shipgate report` wrote in headless
// Chromium and saves a PNG of a page, failing on a console error, a page error or any request
// that leaves the site's folder (the pages must load nothing from elsewhere).
//
//   npx tsx scripts/screenshot-report.ts [--site site] [--page index.html] [--out docs/report.png] [--width 1280] [--height 1500]
import { mkdir } from 'node:fs/promises'
import { dirname, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { BROWSER_ARGS, findBrowser } from '../src/stages/checks/browser-smoke.js'

export interface ScreenshotOptions {
  /** The folder `shipgate report --out` wrote. */
  site: string
  /** The page to take, relative to the site. */
  page: string
  out: string
  width: number
  /** The picture's height: the top of the page when it is longer, all of it when it is shorter. */
  height: number
  browserPath?: string
}

/** Saves the picture; returns what went wrong on the page (nothing when it is clean). */
export async function screenshotReport(options: ScreenshotOptions): Promise<string[]> {
  const browser = await findBrowser(options.browserPath, process.env.PATH ?? '')
  if ('missing' in browser) throw new Error(browser.missing)
  const site = resolve(options.site)
  const { chromium } = await import('playwright-core')
  const instance = await chromium.launch({ executablePath: browser.path, args: BROWSER_ARGS })
  const problems: string[] = []
  try {
    const page = await instance.newPage({ viewport: { width: options.width, height: options.height } })
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('request', (request) => {
      const url = request.url()
      const inside = url.startsWith('file:') && fileURLToPath(url).startsWith(site + sep)
      if (!inside && !url.startsWith('data:')) problems.push(`request out of the site: ${url}`)
    })
    const response = await page.goto(pathToFileURL(resolve(site, options.page)).href, { waitUntil: 'load' })
    if (response && !response.ok()) problems.push(`${options.page}: status ${response.status()}`)
    // A string: the scripts are type-checked without the DOM's types.
    const fullHeight = Number(await page.evaluate('document.body.scrollHeight'))
    await mkdir(dirname(resolve(options.out)), { recursive: true })
    await page.screenshot({ path: options.out, clip: { x: 0, y: 0, width: options.width, height: Math.min(options.height, fullHeight) } })
  } finally {
    await instance.close()
  }
  return problems
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      site: { type: 'string', default: 'site' },
      page: { type: 'string', default: 'index.html' },
      out: { type: 'string', default: 'docs/report.png' },
      width: { type: 'string', default: '1280' },
      height: { type: 'string', default: '1500' },
      'browser-path': { type: 'string' },
    },
  })
  const problems = await screenshotReport({
    site: values.site,
    page: values.page,
    out: values.out,
    width: Number(values.width),
    height: Number(values.height),
    ...(values['browser-path'] === undefined ? {} : { browserPath: values['browser-path'] }),
  })
  for (const problem of problems) process.stderr.write(`${problem}\n`)
  process.stdout.write(`${values.out}: ${values.page} of ${values.site}${problems.length > 0 ? `, with ${problems.length} problem(s)` : ''}\n`)
  return problems.length > 0 ? 1 : 0
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2))
}
