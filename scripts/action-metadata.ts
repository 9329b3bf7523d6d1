// action.yml and the README's action reference, generated from the action definitions so that the
// documented inputs and outputs are the ones the code parses.
import { stringify } from 'yaml'
import type { ActionDefinition } from '../src/platform/action.js'

export function actionYaml(definition: ActionDefinition<unknown>): string {
  const metadata = {
    name: `shipgate ${definition.name}`,
    description: definition.description,
    author: 'shipgate',
    branding: definition.branding,
    inputs: Object.fromEntries(
      Object.entries(definition.inputs).map(([name, spec]) => [
        name,
        { description: spec.description, required: spec.required ?? false, ...(spec.default || spec.runnerDefault ? { default: spec.default || spec.runnerDefault } : {}) },
      ]),
    ),
    outputs: Object.fromEntries(Object.entries(definition.outputs).map(([name, spec]) => [name, { description: spec.description }])),
    runs: { using: 'node24', main: `../../dist/${definition.name}/index.js` },
  }
  return `# Generated from src/actions/${definition.name}.ts by \`npm run build\`: edit the source, not this file.\n${stringify(metadata, { lineWidth: 0 })}`
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

export function actionReference(definitions: ActionDefinition<unknown>[]): string {
  return definitions
    .map((definition) =>
      [
        `### ${definition.name}`,
        '',
        `\`uses: <owner>/shipgate/actions/${definition.name}@<sha>\` · \`shipgate run ${definition.name}\``,
        '',
        definition.description,
        '',
        '| input | default | description |',
        '| --- | --- | --- |',
        ...Object.entries(definition.inputs).map(
          ([name, spec]) => {
            const shown = spec.default || spec.runnerDefault
            return `| \`${name}\` | ${shown ? `\`${cell(shown)}\`` : spec.required ? '*required*' : ''} | ${cell(spec.description)} |`
          },
        ),
        '',
        '| output | description |',
        '| --- | --- |',
        ...Object.entries(definition.outputs).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`),
        '',
      ].join('\n'),
    )
    .join('\n')
}
