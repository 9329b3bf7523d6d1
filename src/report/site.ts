// `shipgate report`'s work: the evidence folder read into releases, the DORA figures over the
// window, and the static site written (index.html and releases/<sha>.html, nothing else).
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { computeDora, type DoraFigures } from './dora.js'
import { openEvidenceFolder } from './evidence-folder.js'
import { releasePageName, renderIndex, renderRelease } from './html.js'
import type { ReleaseRecord, ReportWindow } from './model.js'
import { readReleases } from './read-releases.js'

export interface Report {
  source: string
  layout: 'artifacts-folder' | 'downloaded-artifacts'
  generatedAt: Date
  releases: ReleaseRecord[]
  figures: DoraFigures
  /** Downloaded files that could not be taken, with why. */
  skipped: string[]
}

export async function buildReport(artifactsDir: string, window: ReportWindow, generatedAt: Date): Promise<Report> {
  const folder = await openEvidenceFolder(artifactsDir)
  try {
    const releases = await readReleases(folder)
    return { source: artifactsDir, layout: folder.layout, generatedAt, releases, figures: computeDora(releases, window), skipped: folder.skipped }
  } finally {
    await folder.close()
  }
}

/** Writes the site; returns the files written. */
export async function writeReportSite(outDir: string, report: Report): Promise<string[]> {
  await mkdir(join(outDir, 'releases'), { recursive: true })
  const written: string[] = []
  const put = async (path: string, html: string) => {
    await writeFile(path, html)
    written.push(path)
  }
  await put(join(outDir, 'index.html'), renderIndex(report))
  for (const release of report.releases) await put(join(outDir, 'releases', releasePageName(release.sha)), renderRelease(release))
  return written
}
