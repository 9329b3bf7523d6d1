// An acceptance command check: the API refuses a request without a token. SHIPGATE_REFS names
// the package under test, as every command check gets it.
const base = process.argv[2] ?? 'http://127.0.0.1:17811'
const refs = JSON.parse(process.env.SHIPGATE_REFS ?? '{}')
const response = await fetch(`${base}/api/orders`)
if (response.status !== 401) {
  console.error(`expected 401 without a token, got ${response.status}`)
  process.exit(1)
}
console.log(`orders API refuses anonymous requests (package ${refs.service ?? 'unknown'})`)
