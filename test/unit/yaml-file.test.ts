// Config errors name the file and the line a person has to open.
import { z } from 'zod'
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
  expect(error.message).toBe('shipgate.yml:4: invalid shipgate config: build: Unrecognized key: "filez"')
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
