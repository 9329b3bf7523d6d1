// "Did you mean": the closest name within a third of the letters, a prefix of a longer name, and
// nothing for a name that is not close to any.
import { closestName, didYouMean, editDistance } from '../../src/cli/suggest.js'

test('counts an adjacent transposition as one edit', () => {
  expect(editDistance('pipeilne', 'pipeline')).toBe(1)
  expect(editDistance('--artifact-dir', '--artifacts-dir')).toBe(1)
  expect(editDistance('', 'abc')).toBe(3)
})

test.each([
  ['pipline', ['run', 'pipeline', 'verify'], 'pipeline'],
  ['--jsn', ['--json', '--artifacts-dir'], '--json'],
  ['--artefacts', ['--artifacts-dir', '--json'], '--artifacts-dir'],
  ['STATUS', ['status', 'send'], 'status'],
  ['deploy-everything', ['deliver', 'run', 'verify'], undefined],
  ['--x', ['--json'], undefined],
])('%s among %j is %s', (given, candidates, expected) => {
  expect(closestName(given, candidates)).toBe(expected)
})

test('names the suggestion in the message, or says nothing', () => {
  expect(didYouMean('promot', ['promote', 'acceptance'])).toBe("; did you mean 'promote'?")
  expect(didYouMean('zzz', ['promote'])).toBe('')
})
