// Runs tasks with at most `limit` in flight at once; results come back in the order of the items.

export async function runLimited<Item, Result>(items: readonly Item[], limit: number, task: (item: Item, index: number) => Promise<Result>): Promise<Result[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`bug: concurrency limit must be a positive integer, got ${limit}`)
  const results = new Array<Result>(items.length)
  let next = 0
  // Each worker takes the next unstarted item until none are left; a rejection stops that worker
  // and rejects the whole run, as Promise.all would.
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index]!, index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
