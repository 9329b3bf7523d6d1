export const id = 7920;
export const ids = [7920,8959];
export const modules = {

/***/ 7920:
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
// EXTERNAL MODULE: ./build/config/shipgate-config.js + 4 modules
var shipgate_config = __webpack_require__(33210);
// EXTERNAL MODULE: ./build/contracts/common.js
var common = __webpack_require__(36291);
// EXTERNAL MODULE: ./build/evidence/local-store.js + 1 modules
var local_store = __webpack_require__(7982);
// EXTERNAL MODULE: ./build/platform/action.js
var action = __webpack_require__(77582);
// EXTERNAL MODULE: ./build/platform/run-environment.js
var run_environment = __webpack_require__(48959);
// EXTERNAL MODULE: ./build/contracts/acceptance-result.js
var acceptance_result = __webpack_require__(50723);
// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(41854);
// EXTERNAL MODULE: ./build/contracts/index.js
var contracts = __webpack_require__(11920);
// EXTERNAL MODULE: ./build/platform/logger.js
var platform_logger = __webpack_require__(38660);
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
    const seen = `HTTP ${response.status} in ${elapsed} ms`;
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
        return `no response within ${Math.round(timeoutMs)} ms`;
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
            stoppedBy = `the ${check.timeoutSeconds} s deadline passed`;
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
            stoppedBy = `the ${check.timeoutSeconds} s deadline passed`;
            break;
        }
        await ports.clock.sleep(backoff);
    }
    return { status: 'fail', attempts, reason: `${last.reason} (after ${attempts} attempt(s): ${stoppedBy})`, detail: last.detail };
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

// EXTERNAL MODULE: ./build/stages/deploy.js
var deploy = __webpack_require__(55139);
// EXTERNAL MODULE: ./build/stages/promote.js
var promote = __webpack_require__(98822);
// EXTERNAL MODULE: ./build/stages/verdicts.js
var verdicts = __webpack_require__(32418);
;// CONCATENATED MODULE: ./build/stages/acceptance.js












const ACCEPTANCE_STAGE = 'acceptance';
/** Where a contract lives relative to the artifacts folder, as evidence links name it. */
function artifactPath(kind, sha) {
    return `${contracts/* contracts */.Mh[kind].kind}/${sha}/${contracts/* contracts */.Mh[kind].file}`;
}
const EVERYTHING = { runtimeChanged: true, infraChanged: true, docsChanged: true };
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
async function runAcceptance(input, ports) {
    const { logger, clock } = ports;
    const startedAt = clock.now();
    // Exactly promote's verification: a missing, invalid or tampered package is an EvidenceError here.
    const promoted = await (0,promote/* promote */.p)({ sha: input.sha, filesRoot: input.filesRoot }, { store: ports.store, logger });
    const { manifest } = promoted;
    const evidence = [{ kind: 'release-package', path: artifactPath('release-package', input.sha), digest: (0,canonical/* digestOf */.ol)(manifest) }];
    const blockers = [];
    if (input.expectedPackageDigest !== undefined && input.expectedPackageDigest !== manifest.digest) {
        blockers.push({
            name: 'package digest',
            reason: `the package-digest input is ${input.expectedPackageDigest}, but ${promoted.path} has ${manifest.digest}: refusing to test a package other than the one asked for`,
        });
    }
    const scopeSource = await resolveScope(input, ports);
    if (scopeSource.blocker)
        blockers.push(scopeSource.blocker);
    if (scopeSource.link)
        evidence.push(scopeSource.link);
    if (input.config.checks.length === 0) {
        blockers.push({ name: 'acceptance checks', reason: `${input.configPath}: acceptance.checks: no checks configured, so nothing was accepted` });
    }
    const masker = secretMasker(input.environment, logger);
    let checks;
    if (blockers.length > 0) {
        const why = `not run: ${blockers.map((blocker) => blocker.name).join(' and ')} failed`;
        for (const blocker of blockers)
            logger.error(`${blocker.name}: ${masker.mask(blocker.reason)}`);
        checks = [
            ...blockers.map((blocker) => ({ name: blocker.name, type: 'evidence', required: true, status: 'fail', reason: masker.mask(blocker.reason), attempts: 0, durationMs: 0 })),
            ...input.config.checks.map((check) => skipped(check, why)),
        ];
    }
    else {
        checks = await runChecks(input, ports, { scope: scopeSource.scope, masker, refs: promoted.refs, packageDigest: manifest.digest });
    }
    const requiredFailed = checks.filter((check) => check.required && check.status === 'fail');
    const optionalFailed = checks.filter((check) => !check.required && check.status === 'fail');
    const verdict = (0,verdicts/* acceptanceVerdict */.ze)(checks);
    const result = {
        schema: acceptance_result/* ACCEPTANCE_RESULT_SCHEMA */.y,
        sha: input.sha,
        packageDigest: manifest.digest,
        decision: verdict.decision,
        degraded: verdict.degraded,
        scope: scopeSource.scope,
        startedAt: startedAt.toISOString(),
        finishedAt: clock.now().toISOString(),
        checks,
        evidence,
    };
    const written = await ports.store.write('acceptance', input.sha, result);
    const passed = checks.filter((check) => check.status === 'pass').length;
    const skippedCount = checks.filter((check) => check.status === 'skipped').length;
    logger.info(`Acceptance ${result.decision}${result.degraded ? ' (degraded)' : ''} for ${manifest.digest}: ${passed} passed, ${requiredFailed.length + optionalFailed.length} failed, ${skippedCount} skipped. Result: ${written.path}`);
    return { result, path: written.path };
}
async function runChecks(input, ports, run) {
    const { logger, clock } = ports;
    const selected = input.config.checks.filter((check) => scopeSkipReason(check, run.scope) === undefined);
    const shipgateEnv = (0,deploy/* packageEnvironment */.Uv)(input.sha, run.packageDigest, run.refs);
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
        const line = `${outcome.status === 'pass' ? '✔' : '✘'} ${check.name}: ${outcome.status}${outcome.reason ? `: ${outcome.reason}` : ''} (${outcome.attempts} attempt(s), ${durationMs} ms)`;
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
            // A setup that failed on its own explains failed checks: show what it said.
            if (exit && exit.signal === null && exit.code !== 0)
                logger.warning(`${message} Its output:\n${run.masker.mask(setup.output().slice(-2000))}`);
            else
                logger.info(message);
        }
    }
    const byName = new Map(ran.map((outcome) => [outcome.name, outcome]));
    return input.config.checks.map((check) => byName.get(check.name) ?? skipped(check, scopeSkipReason(check, run.scope)));
}

// EXTERNAL MODULE: ./build/actions/common-inputs.js
var common_inputs = __webpack_require__(20877);
;// CONCATENATED MODULE: ./build/actions/acceptance.js
// The acceptance action: inputs -> runAcceptance -> decision, result-path, degraded and a job summary.








const ACCEPTANCE_INPUTS = {
    sha: 'sha',
    artifactsDir: 'artifacts-dir',
    config: 'config',
    scope: 'scope',
    packageDigest: 'package-digest',
    filesRoot: 'files-root',
    failOnNo: 'fail-on-no',
};
const ACCEPTANCE_OUTPUTS = {
    decision: 'decision',
    resultPath: 'result-path',
    degraded: 'degraded',
};
const scopeJson = schemas/* string */.YjP()
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
const settings = schemas/* object */.Ikc({
    [ACCEPTANCE_INPUTS.sha]: action/* inputs */.QL.sha(),
    [ACCEPTANCE_INPUTS.artifactsDir]: action/* inputs */.QL.text(),
    [ACCEPTANCE_INPUTS.config]: action/* inputs */.QL.text(),
    [ACCEPTANCE_INPUTS.scope]: scopeJson,
    [ACCEPTANCE_INPUTS.packageDigest]: common/* digest */.br.optional(),
    [ACCEPTANCE_INPUTS.filesRoot]: action/* inputs */.QL.text(),
    [ACCEPTANCE_INPUTS.failOnNo]: action/* inputs */.QL.boolean(true),
})
    .transform((raw) => ({
    sha: raw.sha,
    artifactsDir: raw['artifacts-dir'] ?? local_store/* DEFAULT_ARTIFACTS_DIR */.qx,
    config: raw.config,
    scope: raw.scope,
    packageDigest: raw['package-digest'],
    filesRoot: raw['files-root'] ?? '.',
    failOnNo: raw['fail-on-no'],
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
    },
    outputs: {
        [ACCEPTANCE_OUTPUTS.decision]: { description: 'YES or NO.' },
        [ACCEPTANCE_OUTPUTS.resultPath]: { description: 'The path of acceptance/<sha>/result.json.' },
        [ACCEPTANCE_OUTPUTS.degraded]: { description: 'true when an optional check failed (release-decision then says partial_success), else false.' },
    },
    settings,
    timing: (given, context) => ({ store: context.openStore(given.artifactsDir), sha: (0,run_environment/* resolveSha */.vc)(given.sha, context.environment) }),
    async run(given, context) {
        const sha = (0,run_environment/* resolveSha */.vc)(given.sha, context.environment);
        const { config, path: configPath } = await (0,shipgate_config.loadConfig)(given.config);
        const { result, path } = await runAcceptance({
            sha,
            config: config.acceptance,
            configPath,
            scope: given.scope,
            expectedPackageDigest: given.packageDigest,
            filesRoot: given.filesRoot,
            workspace: context.environment.workspace,
            environment: process.env,
        }, { store: context.openStore(given.artifactsDir), exec: context.exec, clock: context.clock, logger: context.logger });
        const failedRequired = result.checks.filter((check) => check.required && check.status === 'fail');
        return {
            outputs: {
                [ACCEPTANCE_OUTPUTS.decision]: result.decision,
                [ACCEPTANCE_OUTPUTS.resultPath]: path,
                [ACCEPTANCE_OUTPUTS.degraded]: String(result.degraded),
            },
            summary: acceptanceSummary(result, path),
            outcome: result.decision === 'NO' ? 'no' : 'success',
            failure: result.decision === 'NO' && given.failOnNo
                ? { message: `acceptance is NO for ${sha}: ${failedRequired.map((check) => `${check.name}: ${check.reason ?? check.status}`).join('; ')}`, file: path }
                : undefined,
        };
    },
});
// Markdown tables break on a pipe or a newline inside a cell.
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** The job summary: the answer, the package, and every check with why it ended as it did. */
function acceptanceSummary(result, path) {
    const icon = { pass: '✅', fail: '❌', skipped: '⏭️' };
    return [
        `### acceptance: ${result.decision === 'YES' ? '✅' : '❌'} ${result.decision}${result.degraded ? ' (degraded: an optional check failed)' : ''}`,
        '',
        `Package \`${result.packageDigest}\` for \`${result.sha}\`; scope: ${['runtime', 'infra', 'docs'].map((name) => `${name} ${result.scope[`${name}Changed`] ? 'changed' : 'unchanged'}`).join(', ')}.`,
        '',
        '| check | type | required | status | attempts | duration | reason / detail |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...result.checks.map((check) => `| ${cell(check.name)} | ${check.type} | ${check.required ? 'yes' : 'no'} | ${icon[check.status]} ${check.status} | ${check.attempts} | ${check.durationMs} ms | ${cell(check.reason ?? check.detail?.split('\n')[0] ?? '')} |`),
        '',
        `Result: \`${path}\``,
        '',
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

/***/ 38660:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ ConsoleLogger),
/* harmony export */   M2: () => (/* binding */ SecretMasker),
/* harmony export */   p$: () => (/* binding */ smtpCredentialForms),
/* harmony export */   rQ: () => (/* binding */ logFormatOf)
/* harmony export */ });
/* unused harmony exports jsonLogLine, secretForms, RunnerLogger, RecordingLogger */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32854);
// The Logger seam: stages log through it; the action writes annotations, the command writes to
// stderr, tests record. Every implementation masks the secrets it was given. Structured events
// (logger.event) are written only in the JSON log format, one object per line.

/** The log format an environment asks for: SHIPGATE_LOG_FORMAT=json, else text (anything else is refused by whoever reads the flag). */
function logFormatOf(env) {
    return env.SHIPGATE_LOG_FORMAT?.trim().toLowerCase() === 'json' ? 'json' : 'text';
}
/**
 * One JSON line: the fields given (undefined left out), every string masked before it is
 * serialised (the masker knows each secret's JSON-escaped, URL and base64 forms), and the line
 * masked once more as written.
 */
function jsonLogLine(masker, fields) {
    const masked = Object.fromEntries(Object.entries(fields)
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => [name, typeof value === 'string' ? masker.mask(value) : value]));
    return masker.mask(JSON.stringify(masked));
}
function eventLine(masker, name, fields) {
    return jsonLogLine(masker, { event: name, time: new Date().toISOString(), ...fields });
}
/** Shorter secrets are not masked: masking every "ab" would garble the log and hide nothing. */
const MIN_SECRET_LENGTH = 3;
/** A base64 fragment shorter than this could turn up by chance; the whole encodings are kept at any length. */
const MIN_FRAGMENT_LENGTH = 8;
function urlSafe(base64) {
    return base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
/** base64 of a text, standard and URL-safe, each with and without its padding. */
function base64Forms(text) {
    const base64 = Buffer.from(text, 'utf8').toString('base64');
    const padding = base64.slice(base64.replace(/=+$/, '').length);
    return [base64, base64.slice(0, base64.length - padding.length), urlSafe(base64), `${urlSafe(base64)}${padding}`];
}
/**
 * The part of base64(prefix + value + suffix) that depends on the value alone, for a prefix of
 * `shift` bytes (0, 1 or 2 modulo 3): the characters that also carry bits of the prefix or the
 * suffix are cut off. This is how a secret looks inside a longer encoded string, such as a basic
 * auth header or a SASL blob, whatever surrounds it.
 */
function base64Fragment(bytes, shift) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64').replace(/=+$/, '');
    const head = [0, 2, 3][shift];
    const tail = [0, 1, 1][(shift + bytes.length) % 3];
    return encoded.slice(head, encoded.length - tail);
}
/**
 * Every form a secret takes in what shipgate writes or a server echoes: itself, JSON-escaped,
 * URL-encoded (encodeURIComponent and form encoding), base64 (standard and URL-safe, padded or
 * not) and the value's base64 inside a longer base64 string at each of the three alignments.
 * Longest first; none when the value is too short to mask. SecretMasker and the runner's
 * add-mask both take their forms from here.
 */
function secretForms(value) {
    if (value.length < MIN_SECRET_LENGTH)
        return [];
    const bytes = Buffer.from(value, 'utf8');
    // encodeURIComponent refuses a lone surrogate; every encoder writes one as U+FFFD, and so does URLSearchParams.
    const wellFormed = value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
    const forms = new Set([value, JSON.stringify(value).slice(1, -1), encodeURIComponent(wellFormed), new URLSearchParams({ v: value }).toString().slice(2), ...base64Forms(value)]);
    for (const shift of [0, 1, 2]) {
        const fragment = base64Fragment(bytes, shift);
        if (fragment.length < MIN_FRAGMENT_LENGTH)
            continue;
        forms.add(fragment);
        forms.add(urlSafe(fragment));
    }
    return [...forms].filter((form) => form.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}
/**
 * What SMTP authentication puts on the wire for a username and password, each a secret of its
 * own (register every one; its encodings come with it): AUTH PLAIN's base64 of
 * `authzid\0user\0password` with an empty authzid, the user as authzid, or neither, in standard
 * and URL-safe base64, and AUTH LOGIN's base64 of the username and of the password.
 */
function smtpCredentialForms(username, password) {
    const forms = new Set([password, ...base64Forms(password)]);
    if (username) {
        for (const sent of [username, `\0${username}\0${password}`, `${username}\0${username}\0${password}`, `${username}\0${password}`]) {
            for (const form of base64Forms(sent))
                forms.add(form);
        }
    }
    return [...forms];
}
/**
 * Replaces every registered secret, in all its forms, in a text; used for anything written out,
 * not only logs. Every character any form covers is masked, whatever the order the forms were
 * added in: a shorter form masked first cannot leave the rest of a longer one readable.
 */
class SecretMasker {
    forms = new Set();
    add(value) {
        for (const form of secretForms(value))
            this.forms.add(form);
    }
    mask(text) {
        let covered;
        for (const form of this.forms) {
            for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1))
                (covered ??= new Uint8Array(text.length)).fill(1, at, at + form.length);
        }
        if (!covered)
            return text;
        let masked = '';
        for (let index = 0; index < text.length;) {
            const start = index;
            const hidden = covered[index];
            while (index < text.length && covered[index] === hidden)
                index++;
            masked += hidden ? '***' : text.slice(start, index);
        }
        return masked;
    }
}
/** Logs as a GitHub Actions step: annotations for warnings and errors, add-mask for secrets. */
class RunnerLogger {
    format;
    masker = new SecretMasker();
    /** Forms already sent to the runner: secrets overlap (a password and its AUTH blobs), the commands need not. */
    registered = new Set();
    /**
     * json: events and info lines are JSON objects on stdout, one a line; warnings and errors stay
     * workflow commands (::warning::, ::error::), which the runner turns into annotations and does
     * not show as such, and are also written as a JSON log line so a reader of the log sees them.
     */
    constructor(format = 'text') {
        this.format = format;
    }
    event(name, fields) {
        if (this.format === 'json')
            process.stdout.write(`${eventLine(this.masker, name, fields)}\n`);
    }
    info(message) {
        process.stdout.write(`${this.format === 'json' ? jsonLogLine(this.masker, { event: 'log', level: 'info', message }) : this.masker.mask(message)}\n`);
    }
    warning(message, location = {}) {
        this.jsonEcho('warning', message, location);
        annotate('warning', this.masker.mask(message), { file: location.file, startLine: location.line, title: location.title });
    }
    error(message, location = {}) {
        this.jsonEcho('error', message, location);
        annotate('error', this.masker.mask(message), { file: location.file, startLine: location.line, title: location.title });
    }
    jsonEcho(level, message, location) {
        if (this.format === 'json')
            process.stdout.write(`${jsonLogLine(this.masker, { event: 'log', level, message, file: location.file, line: location.line })}\n`);
    }
    debug(message) {
        if (process.env.RUNNER_DEBUG === '1')
            issueCommand('debug', {}, this.masker.mask(message));
    }
    secret(value) {
        this.masker.add(value);
        // The runner masks only what it was told, from the next line on: every form, before first use;
        // the value itself first, as the runner's own add-mask of an input would be.
        const forms = secretForms(value);
        for (const form of forms.includes(value) ? [value, ...forms.filter((other) => other !== value)] : forms) {
            if (this.registered.has(form))
                continue;
            this.registered.add(form);
            maskSecret(form);
        }
    }
}
/** Logs for a person at a terminal: plain lines on stderr, so stdout stays for results. */
class ConsoleLogger {
    verbose;
    write;
    format;
    masker = new SecretMasker();
    constructor(verbose = false, write = (line) => process.stderr.write(`${line}\n`), 
    /** json: every line on the log stream (stderr) is a JSON object, events included; stdout keeps the results. */
    format = 'text') {
        this.verbose = verbose;
        this.write = write;
        this.format = format;
    }
    event(name, fields) {
        if (this.format === 'json')
            this.write(eventLine(this.masker, name, fields));
    }
    info(message) {
        this.line('info', message);
    }
    warning(message, location = {}) {
        this.line('warning', message, location);
    }
    error(message, location = {}) {
        this.line('error', message, location);
    }
    debug(message) {
        if (this.verbose)
            this.line('debug', message);
    }
    line(level, message, location = {}) {
        if (this.format === 'json')
            this.write(jsonLogLine(this.masker, { event: 'log', level, message, file: location.file, line: location.line }));
        else
            this.write(`${level === 'info' ? '' : `${level}: `}${this.where(location)}${this.masker.mask(message)}`);
    }
    secret(value) {
        this.masker.add(value);
    }
    where(location) {
        if (!location.file)
            return '';
        return location.line ? `${location.file}:${location.line}: ` : `${location.file}: `;
    }
}
/** Keeps every entry, masked, for tests to read back. */
class RecordingLogger {
    entries = [];
    /** Each event as the JSON log format writes it, masked. */
    events = [];
    masker = new SecretMasker();
    event(name, fields) {
        this.events.push(eventLine(this.masker, name, fields));
    }
    info(message) {
        this.entries.push({ level: 'info', message: this.masker.mask(message) });
    }
    warning(message, location) {
        this.entries.push({ level: 'warning', message: this.masker.mask(message), location });
    }
    error(message, location) {
        this.entries.push({ level: 'error', message: this.masker.mask(message), location });
    }
    debug(message) {
        this.entries.push({ level: 'debug', message: this.masker.mask(message) });
    }
    secret(value) {
        this.masker.add(value);
    }
    text() {
        return this.entries.map((entry) => `${entry.level}: ${entry.message}`).join('\n');
    }
}


/***/ }),

/***/ 48959:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ resolveRepository),
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   Sf: () => (/* binding */ runEnvironmentFromEnv),
/* harmony export */   vc: () => (/* binding */ resolveSha)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
// What a stage knows about the run it is part of: the GITHUB_* variables on a runner, the local
// git checkout when run by the `shipgate` command.


function runEnvironmentFromEnv(env = process.env, mode = 'github') {
    return {
        sha: env.GITHUB_SHA || undefined,
        repository: env.GITHUB_REPOSITORY || undefined,
        workflow: env.GITHUB_WORKFLOW || 'local',
        runId: env.GITHUB_RUN_ID || 'local',
        runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
        eventName: env.GITHUB_EVENT_NAME || 'local',
        ref: env.GITHUB_REF || '',
        eventPath: env.GITHUB_EVENT_PATH || undefined,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        mode,
    };
}
/** The webhook payload of the event that started the run, or undefined when there is none. */
function readEventPayload(environment) {
    if (!environment.eventPath)
        return undefined;
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(environment.eventPath, 'utf8'));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`GITHUB_EVENT_PATH ${environment.eventPath}: cannot read the event payload (${error.message})`);
    }
}
/** The SHA an input gave, else the run's; an error that says how to give one when neither is known. */
function resolveSha(given, environment) {
    const sha = given ?? environment.sha;
    if (!sha)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("input 'sha': not given and GITHUB_SHA is not set; pass the commit SHA to release");
    return sha;
}
function resolveRepository(environment) {
    if (!environment.repository) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('GITHUB_REPOSITORY is not set; run inside GitHub Actions or set GITHUB_REPOSITORY=owner/name');
    }
    return environment.repository;
}


/***/ }),

/***/ 32854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WW: () => (/* binding */ setRunnerOutput)
/* harmony export */ });
/* unused harmony exports getRunnerInput, issueCommand, annotate, maskSecret, appendStepSummary */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
// The runner's side of the GitHub Actions protocol: inputs from INPUT_* variables, outputs and the
// job summary through the files the runner names, and workflow commands for annotations and masks.
// @actions/core does the same but loads its OIDC client (undici) eagerly, which doubles the start
// time of every action (bench/startup); this module keeps to the documented protocol only.



/** The raw value of an input as the runner passes it: trimmed, '' when not given. */
function getRunnerInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Writes one workflow command (`::name key=value::message`) to stdout. */
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function annotate(level, message, properties = {}) {
    issueCommand(level, { title: properties.title, file: properties.file, line: properties.startLine }, message);
}
function maskSecret(value) {
    for (const line of value.split(/\r?\n/))
        if (line.trim() !== '')
            issueCommand('add-mask', {}, line);
}
/** Appends `name<<delimiter` blocks to $GITHUB_OUTPUT, the runner's multi-line-safe format. */
function setRunnerOutput(name, value, env = process.env) {
    const file = env.GITHUB_OUTPUT;
    if (!file) {
        issueCommand('set-output', { name }, value);
        return;
    }
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('bug: output collides with its delimiter');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
}
function appendStepSummary(markdown, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (file)
        appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
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
        problems.push({ field: 'drift.findings', message: `holds ${evidence.drift.findings.length} finding(s) with drift mode fail, but passed is true` });
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
