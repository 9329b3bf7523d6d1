// The forms a secret is masked in (secretForms, smtpCredentialForms), the masker that replaces them
// whatever their order and overlap, and the add-mask commands the runner logger issues for them.
import fc from 'fast-check'
import { ConsoleLogger, RecordingLogger, RunnerLogger, SecretMasker, secretForms, smtpCredentialForms } from '../../src/platform/logger.js'

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
const urlSafe = (text: string) => base64(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')

/** Everything written to stdout while `run` runs; the runner logger writes its add-mask commands there. */
function captureStdout(run: () => void): string {
  const original = process.stdout.write
  let captured = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }) as typeof process.stdout.write
  try {
    run()
  } finally {
    process.stdout.write = original
  }
  return captured
}

function maskerOf(...secrets: string[]): SecretMasker {
  const masker = new SecretMasker()
  for (const secret of secrets) masker.add(secret)
  return masker
}

describe('secretForms', () => {
  test('the value, JSON-escaped, URL-encoded and base64 (standard and URL-safe), longest first', () => {
    const value = 'pa"ss wörd/+?>~\\x'
    const forms = secretForms(value)
    for (const form of [value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2), base64(value), urlSafe(value)]) {
      expect(forms).toContain(form)
    }
    expect(forms).toEqual([...forms].sort((a, b) => b.length - a.length))
    expect(new Set(forms).size).toBe(forms.length)
  })

  test('a value with a lone surrogate (as an input can hold) has its forms, URL-encoded as encoders write it (U+FFFD), and masks', () => {
    const value = 'to\ud800ken-\udc00x'
    const forms = secretForms(value)
    expect(forms).toContain(value)
    expect(forms).toContain(encodeURIComponent('to\ufffdken-\ufffdx'))
    expect(maskerOf(value).mask(`a ${value} b`)).toBe('a *** b')
  })

  test('a non-ASCII value in the JSON an ASCII-only encoder writes (\\u00e9, surrogate pairs, either case) is masked', () => {
    const value = 'mot-de-passé-🔑'
    const asciiJson = (text: string, upper = false) =>
      JSON.stringify(text).replace(/[\u0080-\uffff]/g, (unit) => {
        const hex = unit.charCodeAt(0).toString(16).padStart(4, '0')
        return `\\u${upper ? hex.toUpperCase() : hex}`
      })
    expect(asciiJson(value)).toBe('"mot-de-pass\\u00e9-\\ud83d\\udd11"')
    for (const upper of [false, true]) expect(maskerOf(value).mask(`{"password": ${asciiJson(value, upper)}}`)).toBe('{"password": "***"}')
    expect(secretForms('ascii-only')).toEqual(secretForms('ascii-only').filter((form) => !form.includes('\\u')))
  })

  test('a value too short to mask has no forms at all', () => {
    expect(secretForms('ab')).toEqual([])
    expect(secretForms('abc')).toContain('abc')
  })

  test("a secret of 7 bytes or more is found inside any longer base64 string, whatever surrounds it", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 7, maxLength: 40 }), fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), (secret, before, after) => {
        fc.pre(Buffer.byteLength(secret) >= 7)
        const encoded = base64(`${before}${secret}${after}`)
        expect(secretForms(secret).some((form) => encoded.includes(form))).toBe(true)
        const urlSafeEncoded = urlSafe(`${before}${secret}${after}`)
        expect(secretForms(secret).some((form) => urlSafeEncoded.includes(form))).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})

describe('smtpCredentialForms', () => {
  test('AUTH PLAIN with and without an authorization identity, and AUTH LOGIN, in base64', () => {
    const forms = smtpCredentialForms('mailer', 's3cret-smtp-Pa55')
    for (const sent of ['\0mailer\0s3cret-smtp-Pa55', 'mailer\0mailer\0s3cret-smtp-Pa55', 'mailer\0s3cret-smtp-Pa55', 'mailer', 's3cret-smtp-Pa55']) {
      expect(forms).toContain(base64(sent))
      expect(forms).toContain(urlSafe(sent))
    }
    expect(forms).toContain('s3cret-smtp-Pa55')
  })

  test('without a username, only the password and its encodings', () => {
    expect(smtpCredentialForms(undefined, 's3cret-pw').sort()).toEqual([...new Set(['s3cret-pw', base64('s3cret-pw'), base64('s3cret-pw').replace(/=+$/, ''), urlSafe('s3cret-pw')])].sort())
  })
})

describe('SecretMasker', () => {
  test('masks every form: a 535 echoing the AUTH PLAIN blob, URL-encoded too, JSON-escaped and in a basic auth header', () => {
    const password = 'Wr0ng?Pa55>~"'
    const masker = maskerOf(...smtpCredentialForms('mailer', password))
    const blob = base64(`\0mailer\0${password}`)
    const text = `535 5.7.8 failed: ${blob} (${encodeURIComponent(blob)}) ${JSON.stringify({ password })} Basic ${base64(`someone:${password}`)}`
    const masked = masker.mask(text)
    expect(masked.startsWith('535 5.7.8 failed: *** (***) {"password":"***"} Basic ')).toBe(true)
    for (const leak of [password, blob, encodeURIComponent(blob), JSON.stringify(password).slice(1, -1)]) expect(masked).not.toContain(leak)
    // The basic auth header keeps only the characters that carry the user name.
    expect(masked).toMatch(/Basic c29tZW9uZT[^*]{0,2}\*\*\*$/)
  })

  test('a shorter secret registered first does not leave the rest of a longer one readable', () => {
    const masker = maskerOf('token', 'my-token-value')
    expect(masker.mask('x my-token-value y')).toBe('x *** y')
    expect(masker.mask('x token y')).toBe('x *** y')
  })

  test('overlapping secrets are masked as one run, whatever their order', () => {
    for (const order of [['abcdef', 'defghi'], ['defghi', 'abcdef']]) {
      expect(maskerOf(...order).mask('<abcdefghi>')).toBe('<***>')
    }
  })

  test('text with no secret comes back unchanged', () => {
    expect(maskerOf('s3cret').mask('nothing here')).toBe('nothing here')
    expect(new SecretMasker().mask('s3cret')).toBe('s3cret')
  })

  test('a secret escaped as the job summary (Markdown) or HTML writes it is masked too, escapes and all', () => {
    const masker = maskerOf('pa_ss*w[0]rd<&>')
    expect(masker.mask('| pa\\_ss\\*w\\[0\\]rd&lt;&amp;&gt; | next \\_ |')).toBe('| *** | next \\_ |')
    expect(maskerOf("it's=`x`").mask('<p>it&#x27;s&#x3D;&#x60;x&#x60;</p>')).toBe('<p>***</p>')
    expect(masker.mask('plain \\_ &amp; text')).toBe('plain \\_ &amp; text')
  })

  test('the loggers mask text written beside the log with what they were given', () => {
    for (const logger of [new RecordingLogger(), new ConsoleLogger(false, () => {}), new RunnerLogger()]) {
      captureStdout(() => logger.secret('dropbox-refresh-token-1'))
      expect(logger.mask(`out=${base64('dropbox-refresh-token-1')}`)).toBe('out=***')
    }
    const shared = new SecretMasker()
    new ConsoleLogger(false, () => {}, 'text', shared).secret('given-to-the-logger')
    expect(shared.mask('given-to-the-logger')).toBe('***')
  })
})

describe('loggers', () => {
  test('the runner logger registers each form with add-mask once, before the secret is logged, and masks its own lines', () => {
    const logger = new RunnerLogger()
    const password = 'pa+ss/word=1'
    const output = captureStdout(() => {
      for (const form of smtpCredentialForms('mailer', password)) logger.secret(form)
      logger.secret(password)
      logger.info(`reply: ${base64(`\0mailer\0${password}`)} ${encodeURIComponent(password)}`)
    })
    const lines = output.trimEnd().split('\n')
    const masks = lines.filter((line) => line.startsWith('::add-mask::')).map((line) => line.slice('::add-mask::'.length))
    expect(new Set(masks).size).toBe(masks.length)
    for (const form of [password, base64(password), encodeURIComponent(password), base64(`\0mailer\0${password}`)]) expect(masks).toContain(form.replace(/%/g, '%25'))
    expect(lines.at(-1)).toBe('reply: *** ***')
  })

  test('the recording logger masks the encoded forms of what it was given', () => {
    const logger = new RecordingLogger()
    logger.secret('dropbox-refresh-token-1')
    logger.info(`refresh_token=${encodeURIComponent('dropbox-refresh-token-1')} ${base64('dropbox-refresh-token-1')}`)
    expect(logger.text()).toBe('info: refresh_token=*** ***')
  })
})
