export const id = 6323;
export const ids = [6323];
export const modules = {

/***/ 11919:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   j$: () => (/* binding */ CONFIG_SIZE_LIMIT),
/* harmony export */   kv: () => (/* binding */ readYamlFile)
/* harmony export */ });
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
/* harmony import */ var _evidence_encodable_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21130);
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35562);




/** A config file is read as text up to this size; anything bigger is not a config. */
const CONFIG_SIZE_LIMIT = 16 * 1024 * 1024;
async function readYamlFile(path, schema, what) {
    // Never blocks: a FIFO or a device in place of the file is refused, not waited on.
    const read = await (0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFile */ .XF)(path, CONFIG_SIZE_LIMIT, `a ${what}`, true);
    if (read.state !== 'read') {
        const reason = read.state === 'missing' ? 'file not found' : read.reason;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}: ${reason}; check the ${what} path`, { file: path });
    }
    return parseYaml(read.bytes.toString('utf8'), path, schema, what);
}
async function parseYaml(text, path, schema, what) {
    const { LineCounter, parseDocument } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: true });
    if (document.errors.length > 0) {
        const first = document.errors[0];
        const line = first.linePos?.[0]?.line;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}${line ? `:${line}` : ''}: not valid YAML: ${first.message.split('\n')[0]}`, { file: path, line });
    }
    let json;
    try {
        json = document.toJS();
    }
    catch (error) {
        // The yaml package refuses an alias bomb ("billion laughs") here, with a ReferenceError.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}: not valid YAML: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`, { file: path });
    }
    // Refused here, with the field named, rather than where a contract made from it is digested.
    const unencodable = (0,_evidence_encodable_json_js__WEBPACK_IMPORTED_MODULE_2__/* .unencodableJsonProblems */ .z)(json);
    if (unencodable.length > 0) {
        const messages = unencodable.map((problem) => `${problem.field}: ${problem.message}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}: invalid ${what}: ${messages.join('; ')}`, { file: path });
    }
    const parsed = schema.safeParse(json ?? {});
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    // A misspelt key is found on its own line, not on the first line of the map that holds it.
    const where = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    const line = lineOfField(document, where, (offset) => lineCounter.linePos(offset).line);
    const messages = parsed.error.issues.map((each) => `${(0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .cn)(each.path)}: ${each.message}`);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}${line ? `:${line}` : ''}: invalid ${what}: ${messages.join('; ')}`, { file: path, line });
}
/**
 * The line a field is on: a map entry's key line (the value of `deploy:` starts on the next line
 * when it is a block), an item's own line in a list; the nearest enclosing field's when the field
 * itself is absent (a required key that is missing).
 */
function lineOfField(document, path, lineAt) {
    for (let depth = path.length; depth >= 0; depth--) {
        const parent = (depth === 0 ? undefined : document.getIn(path.slice(0, depth - 1), true));
        const last = path[depth - 1];
        const pair = typeof last === 'string' ? parent?.items?.find((item) => item.key?.value === last) : undefined;
        const keyRange = pair?.key?.range;
        if (keyRange)
            return lineAt(keyRange[0]);
        const node = (depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true));
        if (node?.range)
            return lineAt(node.range[0]);
    }
    return undefined;
}


/***/ }),

/***/ 46323:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   templateData: () => (/* binding */ templateData)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(92857);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7982);
/* harmony import */ var _config_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11919);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93037);
/* harmony import */ var _period_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14181);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10315);
// Template variables from outside the send's own inputs: a JSON or YAML data file, a command whose
// stdout is a JSON object, and the built-in `releases` source (the release decisions taken since the
// last digest of the series, from the evidence store and the ledger). Precedence, highest first:
// the `variables` input (merged later, in plan.ts), data-command, data-file, the built-in sources.







/** Exit status of coreutils `timeout` when the time ran out (and after its SIGKILL). */
const TIMED_OUT = new Set([124, 137]);
const STDERR_TAIL_LINES = 10;
const STDERR_TAIL_CHARS = 1500;
/** After the TERM signal, how long the command gets before it is killed. */
const KILL_AFTER_SECONDS = 5;
const dataObject = zod__WEBPACK_IMPORTED_MODULE_6__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_6__/* .unknown */ .L5J(), { message: 'must be an object of template variables, e.g. items: [a, b]' });
async function templateData(request, ports) {
    const builtIn = request.releases ? { releases: await releasesSinceLastDigest(request, ports) } : {};
    const file = request.dataFile ? await (0,_config_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readYamlFile */ .kv)(request.dataFile, dataObject, "template data file (input 'data-file')") : {};
    const command = request.dataCommand ? await runDataCommand(request.dataCommand, request.dataTimeoutSeconds, request.workspace, ports.exec) : {};
    return { ...builtIn, ...file, ...command };
}
function stderrTail(stderr) {
    const tail = stderr.trimEnd().split('\n').slice(-STDERR_TAIL_LINES).join('\n').slice(-STDERR_TAIL_CHARS);
    return tail === '' ? 'stderr was empty' : `stderr ends with:\n${tail}`;
}
/** Runs the command under coreutils `timeout`, which kills its whole process group when the time is up. */
async function runDataCommand(command, timeoutSeconds, cwd, exec) {
    const result = await exec.run('timeout', [`--kill-after=${KILL_AFTER_SECONDS}`, String(timeoutSeconds), 'bash', '-eo', 'pipefail', '-c', command], { cwd });
    if (TIMED_OUT.has(result.exitCode)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'data-command': did not finish within ${timeoutSeconds} s (input 'data-timeout'); ${stderrTail(result.stderr)}`);
    }
    if (result.exitCode !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'data-command': exited with status ${result.exitCode}; ${stderrTail(result.stderr)}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(result.stdout);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'data-command': stdout is not JSON (${error.message}); it must print one JSON object; ${stderrTail(result.stderr)}`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'data-command': stdout is JSON but not an object (${Array.isArray(parsed) ? 'an array' : String(parsed)}); print an object such as {"items": ["a", "b"]}`);
    }
    return parsed;
}
/**
 * When the last digest of this series (same repository, same kind of period, an earlier period) was
 * sent, from the ledger; undefined when there was none.
 */
async function lastDigestSentAt(request) {
    if (!request.period || !request.ledger)
        return undefined;
    const text = await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextIfPresent */ .Ge)(request.ledger);
    if (text === undefined)
        return undefined;
    let last;
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        let entry;
        try {
            entry = _ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .ledgerEntry */ .ay.safeParse(JSON.parse(line));
        }
        catch {
            continue; // the send itself reports a damaged ledger, with its line
        }
        if (!entry.success || entry.data.state !== 'sent')
            continue;
        const [repository, periodKey] = entry.data.eventKey.split('|');
        if (repository !== request.repository || !periodKey?.startsWith(`${request.period.period}:`) || periodKey === request.period.key)
            continue;
        const at = Date.parse(entry.data.at);
        if (Number.isFinite(at) && (last === undefined || at > last))
            last = at;
    }
    return last;
}
/** The release decisions taken since the last digest of the series (or within the last period), newest first. */
async function releasesSinceLastDigest(request, ports) {
    const since = (await lastDigestSentAt(request)) ?? ports.clock.now().getTime() - (0,_period_js__WEBPACK_IMPORTED_MODULE_4__/* .periodLengthMs */ .e0)(request.period?.period ?? 'daily');
    const releases = [];
    for (const sha of await ports.store.listShas('release')) {
        const read = await ports.store.read('release', sha);
        if (read.state !== 'valid') {
            if (read.state === 'invalid')
                ports.logger.warning(`send-mail: ${read.path}: not a valid release decision; left out of 'releases'`, { file: read.path });
            continue;
        }
        const decision = read.value;
        const at = Date.parse(decision.decidedAt);
        if (!(at > since))
            continue;
        const timing = await ports.store.read('pipeline', sha);
        releases.push({
            sha: decision.sha,
            shortSha: decision.sha.slice(0, 7),
            decision: decision.decision,
            status: decision.status,
            leadTime: (0,_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)(timing.state === 'valid' ? timing.value.closed?.leadTimeMs : undefined),
            decidedAt: decision.decidedAt,
            at,
        });
    }
    return releases.sort((a, b) => b.at - a.at).map(({ at: _at, ...release }) => release);
}


/***/ })

};
