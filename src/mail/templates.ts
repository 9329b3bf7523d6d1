// Mail templates: the built-in ones and user files, rendered with Handlebars in strict mode so a
// missing variable is an error rather than an empty string. HTML parts escape every value; text
// parts and subjects do not (they are not HTML).
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
  'daily-digest': {
    subject: '{{repository}} daily digest, {{date}}',
    text: ['Hello {{name}},', '', 'The digest for {{repository}} on {{date}}:', '{{#each items}}- {{this}}\n{{/each}}'].join('\n'),
    html: ['<p>Hello {{name}},</p>', '<p>The digest for <strong>{{repository}}</strong> on {{date}}:</p>', '<ul>{{#each items}}<li>{{this}}</li>{{/each}}</ul>'].join('\n'),
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

/** Renders every part of a template; any unknown variable is a ConfigurationError naming the part. */
export function renderTemplate(template: MailTemplate, variables: Record<string, unknown>, subjectOverride?: string): RenderedMail {
  const subjectSource = subjectOverride ?? template.subject
  const subject = renderPart(subjectSource, variables, subjectOverride ? "input 'subject'" : template.sources.subject, false).replace(/[\r\n]+/g, ' ').trim()
  return {
    subject,
    text: template.text === undefined ? undefined : renderPart(template.text, variables, template.sources.text ?? 'text', false),
    html: template.html === undefined ? undefined : renderPart(template.html, variables, template.sources.html ?? 'html', true),
  }
}
