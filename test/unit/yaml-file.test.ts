// Config errors name the file and the line a person has to open.
import { z } from 'zod'
import { shipgateConfig } from '../../src/config/shipgate-config.js'
import { parseYaml } from '../../src/config/yaml-file.js'
import { ConfigurationError } from '../../src/errors.js'

const schema = z.object({ build: z.object({ commands: z.array(z.string()), files: z.array(z.string()).optional() }).strict() }).strict()

async function failure(text: string): Promise<ConfigurationError> {
  const error = await parseYaml(text, 'shipgate.yml', schema, 'shipgate config').catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(ConfigurationError)
  return error as ConfigurationError
}

test('a misspelt key is reported on its own line', async () => {
  const error = await failure(['build:', '  commands: []', '', '  filez: []', ''].join('\n'))
  expect(error.line).toBe(4)
  expect(error.message).toBe("shipgate.yml:4: invalid shipgate config: build.filez: unknown key (did you mean 'files'?)")
  expect(error.file).toBe('shipgate.yml')
})

test('a wrong value is reported on the line of that value', async () => {
  const error = await failure(['build:', '  commands:', '    - make', '    - 42', ''].join('\n'))
  expect(error.line).toBe(4)
  expect(error.message).toContain('build.commands[1]:')
})

test('YAML that does not parse names the line of the syntax error', async () => {
  const error = await failure(['build:', '  commands: [make', 'other: 1', ''].join('\n'))
  expect(error.message).toMatch(/^shipgate\.yml:\d+: not valid YAML: /)
})

test('a valid document parses to the schema output', async () => {
  await expect(parseYaml('build:\n  commands: [make]\n', 'shipgate.yml', schema, 'shipgate config')).resolves.toEqual({ build: { commands: ['make'] } })
})

test('a misspelt key whose value is a block is reported on the key\'s line, not on its value\'s first line', async () => {
  const error = await failure(['build:', '  commands: []', '  filez:', '    - a', ''].join('\n'))
  expect(error.line).toBe(3)
})

test('a value that fails a rule of its whole map is reported on the key\'s line', async () => {
  const refined = z.object({ deploy: z.object({ command: z.string() }).strict().optional() }).strict().superRefine((value, context) => {
    if (value.deploy) context.addIssue({ code: 'custom', path: ['deploy'], message: 'not here' })
  })
  const error = (await parseYaml(['', 'deploy:', '  command: x', ''].join('\n'), 'shipgate.yml', refined, 'shipgate config').catch((caught: unknown) => caught)) as ConfigurationError
  expect(error.line).toBe(2)
  expect(error.message).toBe('shipgate.yml:2: invalid shipgate config: deploy: not here')
})

test('a missing required key is reported on the line of the map that lacks it', async () => {
  const error = await failure(['', 'build:', '  files: []', ''].join('\n'))
  expect(error.line).toBe(2)
  expect(error.message).toContain('build.commands:')
})

test('a key with nothing close to it names the keys the map takes', async () => {
  const error = await failure(['build:', '  commands: []', '  zzz: []', ''].join('\n'))
  expect(error.line).toBe(3)
  expect(error.message).toBe('shipgate.yml:3: invalid shipgate config: build.zzz: unknown key (the keys here are commands, files)')
})

test('a misspelt required key in a list item is reported on its own line, not as the key it was meant to be missing', async () => {
  const text = ['version: 1', 'build:', '  files:', '    - name: app', '      paht: app.txt', ''].join('\n')
  const error = (await parseYaml(text, 'shipgate.yml', shipgateConfig, 'shipgate config').catch((caught: unknown) => caught)) as ConfigurationError
  expect(error.line).toBe(5)
  expect(error.message).toBe("shipgate.yml:5: invalid shipgate config: build.files[0].paht: unknown key (did you mean 'path'?)")
})

test('every misspelt key of the real config is named with its line and the key it was meant to be, the first one first', async () => {
  const text = ['deplyo:', '  command: ./deploy.sh', 'acceptance:', '  checks:', '    - name: health', '      type: http', '      url: http://127.0.0.1/health', '      expectStatuss: 200', '  concurency: 2', ''].join('\n')
  const error = (await parseYaml(text, 'shipgate.yml', shipgateConfig, 'shipgate config').catch((caught: unknown) => caught)) as ConfigurationError
  expect(error.line).toBe(1)
  expect(error.message).toBe(
    "shipgate.yml:1: invalid shipgate config: deplyo: unknown key (did you mean 'deploy'?); " +
      "acceptance.checks[0].expectStatuss: unknown key (did you mean 'expectStatus'?) (line 8); " +
      "acceptance.concurency: unknown key (did you mean 'concurrency'?) (line 9)",
  )
})
