export const id = 4796;
export const ids = [4796,1670];
export const modules = {

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

/***/ 59505:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PROD_VERIFY_INPUTS: () => (/* binding */ PROD_VERIFY_INPUTS),
  PROD_VERIFY_OUTPUTS: () => (/* binding */ PROD_VERIFY_OUTPUTS),
  prodVerifyAction: () => (/* binding */ prodVerifyAction),
  prodVerifySummary: () => (/* binding */ prodVerifySummary)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./build/config/environments-config.js
var environments_config = __webpack_require__(56520);
// EXTERNAL MODULE: ./build/config/shipgate-config.js + 2 modules
var shipgate_config = __webpack_require__(87710);
// EXTERNAL MODULE: ./build/evidence/scoped-store.js
var scoped_store = __webpack_require__(46174);
// EXTERNAL MODULE: ./build/evidence/local-store.js + 1 modules
var local_store = __webpack_require__(7982);
// EXTERNAL MODULE: ./build/platform/action.js
var action = __webpack_require__(77582);
// EXTERNAL MODULE: ./build/platform/markdown.js
var markdown = __webpack_require__(13021);
// EXTERNAL MODULE: ./build/platform/run-environment.js
var run_environment = __webpack_require__(48959);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(41854);
// EXTERNAL MODULE: ./build/contracts/index.js
var contracts = __webpack_require__(11920);
// EXTERNAL MODULE: ./build/contracts/production-result.js
var production_result = __webpack_require__(67611);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/platform/logger.js
var platform_logger = __webpack_require__(38660);
// EXTERNAL MODULE: ./build/evidence/evidence-file.js
var evidence_file = __webpack_require__(35562);
// EXTERNAL MODULE: ./build/stages/checks/json-pointer.js
var json_pointer = __webpack_require__(6558);
;// CONCATENATED MODULE: ./build/stages/checks/freshness.js
// Freshness checks of production's own monitors: the auth canary's last success, and the delegated
// probe's report, which must name the SHA being released. Each reads a JSON document from a URL or
// a file and never throws for what it finds there: that is a failed check with a reason.



/** How far in the future a reported time may be before it is a wrong clock rather than skew. */
const CLOCK_SKEW_SECONDS = 60;
/** A problem with a source or its content, told as the reason of a failed check. */
class SourceProblem extends Error {
}
/** Reads and parses the JSON document a source names. */
async function readJsonSource(source, timeoutSeconds) {
    let text;
    if (source.file !== undefined) {
        try {
            text = await (0,evidence_file/* readUserTextFile */.Vf)(source.file, 'a report');
        }
        catch (error) {
            const code = error.code;
            throw new SourceProblem(`${source.file}: ${code === 'ENOENT' ? 'file not found' : (0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    else {
        const url = source.url ?? '';
        if (!/^https?:\/\//i.test(url))
            throw new SourceProblem(`${url}: not an http(s) URL`);
        let response;
        try {
            response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutSeconds * 1000) });
        }
        catch (error) {
            throw new SourceProblem(`${url}: ${fetchFailure(error, timeoutSeconds)}`);
        }
        text = await response.text();
        if (!response.ok)
            throw new SourceProblem(`${url}: answered ${response.status}`);
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new SourceProblem(`${source.file ?? source.url}: not valid JSON (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
}
/** Why a fetch did not get a response, in words: a timeout, or the cause behind "fetch failed". */
function fetchFailure(error, timeoutSeconds) {
    // Duck-typed: fetch's errors may come from another realm, where instanceof Error is false.
    const { name, message, cause } = (error ?? {});
    if (name === 'TimeoutError' || name === 'AbortError')
        return `no answer within ${timeoutSeconds} s`;
    const text = typeof message === 'string' ? message : String(error);
    const why = typeof cause?.message === 'string' && cause.message !== '' ? cause.message : typeof cause?.code === 'string' ? cause.code : undefined;
    return why ? `${text} (${why})` : text;
}
/** An RFC 3339 date-time, or epoch seconds or milliseconds; undefined for anything else. */
function parseReportedTime(value) {
    let time;
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(value))
        time = new Date(value);
    else if (typeof value === 'number' && Number.isFinite(value) && value > 0)
        time = new Date(value < 1e12 ? value * 1000 : value);
    return time && !Number.isNaN(time.getTime()) ? time : undefined;
}
function pointerValue(document, pointer, where) {
    let lookup;
    try {
        lookup = (0,json_pointer/* resolvePointer */.c)(document, pointer);
    }
    catch (error) {
        throw new SourceProblem(`${where}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    if (!lookup.found)
        throw new SourceProblem(`${where}: nothing at JSON pointer '${pointer}' (${lookup.reason})`);
    return lookup.value;
}
/** Checks that a reported time is no older than maxAgeSeconds; returns a detail for the outcome. */
function assertFresh(what, value, pointer, maxAgeSeconds, now) {
    const time = parseReportedTime(value);
    if (!time)
        throw new SourceProblem(`${what} at '${pointer}' is ${JSON.stringify(value)}, not an RFC 3339 date-time or epoch time`);
    const ageSeconds = Math.round((now.getTime() - time.getTime()) / 1000);
    if (ageSeconds < -CLOCK_SKEW_SECONDS) {
        throw new SourceProblem(`${what} ${time.toISOString()} is ${-ageSeconds} s in the future: the reporter's clock or the document is wrong`);
    }
    if (ageSeconds > maxAgeSeconds) {
        throw new SourceProblem(`${what} ${time.toISOString()} is ${ageSeconds} s old, older than maxAgeSeconds ${maxAgeSeconds}`);
    }
    return `${what} ${time.toISOString()}, ${Math.max(0, ageSeconds)} s old (max ${maxAgeSeconds} s)`;
}
async function timedCheck(base, clock, body) {
    const started = clock.now();
    const durationMs = () => Math.max(0, clock.now().getTime() - started.getTime());
    try {
        const detail = await body();
        return { ...base, status: 'pass', attempts: 1, durationMs: durationMs(), detail };
    }
    catch (error) {
        if (!(error instanceof SourceProblem))
            throw error;
        return { ...base, status: 'fail', reason: error.message, attempts: 1, durationMs: durationMs() };
    }
}
const AUTH_CANARY_CHECK = 'auth canary';
const PROBE_CHECK = 'probe freshness';
/** The auth canary's last success must be newer than its maxAgeSeconds. */
function checkAuthCanary(config, ports) {
    return timedCheck({ name: AUTH_CANARY_CHECK, type: 'auth-canary', required: config.required }, ports.clock, async () => {
        const where = config.source.file ?? config.source.url ?? '';
        const document = await readJsonSource(config.source, config.timeoutSeconds);
        const lastSuccess = pointerValue(document, config.pointer, where);
        return assertFresh('last success', lastSuccess, config.pointer, config.maxAgeSeconds, ports.clock.now());
    });
}
/** The delegated probe's report must name the SHA being released and be newer than maxAgeSeconds. */
function checkProbe(config, sha, ports) {
    return timedCheck({ name: PROBE_CHECK, type: 'probe', required: config.required }, ports.clock, async () => {
        const where = config.source.file ?? config.source.url ?? '';
        const report = await readJsonSource(config.source, config.timeoutSeconds);
        const reportedSha = pointerValue(report, config.shaPointer, where);
        if (reportedSha !== sha) {
            throw new SourceProblem(`${where}: the probe checked ${JSON.stringify(reportedSha)} (at '${config.shaPointer}'), not the release ${sha}`);
        }
        const checkedAt = pointerValue(report, config.timePointer, where);
        return `probe of ${sha.slice(0, 12)}: ${assertFresh('checked', checkedAt, config.timePointer, config.maxAgeSeconds, ports.clock.now())}`;
    });
}

;// CONCATENATED MODULE: ./build/stages/checks/api-smoke.js


const API_SMOKE_CHECKS = {
    allowed: 'api smoke (allowed client)',
    denied: 'api smoke (denied client)',
};
/** A reason for a failed or skipped check; the message never holds a secret or a token. */
class SmokeProblem extends Error {
    skip;
    constructor(message, skip = false) {
        super(message);
        this.skip = skip;
    }
}
/** Two outcomes, allowed client then denied client. */
async function runApiSmoke(input, ports) {
    for (const client of Object.values(input.clients))
        if (client.clientSecret)
            ports.secret(client.clientSecret);
    const discovery = new Map();
    const roles = ['allowed', 'denied'];
    return Promise.all(roles.map((role) => smokeAs(role, input, ports, discovery)));
}
async function smokeAs(role, input, ports, discovery) {
    const { config } = input;
    const base = { name: API_SMOKE_CHECKS[role], type: 'api-smoke', required: config.required };
    const started = ports.clock.now();
    const durationMs = () => Math.max(0, ports.clock.now().getTime() - started.getTime());
    let requests = 0;
    try {
        const client = input.clients[role];
        if (!client.clientId || !client.clientSecret) {
            throw new SmokeProblem(`no credentials for the ${role} client: give the ${role}-client-id and ${role}-client-secret inputs`, !config.required);
        }
        const tokenUrl = await tokenEndpoint(config, client, role, discovery);
        requests++;
        const token = await requestToken(tokenUrl, config, client, role, ports);
        const expected = role === 'allowed' ? undefined : (input.deniedExpectedStatus ?? config.deniedExpectedStatus);
        const results = [];
        const problems = [];
        for (const endpoint of config.endpoints) {
            const method = endpoint.method.toUpperCase();
            const want = expected ?? endpoint.expectStatus;
            requests++;
            const status = await callEndpoint(method, endpoint.url, token, config.timeoutSeconds);
            results.push(`${method} ${endpoint.url} -> ${status}`);
            // A 2xx for the denied client is a failure even if someone configured it as the expected code.
            if (role === 'denied' && status >= 200 && status < 300) {
                problems.push(`the denied client got ${status} from ${method} ${endpoint.url}: it must be refused with ${want}`);
            }
            else if (status !== want) {
                problems.push(`${method} ${endpoint.url} answered ${status} to the ${role} client, expected ${want}`);
            }
        }
        const detail = results.join('; ');
        if (problems.length > 0)
            return { ...base, status: 'fail', reason: problems.join('; '), attempts: requests, durationMs: durationMs(), detail };
        return { ...base, status: 'pass', attempts: requests, durationMs: durationMs(), detail };
    }
    catch (error) {
        if (!(error instanceof SmokeProblem))
            throw error;
        return { ...base, status: error.skip ? 'skipped' : 'fail', reason: error.message, attempts: requests, durationMs: durationMs() };
    }
}
/** Replaces {tenantId} with the client's tenant id; a template without one needs none. */
function withTenant(template, client, role, key) {
    if (!template.includes('{tenantId}'))
        return template;
    if (!client.tenantId)
        throw new SmokeProblem(`prodVerify.apiSmoke.${key} has {tenantId}, but no ${role}-tenant-id was given`);
    return template.split('{tenantId}').join(encodeURIComponent(client.tenantId));
}
async function tokenEndpoint(config, client, role, discovery) {
    if (config.tokenUrl !== undefined)
        return withTenant(config.tokenUrl, client, role, 'tokenUrl');
    const issuer = withTenant(config.issuer ?? '', client, role, 'issuer').replace(/\/+$/, '');
    let found = discovery.get(issuer);
    if (!found) {
        found = discoverTokenEndpoint(issuer, config.timeoutSeconds);
        discovery.set(issuer, found);
    }
    return found;
}
async function discoverTokenEndpoint(issuer, timeoutSeconds) {
    const url = `${issuer}/.well-known/openid-configuration`;
    let response;
    try {
        response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutSeconds * 1000) });
    }
    catch (error) {
        throw new SmokeProblem(`discovery ${url}: ${fetchFailure(error, timeoutSeconds)}`);
    }
    const text = await response.text();
    if (!response.ok)
        throw new SmokeProblem(`discovery ${url}: answered ${response.status}`);
    let tokenUrl;
    try {
        tokenUrl = JSON.parse(text).token_endpoint;
    }
    catch (error) {
        throw new SmokeProblem(`discovery ${url}: not valid JSON (${(0,errors/* errorMessage */.gJ)(error)})`);
    }
    if (typeof tokenUrl !== 'string' || !/^https?:\/\//i.test(tokenUrl)) {
        throw new SmokeProblem(`discovery ${url}: no token_endpoint URL in the OpenID configuration`);
    }
    return tokenUrl;
}
/** The client credentials grant (RFC 6749 section 4.4); the token is masked before it is returned. */
async function requestToken(tokenUrl, config, client, role, ports) {
    const clientId = client.clientId ?? '';
    const clientSecret = client.clientSecret ?? '';
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (client.scope)
        form.set('scope', client.scope);
    if (config.audience)
        form.set('audience', config.audience);
    const headers = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    if (config.clientAuthentication === 'client_secret_basic') {
        // RFC 6749 section 2.3.1: each part form-urlencoded before the Basic encoding.
        const basic = Buffer.from(`${formEncode(clientId)}:${formEncode(clientSecret)}`).toString('base64');
        ports.secret(basic);
        headers.authorization = `Basic ${basic}`;
    }
    else {
        form.set('client_id', clientId);
        form.set('client_secret', clientSecret);
    }
    let response;
    try {
        response = await fetch(tokenUrl, { method: 'POST', headers, body: form, signal: AbortSignal.timeout(config.timeoutSeconds * 1000) });
    }
    catch (error) {
        throw new SmokeProblem(`token endpoint ${tokenUrl}: ${fetchFailure(error, config.timeoutSeconds)}`);
    }
    const text = await response.text();
    let body = {};
    try {
        const parsed = JSON.parse(text);
        if (parsed !== null && typeof parsed === 'object')
            body = parsed;
    }
    catch {
        // Described below by what is missing; the raw text may hold a token and is never shown.
    }
    const token = body.access_token;
    if (typeof token === 'string' && token !== '')
        ports.secret(token);
    if (!response.ok) {
        const error = typeof body.error === 'string' ? ` (${body.error}${typeof body.error_description === 'string' ? `: ${body.error_description}` : ''})` : '';
        throw new SmokeProblem(`token endpoint ${tokenUrl} refused the ${role} client ${clientId} with ${response.status}${error}`);
    }
    if (typeof token !== 'string' || token === '') {
        throw new SmokeProblem(`token endpoint ${tokenUrl} answered ${response.status} but gave the ${role} client ${clientId} no access_token`);
    }
    ports.logger.debug(`token for the ${role} client ${clientId} from ${tokenUrl} (${typeof body.expires_in === 'number' ? `expires in ${body.expires_in} s` : 'no expiry given'})`);
    return token;
}
function formEncode(value) {
    return encodeURIComponent(value).replace(/%20/g, '+');
}
async function callEndpoint(method, url, token, timeoutSeconds) {
    let response;
    try {
        // Redirects are not followed: a redirect to a login page is an answer, not a success.
        response = await fetch(url, { method, headers: { authorization: `Bearer ${token}` }, redirect: 'manual', signal: AbortSignal.timeout(timeoutSeconds * 1000) });
    }
    catch (error) {
        throw new SmokeProblem(`${method} ${url}: ${fetchFailure(error, timeoutSeconds)}`);
    }
    await response.body?.cancel();
    return response.status;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./build/stages/checks/browser-smoke.js
// Browser smoke: opens production's pages in a real headless Chrome or Chromium (playwright-core,
// loaded only when this check runs) and fails on a failing status, a page error, or a selector or
// text that does not show within the page's timeout. No browser and an optional check: skipped.




const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];
const BROWSER_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
];
async function isExecutable(path) {
    try {
        await (0,promises_.access)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** The browser to run, or why there is none. */
async function findBrowser(given, searchPath) {
    if (given !== undefined) {
        return (await isExecutable(given)) ? { path: given } : { missing: `no browser at ${given} (missing or not executable)` };
    }
    for (const name of BROWSER_NAMES) {
        for (const folder of searchPath.split(external_node_path_.delimiter).filter((entry) => entry !== '')) {
            const candidate = (0,external_node_path_.join)(folder, name);
            if (await isExecutable(candidate))
                return { path: candidate };
        }
    }
    return { missing: `no Chrome or Chromium found: none of ${BROWSER_NAMES.join(', ')} is on PATH; install one or give browser-path` };
}
function pageCheckName(page) {
    return `browser smoke: ${page.name ?? page.url}`;
}
/** One outcome per configured page. */
async function runBrowserSmoke(input, ports) {
    const { config } = input;
    const base = (page) => ({ name: pageCheckName(page), type: 'browser', required: config.required });
    const browser = await findBrowser(input.browserPath ?? config.executable, input.searchPath ?? process.env.PATH ?? '');
    // Without a browser nothing was checked: optional means skipped (degraded), required means fail.
    const unavailable = (reason) => {
        const status = config.required ? 'fail' : 'skipped';
        ports.logger.warning(`browser smoke ${status === 'fail' ? 'failed' : 'skipped'}: ${reason}`);
        return config.pages.map((page) => ({ ...base(page), status, reason, attempts: 0, durationMs: 0 }));
    };
    if ('missing' in browser)
        return unavailable(browser.missing);
    let playwright;
    try {
        // Not bundled (webpackIgnore): ncc's ESM bundle of playwright-core cannot find its own
        // package.json and browsers.json, so it is loaded from a node_modules above the bundle.
        playwright = await import(/* webpackIgnore: true */ 'playwright-core');
    }
    catch (error) {
        return unavailable(`playwright-core cannot be loaded (${firstLine(messageOf(error))}); install it where the action runs (npm install playwright-core@1.65.1)`);
    }
    const userDataDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shipgate-browser-'));
    const started = ports.clock.now();
    try {
        const { chromium } = playwright;
        let context;
        try {
            context = await chromium.launchPersistentContext(userDataDir, {
                executablePath: browser.path,
                headless: true,
                args: BROWSER_ARGS,
                timeout: 60_000,
            });
        }
        catch (error) {
            const reason = `${browser.path} did not start: ${firstLine(messageOf(error))}`;
            const durationMs = Math.max(0, ports.clock.now().getTime() - started.getTime());
            return config.pages.map((page) => ({ ...base(page), status: 'fail', reason, attempts: 1, durationMs }));
        }
        ports.logger.info(`browser smoke in ${browser.path} (${context.browser()?.version() ?? 'version unknown'})`);
        try {
            const outcomes = [];
            for (const page of config.pages)
                outcomes.push({ ...base(page), ...(await visit(context, page, ports.clock)) });
            return outcomes;
        }
        finally {
            await context.close().catch(() => undefined);
        }
    }
    finally {
        await (0,promises_.rm)(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    }
}
async function visit(context, config, clock) {
    const started = clock.now();
    const deadline = Date.now() + config.timeoutSeconds * 1000;
    const remaining = () => Math.max(1, deadline - Date.now());
    const durationMs = () => Math.max(0, clock.now().getTime() - started.getTime());
    const pageErrors = [];
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(firstLine(error.message)));
    const steps = [];
    const fail = (reason) => ({ status: 'fail', reason, attempts: 1, durationMs: durationMs(), detail: steps.join('; ') || undefined });
    try {
        let response;
        try {
            response = await page.goto(config.url, { waitUntil: 'load', timeout: remaining() });
        }
        catch (error) {
            return fail(`${config.url} did not load: ${firstLine(messageOf(error))}`);
        }
        const status = response?.status();
        steps.push(`status ${status ?? 'none'}`);
        if (status === undefined || status >= 400)
            return fail(`${config.url} answered ${status ?? 'nothing'}`);
        if (pageErrors.length > 0)
            return fail(`page error: ${pageErrors.join('; ')}`);
        if (config.waitForSelector !== undefined) {
            try {
                await page.waitForSelector(config.waitForSelector, { timeout: remaining() });
                steps.push(`selector ${config.waitForSelector} shown`);
            }
            catch {
                return fail(`selector ${config.waitForSelector} did not show within ${config.timeoutSeconds} s`);
            }
        }
        if (config.waitForText !== undefined) {
            try {
                await page.getByText(config.waitForText).first().waitFor({ timeout: remaining() });
                steps.push(`text ${JSON.stringify(config.waitForText)} shown`);
            }
            catch {
                return fail(`text ${JSON.stringify(config.waitForText)} did not show within ${config.timeoutSeconds} s`);
            }
        }
        if (pageErrors.length > 0)
            return fail(`page error: ${pageErrors.join('; ')}`);
        return { status: 'pass', attempts: 1, durationMs: durationMs(), detail: steps.join('; ') };
    }
    finally {
        await page.close().catch(() => undefined);
    }
}
function firstLine(text) {
    return text.split('\n')[0].trim();
}
// Duck-typed: errors thrown across realms (as under a test runner) fail instanceof Error.
function messageOf(error) {
    const message = error?.message;
    return typeof message === 'string' ? message : String(error);
}

// EXTERNAL MODULE: ./build/stages/promote.js
var promote = __webpack_require__(98822);
// EXTERNAL MODULE: ./build/stages/verdicts.js
var verdicts = __webpack_require__(32418);
;// CONCATENATED MODULE: ./build/stages/prod-verify.js
// prod-verify: after the deploy, checks production for the package promote verified (auth canary,
// probe freshness, API smoke, browser smoke) and writes the production result, on pass and on fail.











const PROD_VERIFY_STAGE = 'prod-verify';
async function verifyProduction(input, ports) {
    const { config, sha } = input;
    const { store, logger, clock } = ports;
    const startedAt = clock.now();
    const masker = new platform_logger/* SecretMasker */.M2();
    const masked = new Set();
    const secret = (value) => {
        if (masked.has(value))
            return;
        masked.add(value);
        logger.secret(value);
        masker.add(value);
    };
    for (const client of Object.values(input.clients))
        if (client.clientSecret)
            secret(client.clientSecret);
    if (!config.authCanary && !config.probe && !config.apiSmoke && !config.browser) {
        throw new errors/* ConfigurationError */.j1(`${input.configPath}: ${input.environment ? `environments[${input.environment}].verify` : 'prodVerify'} configures no checks; add authCanary, probe, apiSmoke or browser (production verification that checks nothing never passes)`, { file: input.configPath });
    }
    const promoted = await (0,promote/* promote */.p)({ sha, filesRoot: input.filesRoot }, { store, logger });
    // A check that throws is a bug, but the release must still fail closed with evidence to read.
    const guarded = (names, type, required, run) => run().catch((error) => names.map((name) => ({ name, type, required, status: 'fail', reason: `unexpected error (a bug in shipgate): ${(0,errors/* errorMessage */.gJ)(error)}`, attempts: 0, durationMs: 0 })));
    const runs = [];
    // A report file named in the config is relative to the repository, wherever the step runs.
    const inRepository = (check) => check.source.file === undefined ? check : { ...check, source: { ...check.source, file: (0,external_node_path_.resolve)(input.filesRoot, check.source.file) } };
    if (config.authCanary) {
        const canary = inRepository(config.authCanary);
        runs.push(guarded([AUTH_CANARY_CHECK], 'auth-canary', canary.required, async () => [await checkAuthCanary(canary, { clock })]));
    }
    if (config.probe) {
        const probe = inRepository(config.probe);
        runs.push(guarded([PROBE_CHECK], 'probe', probe.required, async () => [await checkProbe(probe, sha, { clock })]));
    }
    // The checks that log run beside each other: each one's lines are held and written in one fold when it ends.
    const folded = async (title, run) => {
        const held = new platform_logger/* HeldLogger */.mV(logger);
        try {
            return await run(held);
        }
        finally {
            await held.release(title);
        }
    };
    if (config.apiSmoke) {
        const apiSmoke = config.apiSmoke;
        runs.push(folded('api-smoke', (held) => guarded(Object.values(API_SMOKE_CHECKS), 'api-smoke', apiSmoke.required, () => runApiSmoke({ config: apiSmoke, clients: input.clients, deniedExpectedStatus: input.deniedExpectedStatus }, { clock, logger: held, secret }))));
    }
    if (config.browser) {
        const browser = config.browser;
        runs.push(folded('browser smoke', (held) => guarded(browser.pages.map(pageCheckName), 'browser', browser.required, () => runBrowserSmoke({ config: browser, browserPath: input.browserPath }, { clock, logger: held }))));
    }
    const checks = (await Promise.all(runs)).flat().map((check) => maskOutcome(check, masker));
    // Verification that verified nothing (every check optional and skipped) is not a pass.
    const { verdict, degraded } = (0,verdicts/* productionVerdict */.db)(checks);
    const manifestSpec = contracts/* contracts */.Mh['release-package'];
    const body = {
        sha,
        packageDigest: promoted.manifest.digest,
        deployedRefs: promoted.refs,
        verdict,
        degraded,
        startedAt: startedAt.toISOString(),
        finishedAt: clock.now().toISOString(),
        checks,
        evidence: [{ kind: manifestSpec.kind, path: `${manifestSpec.kind}/${sha}/${manifestSpec.file}`, digest: (0,canonical/* digestOf */.ol)(promoted.manifest) }],
    };
    const result = input.environment
        ? { schema: production_result/* PRODUCTION_RESULT_SCHEMA_V2 */.zv, ...body, environment: input.environment }
        : { schema: production_result/* PRODUCTION_RESULT_SCHEMA */.EX, ...body };
    const written = await store.write('production', sha, result);
    for (const check of checks) {
        const line = `${check.status.padEnd(7)} ${check.name}${check.required ? '' : ' (optional)'}: ${check.reason ?? check.detail ?? ''}`;
        if (check.status === 'pass')
            logger.info(line);
        else if (check.required)
            logger.error(line, { file: written.path });
        else
            logger.warning(line, { file: written.path });
    }
    const headline = `${written.path}: production ${verdict}${degraded ? ' (degraded)' : ''} for ${sha}, package ${promoted.manifest.digest}`;
    if (verdict === 'pass')
        logger.info(headline);
    else
        logger.error(headline, { file: written.path });
    return { result, path: written.path };
}
// The evidence is written in the open: whatever a check reports passes through the masker first.
function maskOutcome(check, masker) {
    return {
        ...check,
        ...(check.reason === undefined ? {} : { reason: masker.mask(check.reason) }),
        ...(check.detail === undefined ? {} : { detail: masker.mask(check.detail) }),
    };
}

// EXTERNAL MODULE: ./build/actions/common-inputs.js
var common_inputs = __webpack_require__(20877);
;// CONCATENATED MODULE: ./build/actions/prod-verify.js
// The prod-verify action: inputs -> verifyProduction -> verdict, result-path and a job summary.
// The result is written on pass and on fail; fail-on-fail then fails the step after the outputs.










const PROD_VERIFY_INPUTS = {
    sha: 'sha',
    artifactsDir: 'artifacts-dir',
    config: 'config',
    allowedTenantId: 'allowed-tenant-id',
    allowedClientId: 'allowed-client-id',
    allowedClientSecret: 'allowed-client-secret',
    allowedScope: 'allowed-scope',
    deniedTenantId: 'denied-tenant-id',
    deniedClientId: 'denied-client-id',
    deniedClientSecret: 'denied-client-secret',
    deniedScope: 'denied-scope',
    deniedExpectedCode: 'denied-expected-code',
    browserPath: 'browser-path',
    environment: 'environment',
    failOnFail: 'fail-on-fail',
};
const PROD_VERIFY_OUTPUTS = {
    verdict: 'verdict',
    resultPath: 'result-path',
    degraded: 'degraded',
};
const I = PROD_VERIFY_INPUTS;
const statusCode = schemas/* string */.YjP()
    .regex(/^[1-5][0-9]{2}$/, 'must be an HTTP status code such as 403')
    .refine((code) => !code.startsWith('2'), 'must not be a 2xx: the denied client must be refused')
    .transform(Number)
    .optional();
const settings = schemas/* object */.Ikc({
    [I.sha]: action/* inputs */.QL.sha(),
    [I.artifactsDir]: action/* inputs */.QL.text(),
    [I.config]: action/* inputs */.QL.text(),
    [I.allowedTenantId]: action/* inputs */.QL.text(),
    [I.allowedClientId]: action/* inputs */.QL.text(),
    [I.allowedClientSecret]: action/* inputs */.QL.text(),
    [I.allowedScope]: action/* inputs */.QL.text(),
    [I.deniedTenantId]: action/* inputs */.QL.text(),
    [I.deniedClientId]: action/* inputs */.QL.text(),
    [I.deniedClientSecret]: action/* inputs */.QL.text(),
    [I.deniedScope]: action/* inputs */.QL.text(),
    [I.deniedExpectedCode]: statusCode,
    [I.browserPath]: action/* inputs */.QL.text(),
    [I.environment]: action/* inputs */.QL.text(),
    [I.failOnFail]: action/* inputs */.QL.boolean(true),
})
    .transform((raw) => ({
    sha: raw[I.sha],
    artifactsDir: raw[I.artifactsDir] ?? local_store/* DEFAULT_ARTIFACTS_DIR */.qx,
    config: raw[I.config],
    clients: {
        allowed: { tenantId: raw[I.allowedTenantId], clientId: raw[I.allowedClientId], clientSecret: raw[I.allowedClientSecret], scope: raw[I.allowedScope] },
        denied: { tenantId: raw[I.deniedTenantId], clientId: raw[I.deniedClientId], clientSecret: raw[I.deniedClientSecret], scope: raw[I.deniedScope] },
    },
    deniedExpectedStatus: raw[I.deniedExpectedCode],
    browserPath: raw[I.browserPath],
    environment: raw[I.environment],
    failOnFail: raw[I.failOnFail],
}));
const prodVerifyAction = (0,action/* defineAction */.QP)({
    name: 'prod-verify',
    description: 'Verify production after the deploy (auth canary and probe freshness, API smoke with an allowed and a denied OAuth 2 client, browser smoke) for the promoted package, and write the production result.',
    branding: { icon: 'activity', color: 'green' },
    inputs: {
        [I.sha]: common_inputs/* shaInput */.FN,
        [I.artifactsDir]: common_inputs/* artifactsDirInput */.Lp,
        [I.config]: common_inputs/* configInput */.xK,
        [I.allowedTenantId]: { description: 'The allowed client\'s tenant id; replaces {tenantId} in prodVerify.apiSmoke issuer or tokenUrl.' },
        [I.allowedClientId]: { description: 'The OAuth 2 client that the API must serve (client credentials).' },
        [I.allowedClientSecret]: { description: 'The allowed client\'s secret. Masked; never written to evidence.', secret: true },
        [I.allowedScope]: { description: 'The scope requested for the allowed client (e.g. api://orders/.default).' },
        [I.deniedTenantId]: { description: 'The denied client\'s tenant id; replaces {tenantId} in prodVerify.apiSmoke issuer or tokenUrl.' },
        [I.deniedClientId]: { description: 'The OAuth 2 client that the API must refuse.' },
        [I.deniedClientSecret]: { description: 'The denied client\'s secret. Masked; never written to evidence.', secret: true },
        [I.deniedScope]: { description: 'The scope requested for the denied client.' },
        [I.deniedExpectedCode]: {
            description: 'Exactly the HTTP status the denied client must get from every endpoint (a 2xx or any other code fails). Default: prodVerify.apiSmoke.deniedExpectedStatus, else 403.',
        },
        [I.browserPath]: { description: 'Chrome or Chromium for the browser smoke. Default: prodVerify.browser.executable, else chromium, chromium-browser or google-chrome on PATH.' },
        [I.environment]: {
            description: 'An environment of the config\'s environments: list (dev, staging, production): verify it with its verify: checks and keep the result with its evidence (environments/<name>/production/<sha>/result.json). Default: the single flow\'s prodVerify and production.',
        },
        [I.failOnFail]: { description: 'Fail the step when the verdict is fail (the result and outputs are written first).', default: 'true' },
    },
    outputs: {
        [PROD_VERIFY_OUTPUTS.verdict]: { description: 'pass or fail.' },
        [PROD_VERIFY_OUTPUTS.resultPath]: { description: 'The path of the production result.json.' },
        [PROD_VERIFY_OUTPUTS.degraded]: { description: 'true when an optional check failed or was skipped.' },
    },
    settings,
    timing: (given, context) => ({ store: context.openStore(given.artifactsDir), sha: (0,run_environment/* resolveSha */.vc)(given.sha, context.environment) }),
    async run(given, context) {
        const sha = (0,run_environment/* resolveSha */.vc)(given.sha, context.environment);
        const { config, path: configPath } = await (0,shipgate_config.loadConfig)(given.config);
        const step = given.environment === undefined ? undefined : (0,environments_config/* environmentStep */.wt)(config.environments, given.environment, configPath);
        const { result, path } = await verifyProduction({
            sha,
            config: step ? step.environment.verify : config.prodVerify,
            ...(step ? { environment: step.environment.name } : {}),
            configPath,
            filesRoot: context.environment.workspace,
            clients: given.clients,
            deniedExpectedStatus: given.deniedExpectedStatus,
            browserPath: given.browserPath,
        }, { store: (0,scoped_store/* scopedStore */.sy)(context.openStore(given.artifactsDir), { environment: step?.environment.name }), logger: context.logger, clock: context.clock });
        const failed = result.checks.filter((check) => check.required && check.status !== 'pass');
        return {
            outputs: {
                [PROD_VERIFY_OUTPUTS.verdict]: result.verdict,
                [PROD_VERIFY_OUTPUTS.resultPath]: path,
                [PROD_VERIFY_OUTPUTS.degraded]: String(result.degraded),
            },
            summary: prodVerifySummary(result, path),
            outcome: result.verdict === 'pass' ? 'success' : 'no',
            failure: result.verdict === 'fail' && given.failOnFail
                ? { message: `production verification failed for ${sha}: ${failed.map((check) => `${check.name}: ${check.reason ?? check.status}`).join('; ')}`, file: path }
                : undefined,
        };
    },
});
/** The headline's icon and words: ⚠️ when the verdict is pass but an optional check failed or was skipped. */
function headline(result) {
    if (result.verdict === 'fail')
        return `${(0,markdown/* statusIcon */.I8)('failure')} fail`;
    if (!result.degraded)
        return `${(0,markdown/* statusIcon */.I8)('success')} pass`;
    const optional = result.checks.filter((check) => !check.required && check.status !== 'pass').map((check) => `${check.name} (${check.status})`);
    return `${(0,markdown/* statusIcon */.I8)('partial_success')} pass, degraded: optional ${optional.length === 1 ? 'check' : 'checks'} not passed: ${optional.join(', ')}`;
}
function prodVerifySummary(result, path) {
    const icon = { pass: '✅', fail: '❌', skipped: '⏭️' };
    return [
        `### prod-verify: ${(0,markdown/* escapeText */.X1)(headline(result))}`,
        '',
        `Package ${(0,markdown/* code */.aY)((0,markdown/* shortDigest */.VK)(result.packageDigest))} for ${(0,markdown/* code */.aY)(result.sha)}. Evidence: ${(0,markdown/* code */.aY)(path)}`,
        '',
        '| check | required | status | time | detail |',
        '| --- | --- | --- | --- | --- |',
        ...result.checks.map((check) => `| ${(0,markdown/* escapeCell */.kq)(check.name)} | ${check.required ? 'yes' : 'no'} | ${icon[check.status]} ${check.status} | ${(0,markdown/* humanDuration */.UU)(check.durationMs)} | ${(0,markdown/* escapeCell */.kq)((0,markdown/* shortenDigests */.fQ)(check.reason ?? check.detail ?? ''))} |`),
        '',
        ...(0,markdown/* digestDetails */.XH)([['package', result.packageDigest]]),
    ].join('\n');
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
