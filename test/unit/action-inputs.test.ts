// Inputs are read once: defaults applied, empty means not given, and every mistake is a
// ConfigurationError that names the input. Secrets are masked before anything can log them.
import { z } from 'zod'
import { ConfigurationError } from '../../src/errors.js'
import { defineAction, inputs, parseDurationMs, parseSettings, withDefaults, type ActionDefinition, type RawInputs } from '../../src/platform/action.js'
import { RecordingLogger } from '../../src/platform/logger.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'

const exampleAction = defineAction({
  name: 'example',
  description: 'An action to test input parsing with.',
  branding: { icon: 'check', color: 'green' },
  inputs: {
    'artifacts-dir': { description: 'Where the evidence lives.', default: '.artifacts' },
    environment: { description: 'The environment to check.', required: true },
    'fail-on-no': { description: 'Fail the step on a NO.', default: 'true' },
    'dry-run': { description: 'Change nothing.' },
    checks: { description: 'One check name per line.' },
    sha: { description: 'The release commit SHA.' },
    timeout: { description: 'Seconds to wait.', default: '30' },
    token: { description: 'The API token.', secret: true },
  },
  outputs: { decision: { description: 'YES or NO.' } },
  settings: z.object({
    'artifacts-dir': inputs.text(),
    environment: inputs.text(),
    'fail-on-no': inputs.boolean(true),
    'dry-run': inputs.boolean(false),
    checks: inputs.list(),
    sha: inputs.sha(),
    timeout: inputs.seconds(60),
    token: inputs.text(),
  }),
  run: async () => ({ outputs: {} }),
})

/** What the runner would give for these inputs, read as the GitHub adapter reads them. */
function given(values: Record<string, string>): (name: string) => string | undefined {
  return (name) => values[name]
}

function settingsFor(values: Record<string, string>, logger = new RecordingLogger()) {
  return parseSettings(exampleAction, withDefaults(exampleAction as ActionDefinition<unknown>, given(values)), logger)
}

function configurationErrorOf(run: () => unknown): ConfigurationError {
  try {
    run()
  } catch (error) {
    if (error instanceof ConfigurationError) return error
    throw error
  }
  throw new Error('expected a ConfigurationError, nothing was thrown')
}

describe('withDefaults', () => {
  test('applies the documented default to an input that was not given', () => {
    const raw = withDefaults(exampleAction as ActionDefinition<unknown>, given({ environment: 'prod' }))
    expect(raw).toEqual<RawInputs>({
      'artifacts-dir': '.artifacts',
      environment: 'prod',
      'fail-on-no': 'true',
      'dry-run': undefined,
      checks: undefined,
      sha: undefined,
      timeout: '30',
      token: undefined,
    })
  })

  test.each([
    ['empty', ''],
    ['blank', '  \n '],
  ])('an %s input means not given: the default applies', (_what, value) => {
    const raw = withDefaults(exampleAction as ActionDefinition<unknown>, given({ 'artifacts-dir': value, 'dry-run': value }))
    expect(raw['artifacts-dir']).toBe('.artifacts')
    expect(raw['dry-run']).toBeUndefined()
  })

  test('a given value wins over the default and is trimmed', () => {
    const raw = withDefaults(exampleAction as ActionDefinition<unknown>, given({ 'artifacts-dir': '  out/evidence \n' }))
    expect(raw['artifacts-dir']).toBe('out/evidence')
  })

  test('reads only the declared inputs', () => {
    const asked: string[] = []
    withDefaults(exampleAction as ActionDefinition<unknown>, (name) => {
      asked.push(name)
      return undefined
    })
    expect(asked.sort()).toEqual(Object.keys(exampleAction.inputs).sort())
  })
})

describe('parseSettings', () => {
  test('gives one typed settings object with the defaults applied', () => {
    expect(settingsFor({ environment: 'prod' })).toEqual({
      'artifacts-dir': '.artifacts',
      environment: 'prod',
      'fail-on-no': true,
      'dry-run': false,
      checks: [],
      sha: undefined,
      timeout: 30,
      token: undefined,
    })
  })

  test('a required input that is missing is a ConfigurationError naming the input and what it is for', () => {
    const error = configurationErrorOf(() => settingsFor({}))
    expect(error.message).toBe("input 'environment' is required: The environment to check.")
  })

  test('a required input given as an empty string is missing', () => {
    expect(configurationErrorOf(() => settingsFor({ environment: '' })).message).toContain("input 'environment' is required")
  })

  test.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
  ])('the boolean spelling %s is %s', (spelling, expected) => {
    expect(settingsFor({ environment: 'prod', 'fail-on-no': spelling, 'dry-run': spelling })).toMatchObject({
      'fail-on-no': expected,
      'dry-run': expected,
    })
  })

  test.each(['yes', '1', 'tRue', 'on'])('the boolean %s is refused naming the input', (spelling) => {
    const error = configurationErrorOf(() => settingsFor({ environment: 'prod', 'dry-run': spelling }))
    expect(error.message).toBe(`input 'dry-run': '${spelling}' is not a boolean; use true or false`)
  })

  test('a list has one item per line, without blank lines or surrounding spaces', () => {
    const settings = settingsFor({ environment: 'prod', checks: 'health\r\n  auth canary  \n\n\tbrowser\n' })
    expect(settings.checks).toEqual(['health', 'auth canary', 'browser'])
  })

  test('a list of one line is one item', () => {
    expect(settingsFor({ environment: 'prod', checks: 'health' }).checks).toEqual(['health'])
  })

  test('a full SHA is kept', () => {
    expect(settingsFor({ environment: 'prod', sha: SHA }).sha).toBe(SHA)
  })

  test.each([SHA.toUpperCase(), SHA.slice(0, 7), 'HEAD'])('the SHA %s is refused naming the input', (sha) => {
    const error = configurationErrorOf(() => settingsFor({ environment: 'prod', sha }))
    expect(error.message).toBe("input 'sha': must be a full 40-character lowercase hex commit SHA")
  })

  // Number() takes hex, binary, exponents and a leading dot; a timeout of 0x10 is not 16 seconds to a reader.
  test.each(['0', '-5', 'soon', 'Infinity', '0x10', '0b11', '1e3', '1e-9', '.5', '+5', '0.0001', '0.999', '9'.repeat(400)])('the number of seconds %s is refused naming the input and what it takes', (timeout) => {
    const error = configurationErrorOf(() => settingsFor({ environment: 'prod', timeout }))
    expect(error.message).toBe(`input 'timeout': '${timeout}' is not a number of seconds of 1 or more; give a plain decimal number such as 30 or 2.5`)
  })

  test.each([['1', 1], ['2.5', 2.5], ['600', 600], ['007', 7]])('the number of seconds %s is %s', (timeout, expected) => {
    expect(settingsFor({ environment: 'prod', timeout }).timeout).toBe(expected)
  })

  test('a duration in seconds may have a fraction', () => {
    expect(settingsFor({ environment: 'prod', timeout: '2.5' }).timeout).toBe(2.5)
  })

  test('every bad input is reported at once', () => {
    const error = configurationErrorOf(() => settingsFor({ environment: 'prod', sha: 'HEAD', 'dry-run': 'maybe' }))
    expect(error.message).toContain("input 'sha':")
    expect(error.message).toContain("input 'dry-run':")
  })

  test('a problem inside a structured input names the input and the field in it', () => {
    const action = defineAction({
      name: 'structured',
      description: 'An action with a JSON input.',
      branding: exampleAction.branding,
      inputs: { limits: { description: 'Limits as JSON.' } },
      outputs: {},
      settings: z.object({
        limits: z
          .string()
          .transform((text) => JSON.parse(text) as unknown)
          .pipe(z.object({ retries: z.array(z.number()) })),
      }),
      run: async () => ({ outputs: {} }),
    })
    const error = configurationErrorOf(() => parseSettings(action, { limits: '{"retries":[1,"two"]}' }, new RecordingLogger()))
    expect(error.message).toMatch(/^input 'limits \(retries\[1\]\)': /)
  })

  test('registers secret inputs with the logger, so later messages are masked', () => {
    const logger = new RecordingLogger()
    const token = 'ghp_s3cretTokenValue'
    const settings = settingsFor({ environment: 'prod', token }, logger)
    expect(settings.token).toBe(token)

    logger.info(`calling the API with ${token}`)
    logger.error(`rejected: Authorization: Bearer ${token}`)
    expect(logger.text()).not.toContain(token)
    expect(logger.entries.map((entry) => entry.message)).toEqual(['calling the API with ***', 'rejected: Authorization: Bearer ***'])
  })

  test('masks a secret even when another input is wrong', () => {
    const logger = new RecordingLogger()
    const token = 'ghp_s3cretTokenValue'
    configurationErrorOf(() => settingsFor({ environment: 'prod', token, sha: 'HEAD' }, logger))
    logger.warning(`token ${token}`)
    expect(logger.text()).toBe('warning: token ***')
  })

  test('does not mask inputs that are not secret', () => {
    const logger = new RecordingLogger()
    settingsFor({ environment: 'production-eu', token: 'ghp_s3cretTokenValue' }, logger)
    logger.info('deploying to production-eu')
    expect(logger.text()).toBe('info: deploying to production-eu')
  })
})

describe('the other number inputs take plain decimal spellings in their range only', () => {
  const numbers = z.object({ port: inputs.port(), limit: inputs.wholeNumber(3), age: inputs.duration(60_000) })
  const parse = (raw: RawInputs) => numbers.safeParse(raw)
  const messageOf = (raw: RawInputs) => {
    const parsed = parse(raw)
    return parsed.success ? 'parsed' : parsed.error.issues.map((issue) => issue.message).join('; ')
  }

  test.each(['0', '65536', '0x19', '2.5e1', '25.0', '-1'])('the port %p is refused', (port) => {
    expect(messageOf({ port })).toBe(`'${port}' is not a port number: give a whole number from 1 to 65535`)
  })

  test.each(['0', '0x3', '3e0', '2.5', '-3'])('the whole number %p is refused', (limit) => {
    expect(messageOf({ limit })).toBe(`'${limit}' is not a whole number of 1 or more`)
  })

  test.each(['0.0001s', '0.5s', '0x10s', '1e3s', '10', '0d'])('the duration %p is refused: under a second, not plain, or without a unit', (age) => {
    expect(messageOf({ age })).toBe(`'${age}' is not a duration; give a plain decimal number with a unit, at least 1s: 7d, 36h, 90m or 600s`)
    expect(parseDurationMs(age)).toBeUndefined()
  })

  test('plain values in range are taken', () => {
    expect(parse({ port: '587', limit: '1', age: '1s' })).toEqual({ success: true, data: { port: 587, limit: 1, age: 1000 } })
    expect(parse({ port: '65535', limit: '12', age: '1.5h' })).toEqual({ success: true, data: { port: 65535, limit: 12, age: 5_400_000 } })
  })
})
