export const id = 2249;
export const ids = [2249,1670];
export const modules = {

/***/ 71146:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACCEPTANCE_INPUTS: () => (/* binding */ ACCEPTANCE_INPUTS),
  ACCEPTANCE_OUTPUTS: () => (/* binding */ ACCEPTANCE_OUTPUTS),
  acceptanceAction: () => (/* binding */ acceptanceAction),
  acceptanceSummary: () => (/* binding */ acceptanceSummary)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./build/config/shipgate-config.js + 2 modules
var shipgate_config = __webpack_require__(87710);
// EXTERNAL MODULE: ./build/contracts/acceptance-result.js
var acceptance_result = __webpack_require__(50723);
// EXTERNAL MODULE: ./build/contracts/common.js
var common = __webpack_require__(36291);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/evidence/local-store.js + 1 modules
var local_store = __webpack_require__(7982);
// EXTERNAL MODULE: ./build/evidence/scoped-store.js
var scoped_store = __webpack_require__(46174);
// EXTERNAL MODULE: ./build/platform/action.js
var action = __webpack_require__(77582);
// EXTERNAL MODULE: ./build/platform/markdown.js
var markdown = __webpack_require__(13021);
// EXTERNAL MODULE: ./build/platform/run-environment.js
var run_environment = __webpack_require__(48959);
// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(41854);
// EXTERNAL MODULE: ./build/contracts/index.js
var contracts = __webpack_require__(11920);
// EXTERNAL MODULE: ./build/platform/logger.js
var platform_logger = __webpack_require__(38660);
// EXTERNAL MODULE: ./build/evidence/store.js
var evidence_store = __webpack_require__(11549);
// EXTERNAL MODULE: ./build/stages/deploy.js
var deploy = __webpack_require__(55139);
// EXTERNAL MODULE: ./build/stages/promote.js
var promote = __webpack_require__(98822);
// EXTERNAL MODULE: ./build/stages/verdicts.js
var verdicts = __webpack_require__(32418);
;// CONCATENATED MODULE: ./build/stages/acceptance-shards.js








/** The type of the outcomes a run or a merge adds for evidence it could not accept (no configured check has it). */
const EVIDENCE_CHECK_TYPE = 'evidence';
/**
 * The shard (1-based) that runs configured check `checkIndex` (0-based, in config order): round
 * robin over the whole list, before the scope filter, so that every shard and the merge agree on it
 * whatever scope each of them sees. A check the scope skips is recorded as skipped by its shard.
 */
function shardOfCheck(checkIndex, total) {
    return (checkIndex % total) + 1;
}
/** The configured checks one shard runs, in config order. */
function checksOfShard(checks, shard) {
    return checks.filter((_check, index) => shardOfCheck(index, shard.total) === shard.index);
}
/** Refuses more shards than checks: a shard with nothing to run could only say NO. */
function assertShardsFit(checkCount, total, where) {
    if (checkCount > 0 && total > checkCount) {
        throw new errors/* ConfigurationError */.j1(`${total} shards for ${(0,markdown/* plural */.LS)(checkCount, 'check')} in ${where.configPath} (${where.configField}.checks): a shard would have no check to run; use at most ${checkCount} shards`, { file: where.configPath });
    }
}
/**
 * Reads the n partial results of a SHA and writes the one result of the environment: the union of
 * their checks, NO when a shard is missing, invalid, NO, of another split, SHA or package, or ran
 * other checks than its own (so the union covers every configured check exactly once).
 */
async function mergeAcceptanceShards(input, ports) {
    const { logger, clock } = ports;
    const startedAt = clock.now();
    assertShardsFit(input.config.checks.length, input.shards, input);
    const store = (0,scoped_store/* scopedStore */.sy)(ports.store, { environment: input.environmentName });
    const promoted = await (0,promote/* promote */.p)({ sha: input.sha, filesRoot: input.filesRoot }, { store, logger });
    const manifestPath = promoted.path;
    const packageDigest = promoted.manifest.digest;
    const reads = [];
    for (let index = 1; index <= input.shards; index++) {
        reads.push(await readShard(input, ports.store, { index, total: input.shards }, { manifestPath, packageDigest }));
    }
    const firstValid = reads.find((read) => read.result)?.result;
    for (const read of reads) {
        if (read.result && firstValid && !sameScope(read.result.scope, firstValid.scope)) {
            read.problems.push(`${read.path}: scope: is ${scopeJson(read.result.scope)}, but the first shard's is ${scopeJson(firstValid.scope)}: the shards tested different releases`);
        }
    }
    const problems = [];
    if (input.expectedPackageDigest !== undefined && input.expectedPackageDigest !== packageDigest) {
        problems.push(failed('package digest', `the package-digest input is ${input.expectedPackageDigest}, but ${manifestPath} has ${packageDigest}: refusing to accept a package other than the one asked for`));
    }
    for (const read of reads) {
        if (read.problems.length > 0)
            problems.push(failed(`shard ${read.shard.index}/${read.shard.total}`, read.problems.join('; ')));
    }
    for (const problem of problems)
        logger.error(`${problem.name}: ${problem.reason}`);
    const valid = reads.filter((read) => read.result !== undefined);
    const checks = [...problems, ...unionOfChecks(input.config, valid)];
    const verdict = (0,verdicts/* acceptanceVerdict */.ze)(checks);
    const times = valid.map((read) => read.result);
    const result = (0,acceptance_result/* versionedAcceptanceResult */.YX)({
        sha: input.sha,
        packageDigest,
        decision: verdict.decision,
        degraded: verdict.degraded,
        scope: firstValid?.scope ?? { runtimeChanged: true, infraChanged: true, docsChanged: true },
        startedAt: earliest([startedAt.toISOString(), ...times.map((each) => each.startedAt)]),
        finishedAt: latest([clock.now().toISOString(), ...times.map((each) => each.finishedAt)]),
        checks,
        evidence: [
            { kind: 'release-package', path: (0,deploy/* relativeEvidencePath */.PC)(store, manifestPath), digest: promoted.manifest.digest },
            ...uniqueLinks(valid.flatMap((read) => read.result.evidence.filter((link) => link.kind === 'commit-stage'))),
            ...valid.map((read) => ({ kind: 'acceptance', path: (0,deploy/* relativeEvidencePath */.PC)(ports.store, read.path), digest: read.digest })),
        ],
    }, { environment: input.environmentName });
    const written = await store.write('acceptance', input.sha, result);
    logger.info(`Merged ${(0,markdown/* plural */.LS)(input.shards, 'acceptance shard')}: ${result.decision}${result.degraded ? ' (degraded)' : ''} for ${packageDigest}. Result: ${written.path}`);
    return { result, path: written.path };
}
/** One shard's partial result with everything that keeps it out of the merge, each naming its file. */
async function readShard(input, store, shard, release) {
    const read = await (0,scoped_store/* scopedStore */.sy)(store, { environment: input.environmentName, shard }).read('acceptance', input.sha);
    const label = `shard ${shard.index}/${shard.total}`;
    if (read.state === 'missing')
        return { shard, path: read.path, problems: [`${read.path}: missing: ${label} wrote no acceptance result (did its job run and upload it?)`] };
    if (read.state === 'invalid')
        return { shard, path: read.path, problems: [(0,evidence_store/* describeProblems */.yg)(read.path, read.problems).replace(/\n/g, '; ')] };
    const { value, path } = read;
    const problems = [];
    if (value.schema !== acceptance_result/* ACCEPTANCE_RESULT_SCHEMA_V2 */.VG || value.shard === undefined) {
        return { shard, path, problems: [`${path}: shard: is absent: this is not a shard's partial result`] };
    }
    if (value.shard.total !== shard.total)
        problems.push(`${path}: shard.total: is ${value.shard.total}, but merge-shards is ${shard.total}: it was split another way`);
    if (value.shard.index !== shard.index)
        problems.push(`${path}: shard.index: is ${value.shard.index}, but this is the file of ${label}`);
    if (value.environment !== (input.environmentName ?? null))
        problems.push(`${path}: environment: is ${value.environment ?? 'null'}, expected ${input.environmentName ?? 'null'}`);
    if (value.sha !== input.sha)
        problems.push(`${path}: sha: names ${value.sha}, not ${input.sha}`);
    // Each shard must name the manifest's digest, so they also name the same one as each other.
    if (value.packageDigest !== release.packageDigest) {
        problems.push(`${path}: packageDigest: is ${value.packageDigest}, but ${release.manifestPath} has ${release.packageDigest}: this shard tested another package`);
    }
    if (value.decision !== 'YES')
        problems.push(`${path}: decision: is ${value.decision}: ${(0,verdicts/* checksNotPassed */.PF)(value.checks, true, ['fail']) || 'the shard did not pass'}`);
    problems.push(...subsetProblems(input.config, shard, value, path));
    return { shard, path, problems, result: value, digest: read.digest };
}
/** The checks a shard lists against the ones it was given: none missing, none of another shard's. */
function subsetProblems(config, shard, result, path) {
    const configured = config.checks.map((check) => check.name);
    const own = new Set(checksOfShard(configured, shard));
    const listed = result.checks.filter((check) => check.type !== EVIDENCE_CHECK_TYPE).map((check) => check.name);
    const problems = [];
    const seen = new Set();
    for (const name of listed) {
        if (seen.has(name))
            problems.push(`${path}: checks: lists '${name}' twice`);
        seen.add(name);
        if (own.has(name))
            continue;
        const index = configured.indexOf(name);
        problems.push(index < 0
            ? `${path}: checks: lists '${name}', which is not a configured check`
            : `${path}: checks: lists '${name}', which is shard ${shardOfCheck(index, shard.total)}'s: the shard ran the wrong checks`);
    }
    for (const name of own)
        if (!seen.has(name))
            problems.push(`${path}: checks: does not list '${name}', one of its checks`);
    return problems;
}
/**
 * Every configured check once, in config order, from the shard that ran it; then what a shard
 * recorded about evidence it could not accept, named with its shard.
 */
function unionOfChecks(config, shards) {
    const byName = new Map();
    const others = [];
    for (const { shard, result } of shards) {
        for (const check of result.checks) {
            if (check.type === EVIDENCE_CHECK_TYPE)
                others.push({ ...check, name: `shard ${shard.index}/${shard.total}: ${check.name}` });
            else if (!byName.has(check.name))
                byName.set(check.name, check);
        }
    }
    const configured = config.checks.flatMap((check) => byName.get(check.name) ?? []);
    const unknown = [...byName.values()].filter((check) => !config.checks.some((each) => each.name === check.name));
    return [...configured, ...unknown, ...others];
}
function failed(name, reason) {
    return { name, type: EVIDENCE_CHECK_TYPE, required: true, status: 'fail', reason, attempts: 0, durationMs: 0 };
}
function sameScope(a, b) {
    return a.runtimeChanged === b.runtimeChanged && a.infraChanged === b.infraChanged && a.docsChanged === b.docsChanged;
}
function scopeJson(scope) {
    return JSON.stringify({ runtimeChanged: scope.runtimeChanged, infraChanged: scope.infraChanged, docsChanged: scope.docsChanged });
}
function uniqueLinks(links) {
    const seen = new Set();
    return links.filter((link) => {
        const key = `${link.kind} ${link.path} ${link.digest}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function earliest(times) {
    return times.reduce((first, time) => (Date.parse(time) < Date.parse(first) ? time : first));
}
function latest(times) {
    return times.reduce((last, time) => (Date.parse(time) > Date.parse(last) ? time : last));
}

;// CONCATENATED MODULE: ./build/stages/checks/check-run.js
/** Environment variable names whose values are treated as secrets. */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|PRIVATE_?KEY|CREDENTIAL|COOKIE/i;
const MAX_DETAIL = 1500;
/** Masks secrets, then keeps the last `MAX_DETAIL` characters: the end of an output is what explains it. */
function maskedTail(text, masker, maxLines = 20) {
    const lines = masker.mask(text).replace(/\s+$/, '').split(/\r?\n/);
    const tail = lines.slice(-maxLines).join('\n');
    return tail.length > MAX_DETAIL ? `…${tail.slice(-MAX_DETAIL)}` : tail;
}
/** A one-line excerpt of a response body, masked. */
function maskedExcerpt(text, masker, max = 200) {
    const line = masker.mask(text).replace(/\s+/g, ' ').trim();
    return line.length > max ? `${line.slice(0, max)}…` : line;
}

;// CONCATENATED MODULE: ./build/stages/checks/command-check.js

/** How long `timeout` waits after SIGTERM before it sends SIGKILL. */
const KILL_AFTER_SECONDS = 5;
// `timeout` exits 124 when the deadline passed, 137 when SIGKILL was needed (137 is also any
// SIGKILL, so it counts only once the deadline is behind us).
const TIMED_OUT = 124;
const KILLED = 137;
async function runCommandCheck(check, ports) {
    const started = ports.clock.now().getTime();
    const result = await ports.exec.run('timeout', [`--kill-after=${KILL_AFTER_SECONDS}`, `${check.timeoutSeconds}`, 'bash', '-eo', 'pipefail', '-c', check.run], { cwd: ports.cwd, env: ports.env });
    const elapsed = ports.clock.now().getTime() - started;
    const output = [result.stdout, result.stderr].filter((text) => text.trim() !== '').join('\n');
    const tail = maskedTail(output, ports.masker);
    const detail = `exit ${result.exitCode}${tail ? `; output tail:\n${tail}` : ''}`;
    if (result.exitCode === 0)
        return { status: 'pass', attempts: 1, detail };
    if (result.exitCode === TIMED_OUT || (result.exitCode === KILLED && elapsed >= check.timeoutSeconds * 1000)) {
        return { status: 'fail', attempts: 1, reason: `still running at the ${check.timeoutSeconds} s deadline: stopped`, detail };
    }
    return { status: 'fail', attempts: 1, reason: `exited with ${result.exitCode}`, detail };
}

// EXTERNAL MODULE: ./build/stages/checks/json-pointer.js
var json_pointer = __webpack_require__(6558);
;// CONCATENATED MODULE: ./build/stages/checks/http-check.js




const FIRST_BACKOFF_MS = 200;
const MAX_BACKOFF_MS = 5000;
const SENSITIVE_HEADER = /^(authorization|proxy-authorization|cookie)$|token|secret|api-?key|auth/i;
const ENV_REFERENCE = /\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** Replaces `${env:NAME}` and masks every value it put in; a missing variable is named. */
function expandRequest(check, ports) {
    let missing;
    const expand = (text) => text.replace(ENV_REFERENCE, (_match, name) => {
        const value = ports.environment[name];
        if (value === undefined || value === '') {
            missing ??= name;
            return '';
        }
        // Every substituted value is masked, as the README promises: a DSN or a signed URL leaks as
        // easily as a variable named TOKEN.
        ports.masker.add(value);
        return value;
    });
    const headers = Object.fromEntries(Object.entries(check.headers).map(([name, value]) => [name, expand(value)]));
    const request = { url: expand(check.url), method: check.method, headers, body: check.body === undefined ? undefined : expand(check.body) };
    if (missing !== undefined)
        return { missing };
    for (const [name, value] of Object.entries(headers))
        if (SENSITIVE_HEADER.test(name))
            maskHeaderValue(value, ports.masker);
    return request;
}
// `Bearer abc` masks `abc` as well, so that the token alone never shows either.
function maskHeaderValue(value, masker) {
    masker.add(value);
    const credential = /^\S+\s+(\S+)$/.exec(value)?.[1];
    if (credential)
        masker.add(credential);
}
async function attempt(request, check, timeoutMs, masker) {
    const started = Date.now();
    let response;
    let body;
    try {
        response = await fetch(request.url, {
            method: request.method,
            headers: request.headers,
            body: request.body,
            // A check that expects a redirect must see it, not where it leads.
            redirect: check.expectStatus >= 300 && check.expectStatus < 400 ? 'manual' : 'follow',
            signal: AbortSignal.timeout(Math.max(1, Math.floor(timeoutMs))),
        });
        body = await response.text();
    }
    catch (error) {
        return { ok: false, reason: masker.mask(requestFailure(error, timeoutMs)) };
    }
    const elapsed = Date.now() - started;
    const excerpt = maskedExcerpt(body, masker);
    const seen = `HTTP ${response.status} in ${(0,markdown/* humanDuration */.UU)(elapsed)}`;
    const detail = excerpt ? `${seen}; body: ${excerpt}` : seen;
    if (response.status !== check.expectStatus) {
        return { ok: false, reason: `status ${response.status}, expected ${check.expectStatus}`, detail };
    }
    if (check.bodyContains !== undefined && !body.includes(check.bodyContains)) {
        return { ok: false, reason: `the body does not contain '${masker.mask(check.bodyContains)}'`, detail };
    }
    if (check.jsonPointer) {
        const { pointer, equals } = check.jsonPointer;
        let document;
        try {
            document = JSON.parse(body);
        }
        catch {
            return { ok: false, reason: `the body is not JSON, so JSON pointer '${pointer}' cannot be read`, detail };
        }
        const lookup = (0,json_pointer/* resolvePointer */.c)(document, pointer);
        if (!lookup.found)
            return { ok: false, reason: `JSON pointer '${pointer}' names nothing: ${lookup.reason}`, detail };
        const actual = lookup.value === undefined ? 'undefined' : (0,canonical/* canonicalJson */.dj)(lookup.value);
        if (actual !== (0,canonical/* canonicalJson */.dj)(equals)) {
            return { ok: false, reason: `JSON pointer '${pointer}' is ${maskedExcerpt(actual, masker, 120)}, expected ${maskedExcerpt((0,canonical/* canonicalJson */.dj)(equals), masker, 120)}`, detail };
        }
    }
    return { ok: true, detail: seen };
}
function requestFailure(error, timeoutMs) {
    const failure = error;
    if (failure.name === 'TimeoutError' || failure.name === 'AbortError')
        return `no response within ${(0,markdown/* humanDuration */.UU)(timeoutMs)}`;
    const cause = failure.cause?.code ?? failure.cause?.message;
    return `request failed: ${cause ? `${failure.message ?? 'error'} (${cause})` : (failure.message ?? String(error))}`;
}
async function runHttpCheck(check, ports) {
    const request = expandRequest(check, ports);
    if ('missing' in request) {
        return { status: 'fail', attempts: 0, reason: `the environment variable ${request.missing} is not set (named by \${env:${request.missing}})` };
    }
    let url;
    try {
        url = new URL(request.url);
    }
    catch {
        return { status: 'fail', attempts: 0, reason: `'${ports.masker.mask(request.url)}' is not a URL` };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return { status: 'fail', attempts: 0, reason: `'${ports.masker.mask(request.url)}' is not an http or https URL` };
    }
    if (url.password)
        ports.masker.add(decodeURIComponent(url.password));
    const timeoutMs = check.timeoutSeconds * 1000;
    const deadline = ports.clock.now().getTime() + timeoutMs;
    let last = { ok: false, reason: 'not tried' };
    let attempts = 0;
    let stoppedBy = 'no attempts left';
    while (attempts < check.attempts) {
        const remaining = deadline - ports.clock.now().getTime();
        if (remaining <= 0) {
            stoppedBy = `the ${(0,markdown/* humanDuration */.UU)(timeoutMs)} deadline passed`;
            break;
        }
        attempts++;
        const outcome = await attempt(request, check, remaining, ports.masker);
        if (outcome.ok)
            return { status: 'pass', attempts, detail: outcome.detail };
        last = outcome;
        if (attempts >= check.attempts)
            break;
        const backoff = Math.min(FIRST_BACKOFF_MS * 2 ** (attempts - 1), MAX_BACKOFF_MS);
        if (ports.clock.now().getTime() + backoff >= deadline) {
            stoppedBy = `the ${(0,markdown/* humanDuration */.UU)(timeoutMs)} deadline passed`;
            break;
        }
        await ports.clock.sleep(backoff);
    }
    return { status: 'fail', attempts, reason: `${last.reason} (after ${(0,markdown/* plural */.LS)(attempts, 'attempt')}: ${stoppedBy})`, detail: last.detail };
}

;// CONCATENATED MODULE: ./build/stages/checks/run-limited.js
// Runs tasks with at most `limit` in flight at once; results come back in the order of the items.
async function runLimited(items, limit, task) {
    if (!Number.isInteger(limit) || limit < 1)
        throw new Error(`bug: concurrency limit must be a positive integer, got ${limit}`);
    const results = new Array(items.length);
    let next = 0;
    // Each worker takes the next unstarted item until none are left; a rejection stops that worker
    // and rejects the whole run, as Promise.all would.
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./build/stages/checks/setup-process.js
// The acceptance `setup` command: started in the background in its own process group, so that
// stopping it stops everything it started (a server it ran with `&` included). If shipgate itself
// exits or is interrupted first, the group is killed on the way out.


const OUTPUT_KEPT = 16 * 1024;
const POLL_MS = 50;
function groupAlive(pid) {
    try {
        process.kill(-pid, 0);
        return true;
    }
    catch (error) {
        // EPERM: the group exists but is not ours to signal (cannot happen for our own child's group).
        return error.code === 'EPERM';
    }
}
function signalGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // ESRCH: already gone.
    }
}
async function startSetup(command, options) {
    const child = (0,external_node_child_process_.spawn)('bash', ['-c', command], { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk) => {
        output = (output + chunk.toString('utf8')).slice(-OUTPUT_KEPT);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let exit;
    const exited = new Promise((resolve) => {
        child.once('exit', (code, signal) => {
            exit = { code, signal };
            resolve();
        });
    });
    await new Promise((resolve, reject) => {
        child.once('spawn', resolve);
        child.once('error', reject);
    });
    const pid = child.pid;
    // Last resort when shipgate ends before stop(): never leave the package running.
    const killOnExit = () => signalGroup(pid, 'SIGKILL');
    const killOnSignal = (signal) => {
        killOnExit();
        removeHandlers();
        process.kill(process.pid, signal);
    };
    const removeHandlers = () => {
        process.off('exit', killOnExit);
        process.off('SIGINT', killOnSignal);
        process.off('SIGTERM', killOnSignal);
    };
    process.once('exit', killOnExit);
    process.once('SIGINT', killOnSignal);
    process.once('SIGTERM', killOnSignal);
    return {
        pid,
        get exit() {
            return exit;
        },
        output: () => output,
        async stop(graceMs = 5000) {
            signalGroup(pid, 'SIGTERM');
            const until = Date.now() + graceMs;
            while (groupAlive(pid) && Date.now() < until)
                await (0,promises_.setTimeout)(POLL_MS);
            if (groupAlive(pid)) {
                signalGroup(pid, 'SIGKILL');
                while (groupAlive(pid))
                    await (0,promises_.setTimeout)(POLL_MS);
            }
            // The leader may be a zombie until node reaps it; do not wait on pipes a stray process could hold.
            const giveUp = new AbortController();
            await Promise.race([exited, (0,promises_.setTimeout)(graceMs, undefined, { signal: giveUp.signal }).catch(() => undefined)]);
            giveUp.abort();
            child.stdout.destroy();
            child.stderr.destroy();
            removeHandlers();
        },
    };
}

// EXTERNAL MODULE: ./build/stages/release-manifest-env.js + 1 modules
var release_manifest_env = __webpack_require__(43092);
;// CONCATENATED MODULE: ./build/stages/acceptance.js

















const ACCEPTANCE_STAGE = 'acceptance';
/** Where a contract lives relative to the artifacts folder, as evidence links name it. */
function artifactPath(kind, sha) {
    return `${contracts/* contracts */.Mh[kind].kind}/${sha}/${contracts/* contracts */.Mh[kind].file}`;
}
const EVERYTHING = { runtimeChanged: true, infraChanged: true, docsChanged: true };
/**
 * The acceptance config a run uses: the named environment's, else the top-level one. An
 * environment that `environments:` does not list is the user's mistake, named with `what`.
 */
function acceptanceConfigFor(config, configPath, environment, what = 'environment') {
    if (environment === undefined)
        return { acceptance: config.acceptance, configField: 'acceptance' };
    const environments = config.environments ?? [];
    const index = environments.findIndex((each) => each.name === environment);
    if (index < 0) {
        const known = environments.length > 0 ? `its environments are ${environments.map((each) => each.name).join(', ')}` : 'it lists no environments: (add them, or leave the environment out)';
        throw new errors/* ConfigurationError */.j1(`${what}: '${environment}' is not an environment in ${configPath}; ${known}`, { file: configPath });
    }
    return { acceptance: environments[index].acceptance, configField: `environments[${index}].acceptance` };
}
async function resolveScope(input, ports) {
    if (input.scope) {
        ports.logger.info(`Scope from the scope input: ${describeScope(input.scope)}.`);
        return { scope: input.scope };
    }
    const read = await ports.store.read('commit-stage', input.sha);
    if (read.state === 'missing') {
        ports.logger.info(`No commit-stage evidence (${read.path}) and no scope input: treating runtime, infra and docs as changed, so every check runs.`);
        return { scope: EVERYTHING };
    }
    const blocked = (reason) => ({ scope: EVERYTHING, blocker: { name: 'commit-stage evidence', reason } });
    if (read.state === 'invalid') {
        return blocked(read.problems.map((problem) => `${read.path}: ${problem.field}: ${problem.message}`).join('; '));
    }
    const evidence = read.value;
    if (evidence.sha !== input.sha)
        return blocked(`${read.path}: sha: names ${evidence.sha}, not ${input.sha}`);
    if (!evidence.passed) {
        return blocked(`${read.path}: passed: is false: the commit-stage check '${evidence.check.name}' concluded ${evidence.check.conclusion}`);
    }
    const scope = { runtimeChanged: evidence.scope.runtime.changed, infraChanged: evidence.scope.infra.changed, docsChanged: evidence.scope.docs.changed };
    ports.logger.info(`Scope from ${read.path}: ${describeScope(scope)}.`);
    return { scope, link: { kind: 'commit-stage', path: artifactPath('commit-stage', input.sha), digest: read.digest } };
}
function describeScope(scope) {
    const changed = changedScopes(scope);
    return changed.length > 0 ? `${changed.join(', ')} changed` : 'nothing in runtime, infra or docs changed';
}
function changedScopes(scope) {
    return [scope.runtimeChanged && 'runtime', scope.infraChanged && 'infra', scope.docsChanged && 'docs'].filter((name) => Boolean(name));
}
/** Why a check does not apply to this release, or undefined when it runs. */
function scopeSkipReason(check, scope) {
    if (check.scopes.includes('always'))
        return undefined;
    const changed = changedScopes(scope);
    if (check.scopes.some((name) => changed.includes(name)))
        return undefined;
    return `scope: runs when ${check.scopes.join(' or ')} changed; this release changes ${changed.length > 0 ? changed.join(', ') : 'none of runtime, infra, docs'}`;
}
function skipped(check, reason) {
    return { name: check.name, type: check.type, required: check.required, status: 'skipped', reason, attempts: 0, durationMs: 0 };
}
/** Registers every secret-looking variable the checks inherit, so no detail or log shows it. */
function secretMasker(environment, logger) {
    const masker = new platform_logger/* SecretMasker */.M2();
    for (const [name, value] of Object.entries(environment)) {
        if (value && SECRET_NAME.test(name)) {
            masker.add(value);
            logger.secret(value);
        }
    }
    return masker;
}
async function runAcceptance(given, ports) {
    const { logger, clock } = ports;
    const startedAt = clock.now();
    const input = shardPart(given, logger);
    const store = (0,scoped_store/* scopedStore */.sy)(ports.store, { environment: input.environmentName, shard: input.shard });
    // Exactly promote's verification: a missing, invalid or tampered package is an EvidenceError here.
    const promoted = await (0,promote/* promote */.p)({ sha: input.sha, filesRoot: input.filesRoot }, { store, logger });
    const { manifest } = promoted;
    const evidence = [{ kind: 'release-package', path: artifactPath('release-package', input.sha), digest: (0,canonical/* digestOf */.ol)(manifest) }];
    const scopeSource = await resolveScope(input, { ...ports, store });
    if (scopeSource.link)
        evidence.push(scopeSource.link);
    const blockers = blockersOf(input, promoted, scopeSource);
    const masker = secretMasker(input.environment, logger);
    let checks;
    if (blockers.length > 0) {
        const why = `not run: ${blockers.map((blocker) => blocker.name).join(' and ')} failed`;
        for (const blocker of blockers)
            logger.error(`${blocker.name}: ${masker.mask(blocker.reason)}`);
        checks = [
            ...blockers.map((blocker) => ({ name: blocker.name, type: EVIDENCE_CHECK_TYPE, required: true, status: 'fail', reason: masker.mask(blocker.reason), attempts: 0, durationMs: 0 })),
            ...input.config.checks.map((check) => skipped(check, why)),
        ];
    }
    else {
        // Setup and command checks get the release manifest too (SHIPGATE_RELEASE_MANIFEST), as deploys do.
        checks = await (0,release_manifest_env/* withManifestFile */.u)(manifest, (manifestEnvironment) => runChecks(input, ports, { scope: scopeSource.scope, masker, refs: promoted.refs, packageDigest: manifest.digest, manifestEnvironment }));
    }
    const verdict = (0,verdicts/* acceptanceVerdict */.ze)(checks);
    const result = (0,acceptance_result/* versionedAcceptanceResult */.YX)({
        sha: input.sha,
        packageDigest: manifest.digest,
        decision: verdict.decision,
        degraded: verdict.degraded,
        scope: scopeSource.scope,
        startedAt: startedAt.toISOString(),
        finishedAt: clock.now().toISOString(),
        checks,
        evidence,
    }, { environment: input.environmentName, shard: input.shard });
    const written = await store.write('acceptance', input.sha, result);
    const count = (status) => checks.filter((check) => check.status === status).length;
    logger.info(`Acceptance ${result.decision}${result.degraded ? ' (degraded)' : ''} for ${manifest.digest}: ${count('pass')} passed, ${count('fail')} failed, ${count('skipped')} skipped. Result: ${written.path}`);
    return { result, path: written.path };
}
/** For one shard, the input with only that shard's checks; otherwise the input as given. */
function shardPart(input, logger) {
    if (!input.shard)
        return input;
    const { index, total } = input.shard;
    assertShardsFit(input.config.checks.length, total, { configPath: input.configPath, configField: input.configField ?? 'acceptance' });
    const checks = checksOfShard(input.config.checks, input.shard);
    logger.info(`Shard ${index}/${total}: runs ${checks.length} of the ${input.config.checks.length} configured ${input.config.checks.length === 1 ? 'check' : 'checks'}: ${checks.map((check) => check.name).join(', ')}.`);
    return { ...input, config: { ...input.config, checks } };
}
/** Why the checks must not run at all: another package than the one asked for, an untrusted scope, nothing to run. */
function blockersOf(input, promoted, scopeSource) {
    const blockers = [];
    if (input.expectedPackageDigest !== undefined && input.expectedPackageDigest !== promoted.manifest.digest) {
        blockers.push({
            name: 'package digest',
            reason: `the package-digest input is ${input.expectedPackageDigest}, but ${promoted.path} has ${promoted.manifest.digest}: refusing to test a package other than the one asked for`,
        });
    }
    if (scopeSource.blocker)
        blockers.push(scopeSource.blocker);
    if (input.config.checks.length === 0) {
        blockers.push({ name: 'acceptance checks', reason: `${input.configPath}: ${input.configField ?? 'acceptance'}.checks: no checks configured, so nothing was accepted` });
    }
    return blockers;
}
async function runChecks(input, ports, run) {
    const { logger, clock } = ports;
    const selected = input.config.checks.filter((check) => scopeSkipReason(check, run.scope) === undefined);
    const shipgateEnv = { ...(0,deploy/* packageEnvironment */.Uv)(input.sha, run.packageDigest, run.refs), ...run.manifestEnvironment };
    let setup;
    if (selected.length > 0 && input.config.setup) {
        try {
            setup = await startSetup(input.config.setup, { cwd: input.workspace, env: { ...input.environment, ...shipgateEnv } });
        }
        catch (error) {
            // Nothing to test against: every check that would have run fails with the cause.
            const reason = `not run: the setup command could not start (${run.masker.mask(error.message ?? String(error))})`;
            logger.error(reason, { file: input.configPath });
            return input.config.checks.map((check) => selected.includes(check) ? { name: check.name, type: check.type, required: check.required, status: 'fail', reason, attempts: 0, durationMs: 0 } : skipped(check, scopeSkipReason(check, run.scope)));
        }
        logger.info(`Started setup (process group ${setup.pid}): ${input.config.setup}`);
    }
    const runOne = async (check) => {
        const started = clock.now().getTime();
        logger.info(`▶ ${check.name} (${check.type}${check.required ? '' : ', optional'})`);
        let outcome;
        try {
            outcome =
                check.type === 'http'
                    ? await runHttpCheck(check, { clock, masker: run.masker, environment: input.environment })
                    : await runCommandCheck(check, { exec: ports.exec, clock, masker: run.masker, env: shipgateEnv, cwd: input.workspace });
        }
        catch (error) {
            // A check that cannot even run is a failed check, never a crash that leaves setup running.
            outcome = { status: 'fail', attempts: 1, reason: `could not run: ${run.masker.mask(error.message ?? String(error))}` };
        }
        const durationMs = Math.max(0, clock.now().getTime() - started);
        // What the check saw (a command's output tail, an HTTP status), folded; written in one piece
        // when the check ends, so that checks running at once do not mix their lines.
        const detail = outcome.detail;
        if (detail)
            await logger.group(`${check.name}: output`, () => logger.info(run.masker.mask(detail)));
        const line = `${outcome.status === 'pass' ? '✔' : '✘'} ${check.name}: ${outcome.status}${outcome.reason ? `: ${outcome.reason}` : ''} (${(0,markdown/* plural */.LS)(outcome.attempts, 'attempt')}, ${(0,markdown/* humanDuration */.UU)(durationMs)})`;
        if (outcome.status === 'pass')
            logger.info(line);
        else if (check.required)
            logger.error(line, { file: input.configPath });
        else
            logger.warning(line, { file: input.configPath });
        return { name: check.name, type: check.type, required: check.required, ...outcome, durationMs };
    };
    let ran;
    try {
        ran = await runLimited(selected, input.config.concurrency, runOne);
    }
    finally {
        if (setup) {
            await setup.stop();
            const exit = setup.exit;
            const ended = exit ? (exit.signal ? `signal ${exit.signal}` : `exit ${exit.code}`) : 'still running when stopped';
            const message = `Stopped setup (${ended}).`;
            const output = run.masker.mask(setup.output().slice(-2000));
            // A setup that failed on its own explains failed checks: show what it said.
            if (exit && exit.signal === null && exit.code !== 0)
                logger.warning(`${message} Its output:\n${output}`);
            else {
                logger.info(message);
                if (output.trim() !== '')
                    await logger.group(`setup: ${input.config.setup}: output (last 2000 characters)`, () => logger.info(output));
            }
        }
    }
    const byName = new Map(ran.map((outcome) => [outcome.name, outcome]));
    return input.config.checks.map((check) => byName.get(check.name) ?? skipped(check, scopeSkipReason(check, run.scope)));
}

// EXTERNAL MODULE: ./build/actions/common-inputs.js
var common_inputs = __webpack_require__(20877);
;// CONCATENATED MODULE: ./build/actions/acceptance.js
// The acceptance action: inputs -> runAcceptance (or, for merge-shards, mergeAcceptanceShards) ->
// decision, result-path, degraded and a job summary.













const ACCEPTANCE_INPUTS = {
    sha: 'sha',
    artifactsDir: 'artifacts-dir',
    config: 'config',
    scope: 'scope',
    packageDigest: 'package-digest',
    filesRoot: 'files-root',
    failOnNo: 'fail-on-no',
    environment: 'environment',
    shard: 'shard',
    mergeShards: 'merge-shards',
};
const ACCEPTANCE_OUTPUTS = {
    decision: 'decision',
    resultPath: 'result-path',
    degraded: 'degraded',
};
const acceptance_scopeJson = schemas/* string */.YjP()
    .optional()
    .transform((text, ctx) => {
    if (text === undefined)
        return undefined;
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        ctx.addIssue({ code: 'custom', message: 'is not JSON; give e.g. {"runtimeChanged":true,"infraChanged":false,"docsChanged":false}' });
        return core/* NEVER */.tm;
    }
    const parsed = common/* scopeFlags */.SV.safeParse(json);
    if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message: `must be {"runtimeChanged":bool,"infraChanged":bool,"docsChanged":bool}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}` });
        return core/* NEVER */.tm;
    }
    return parsed.data;
});
// parseShard names what it parses; the input's name is already in front of the message.
const shardInput = schemas/* string */.YjP()
    .optional()
    .transform((text, ctx) => {
    if (text === undefined)
        return undefined;
    try {
        return (0,scoped_store/* parseShard */.uK)(text, 'i/n');
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        ctx.addIssue({ code: 'custom', message: error.message });
        return core/* NEVER */.tm;
    }
});
const shardCount = schemas/* string */.YjP()
    .optional()
    .transform((text, ctx) => {
    if (text === undefined)
        return undefined;
    const count = /^[0-9]+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(count) || count < 1 || count > acceptance_result/* MAX_ACCEPTANCE_SHARDS */.Xu) {
        ctx.addIssue({ code: 'custom', message: `'${text}' is not a number of shards from 1 to ${acceptance_result/* MAX_ACCEPTANCE_SHARDS */.Xu}` });
        return core/* NEVER */.tm;
    }
    return count;
});
const settings = schemas/* object */.Ikc({
    [ACCEPTANCE_INPUTS.sha]: action/* inputs */.QL.sha(),
    [ACCEPTANCE_INPUTS.artifactsDir]: action/* inputs */.QL.text(),
    [ACCEPTANCE_INPUTS.config]: action/* inputs */.QL.text(),
    [ACCEPTANCE_INPUTS.scope]: acceptance_scopeJson,
    [ACCEPTANCE_INPUTS.packageDigest]: common/* digest */.br.optional(),
    [ACCEPTANCE_INPUTS.filesRoot]: action/* inputs */.QL.text(),
    [ACCEPTANCE_INPUTS.failOnNo]: action/* inputs */.QL.boolean(true),
    [ACCEPTANCE_INPUTS.environment]: common/* environmentName */.VE.optional(),
    [ACCEPTANCE_INPUTS.shard]: shardInput,
    [ACCEPTANCE_INPUTS.mergeShards]: shardCount,
})
    .superRefine((raw, ctx) => {
    if (raw.shard !== undefined && raw['merge-shards'] !== undefined) {
        ctx.addIssue({ code: 'custom', path: [ACCEPTANCE_INPUTS.shard], message: 'cannot be given with merge-shards: a shard job runs its part of the checks, the merge job runs none; give one of them per job' });
    }
})
    .transform((raw) => ({
    sha: raw.sha,
    artifactsDir: raw['artifacts-dir'] ?? local_store/* DEFAULT_ARTIFACTS_DIR */.qx,
    config: raw.config,
    scope: raw.scope,
    packageDigest: raw['package-digest'],
    filesRoot: raw['files-root'] ?? '.',
    failOnNo: raw['fail-on-no'],
    environment: raw.environment,
    shard: raw.shard,
    mergeShards: raw['merge-shards'],
}));
const acceptanceAction = (0,action/* defineAction */.QP)({
    name: ACCEPTANCE_STAGE,
    description: 'Run the configured http and command acceptance checks that the release scope calls for against the promoted package, and record YES or NO for that package.',
    branding: { icon: 'check-square', color: 'blue' },
    inputs: {
        [ACCEPTANCE_INPUTS.sha]: common_inputs/* shaInput */.FN,
        [ACCEPTANCE_INPUTS.artifactsDir]: common_inputs/* artifactsDirInput */.Lp,
        [ACCEPTANCE_INPUTS.config]: common_inputs/* configInput */.xK,
        [ACCEPTANCE_INPUTS.scope]: {
            description: 'The release scope as JSON, e.g. {"runtimeChanged":true,"infraChanged":false,"docsChanged":false}. Default: from the commit-stage evidence for the SHA; with neither, every check runs.',
        },
        [ACCEPTANCE_INPUTS.packageDigest]: {
            description: 'The package digest promote verified (sha256:<hex>). When given, the manifest must have exactly this digest, else the decision is NO.',
        },
        [ACCEPTANCE_INPUTS.filesRoot]: {
            description: 'Where file components are looked for to check their sha256 (as in promote); files not present there are not checked.',
            default: '.',
        },
        [ACCEPTANCE_INPUTS.failOnNo]: { description: 'Fail the step when the decision is NO (the result and outputs are written first).', default: 'true' },
        [ACCEPTANCE_INPUTS.environment]: {
            description: 'An environment of environments: in the config file: its acceptance checks, setup and concurrency are used, and the result is kept under environments/<name>/. Default: the top-level acceptance.',
        },
        [ACCEPTANCE_INPUTS.shard]: {
            description: 'i/n (e.g. 2/3): run only shard i of n: configured check k (0-based, in config order, before the scope filter) belongs to shard (k mod n)+1. The partial result goes under shards/<i>-of-<n>/ for merge-shards.',
        },
        [ACCEPTANCE_INPUTS.mergeShards]: {
            description: 'n: run no checks; merge the n shard results of this SHA (and environment) into the one acceptance result, NO if a shard is missing, invalid, NO, of another package or SHA, or ran other checks than its own. Not with shard.',
        },
    },
    outputs: {
        [ACCEPTANCE_OUTPUTS.decision]: { description: 'YES or NO.' },
        [ACCEPTANCE_OUTPUTS.resultPath]: { description: 'The path of acceptance/<sha>/result.json; under environments/<name>/ with an environment, and shards/<i>-of-<n>/ for a shard.' },
        [ACCEPTANCE_OUTPUTS.degraded]: { description: 'true when an optional check failed (release-decision then says partial_success), else false.' },
    },
    settings,
    timing: (given, context) => ({ store: context.openStore(given.artifactsDir), sha: (0,run_environment/* resolveSha */.vc)(given.sha, context.environment) }),
    async run(given, context) {
        const sha = (0,run_environment/* resolveSha */.vc)(given.sha, context.environment);
        const { config, path: configPath } = await (0,shipgate_config.loadConfig)(given.config);
        const { acceptance, configField } = acceptanceConfigFor(config, configPath, given.environment, `input '${ACCEPTANCE_INPUTS.environment}'`);
        const store = context.openStore(given.artifactsDir);
        const common = { sha, config: acceptance, configPath, configField, environmentName: given.environment, expectedPackageDigest: given.packageDigest, filesRoot: given.filesRoot };
        const { result, path } = given.mergeShards !== undefined
            ? await mergeAcceptanceShards({ ...common, shards: given.mergeShards }, { store, clock: context.clock, logger: context.logger })
            : await runAcceptance({ ...common, shard: given.shard, scope: given.scope, workspace: context.environment.workspace, environment: process.env }, { store, exec: context.exec, clock: context.clock, logger: context.logger });
        const failedRequired = result.checks.filter((check) => check.required && check.status === 'fail');
        return {
            outputs: {
                [ACCEPTANCE_OUTPUTS.decision]: result.decision,
                [ACCEPTANCE_OUTPUTS.resultPath]: path,
                [ACCEPTANCE_OUTPUTS.degraded]: String(result.degraded),
            },
            summary: acceptanceSummary(result, path, { mergedShards: given.mergeShards }),
            outcome: result.decision === 'NO' ? 'no' : 'success',
            failure: result.decision === 'NO' && given.failOnNo
                ? { message: `acceptance is NO for ${sha}: ${failedRequired.map((check) => `${check.name}: ${check.reason ?? check.status}`).join('; ')}`, file: path }
                : undefined,
        };
    },
});
/** Which part of acceptance this was: an environment, one shard, or the merge of n shards. */
function runDescription(result, mergedShards) {
    const parts = [
        ...(result.schema !== acceptance_result/* ACCEPTANCE_RESULT_SCHEMA */.yg && result.environment !== null ? [`Environment ${(0,markdown/* code */.aY)(result.environment)}.`] : []),
        ...(result.schema !== acceptance_result/* ACCEPTANCE_RESULT_SCHEMA */.yg && result.shard
            ? [`Shard ${result.shard.index} of ${result.shard.total}: only this shard's checks; merge-shards: ${result.shard.total} gives the acceptance result.`]
            : []),
        ...(mergedShards !== undefined ? [`Merged ${(0,markdown/* plural */.LS)(mergedShards, 'shard result')} into one.`] : []),
    ];
    return parts.length > 0 ? [parts.join(' '), ''] : [];
}
/** The headline's icon and words: ⚠️ when a YES rests on required checks but an optional one failed. */
function headline(result) {
    if (result.decision === 'NO')
        return `${(0,markdown/* statusIcon */.I8)('failure')} NO`;
    if (!result.degraded)
        return `${(0,markdown/* statusIcon */.I8)('success')} YES`;
    const optional = result.checks.filter((check) => !check.required && check.status === 'fail').map((check) => check.name);
    return `${(0,markdown/* statusIcon */.I8)('partial_success')} YES, degraded: optional ${optional.length === 1 ? 'check' : 'checks'} ${optional.join(', ')} failed`;
}
/** The job summary: the answer, the package, and every check with why it ended as it did. */
function acceptanceSummary(result, path, options = {}) {
    const icon = { pass: '✅', fail: '❌', skipped: '⏭️' };
    return [
        `### acceptance: ${(0,markdown/* escapeText */.X1)(headline(result))}`,
        '',
        ...runDescription(result, options.mergedShards),
        `Package ${(0,markdown/* code */.aY)((0,markdown/* shortDigest */.VK)(result.packageDigest))} for ${(0,markdown/* code */.aY)(result.sha)}; scope: ${['runtime', 'infra', 'docs'].map((name) => `${name} ${result.scope[`${name}Changed`] ? 'changed' : 'unchanged'}`).join(', ')}.`,
        '',
        '| check | type | required | status | attempts | duration | reason / detail |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...result.checks.map((check) => `| ${(0,markdown/* escapeCell */.kq)(check.name)} | ${check.type} | ${check.required ? 'yes' : 'no'} | ${icon[check.status]} ${check.status} | ${check.attempts} | ${(0,markdown/* humanDuration */.UU)(check.durationMs)} | ${(0,markdown/* escapeCell */.kq)((0,markdown/* shortenDigests */.fQ)(check.reason ?? check.detail?.split('\n')[0] ?? ''))} |`),
        '',
        `Result: ${(0,markdown/* code */.aY)(path)}`,
        '',
        ...(0,markdown/* digestDetails */.XH)([['package', result.packageDigest]]),
    ].join('\n');
}


/***/ }),

/***/ 20877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ shaInput),
/* harmony export */   Lp: () => (/* binding */ artifactsDirInput),
/* harmony export */   Wj: () => (/* binding */ WORKFLOW_TOKEN),
/* harmony export */   au: () => (/* binding */ tokenOrEnvironment),
/* harmony export */   xK: () => (/* binding */ configInput)
/* harmony export */ });
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7982);

const shaInput = {
    description: 'The commit SHA of the release (40 lowercase hex). Default: the SHA that triggered the workflow.',
};
const artifactsDirInput = {
    description: 'The folder that holds the evidence contracts.',
    default: _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ARTIFACTS_DIR */ .qx,
};
const configInput = {
    description: 'The shipgate config file. The default path may be absent; an explicit path must exist.',
};
/** The runner fills a token input with the job's GITHUB_TOKEN unless the workflow passes another. */
const WORKFLOW_TOKEN = '${{ github.token }}';
/** A token input, else the GITHUB_TOKEN environment variable, masked before any use. */
function tokenOrEnvironment(given, logger) {
    if (given)
        return given;
    const fromEnvironment = process.env.GITHUB_TOKEN || undefined;
    if (fromEnvironment)
        logger.secret(fromEnvironment);
    return fromEnvironment;
}


/***/ }),

/***/ 46174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ph: () => (/* binding */ SCOPED_KINDS),
/* harmony export */   YR: () => (/* reexport safe */ _contracts_common_js__WEBPACK_IMPORTED_MODULE_0__.YR),
/* harmony export */   sy: () => (/* binding */ scopedStore),
/* harmony export */   uK: () => (/* binding */ parseShard),
/* harmony export */   vC: () => (/* binding */ assertEnvironmentName)
/* harmony export */ });
/* unused harmony export scopeSegments */
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36291);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
// Evidence of one environment (dev, staging, production in `environments:`) or of one acceptance
// shard: acceptance, deployment, verification and the decision are kept apart per scope under
// `<artifacts>/environments/<name>/` (and `…/shards/<i>-of-<n>/`), while the package, the commit
// stage and the timing stay shared. Without a scope the store is the plain one, as before.


/** The contracts kept per environment; the rest belong to the release as a whole. */
const SCOPED_KINDS = ['acceptance', 'deployment', 'production', 'release'];
// An environment name is a folder name and a part of an artifact name.

/** `2/3` as given to the shard input; 1-based, index within total. */
function parseShard(text, what = 'shard') {
    const match = /^\s*([0-9]+)\s*\/\s*([0-9]+)\s*$/.exec(text);
    const index = match ? Number(match[1]) : NaN;
    const total = match ? Number(match[2]) : NaN;
    if (!match || !Number.isSafeInteger(index) || !Number.isSafeInteger(total) || total < 1 || total > 256 || index < 1 || index > total) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${what}: '${text}' is not i/n with 1 <= i <= n <= 256; give for example 2/3 for the second of three shards`);
    }
    return { index, total };
}
function assertEnvironmentName(name, what = 'environment') {
    if (!_contracts_common_js__WEBPACK_IMPORTED_MODULE_0__/* .ENVIRONMENT_NAME */ .YR.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${what}: '${name}' is not an environment name; use 1 to 40 lowercase letters, digits, '-' or '_', starting with a letter or digit`);
    }
    return name;
}
function scopeSegments(scope) {
    return [
        ...(scope.environment !== undefined ? ['environments', assertEnvironmentName(scope.environment)] : []),
        ...(scope.shard ? ['shards', `${scope.shard.index}-of-${scope.shard.total}`] : []),
    ];
}
/** The store a stage in this scope writes to and reads from; the plain store when the scope is empty. */
function scopedStore(store, scope) {
    const segments = scopeSegments(scope);
    return segments.length === 0 ? store : new ScopedEvidenceStore(store, store.within(segments), segments);
}
class ScopedEvidenceStore {
    shared;
    own;
    segments;
    constructor(shared, own, segments) {
        this.shared = shared;
        this.own = own;
        this.segments = segments;
    }
    get location() {
        return this.shared.location;
    }
    storeOf(kind) {
        return SCOPED_KINDS.includes(kind) ? this.own : this.shared;
    }
    pathOf(kind, sha) {
        return this.storeOf(kind).pathOf(kind, sha);
    }
    read(kind, sha) {
        return this.storeOf(kind).read(kind, sha);
    }
    write(kind, sha, value) {
        return this.storeOf(kind).write(kind, sha, value);
    }
    listShas(kind) {
        return this.storeOf(kind).listShas(kind);
    }
    exclusively(kind, sha, wait, work) {
        return this.storeOf(kind).exclusively(kind, sha, wait, work);
    }
    within(segments) {
        return new ScopedEvidenceStore(this.shared, this.shared.within([...this.segments, ...segments]), [...this.segments, ...segments]);
    }
}


/***/ }),

/***/ 41670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ isValidAddress),
/* harmony export */   Ow: () => (/* binding */ domainOf),
/* harmony export */   c3: () => (/* binding */ requireAddress),
/* harmony export */   tM: () => (/* binding */ assertAllowedFrom)
/* harmony export */ });
/* unused harmony export parseAddressList */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
// Mail addresses as shipgate accepts them: plain addr-spec only (no display names, no comments),
// checked before anything is rendered or sent, and the from-address allowlist.

// Deliberately narrower than RFC 5322: what real relays accept and what cannot smuggle headers.
const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
function isValidAddress(address) {
    return address.length <= 254 && ADDRESS.test(address) && !address.includes('..');
}
/** The address checked, or a ConfigurationError that names where it came from. */
function requireAddress(address, where) {
    const trimmed = address.trim();
    if (!isValidAddress(trimmed))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: '${address}' is not a mail address (expected name@example.com)`);
    return trimmed;
}
/** Splits a list input: one address per line or separated by commas. */
function parseAddressList(value, where) {
    const addresses = (value ?? []).flatMap((line) => line.split(',')).map((item) => item.trim()).filter((item) => item !== '');
    return addresses.map((address) => requireAddress(address, where));
}
function domainOf(address) {
    return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}
/** `allowed-from` holds addresses and `@domain` entries; the comparison ignores case. */
function assertAllowedFrom(from, allowedFrom) {
    if (allowedFrom.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'allowed-from': not given; list the sender addresses (or @domain) that may send, e.g. allowed-from: ${from} (or mail.allowedFrom in shipgate.yml)`);
    }
    const address = from.toLowerCase();
    const allowed = allowedFrom.some((entry) => {
        const rule = entry.trim().toLowerCase();
        return rule.startsWith('@') ? domainOf(address) === rule.slice(1) : rule === address;
    });
    if (!allowed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'from': '${from}' is not in allowed-from (${allowedFrom.join(', ')}); use an allowed sender or add it to allowed-from`);
    }
}


/***/ }),

/***/ 14181:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e0: () => (/* binding */ periodLengthMs),
/* harmony export */   gw: () => (/* binding */ sendPeriod),
/* harmony export */   kQ: () => (/* binding */ isTimeZone),
/* harmony export */   nR: () => (/* binding */ PERIODS)
/* harmony export */ });
/* unused harmony exports localDate, isoWeek */
// The period a digest belongs to: a local date or an ISO week in a time zone. A roster send's event
// key carries it instead of the SHA, so each period gets one digest whatever the commit.
const PERIODS = ['daily', 'weekly'];
const DAY_MS = 24 * 60 * 60 * 1000;
const PERIOD_MS = { daily: DAY_MS, weekly: 7 * DAY_MS };
/** Whether Intl knows the zone (an IANA name such as Europe/Berlin, or UTC). */
function isTimeZone(zone) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}
/** The calendar date of an instant in a time zone. */
function localDate(now, timeZone) {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
    const part = (type) => Number(parts.find((each) => each.type === type).value);
    return { year: part('year'), month: part('month'), day: part('day') };
}
const pad = (value, width = 2) => String(value).padStart(width, '0');
/** The ISO 8601 week of a calendar date: weeks start on Monday, week 1 holds the year's first Thursday. */
function isoWeek(date) {
    const day = new Date(Date.UTC(date.year, date.month - 1, date.day));
    const weekday = day.getUTCDay() || 7;
    // The Thursday of the same week decides the week's year.
    day.setUTCDate(day.getUTCDate() + 4 - weekday);
    const year = day.getUTCFullYear();
    const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / DAY_MS + 1) / 7);
    return { year, week };
}
function sendPeriod(now, period, timeZone) {
    const local = localDate(now, timeZone);
    const date = `${local.year}-${pad(local.month)}-${pad(local.day)}`;
    if (period === 'daily')
        return { period, timeZone, key: `daily:${date}`, date };
    const week = isoWeek(local);
    return { period, timeZone, key: `weekly:${week.year}-W${pad(week.week)}`, date };
}
/** How far back "the last period" reaches when no earlier digest of the series was sent. */
function periodLengthMs(period) {
    return PERIOD_MS[period];
}


/***/ }),

/***/ 13021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I8: () => (/* binding */ statusIcon),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   OB: () => (/* binding */ hasFullDigest),
/* harmony export */   UU: () => (/* binding */ humanDuration),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   XH: () => (/* binding */ digestDetails),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   fQ: () => (/* binding */ shortenDigests),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/* unused harmony export failureSummary */
// Markdown for job summaries, which GitHub renders as it renders any Markdown: table cells that a
// pipe, a newline or an angle bracket cannot break, digests short enough to read, durations in words,
// and the summary a step writes when it fails by throwing.
function statusIcon(status) {
    return { success: '✅', partial_success: '⚠️', failure: '❌' }[status];
}
/**
 * Text as Markdown shows it literally: `<abc@x>` stays text (not a tag, not a mailto link), and
 * `*`, `_`, `[`, backticks and backslashes do not turn into formatting.
 */
function escapeText(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]])/g, '\\$1');
}
/** A table cell: escaped text on one line, with `|` escaped so it does not split the cell. */
function escapeCell(text) {
    return escapeText(text).replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
}
/** Inline code in prose; a fence longer than any backtick run inside, so none ends it early. */
function code(text) {
    const oneLine = text.replace(/\r?\n|\r/g, ' ');
    const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${oneLine}${pad}${fence}`;
}
/** Inline code in a table cell: GitHub reads `\|` as a pipe even inside a code span. */
function codeCell(text) {
    return code(text).replace(/\|/g, '\\|');
}
const DIGEST_HEX = /\b[0-9a-f]{64}\b/g;
/** `sha256:` and the first 12 hex characters of a digest (a bare 64-hex value keeps 12); anything else as it is. */
function shortDigest(digest) {
    return digest.replace(DIGEST_HEX, (hex) => hex.slice(0, 12));
}
/** Text with every 64-hex digest in it cut to 12 characters; the full values belong in digestDetails. */
function shortenDigests(text) {
    return shortDigest(text);
}
/** True when the text holds a digest that shortDigest would cut. */
function hasFullDigest(text) {
    return new RegExp(DIGEST_HEX.source).test(text);
}
/**
 * The full digests, collapsed: one `<details>` block for the end of a summary, so the page shows
 * short digests and a reader who needs a full one can open it. Empty when there is nothing to show.
 */
function digestDetails(entries) {
    const shown = entries.filter(([, digest]) => digest !== '');
    if (shown.length === 0)
        return [];
    return [
        '<details><summary>Full digests</summary>',
        '',
        '| of | digest |',
        '| --- | --- |',
        ...shown.map(([label, digest]) => `| ${escapeCell(label)} | ${codeCell(digest)} |`),
        '',
        '</details>',
        '',
    ];
}
/** 850 ms, 4.2s, 2m 5s, 3h 54m, 8d 3h 54m: the units that matter, largest first, zero parts left out. */
function humanDuration(ms) {
    if (!Number.isFinite(ms))
        return 'unknown';
    if (ms < 0)
        return `-${humanDuration(-ms)}`;
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 10_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 3600)
        return joinUnits([[Math.floor(seconds / 60), 'm'], [seconds % 60, 's']]);
    const minutes = Math.round(ms / 60_000);
    if (minutes < 24 * 60)
        return joinUnits([[Math.floor(minutes / 60), 'h'], [minutes % 60, 'm']]);
    return joinUnits([[Math.floor(minutes / 1440), 'd'], [Math.floor((minutes % 1440) / 60), 'h'], [minutes % 60, 'm']]);
}
function joinUnits(parts) {
    return parts
        .filter(([value]) => value > 0)
        .map(([value, unit]) => `${value}${unit}`)
        .join(' ');
}
/** `1 component`, `2 components`; the plural form when adding an s does not make it. */
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
const BUG_PREFIX = 'unexpected error (a bug in shipgate)';
/**
 * The job summary of a step that failed by throwing: what failed, where, and what to do about it.
 * The message is the error as the user is told it (a ConfigurationError's says what and how to fix);
 * a bug's stack trace is kept, collapsed.
 */
function failureSummary(actionName, message, location) {
    const [firstLine = '', ...rest] = message.split(/\r?\n/);
    const isBug = message.startsWith(BUG_PREFIX);
    const lines = [`## ${statusIcon('failure')} ${escapeText(actionName)} failed`, '', escapeText(shortenDigests(firstLine.trim() || 'failed without a message')), ''];
    if (location?.file) {
        lines.push(`**Where:** ${code(location.file)}${location.line === undefined ? '' : ` line ${location.line}`}`, '');
    }
    lines.push(isBug
        ? '**What to do:** this is a bug in shipgate, not in your inputs: re-run the step, and if it fails again report it with the details below.'
        : `**What to fix:** the ${location?.file ? 'file' : 'input or file'} the message names, as it says; then re-run the step.`, '');
    if (rest.length > 0 || hasFullDigest(firstLine)) {
        lines.push('<details><summary>Full message</summary>', '', '```text', message.replace(/```/g, '`\u200b``'), '```', '', '</details>', '');
    }
    return lines.join('\n');
}


/***/ }),

/***/ 55139:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PC: () => (/* binding */ relativeEvidencePath),
/* harmony export */   Uc: () => (/* binding */ deployAndRecord),
/* harmony export */   Uv: () => (/* binding */ packageEnvironment),
/* harmony export */   Yq: () => (/* binding */ localDeploymentRecord),
/* harmony export */   kW: () => (/* binding */ deployPackage)
/* harmony export */ });
/* harmony import */ var _contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3001);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11549);
/* harmony import */ var _promote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98822);
/* harmony import */ var _release_manifest_env_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43092);
// deploy: hands the promoted refs, and only those, to the caller's deploy command. The package is
// verified again right before, so what is deployed is exactly what acceptance tested.





/** The environment a deploy, acceptance or verification command gets: the promoted package (and SHIPGATE_RELEASE_MANIFEST, see release-manifest-env.ts). */
function packageEnvironment(sha, packageDigest, refs) {
    return { SHIPGATE_SHA: sha, SHIPGATE_PACKAGE_DIGEST: packageDigest, SHIPGATE_REFS: JSON.stringify(refs) };
}
async function deployPackage(input, ports) {
    const promoted = await (0,_promote_js__WEBPACK_IMPORTED_MODULE_3__/* .promote */ .p)({ sha: input.sha, filesRoot: input.workspace }, ports);
    const packageDigest = promoted.manifest.digest;
    ports.logger.info(`Deploying ${packageDigest}: ${input.command}`);
    const result = await ports.logger.group(`deploy: ${input.command}`, () => (0,_release_manifest_env_js__WEBPACK_IMPORTED_MODULE_4__/* .withManifestFile */ .u)(promoted.manifest, (manifestEnvironment) => ports.exec.shell(input.command, {
        cwd: input.workspace,
        env: { ...packageEnvironment(input.sha, packageDigest, promoted.refs), ...manifestEnvironment, ...input.extraEnvironment },
        echo: true,
    })));
    if (result.exitCode !== 0) {
        // The command's own output is in the log (echoed, masked by the runner); it stays out of this
        // message because the message is recorded in the deployment evidence, and a deploy's error
        // output is where a token ends up.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`deploy: '${input.command}' failed with exit code ${result.exitCode}; its output is in the log above`);
    }
    return { packageDigest, refs: promoted.refs };
}
/**
 * A deploy outside deploy-gate (`shipgate pipeline`), recorded the same way: a deployment record
 * that says deployed, or failed with the command's exit code, so that the release decision reads
 * what happened instead of assuming it.
 */
async function deployAndRecord(input, ports) {
    const { store, clock } = ports;
    const decidedAt = clock.now().toISOString();
    const manifest = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_2__/* .requireValid */ .AK)(await store.read('release-package', input.sha));
    const acceptance = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_2__/* .requireValid */ .AK)(await store.read('acceptance', input.sha));
    const record = localDeploymentRecord({
        sha: input.sha,
        packageDigest: manifest.value.digest,
        environment: input.environment,
        replay: input.replay ?? false,
        order: 'commit',
        decidedAt,
        evidence: [
            { kind: 'release-package', path: relativeEvidencePath(store, manifest.path), digest: manifest.value.digest },
            { kind: 'acceptance', path: relativeEvidencePath(store, acceptance.path), digest: acceptance.digest },
        ],
    });
    let deployed;
    try {
        deployed = await deployPackage(input, ports);
    }
    catch (error) {
        await store.write('deployment', input.sha, record('failed', `the deploy command failed: ${error.message}`));
        throw error;
    }
    await store.write('deployment', input.sha, record('deployed', 'deployed by the local pipeline (shipgate pipeline)', clock.now().toISOString()));
    return deployed;
}
/** The deployment record of a deploy outside deploy-gate (the local pipeline, a rollback): the outcome is filled in when it is known. */
function localDeploymentRecord(fields) {
    return (outcome, reason, deployedAt) => ({
        schema: _contracts_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .DEPLOYMENT_SCHEMA */ .s$,
        ...fields,
        outcome,
        previous: null,
        superseded: [],
        // The reason may carry a command's message; the record stays readable.
        reason: reason.slice(0, 2000),
        ...(deployedAt ? { deployedAt } : {}),
        runId: 'local',
    });
}
/** A path as recorded in evidence links: relative to the artifacts folder. */
function relativeEvidencePath(store, path) {
    const prefix = `${store.location.replace(/\/+$/, '')}/`;
    return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}


/***/ }),

/***/ 8787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ resolveInside),
/* harmony export */   h: () => (/* binding */ fileDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
// The sha256 and size of a file, read as a stream so that a large package never sits in memory.




async function fileDigest(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}
/** Resolves a path the user gave inside a root folder, refusing anything that leaves it. */
function resolveInside(root, path, what) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, path);
    const fromRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root), absolute);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(path) || fromRoot.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(fromRoot)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${what}: '${path}' is outside ${root}; give a path relative to the repository root`);
    }
    return absolute;
}


/***/ }),

/***/ 98822:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ promote)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _contracts_release_package_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28420);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11549);
/* harmony import */ var _file_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8787);
// promote: loads the exact package build-once made for a SHA and proves it is untouched: the
// contract, its own digest, the SHA, the digest pins and the files present here. Never builds.





async function promote(input, ports) {
    const read = await ports.store.read('release-package', input.sha);
    if (read.state === 'missing') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .oe(`${read.path}: missing: there is no release package for ${input.sha}; build-once must run for this SHA first (promote never builds)`, { file: read.path });
    }
    const { value: manifest, path } = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_3__/* .requireValid */ .AK)(read);
    if (manifest.sha !== input.sha) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .oe(`${path}: sha: the manifest names ${manifest.sha}, but it was loaded for ${input.sha}`, { file: path });
    }
    const checkedFiles = [];
    const absentFiles = [];
    for (const [index, component] of manifest.components.entries()) {
        if (component.kind !== 'file')
            continue;
        const where = `${path}: components[${index}]`;
        const local = (0,_file_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInside */ .L)(input.filesRoot, component.path, where);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(local);
        }
        catch {
            absentFiles.push(component.path);
            continue;
        }
        const actual = await (0,_file_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .fileDigest */ .h)(local);
        if (actual.sha256 !== component.sha256) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .oe(`${where}.sha256: ${component.path} has sha256 ${actual.sha256}, the package records ${component.sha256}; the file changed after build-once`, { file: path });
        }
        if (actual.size !== component.size) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EvidenceError */ .oe(`${where}.size: ${component.path} is ${actual.size} bytes, the package records ${component.size}`, { file: path });
        }
        checkedFiles.push(component.path);
    }
    if (absentFiles.length > 0)
        ports.logger.info(`Not present here, so not checked: ${absentFiles.join(', ')}`);
    ports.logger.info(`Promoting ${manifest.digest} (${manifest.components.length} components, runtime ${manifest.runtime.mode}).`);
    return { manifest, path, refs: (0,_contracts_release_package_js__WEBPACK_IMPORTED_MODULE_1__/* .componentRefs */ .CR)(manifest), checkedFiles, absentFiles };
}


/***/ }),

/***/ 43092:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ withManifestFile)
});

// UNUSED EXPORTS: RELEASE_MANIFEST_VARIABLE

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/contracts/release-package.js
var release_package = __webpack_require__(28420);
// EXTERNAL MODULE: ./build/evidence/atomic-file.js
var atomic_file = __webpack_require__(33910);
;// CONCATENATED MODULE: ./build/stages/release-manifest-file.js
// The release section of a sealed package as one JSON file for deploy commands
// (SHIPGATE_RELEASE_MANIFEST): every repository at a SHA, every image pinned, migrations in order.
// A v1 package gives the same shape from its v1 fields.



const RELEASE_MANIFEST_FILE_SCHEMA = 'shipgate.release-manifest-file/v1';
/** Writes the file whole or not at all, and returns its path. */
async function writeReleaseManifestFile(manifest, folder) {
    const path = (0,external_node_path_.join)(folder, `release-manifest-${manifest.sha}.json`);
    await (0,atomic_file/* writeFileAtomic */.Zf)(path, `${JSON.stringify(releaseManifestDocument(manifest), null, 2)}\n`);
    return path;
}
function releaseManifestDocument(manifest) {
    const images = {};
    for (const component of manifest.components)
        if (component.kind === 'image')
            images[component.name] = component.ref;
    const common = {
        schema: RELEASE_MANIFEST_FILE_SCHEMA,
        sha: manifest.sha,
        packageDigest: manifest.digest,
        packageSchema: manifest.schema,
        releaseId: manifest.release.id ?? null,
        description: manifest.release.description ?? null,
        commits: manifest.release.commits,
        featureFlags: manifest.release.featureFlags,
        components: manifest.components,
    };
    if (manifest.schema === release_package/* RELEASE_PACKAGE_SCHEMA_V1 */.j0) {
        return { ...common, resolutions: [], images, migrations: v1Migrations(manifest.release.migrations, manifest.repository) };
    }
    for (const [name, ref] of Object.entries(manifest.release.images))
        images[name] ??= ref;
    return { ...common, resolutions: manifest.release.resolutions, images, migrations: manifest.release.migrations };
}
/** v1's flat list: consecutive migrations of one repository (the package's, when none is named) are one entry. */
function v1Migrations(migrations, packageRepository) {
    const grouped = [];
    for (const { id, repository = packageRepository, description } of migrations) {
        const revision = description === undefined ? { id } : { id, description };
        const last = grouped.at(-1);
        if (last && last.repository === repository)
            last.revisions.push(revision);
        else
            grouped.push({ repository, kind: 'revisions', revisions: [revision] });
    }
    return grouped;
}

;// CONCATENATED MODULE: ./build/stages/release-manifest-env.js
// SHIPGATE_RELEASE_MANIFEST: deploy commands get the sealed package's release as a JSON file
// (release-manifest-file.ts: commits per repository at their SHAs, pinned images, migrations in
// order, feature flags, components, the package digest; the same shape from a v1 package), beside
// SHIPGATE_SHA, SHIPGATE_PACKAGE_DIGEST and SHIPGATE_REFS. It lives in a private temporary folder,
// removed when the command is done: a command that edits it changes nothing in the evidence.




const RELEASE_MANIFEST_VARIABLE = 'SHIPGATE_RELEASE_MANIFEST';
/** Runs work with { SHIPGATE_RELEASE_MANIFEST: <file> } holding the manifest; the file is gone afterwards. */
async function withManifestFile(manifest, work) {
    // RUNNER_TEMP is emptied by the runner after every job; tmpdir() off a runner.
    const folder = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'shipgate-release-'));
    try {
        return await work({ [RELEASE_MANIFEST_VARIABLE]: await writeReleaseManifestFile(manifest, folder) });
    }
    finally {
        await (0,promises_.rm)(folder, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 32418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PF: () => (/* binding */ checksNotPassed),
/* harmony export */   db: () => (/* binding */ productionVerdict),
/* harmony export */   uY: () => (/* binding */ commitStageContradictions),
/* harmony export */   ze: () => (/* binding */ acceptanceVerdict)
/* harmony export */ });
/* unused harmony export PASSING_CONCLUSION */
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13021);

/**
 * NO when a required check failed, or when there is no check at all. A check skipped for the
 * release's scope (a runtime check on a docs-only release) does not fail acceptance.
 */
function acceptanceVerdict(checks) {
    const requiredFailed = checks.some((check) => check.required && check.status === 'fail');
    return {
        decision: requiredFailed || checks.length === 0 ? 'NO' : 'YES',
        degraded: checks.some((check) => !check.required && check.status === 'fail'),
    };
}
/** fail when a required check did not pass, or when nothing passed: verification that verified nothing is not a pass. */
function productionVerdict(checks) {
    const failed = checks.some((check) => check.required && check.status !== 'pass') || !checks.some((check) => check.status === 'pass');
    return {
        verdict: failed ? 'fail' : 'pass',
        degraded: checks.some((check) => !check.required && check.status !== 'pass'),
    };
}
const PASSING_CONCLUSION = 'success';
/**
 * Why commit-stage evidence that says `passed: true` does not prove it: the check did not conclude
 * success, it was taken on another SHA without a pull request to explain it, or docs drift that was
 * configured to fail was found. Empty when `passed` follows from the evidence.
 */
function commitStageContradictions(evidence) {
    if (!evidence.passed)
        return [];
    const problems = [];
    const { check } = evidence;
    if (check.conclusion !== PASSING_CONCLUSION) {
        problems.push({ field: 'check.conclusion', message: `is '${check.conclusion}', but passed is true: only a check that concluded ${PASSING_CONCLUSION} passes` });
    }
    if (check.via === 'pull-request-head') {
        if (check.pullRequest === null) {
            problems.push({ field: 'check.pullRequest', message: 'is null, but the check was taken from a pull request head: the pull request that links it to this SHA is not named' });
        }
    }
    else if (check.checkedSha !== evidence.sha) {
        problems.push({ field: 'check.checkedSha', message: `is ${check.checkedSha}, not this SHA ${evidence.sha}: a check of another commit proves nothing about this one` });
    }
    if (evidence.drift.mode === 'fail' && evidence.drift.findings.length > 0) {
        problems.push({ field: 'drift.findings', message: `holds ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(evidence.drift.findings.length, 'finding')} with drift mode fail, but passed is true` });
    }
    return problems;
}
/** Names of checks of one kind (required or optional) that did not pass, for a reason. */
function checksNotPassed(checks, required, statuses = ['fail', 'skipped']) {
    const names = checks.filter((check) => check.required === required && statuses.includes(check.status)).map((check) => `${check.name} (${check.status})`);
    return names.length === 0 ? '' : `${required ? 'required' : 'optional'} checks not passed: ${names.join(', ')}`;
}


/***/ })

};
