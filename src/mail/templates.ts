// Mail templates: the built-in ones and user files, rendered with Handlebars. Before any part is
// rendered, every variable a template uses (block helpers' arguments included) must be given, so a
// missing variable is an error rather than an empty string or an empty list. HTML parts escape every
// value; text parts and subjects do not (they are not HTML).
import Handlebars from 'handlebars'
import { readUserTextFile } from '../evidence/evidence-file.js'
import { ConfigurationError } from '../errors.js'

export interface MailTemplate {
  /** The built-in name, or 'custom' for template files. */
  name: string
  subject: string
  text?: string
  html?: string
  /** Where each part came from, for error messages. */
  sources: { subject: string; text?: string; html?: string }
  /** Variables a built-in template may go without, with the value they take then. */
  optional?: Record<string, unknown>
}

export interface RenderedMail {
  subject: string
  text?: string
  html?: string
}

const REASONS_TEXT = '{{#each reasons}}- {{message}}{{#if file}} ({{file}}{{#if field}}: {{field}}{{/if}}){{/if}}\n{{/each}}'
const REASONS_HTML = '<ul>{{#each reasons}}<li>{{message}}{{#if file}} (<code>{{file}}</code>{{#if field}}: <code>{{field}}</code>{{/if}}){{/if}}</li>{{/each}}</ul>'
const EVIDENCE_TEXT = '{{#each evidence}}- {{kind}}: {{path}} ({{state}})\n{{/each}}'
const EVIDENCE_HTML = '<ul>{{#each evidence}}<li>{{kind}}: <code>{{path}}</code> ({{state}})</li>{{/each}}</ul>'

const BUILT_IN: Record<string, Omit<MailTemplate, 'name' | 'sources'>> = {
  'release-completed': {
    subject: '[{{repository}}] release {{shortSha}} completed',
    text: [
      'The release of {{repository}} at {{sha}} completed.',
      '',
      'Package: {{packageDigest}}',
      'Decision: {{decision}} ({{status}})',
      'Lead time: {{leadTime}}',
      'Run: {{runUrl}}',
      '',
    ].join('\n'),
    html: [
      '<p>The release of <strong>{{repository}}</strong> at <code>{{sha}}</code> completed.</p>',
      '<table><tr><th align="left">Package</th><td><code>{{packageDigest}}</code></td></tr>',
      '<tr><th align="left">Decision</th><td>{{decision}} ({{status}})</td></tr>',
      '<tr><th align="left">Lead time</th><td>{{leadTime}}</td></tr></table>',
      '<p><a href="{{runUrl}}">The pipeline run</a></p>',
    ].join('\n'),
  },
  'release-failed': {
    subject: '[{{repository}}] release {{shortSha}} failed',
    text: ['The release of {{repository}} at {{sha}} failed.', '', 'Why:', REASONS_TEXT, 'Run: {{runUrl}}', ''].join('\n'),
    html: [
      '<p>The release of <strong>{{repository}}</strong> at <code>{{sha}}</code> failed.</p>',
      '<p>Why:</p>',
      REASONS_HTML,
      '<p><a href="{{runUrl}}">The pipeline run</a></p>',
    ].join('\n'),
  },
  'ops-alert': {
    subject: '[{{repository}}] ops alert: release {{shortSha}} {{status}}',
    text: [
      'Release {{sha}} of {{repository}} ended with status {{status}} (decision {{decision}}).',
      '',
      'Reasons:',
      REASONS_TEXT,
      'Evidence:',
      EVIDENCE_TEXT,
      'Run: {{runUrl}}',
      '',
    ].join('\n'),
    html: [
      '<p>Release <code>{{sha}}</code> of <strong>{{repository}}</strong> ended with status <strong>{{status}}</strong> (decision {{decision}}).</p>',
      '<p>Reasons:</p>',
      REASONS_HTML,
      '<p>Evidence:</p>',
      EVIDENCE_HTML,
      '<p><a href="{{runUrl}}">The pipeline run</a></p>',
    ].join('\n'),
  },
  'delivery-ready': {
    subject: '{{project}}: version {{version}} is ready',
    text: [
      'Version {{version}} of {{project}} is ready.',
      '',
      'Download: {{shareLink}}',
      '',
      'Files:',
      '{{#each files}}- {{name}} ({{size}} bytes)\n{{/each}}',
    ].join('\n'),
    html: [
      '<p>Version {{version}} of <strong>{{project}}</strong> is ready.</p>',
      '<p><a href="{{shareLink}}">Download</a></p>',
      '<ul>{{#each files}}<li>{{name}} ({{size}} bytes)</li>{{/each}}</ul>',
    ].join('\n'),
  },
  // items (from variables, data-file or data-command) and releases (releases: true) are optional
  // here: a digest without them says so rather than stopping the send.
  'daily-digest': {
    subject: '{{repository}} daily digest, {{date}}',
    text: [
      'Hello {{name}},',
      '',
      'The digest for {{repository}} on {{date}}:',
      '{{#each items}}- {{this}}\n{{/each}}{{#if releases}}',
      'Releases since the last digest:',
      '{{#each releases}}- {{shortSha}}: {{decision}} ({{status}}), lead time {{leadTime}}, decided {{decidedAt}}\n{{/each}}{{/if}}',
    ].join('\n'),
    html: [
      '<p>Hello {{name}},</p>',
      '<p>The digest for <strong>{{repository}}</strong> on {{date}}:</p>',
      '<ul>{{#each items}}<li>{{this}}</li>{{/each}}</ul>',
      '{{#if releases}}<p>Releases since the last digest:</p>',
      '<ul>{{#each releases}}<li><code>{{shortSha}}</code>: {{decision}} ({{status}}), lead time {{leadTime}}, decided {{decidedAt}}</li>{{/each}}</ul>{{/if}}',
    ].join('\n'),
    optional: { items: [], releases: [] },
  },
  // From bounce-scan's alert-variables: what one scan retired and what it could not match.
  'bounce-alert': {
    subject: '[{{repository}}] bounce-scan {{scanId}}: addresses to review',
    text: [
      'bounce-scan {{scanId}} found bounces that need you.',
      '{{#if retired}}',
      'Retired (no roster send writes to them again); mark each inactive in the repository roster:',
      '{{#each retired}}- {{address}}: {{reason}} ({{date}})\n  shipgate mail roster set-status {{address}} inactive\n{{/each}}{{/if}}{{#if unmatched}}',
      'Unmatched (no send in the send log answers them; check by hand):',
      '{{#each unmatched}}- {{address}}: {{reason}} ({{date}})\n{{/each}}{{/if}}',
      'Run: {{runUrl}}',
      '',
    ].join('\n'),
    html: [
      '<p>bounce-scan {{scanId}} found bounces that need you.</p>',
      '{{#if retired}}<p>Retired (no roster send writes to them again); mark each inactive in the repository roster with <code>shipgate mail roster set-status &lt;email&gt; inactive</code>:</p>',
      '<ul>{{#each retired}}<li>{{address}}: {{reason}} ({{date}})</li>{{/each}}</ul>{{/if}}',
      '{{#if unmatched}}<p>Unmatched (no send in the send log answers them; check by hand):</p>',
      '<ul>{{#each unmatched}}<li>{{address}}: {{reason}} ({{date}})</li>{{/each}}</ul>{{/if}}',
      '<p><a href="{{runUrl}}">The run</a></p>',
    ].join('\n'),
  },
}

export const builtInTemplateNames = Object.keys(BUILT_IN)

export function builtInTemplate(name: string): MailTemplate {
  const template = BUILT_IN[name]
  if (!template) {
    throw new ConfigurationError(`input 'template': '${name}' is not a built-in template; use one of ${builtInTemplateNames.join(', ')}, or template-text/template-html files`)
  }
  return { name, ...template, sources: { subject: `template ${name} (subject)`, text: `template ${name} (text)`, html: `template ${name} (html)` } }
}

async function readTemplateFile(path: string, input: string): Promise<string> {
  try {
    return await readUserTextFile(path, 'a template')
  } catch (error) {
    throw new ConfigurationError(`input '${input}': cannot read ${path} (${(error as Error).message})`, { file: path })
  }
}

/** A user template from files; the subject comes from the `subject` input. */
export async function fileTemplate(files: { text?: string; html?: string }, subject: string | undefined): Promise<MailTemplate> {
  if (!subject) throw new ConfigurationError("input 'subject': required with template-text/template-html (the subject line, which may use {{variables}})")
  return {
    name: 'custom',
    subject,
    text: files.text ? await readTemplateFile(files.text, 'template-text') : undefined,
    html: files.html ? await readTemplateFile(files.html, 'template-html') : undefined,
    sources: { subject: "input 'subject'", text: files.text, html: files.html },
  }
}

const engine = Handlebars.create()
const compiled = new Map<string, Handlebars.TemplateDelegate>()

function compile(source: string, escape: boolean): Handlebars.TemplateDelegate {
  const key = `${escape ? 'h' : 't'}:${source}`
  let template = compiled.get(key)
  if (!template) {
    template = engine.compile(source, { strict: true, noEscape: !escape })
    compiled.set(key, template)
  }
  return template
}

function renderPart(source: string, variables: Record<string, unknown>, where: string, escape: boolean): string {
  try {
    return compile(source, escape)(variables)
  } catch (error) {
    const message = (error as Error).message
    const missing = /^"([^"]+)" not defined in .* - (\d+):(\d+)$/.exec(message)
    if (missing) {
      const known = Object.keys(variables).sort().join(', ')
      throw new ConfigurationError(`${where}: unknown variable '${missing[1]}' at line ${missing[2]}, column ${Number(missing[3]) + 1}; the variables are: ${known}`, {
        file: where.startsWith('template ') || where.startsWith('input ') ? undefined : where,
        line: Number(missing[2]),
      })
    }
    throw new ConfigurationError(`${where}: not a valid template (${message.split('\n')[0]})`)
  }
}

/** A variable a template part uses, where it is used. */
export interface VariableUse {
  /** The path from the top-level variables, e.g. `items` or `release.sha`. */
  path: string[]
  /** The helper whose argument it is (`each`, `if`, `with`…), or undefined for a plain {{variable}}. */
  helper?: string
  line: number
  column: number
}

// Block helpers and sections that render their body with another context (each item, the with
// value): inside them, a plain name is the item's, not a top-level variable.
const CONTEXT_HELPERS = new Set(['each', 'with'])
const HELPERS = new Set(['each', 'with', 'if', 'unless', 'lookup', 'log', 'blockHelperMissing', 'helperMissing'])

/** Every top-level variable a template part uses, blocks included; a parse error is the caller's to report. */
export function variablesUsed(source: string): VariableUse[] {
  const uses: VariableUse[] = []
  // depth: how many context changes (each/with bodies) enclose the node; 0 is the top level.
  const path = (node: hbs.AST.PathExpression, depth: number, helper?: string) => {
    const at = { line: node.loc.start.line, column: node.loc.start.column + 1, helper }
    if (node.data) {
      // @root.x is a top-level variable wherever it is; @index, @key, @first… belong to the loop.
      if (node.parts[0] === 'root' && node.parts.length > 1) uses.push({ path: node.parts.slice(1), ...at })
      return
    }
    if (node.depth === depth && node.parts.length > 0) uses.push({ path: node.parts, ...at })
  }
  const expression = (node: hbs.AST.Expression, depth: number, helper?: string) => {
    if (node.type === 'PathExpression') path(node as hbs.AST.PathExpression, depth, helper)
    else if (node.type === 'SubExpression') call(node as hbs.AST.SubExpression, depth)
  }
  const call = (node: { path: hbs.AST.Expression; params: hbs.AST.Expression[]; hash?: hbs.AST.Hash }, depth: number): string | undefined => {
    const name = node.path.type === 'PathExpression' ? (node.path as hbs.AST.PathExpression).original : undefined
    const helper = name !== undefined && HELPERS.has(name) && (node.params.length > 0 || name === 'log') ? name : undefined
    if (!helper) expression(node.path, depth)
    for (const param of node.params) expression(param, depth, helper)
    for (const pair of node.hash?.pairs ?? []) expression(pair.value, depth, helper)
    return helper
  }
  const program = (node: hbs.AST.Program | undefined, depth: number) => {
    for (const statement of node?.body ?? []) {
      if (statement.type === 'MustacheStatement') call(statement as hbs.AST.MustacheStatement, depth)
      else if (statement.type === 'BlockStatement') {
        const block = statement as hbs.AST.BlockStatement
        const helper = call(block, depth)
        // A section ({{#items}}…{{/items}}) renders its body with the value, like each or with.
        const changesContext = helper === undefined ? block.params.length === 0 : CONTEXT_HELPERS.has(helper)
        program(block.program, changesContext ? depth + 1 : depth)
        program(block.inverse, depth)
      }
    }
  }
  program(engine.parse(source), 0)
  return uses
}

function isGiven(variables: Record<string, unknown>, path: string[]): boolean {
  let value: unknown = variables
  for (const part of path) {
    if (value === null || value === undefined) return false
    if (typeof value !== 'object') return true // a property of a string or number: Handlebars' business
    // Own properties only: `constructor` or `toString` are on every object, and Handlebars renders
    // them as nothing (prototype access is denied), so they are not given by being inherited.
    if (!Object.hasOwn(value, part) || (value as Record<string, unknown>)[part] === undefined) return false
    value = (value as Record<string, unknown>)[part]
  }
  return true
}

function requireGiven(source: string, variables: Record<string, unknown>, where: string): void {
  let uses: VariableUse[]
  try {
    uses = variablesUsed(source)
  } catch (error) {
    throw new ConfigurationError(`${where}: not a valid template (${(error as Error).message.split('\n')[0]})`, fileLocation(where))
  }
  const missing = uses.find((use) => !isGiven(variables, use.path))
  if (!missing) return
  const name = missing.path.join('.')
  const usedBy = missing.helper ? ` (in {{#${missing.helper} ${name}}})` : ''
  const known = Object.keys(variables).sort().join(', ')
  throw new ConfigurationError(
    `${where}: unknown variable '${name}'${usedBy} at line ${missing.line}, column ${missing.column}; the variables are: ${known}; give it in 'variables', 'data-file' or 'data-command'`,
    { ...fileLocation(where), line: missing.line },
  )
}

function fileLocation(where: string): { file?: string } {
  return where.startsWith('template ') || where.startsWith('input ') ? {} : { file: where }
}

/**
 * Renders every part of a template. Every part is checked first: a variable any part uses and
 * nobody gives is a ConfigurationError naming the variable and the part, before anything is rendered.
 */
export function renderTemplate(template: MailTemplate, given: Record<string, unknown>, subjectOverride?: string): RenderedMail {
  const variables = { ...template.optional, ...given }
  const subjectSource = subjectOverride ?? template.subject
  requireGiven(subjectSource, variables, subjectOverride ? "input 'subject'" : template.sources.subject)
  if (template.text !== undefined) requireGiven(template.text, variables, template.sources.text ?? 'text')
  if (template.html !== undefined) requireGiven(template.html, variables, template.sources.html ?? 'html')
  const subject = renderPart(subjectSource, variables, subjectOverride ? "input 'subject'" : template.sources.subject, false).replace(/[\r\n]+/g, ' ').trim()
  return {
    subject,
    text: template.text === undefined ? undefined : renderPart(template.text, variables, template.sources.text ?? 'text', false),
    html: template.html === undefined ? undefined : renderPart(template.html, variables, template.sources.html ?? 'html', true),
  }
}
