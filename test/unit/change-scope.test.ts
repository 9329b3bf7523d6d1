// Change scope: changed paths sorted into runtime, infra and docs by globs, and docs drift.
import { describe, expect, it } from '@jest/globals'
import { scopeConfig } from '../../src/config/commit-stage-config.js'
import { classifyChanges, findDocsDrift, globMatcher } from '../../src/stages/change-scope.js'
import { latestAttempt } from '../../src/stages/commit-gate.js'

const scope = scopeConfig.parse({
  runtime: ['src/**', 'package*.json', '!src/**/*.test.ts'],
  infra: ['infra/**', '.github/workflows/**', 'Dockerfile'],
  docs: ['docs/**', '*.md'],
  watches: [
    { doc: 'docs/runbook.md', paths: ['infra/deploy/**', '.github/workflows/deploy.yml'] },
    { doc: 'docs/api.md', paths: ['src/api/**'] },
  ],
})

describe('globMatcher', () => {
  it('matches dotfiles, honours ! exclusions and matches nothing without plain globs', () => {
    expect(globMatcher(['.github/**'])('.github/workflows/ci.yml')).toBe(true)
    const runtime = globMatcher(scope.runtime)
    expect(runtime('src/api/orders.ts')).toBe(true)
    expect(runtime('src/api/orders.test.ts')).toBe(false)
    expect(runtime('package-lock.json')).toBe(true)
    expect(runtime('docs/src/x.ts')).toBe(false)
    expect(globMatcher(['!src/**'])('README.md')).toBe(false)
    expect(globMatcher([])('anything')).toBe(false)
  })
})

describe('classifyChanges', () => {
  it('sorts each path into every class it matches and the rest into other', () => {
    const result = classifyChanges(
      ['src/api/orders.ts', 'infra/deploy/main.tf', 'README.md', 'src/api/orders.test.ts', 'Dockerfile', 'scripts/tool.sh', 'src/api/orders.ts'],
      scope,
    )
    expect(result).toEqual({
      runtime: { changed: true, paths: ['src/api/orders.ts'] },
      infra: { changed: true, paths: ['Dockerfile', 'infra/deploy/main.tf'] },
      docs: { changed: true, paths: ['README.md'] },
      other: ['scripts/tool.sh', 'src/api/orders.test.ts'],
    })
  })

  it('puts a path matching two classes in both', () => {
    const both = classifyChanges(['deploy/app.yaml'], { runtime: ['deploy/**'], infra: ['deploy/*.yaml'], docs: [] })
    expect(both.runtime.paths).toEqual(['deploy/app.yaml'])
    expect(both.infra.paths).toEqual(['deploy/app.yaml'])
    expect(both.other).toEqual([])
  })

  it('says nothing changed for no paths, and everything is other without globs', () => {
    expect(classifyChanges([], scope)).toEqual({
      runtime: { changed: false, paths: [] },
      infra: { changed: false, paths: [] },
      docs: { changed: false, paths: [] },
      other: [],
    })
    expect(classifyChanges(['src/a.ts'], scopeConfig.parse({})).other).toEqual(['src/a.ts'])
  })
})

describe('findDocsDrift', () => {
  it('reports a watched path that changed without its doc, naming both', () => {
    const findings = findDocsDrift(['infra/deploy/main.tf', '.github/workflows/deploy.yml', 'src/api/orders.ts', 'docs/api.md'], scope.watches)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ doc: 'docs/runbook.md', watched: ['.github/workflows/deploy.yml', 'infra/deploy/main.tf'] })
    expect(findings[0]!.message).toContain('infra/deploy/main.tf')
    expect(findings[0]!.message).toContain('docs/runbook.md')
  })

  it('finds no drift when the doc changed too, or nothing watched changed', () => {
    expect(findDocsDrift(['infra/deploy/main.tf', 'docs/runbook.md'], scope.watches)).toEqual([])
    expect(findDocsDrift(['src/lib/util.ts'], scope.watches)).toEqual([])
  })
})

describe('latestAttempt', () => {
  it('takes the newest run of the newest suite and counts the attempts in that suite', () => {
    const run = (id: number, suiteId: number) => ({ id, name: 'commit-stage', status: 'completed', conclusion: 'success', url: null, suiteId })
    expect(latestAttempt([run(5, 1), run(9, 2), run(7, 1), run(12, 2), run(8, 1)])).toEqual({ run: run(12, 2), attempt: 2 })
    expect(latestAttempt([])).toBeUndefined()
  })
})
