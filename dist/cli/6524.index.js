export const id = 6524;
export const ids = [6524];
export const modules = {

/***/ 75669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ signalGroup),
/* harmony export */   x: () => (/* binding */ groupAlive)
/* harmony export */ });
// Process groups: a command started detached leads a group of its own, so that it and everything it
// started can be signalled, and waited for, as one.
/** Whether any process of the group led by pid is still there (EPERM: there, but not ours to signal). */
function groupAlive(pid) {
    try {
        process.kill(-pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** Sends signal to every process of the group led by pid; nothing when the group is gone. */
function signalGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // ESRCH: already gone.
    }
}


/***/ }),

/***/ 6524:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  acceptanceConfigFor: () => (/* binding */ acceptanceConfigFor),
  runAcceptance: () => (/* binding */ runAcceptance)
});

// UNUSED EXPORTS: ACCEPTANCE_STAGE

// EXTERNAL MODULE: ./build/config/acceptance-config.js
var acceptance_config = __webpack_require__(50979);
// EXTERNAL MODULE: ./build/contracts/acceptance-result.js
var acceptance_result = __webpack_require__(50723);
// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(41854);
// EXTERNAL MODULE: ./build/contracts/index.js
var contracts = __webpack_require__(11920);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/evidence/scoped-store.js
var scoped_store = __webpack_require__(46174);
// EXTERNAL MODULE: ./build/platform/logger.js
var platform_logger = __webpack_require__(38660);
// EXTERNAL MODULE: ./build/platform/markdown.js
var markdown = __webpack_require__(13021);
// EXTERNAL MODULE: ./build/stages/acceptance-shards.js
var acceptance_shards = __webpack_require__(78205);
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
// EXTERNAL MODULE: ./build/platform/process-group.js
var process_group = __webpack_require__(75669);
;// CONCATENATED MODULE: ./build/stages/checks/setup-process.js
// The acceptance `setup` command: started in the background in its own process group, so that
// stopping it stops everything it started (a server it ran with `&` included). If shipgate itself
// exits or is interrupted first, the group is killed on the way out.



const OUTPUT_KEPT = 16 * 1024;
const POLL_MS = 50;
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
    const killOnExit = () => (0,process_group/* signalGroup */.i)(pid, 'SIGKILL');
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
            (0,process_group/* signalGroup */.i)(pid, 'SIGTERM');
            const until = Date.now() + graceMs;
            while ((0,process_group/* groupAlive */.x)(pid) && Date.now() < until)
                await (0,promises_.setTimeout)(POLL_MS);
            if ((0,process_group/* groupAlive */.x)(pid)) {
                (0,process_group/* signalGroup */.i)(pid, 'SIGKILL');
                while ((0,process_group/* groupAlive */.x)(pid))
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

// EXTERNAL MODULE: ./build/stages/deploy.js
var deploy = __webpack_require__(55139);
// EXTERNAL MODULE: ./build/stages/release-manifest-env.js + 1 modules
var release_manifest_env = __webpack_require__(43092);
// EXTERNAL MODULE: ./build/stages/promote.js
var promote = __webpack_require__(98822);
// EXTERNAL MODULE: ./build/stages/verdicts.js
var verdicts = __webpack_require__(32418);
;// CONCATENATED MODULE: ./build/stages/acceptance.js
// acceptance: tests the promoted package for a SHA with the configured http and command checks whose
// scope the release touches, and records one YES or NO for that package (acceptance/<sha>/result.json,
// under environments/<name>/ for an environment, and …/shards/<i>-of-<n>/ for one shard's part).


















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
    const changed = (0,acceptance_config/* changedScopes */.eD)(scope);
    return changed.length > 0 ? `${changed.join(', ')} changed` : 'nothing in runtime, infra or docs changed';
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
    const promoted = await (0,promote.promote)({ sha: input.sha, filesRoot: input.filesRoot }, { store, logger });
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
            ...blockers.map((blocker) => ({ name: blocker.name, type: acceptance_shards/* EVIDENCE_CHECK_TYPE */.OQ, required: true, status: 'fail', reason: masker.mask(blocker.reason), attempts: 0, durationMs: 0 })),
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
    (0,acceptance_shards/* assertShardsFit */.rJ)(input.config.checks.length, total, { configPath: input.configPath, configField: input.configField ?? 'acceptance' });
    const checks = (0,acceptance_shards/* checksOfShard */.nA)(input.config.checks, input.shard);
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
    const selected = input.config.checks.filter((check) => (0,acceptance_config/* scopeSkipReason */.yI)(check, run.scope) === undefined);
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
            return input.config.checks.map((check) => selected.includes(check) ? { name: check.name, type: check.type, required: check.required, status: 'fail', reason, attempts: 0, durationMs: 0 } : skipped(check, (0,acceptance_config/* scopeSkipReason */.yI)(check, run.scope)));
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
    return input.config.checks.map((check) => byName.get(check.name) ?? skipped(check, (0,acceptance_config/* scopeSkipReason */.yI)(check, run.scope)));
}


/***/ })

};
