export const id = 323;
export const ids = [323];
export const modules = {

/***/ 1065:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kv: () => (/* binding */ readYamlFile)
});

// UNUSED EXPORTS: CONFIG_SIZE_LIMIT, parseYaml

// EXTERNAL MODULE: ./build/contracts/index.js + 6 modules
var contracts = __webpack_require__(8981);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/evidence/encodable-json.js
var encodable_json = __webpack_require__(1130);
// EXTERNAL MODULE: ./build/evidence/evidence-file.js
var evidence_file = __webpack_require__(5562);
;// CONCATENATED MODULE: ./build/cli/suggest.js
// "Did you mean": the closest of the names a command, an option or a config key could have been,
// for a misspelt one. Shared by the `shipgate` command and the shipgate.yml reader.
/**
 * The edit distance with adjacent transpositions (optimal string alignment): `--artifact-dir` is
 * one edit from `--artifacts-dir`, `pipeilne` one from `pipeline`.
 */
function editDistance(from, to) {
    const rows = from.length + 1;
    const columns = to.length + 1;
    const distance = Array.from({ length: rows }, (_, row) => Array.from({ length: columns }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)));
    for (let row = 1; row < rows; row++) {
        for (let column = 1; column < columns; column++) {
            const cost = from[row - 1] === to[column - 1] ? 0 : 1;
            let best = Math.min(distance[row - 1][column] + 1, distance[row][column - 1] + 1, distance[row - 1][column - 1] + cost);
            if (row > 1 && column > 1 && from[row - 1] === to[column - 2] && from[row - 2] === to[column - 1])
                best = Math.min(best, distance[row - 2][column - 2] + 1);
            distance[row][column] = best;
        }
    }
    return distance[from.length][to.length];
}
/**
 * The candidate the given name most likely meant, or undefined when none is close: at most a third
 * of the name's letters may differ (at least one, at most three), case aside; a name that is the
 * start of a longer candidate, give or take those edits, counts one edit more (`--artefacts` for
 * `--artifacts-dir`). Ties go to the candidate listed first.
 */
function closestName(given, candidates) {
    const wanted = given.toLowerCase();
    const allowed = Math.min(3, Math.max(1, Math.floor(wanted.replace(/^-+/, '').length / 3)));
    let best;
    for (const candidate of candidates) {
        if (candidate === given)
            continue;
        const name = candidate.toLowerCase();
        const whole = editDistance(wanted, name);
        const distance = name.length > wanted.length ? Math.min(whole, editDistance(wanted, name.slice(0, wanted.length)) + 1) : whole;
        if (distance <= allowed && (!best || distance < best.distance))
            best = { name: candidate, distance };
    }
    return best?.name;
}
/** "; did you mean 'x'?" for the closest candidate, or '' when none is close. */
function didYouMean(given, candidates) {
    const closest = closestName(given, candidates);
    return closest === undefined ? '' : `; did you mean '${closest}'?`;
}

;// CONCATENATED MODULE: ./build/config/yaml-file.js





/** A config file is read as text up to this size; anything bigger is not a config. */
const CONFIG_SIZE_LIMIT = 16 * 1024 * 1024;
async function readYamlFile(path, schema, what) {
    // Never blocks: a FIFO or a device in place of the file is refused, not waited on.
    const read = await (0,evidence_file/* readRegularFile */.XF)(path, CONFIG_SIZE_LIMIT, `a ${what}`, true);
    if (read.state !== 'read') {
        const reason = read.state === 'missing' ? 'file not found' : read.reason;
        throw new errors/* ConfigurationError */.j1(`${path}: ${reason}; check the ${what} path`, { file: path });
    }
    return parseYaml(read.bytes.toString('utf8'), path, schema, what);
}
async function parseYaml(text, path, schema, what) {
    const { LineCounter, parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: true });
    if (document.errors.length > 0) {
        const first = document.errors[0];
        const line = first.linePos?.[0]?.line;
        throw new errors/* ConfigurationError */.j1(`${path}${line ? `:${line}` : ''}: not valid YAML: ${first.message.split('\n')[0]}`, { file: path, line });
    }
    let json;
    try {
        json = document.toJS();
    }
    catch (error) {
        // The yaml package refuses an alias bomb ("billion laughs") here, with a ReferenceError.
        throw new errors/* ConfigurationError */.j1(`${path}: not valid YAML: ${(0,errors/* errorMessage */.gJ)(error)}`, { file: path });
    }
    // Refused here, with the field named, rather than where a contract made from it is digested.
    const unencodable = (0,encodable_json/* unencodableJsonProblems */.z)(json);
    if (unencodable.length > 0) {
        const messages = unencodable.map((problem) => `${problem.field}: ${problem.message}`);
        throw new errors/* ConfigurationError */.j1(`${path}: invalid ${what}: ${messages.join('; ')}`, { file: path });
    }
    // zod's issue for an unknown key does not say which keys the map takes; its error map sees the
    // schema that refused it, so the allowed keys are noted there for the "did you mean".
    const allowedKeys = new Map();
    const parsed = schema.safeParse(json ?? {}, {
        error: (issue) => {
            if (issue.code === 'unrecognized_keys') {
                const shape = issue.inst?._zod?.def?.shape;
                allowedKeys.set(JSON.stringify(issue.path ?? []), Object.keys(shape ?? {}));
            }
            return undefined;
        },
    });
    if (parsed.success)
        return parsed.data;
    const lineOf = (where) => lineOfField(document, where, (offset) => lineCounter.linePos(offset).line);
    // One problem per unknown key, each on its own line: a misspelt key is found on its own line, not
    // on the first line of the map that holds it. A required key it was meant to be is then not also
    // reported as missing: the misspelling is the one thing to fix.
    const meant = new Set();
    const unknownKeys = parsed.error.issues.flatMap((issue) => {
        if (issue.code !== 'unrecognized_keys')
            return [];
        const allowed = allowedKeys.get(JSON.stringify(issue.path)) ?? [];
        return issue.keys.map((key) => {
            const where = [...issue.path, key];
            const closest = closestName(key, allowed);
            if (closest !== undefined)
                meant.add(JSON.stringify([...issue.path, closest]));
            const hint = closest !== undefined ? ` (did you mean '${closest}'?)` : allowed.length > 0 ? ` (the keys here are ${allowed.join(', ')})` : '';
            return { field: (0,contracts/* fieldPath */.cn)(where), message: `unknown key${hint}`, line: lineOf(where) };
        });
    });
    const others = parsed.error.issues
        .filter((issue) => issue.code !== 'unrecognized_keys' && !(issue.code === 'invalid_type' && issue.input === undefined && meant.has(JSON.stringify(issue.path))))
        .map((issue) => ({ field: (0,contracts/* fieldPath */.cn)(issue.path), message: issue.message, line: lineOf(issue.path) }));
    // The file is read top to bottom, so the first problem in it is where the reader goes first.
    const problems = [...unknownKeys, ...others].sort((left, right) => (left.line ?? Number.MAX_SAFE_INTEGER) - (right.line ?? Number.MAX_SAFE_INTEGER));
    const line = problems[0]?.line;
    const messages = problems.map((problem) => `${problem.field}: ${problem.message}${problems.length > 1 && problem.line && problem.line !== line ? ` (line ${problem.line})` : ''}`);
    throw new errors/* ConfigurationError */.j1(`${path}${line ? `:${line}` : ''}: invalid ${what}: ${messages.join('; ')}`, { file: path, line });
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

/***/ 6323:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   templateData: () => (/* binding */ templateData)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2857);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7982);
/* harmony import */ var _config_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1065);
/* harmony import */ var _stages_timing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8810);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3037);
/* harmony import */ var _period_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4181);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4658);
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
const dataObject = zod__WEBPACK_IMPORTED_MODULE_7__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_7__/* .unknown */ .L5J(), { message: 'must be an object of template variables, e.g. items: [a, b]' });
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
            entry = _ledger_js__WEBPACK_IMPORTED_MODULE_4__/* .ledgerEntry */ .ay.safeParse(JSON.parse(line));
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
    const since = (await lastDigestSentAt(request)) ?? ports.clock.now().getTime() - (0,_period_js__WEBPACK_IMPORTED_MODULE_5__/* .periodLengthMs */ .e0)(request.period?.period ?? 'daily');
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
            leadTime: (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDuration */ .a3)(timing.state === 'valid' ? (0,_stages_timing_js__WEBPACK_IMPORTED_MODULE_3__/* .latestRun */ .hH)(timing.value)?.closed?.leadTimeMs : undefined),
            decidedAt: decision.decidedAt,
            at,
        });
    }
    return releases.sort((a, b) => b.at - a.at).map(({ at: _at, ...release }) => release);
}


/***/ })

};
