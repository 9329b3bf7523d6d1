// Templates: strict variables, HTML escaping in the HTML part only, the built-ins, and addresses.
import { assertAllowedFrom, isValidAddress } from '../../src/mail/addresses.js'
import { builtInTemplate, builtInTemplateNames, renderTemplate, type MailTemplate } from '../../src/mail/templates.js'

const custom: MailTemplate = {
  name: 'custom',
  subject: 'Hi {{name}}',
  text: 'Dear {{name}},\n{{#each files}}- {{this}}\n{{/each}}',
  html: '<p>Dear {{name}}</p><a href="{{link}}">x</a>',
  sources: { subject: "input 'subject'", text: 'msg.txt', html: 'msg.html' },
}

describe('renderTemplate', () => {
  test('escapes values in the HTML part and not in the text part or subject', () => {
    const rendered = renderTemplate(custom, { name: 'A <b> & "c"', files: ['x<y'], link: 'https://e.test/?a=1&b=2' })
    expect(rendered.subject).toBe('Hi A <b> & "c"')
    expect(rendered.text).toBe('Dear A <b> & "c",\n- x<y\n')
    expect(rendered.html).toBe('<p>Dear A &lt;b&gt; &amp; &quot;c&quot;</p><a href="https://e.test/?a&#x3D;1&amp;b&#x3D;2">x</a>')
  })

  test('a missing variable is an error naming the part, the variable and where, not an empty string', () => {
    expect(() => renderTemplate(custom, { name: 'A', files: [] })).toThrow("msg.html: unknown variable 'link' at line 1, column 32; the variables are: files, name")
    expect(() => renderTemplate(custom, { files: [], link: 'l' })).toThrow(/input 'subject': unknown variable 'name'/)
  })

  test('a name every object inherits (constructor, toString, __proto__) is not given by being inherited', () => {
    const only = (text: string): MailTemplate => ({ ...custom, subject: 's', text, html: undefined })
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(() => renderTemplate(only(`{{${name}}}`), {})).toThrow(`msg.txt: unknown variable '${name}' at line 1`)
      expect(() => renderTemplate(only(`{{#if release.${name}}}x{{/if}}`), { release: {} })).toThrow(`unknown variable 'release.${name}' (in {{#if release.${name}}})`)
    }
    // An array's length is its own, and a given value of any kind (false, null, 0, '') is given.
    expect(renderTemplate(only('{{items.length}} {{#if off}}on{{/if}}{{none}}{{zero}}'), { items: [1, 2], off: false, none: null, zero: 0 }).text).toBe('2 0')
  })

  test('a subject never spans lines', () => {
    expect(renderTemplate(custom, { name: 'A\r\nBcc: x@evil.test', files: [], link: '' }).subject).toBe('Hi A Bcc: x@evil.test')
  })

  test('a broken template is a configuration error', () => {
    expect(() => renderTemplate({ ...custom, text: 'Dear {{#if}}' }, { name: 'A', files: [], link: '' })).toThrow(/msg.txt: not a valid template/)
  })

  test('every built-in renders with the variables send-mail always provides', () => {
    const variables = {
      sha: '0'.repeat(40), shortSha: '0000000', repository: 'acme/shop', runUrl: 'https://x', status: 'failure', decision: 'NO',
      reasons: [{ message: 'm', file: null, field: null }], evidence: [], packageDigest: 'unknown', leadTime: 'unknown', date: '2025-01-02',
      project: 'p', version: '3', shareLink: 'https://s', files: [{ name: 'a.pdf', size: 1 }], name: 'Ann', items: ['i'],
    }
    expect(builtInTemplateNames.sort()).toEqual(['bounce-alert', 'daily-digest', 'delivery-ready', 'ops-alert', 'release-completed', 'release-failed'])
    // bounce-alert is sent with bounce-scan's alert-variables on top.
    const alert = { scanId: '42.1', retired: [{ address: 'ann@acme.test', reason: 'hard bounce 5.1.1', date: '2025-01-02' }], unmatched: [] }
    for (const name of builtInTemplateNames) {
      const rendered = renderTemplate(builtInTemplate(name), name === 'bounce-alert' ? { ...variables, ...alert } : variables)
      if (name === 'bounce-alert') expect(rendered.text).toContain('shipgate mail roster set-status ann@acme.test inactive')
      expect(rendered.subject.length).toBeGreaterThan(0)
      expect(rendered.text).toBeDefined()
      expect(rendered.html).toBeDefined()
    }
    expect(() => builtInTemplate('nope')).toThrow(/not a built-in template; use one of/)
  })
})

describe('addresses', () => {
  test('valid and invalid addresses', () => {
    expect(isValidAddress('a.b+c@mail.acme.test')).toBe(true)
    for (const bad of ['a', 'a@b', 'Ann <a@b.test>', 'a@b.test\r\nBcc: x@y.test', 'a..b@c.test', '']) expect(isValidAddress(bad)).toBe(false)
  })

  test('the from allowlist takes addresses and @domains, ignoring case', () => {
    expect(() => assertAllowedFrom('Releases@Acme.test', ['releases@acme.test'])).not.toThrow()
    expect(() => assertAllowedFrom('x@acme.test', ['@ACME.test'])).not.toThrow()
    expect(() => assertAllowedFrom('x@sub.acme.test', ['@acme.test'])).toThrow(/not in allowed-from/)
    expect(() => assertAllowedFrom('x@acme.test', [])).toThrow(/allowed-from.*not given/)
  })
})
