// A log in the JSON format, as the tests read it: every line one JSON object with an `event`.

export type LogLine = Record<string, unknown> & { event: string }

/** Every line of a log in the JSON format, parsed; a line that is not one JSON object fails the test, naming it. */
export function jsonLines(text: string, options: { workflowCommands: boolean }): LogLine[] {
  const lines = text.split('\n').filter((line) => line !== '' && !(options.workflowCommands && line.startsWith('::')))
  return lines.map((line) => {
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch {
      throw new Error(`not a JSON line: ${line}`)
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || typeof (parsed as LogLine).event !== 'string') throw new Error(`not a log object: ${line}`)
    return parsed as LogLine
  })
}
