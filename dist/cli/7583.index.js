export const id = 7583;
export const ids = [7583];
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
/* harmony import */ var _cli_suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4327);





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
            const closest = (0,_cli_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .closestName */ .Nf)(key, allowed);
            if (closest !== undefined)
                meant.add(JSON.stringify([...issue.path, closest]));
            const hint = closest !== undefined ? ` (did you mean '${closest}'?)` : allowed.length > 0 ? ` (the keys here are ${allowed.join(', ')})` : '';
            return { field: (0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .cn)(where), message: `unknown key${hint}`, line: lineOf(where) };
        });
    });
    const others = parsed.error.issues
        .filter((issue) => issue.code !== 'unrecognized_keys' && !(issue.code === 'invalid_type' && issue.input === undefined && meant.has(JSON.stringify(issue.path))))
        .map((issue) => ({ field: (0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .cn)(issue.path), message: issue.message, line: lineOf(issue.path) }));
    // The file is read top to bottom, so the first problem in it is where the reader goes first.
    const problems = [...unknownKeys, ...others].sort((left, right) => (left.line ?? Number.MAX_SAFE_INTEGER) - (right.line ?? Number.MAX_SAFE_INTEGER));
    const line = problems[0]?.line;
    const messages = problems.map((problem) => `${problem.field}: ${problem.message}${problems.length > 1 && problem.line && problem.line !== line ? ` (line ${problem.line})` : ''}`);
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

/***/ 99876:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ isCutShortRecord),
/* harmony export */   eq: () => (/* binding */ openForAppend),
/* harmony export */   fl: () => (/* binding */ appendJsonLine)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
// The JSONL files that runs share (the ledger journal, the send log, bounce-scan's processed
// journal): each record is one write to a file opened with O_APPEND, so records from several
// processes never interleave. A write cut short (a crash or a full disk mid-append) leaves the start
// of a record with no newline; the next writer starts its record on a new line, so the torn line is
// left on its own, where readers know it by its shape (a JSON object whose end is missing).


/** Opens a JSONL file for appending (and for reading its last byte), creating it and its folder. */
function openForAppend(path) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'a+');
}
/**
 * Appends one record in a single write, with a newline first when the file does not end with one
 * (a record cut short before). Another process may append between the check and the write: then
 * the newline is an empty line, which readers skip. A short write (a full disk) is an error, not a
 * record written.
 */
function appendJsonLine(fd, path, line) {
    const { size } = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
    const last = Buffer.alloc(1);
    const torn = size > 0 && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a;
    const bytes = Buffer.from(`${torn ? '\n' : ''}${line}\n`, 'utf8');
    const written = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes);
    if (written !== bytes.length)
        throw new Error(`${path}: only ${written} of ${bytes.length} bytes of a record were written (is the disk full?)`);
}
class EndOfText extends Error {
}
class NotJson extends Error {
}
/**
 * Whether a line that is not JSON is a record cut short: the start of a JSON object, valid as far as
 * it goes, whose end is missing. A line with anything else wrong (edited by hand, or a torn record
 * with another written onto it) is not.
 */
function isCutShortRecord(line) {
    if (!line.startsWith('{'))
        return false;
    let at = 0;
    const peek = () => {
        if (at >= line.length)
            throw new EndOfText();
        return line[at];
    };
    const skipBlanks = () => {
        while (at < line.length && ' \t\r'.includes(line[at]))
            at++;
    };
    const take = (char) => {
        if (peek() !== char)
            throw new NotJson();
        at++;
    };
    const string = () => {
        take('"');
        for (;;) {
            const char = peek();
            at++;
            if (char === '"')
                return;
            if (char < ' ')
                throw new NotJson();
            if (char !== '\\')
                continue;
            const escaped = peek();
            at++;
            if (escaped === 'u') {
                for (let digit = 0; digit < 4; digit++, at++)
                    if (!/[0-9a-fA-F]/.test(peek()))
                        throw new NotJson();
            }
            else if (!'"\\/bfnrt'.includes(escaped)) {
                throw new NotJson();
            }
        }
    };
    const literal = () => {
        const rest = line.slice(at);
        const word = ['true', 'false', 'null'].find((candidate) => rest.startsWith(candidate) || candidate.startsWith(rest));
        if (!word)
            throw new NotJson();
        if (!rest.startsWith(word))
            throw new EndOfText();
        at += word.length;
    };
    const number = () => {
        const text = /^[-+0-9.eE]+/.exec(line.slice(at))[0];
        at += text.length;
        if (at >= line.length)
            throw new EndOfText();
        if (!/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/.test(text))
            throw new NotJson();
    };
    const members = (close, member) => {
        at++;
        skipBlanks();
        if (peek() === close)
            return void at++;
        for (;;) {
            skipBlanks();
            member();
            skipBlanks();
            const char = peek();
            at++;
            if (char === close)
                return;
            if (char !== ',')
                throw new NotJson();
        }
    };
    const value = () => {
        skipBlanks();
        const char = peek();
        if (char === '{') {
            members('}', () => {
                string();
                skipBlanks();
                take(':');
                value();
            });
        }
        else if (char === '[') {
            members(']', value);
        }
        else if (char === '"') {
            string();
        }
        else if (char === '-' || (char >= '0' && char <= '9')) {
            number();
        }
        else {
            literal();
        }
    };
    try {
        value();
        return false;
    }
    catch (error) {
        if (error instanceof EndOfText)
            return true;
        if (error instanceof NotJson)
            return false;
        throw error;
    }
}


/***/ }),

/***/ 36981:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Z: () => (/* binding */ sendLogLine),
/* harmony export */   KL: () => (/* binding */ retiredAddresses),
/* harmony export */   SM: () => (/* binding */ reinstateAddress),
/* harmony export */   hb: () => (/* binding */ SendLog),
/* harmony export */   lE: () => (/* binding */ readSendLogTail),
/* harmony export */   oA: () => (/* binding */ isRetirementEntry)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7982);
/* harmony import */ var _jsonl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99876);
// The JSONL send log: one line per recipient and attempt outcome (time, status, SMTP response,
// Message-ID, error), appended as each send settles and read back by `shipgate mail status`;
// bounce-scan adds its `bounced` lines and one `retired` line per address it retires, which every
// later roster send skips until `shipgate mail reinstate` writes a `reinstated` line for it.




/**
 * One line of the send log, as any writer leaves it: a send outcome, a `bounced` line (the send it
 * answers plus the bounce) or a `retired` line. Checked when the carried state is verified.
 */
const sendLogLine = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    time: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
    event: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    template: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    recipient: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['sent', 'failed', 'unconfirmed', 'duplicate', 'skipped', 'dry-run', 'bounced', 'retired', 'reinstated']),
    response: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullable(),
    messageId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullable(),
    error: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullable(),
    attempts: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0),
    emlPath: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    bounce: zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ type: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['hard', 'soft']), noticeMessageId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), retire: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY() }).optional(),
    retirement: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ reason: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1), scan: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1), noticeMessageIds: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()) }).optional(),
    reinstatement: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ note: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() }).optional(),
})
    .refine((line) => (line.status === 'retired') === (line.retirement !== undefined), { message: "a 'retired' line, and only that, carries 'retirement'", path: ['retirement'] })
    .refine((line) => line.status !== 'bounced' || line.bounce !== undefined, { message: "a 'bounced' line carries 'bounce'", path: ['bounce'] })
    .refine((line) => (line.status === 'reinstated') === (line.reinstatement !== undefined), { message: "a 'reinstated' line, and only that, carries 'reinstatement'", path: ['reinstatement'] });
function isRetirementEntry(entry) {
    return entry.status === 'retired' && typeof entry.retirement === 'object' && entry.retirement !== null;
}
/**
 * Addresses (lower-cased) the send log says bounce-scan retired, with the reason of the latest
 * retirement; a `reinstated` line after it gives the address back.
 */
async function retiredAddresses(path) {
    const { entries } = await readSendLogTail(path, Number.MAX_SAFE_INTEGER);
    const retired = new Map();
    for (const entry of entries) {
        const address = entry.recipient.toLowerCase();
        if (isRetirementEntry(entry))
            retired.set(address, entry.retirement.reason);
        else if (entry.status === 'reinstated')
            retired.delete(address);
    }
    return retired;
}
/**
 * Gives a retired address back to roster sends (the person's mailbox works again): appends a
 * `reinstated` line. 'not-retired' when the send log does not hold it retired (nothing written).
 */
async function reinstateAddress(path, address, note, now, masker) {
    if (!(await retiredAddresses(path)).has(address.toLowerCase()))
        return 'not-retired';
    const log = new SendLog(path, masker);
    try {
        log.append({ time: now.toISOString(), event: 'reinstate', template: '', recipient: address, status: 'reinstated', response: null, messageId: null, error: null, attempts: 0, reinstatement: { note } });
    }
    finally {
        log.close();
    }
    return 'reinstated';
}
class SendLog {
    path;
    masker;
    fd;
    constructor(path, masker) {
        this.path = path;
        this.masker = masker;
    }
    /**
     * Synchronous, so a line is on disk before the next message is handed to the server. bounce-scan
     * appends its `bounced` lines (the send they answer, plus the bounce) through here too.
     */
    append(entry) {
        this.fd ??= (0,_jsonl_js__WEBPACK_IMPORTED_MODULE_2__/* .openForAppend */ .eq)(this.path);
        (0,_jsonl_js__WEBPACK_IMPORTED_MODULE_2__/* .appendJsonLine */ .fl)(this.fd, this.path, this.masker.mask(JSON.stringify(entry)));
    }
    close() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        this.fd = undefined;
    }
}
/**
 * The last `limit` entries, newest last. Lines that are not JSON (a record cut short by a killed run
 * or a full disk, which the next append leaves on a line of its own) are skipped and counted, and do
 * not take the place of an entry.
 */
async function readSendLogTail(path, limit) {
    const text = await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextIfPresent */ .Ge)(path);
    if (text === undefined)
        return { entries: [], unreadable: 0, found: false };
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    const entries = [];
    let unreadable = 0;
    for (let index = lines.length - 1; index >= 0 && entries.length < limit; index--) {
        try {
            entries.push(JSON.parse(lines[index]));
        }
        catch {
            unreadable++;
        }
    }
    return { entries: entries.reverse(), unreadable, found: true };
}


/***/ }),

/***/ 46323:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   templateData: () => (/* binding */ templateData)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(92857);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7982);
/* harmony import */ var _config_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11919);
/* harmony import */ var _stages_timing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8810);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93037);
/* harmony import */ var _period_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14181);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(10315);
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
