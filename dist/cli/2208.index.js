export const id = 2208;
export const ids = [2208,1670];
export const modules = {

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

/***/ 12631:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ parseCsvRows),
/* harmony export */   DC: () => (/* binding */ formatCsvRows),
/* harmony export */   Rh: () => (/* binding */ parseRoster),
/* harmony export */   kf: () => (/* binding */ rosterProblemLines),
/* harmony export */   ks: () => (/* binding */ readRoster),
/* harmony export */   or: () => (/* binding */ NOTE_COLUMN),
/* harmony export */   rp: () => (/* binding */ requireValidRoster)
/* harmony export */ });
/* unused harmony export REQUIRED_ROSTER_COLUMNS */
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25175);
/* harmony import */ var csv_stringify_sync__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96789);
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35562);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
/* harmony import */ var _addresses_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41670);
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13021);
// The roster of a scheduled send: a CSV file (RFC 4180) with email, name and status columns and any
// further columns, which templates can use. Validation reports every problem with its line number.






const REQUIRED_ROSTER_COLUMNS = ['email', 'name', 'status'];
/** Why a person's status is what it is: written by roster care and by the bounce scan. */
const NOTE_COLUMN = 'note';
/** The line each byte offset of the text is on: line breaks are \r\n and \n, or \r alone in a file with no \n. */
function lineCounter(bytes, lineBreak) {
    const breaks = [];
    for (let index = 0; index < bytes.length; index++)
        if (bytes[index] === lineBreak)
            breaks.push(index);
    return (offset) => {
        // Binary search: the number of line breaks before the offset.
        let low = 0;
        let high = breaks.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (breaks[middle] < offset)
                low = middle + 1;
            else
                high = middle;
        }
        return low + 1;
    };
}
const CSV_ERROR_MESSAGES = {
    CSV_QUOTE_NOT_CLOSED: 'a quoted field is not closed (a " is missing)',
    CSV_INVALID_CLOSING_QUOTE: 'a quoted field is followed by more text before the next comma; quote the whole field',
};
/**
 * Splits CSV text into rows with the line each starts on; quoted fields may hold commas, quotes
 * and newlines. Lines with nothing on them are left out. csv-parse counts a \r\n inside a quoted
 * field as two lines, so the line of a row is found from its byte offset instead.
 */
function parseCsvRows(text) {
    const bytes = Buffer.from(text, 'utf8');
    const macLineBreaks = !text.includes('\n') && text.includes('\r');
    const lineAt = lineCounter(bytes, macLineBreaks ? 0x0d : 0x0a);
    const rows = [];
    const problems = [];
    let records;
    try {
        records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(bytes, {
            bom: true,
            info: true,
            relax_column_count: true,
            // A quote inside an unquoted field is kept as it is, as spreadsheets write them.
            relax_quotes: true,
            record_delimiter: macLineBreaks ? ['\r'] : ['\r\n', '\n'],
            skip_records_with_error: true,
            on_skip: (error) => {
                if (!error)
                    return;
                problems.push({ line: lineAt(error.bytes ?? 0), message: CSV_ERROR_MESSAGES[error.code ?? ''] ?? `not readable as CSV (${error.message})` });
            },
        });
    }
    catch (error) {
        const { bytes: offset } = error;
        return { rows, problems: [...problems, { line: lineAt(offset ?? 0), message: `not readable as CSV (${error.message})` }] };
    }
    let start = 0;
    for (const { record, info } of records) {
        const line = lineAt(start);
        start = info.bytes;
        if (record.length === 1 && record[0].trim() === '')
            continue;
        rows.push({ line, fields: record });
    }
    return { rows, problems };
}
/** Writes rows as CSV, quoting only the fields that need it; the inverse of parseCsvRows. */
function formatCsvRows(rows, lineBreak = '\n') {
    // A field with a \r or surrounding blanks is quoted too, so that it reads back as it was.
    return (0,csv_stringify_sync__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .A)(rows, { record_delimiter: lineBreak === '\r\n' ? 'windows' : 'unix', quoted_match: /\r|^\s|\s$/ });
}
/** Parses and checks a roster; never throws for bad content, the problems say what and where. */
function parseRoster(text, path, rules = {}) {
    const required = rules.requiredColumns ?? REQUIRED_ROSTER_COLUMNS;
    const { rows, problems } = parseCsvRows(text);
    const [header, ...body] = rows;
    if (!header)
        return { path, columns: [], people: [], problems: [...problems, { line: 1, message: `empty roster: expected a header line with ${required.join(',')}` }] };
    const columns = header.fields.map((name) => name.trim().toLowerCase());
    const missing = required.filter((name) => !columns.includes(name));
    if (missing.length > 0) {
        problems.push({ line: header.line, message: `missing column(s) ${missing.join(', ')} in the header (found: ${columns.join(', ') || 'none'})` });
        return { path, columns, people: [], problems };
    }
    const repeated = columns.filter((name, position) => name === '' || columns.indexOf(name) !== position);
    if (repeated.length > 0)
        problems.push({ line: header.line, message: `empty or repeated column name(s) in the header: ${repeated.map((name) => `'${name}'`).join(', ')}` });
    const people = [];
    const firstLineOf = new Map();
    for (const row of body) {
        if (row.fields.length !== columns.length) {
            problems.push({ line: row.line, message: `has ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(row.fields.length, 'field')}, the header has ${columns.length}: missing or extra columns` });
            continue;
        }
        const values = Object.fromEntries(columns.map((name, position) => [name, row.fields[position].trim()]));
        const email = values.email;
        // An import may leave status out (the roster's is kept); a roster never does.
        const status = values.status?.toLowerCase();
        let valid = true;
        if (!(0,_addresses_js__WEBPACK_IMPORTED_MODULE_4__/* .isValidAddress */ .$m)(email)) {
            problems.push({ line: row.line, message: email === '' ? 'email is empty' : `email '${email}' is not a mail address` });
            valid = false;
        }
        if (status !== undefined && status !== 'active' && status !== 'inactive') {
            problems.push({ line: row.line, message: `status '${values.status}' must be active or inactive` });
            valid = false;
        }
        const key = email.toLowerCase();
        const first = firstLineOf.get(key);
        if (first !== undefined && email !== '') {
            problems.push({ line: row.line, message: `duplicate email '${email}' (first on line ${first})` });
            valid = false;
        }
        else if (email !== '') {
            firstLineOf.set(key, row.line);
        }
        if (valid)
            people.push({ email, name: values.name ?? '', status: (status ?? 'active'), columns: values, line: row.line });
    }
    return { path, columns, people, problems: problems.sort((a, b) => a.line - b.line) };
}
async function readRoster(path) {
    let text;
    try {
        text = await (0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readUserTextFile */ .Vf)(path, 'a roster');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input 'roster': cannot read ${path} (${error.message})`, { file: path });
    }
    return parseRoster(text, path);
}
/** Every problem of a roster as `file:line: message`, one a line. */
function rosterProblemLines(roster) {
    return roster.problems.map((problem) => `${roster.path}:${problem.line}: ${problem.message}`).join('\n');
}
/** The roster, or a ConfigurationError listing every problem as file:line; nothing is sent from a broken roster. */
async function requireValidRoster(path) {
    const roster = await readRoster(path);
    if (roster.problems.length > 0) {
        const first = roster.problems[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`roster ${path} has ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(roster.problems.length, 'problem')}; nothing was sent. Fix them (shipgate mail validate-roster --roster ${path}):\n` + rosterProblemLines(roster), { file: path, line: first.line });
    }
    return roster;
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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7982);
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
        if (this.fd === undefined) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(this.path), { recursive: true });
            this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(this.path, 'a');
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, `${this.masker.mask(JSON.stringify(entry))}\n`);
    }
    close() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        this.fd = undefined;
    }
}
/**
 * The last `limit` entries, newest last. Lines that are not JSON (a line torn by a killed run) are
 * skipped and counted, and do not take the place of an entry.
 */
async function readSendLogTail(path, limit) {
    const text = await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextIfPresent */ .Ge)(path);
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

/***/ 8810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ UNNUMBERED_LOCAL_RUN_ID),
/* harmony export */   Az: () => (/* binding */ runLabel),
/* harmony export */   C2: () => (/* binding */ emptyTiming),
/* harmony export */   D: () => (/* binding */ runAt),
/* harmony export */   Ql: () => (/* binding */ closeRun),
/* harmony export */   RU: () => (/* binding */ nextLocalRunNumber),
/* harmony export */   Sk: () => (/* binding */ localRunId),
/* harmony export */   W_: () => (/* binding */ sameRun),
/* harmony export */   Xf: () => (/* binding */ pipelineRunOf),
/* harmony export */   hH: () => (/* binding */ latestRun),
/* harmony export */   is: () => (/* binding */ recordStageTiming),
/* harmony export */   ky: () => (/* binding */ runsOf),
/* harmony export */   lm: () => (/* binding */ TIMING_LOCK_WAIT),
/* harmony export */   r: () => (/* binding */ loadTiming)
/* harmony export */ });
/* unused harmony exports resolveRun, stageTiming, upgradeTiming */
/* harmony import */ var _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47891);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11549);
// Pipeline timing: each stage appends its run to `.artifacts/pipeline/<sha>/timing.json`, naming the
// pipeline run it is part of, so that the runs of one SHA stay apart; readers take them run by run.


/**
 * The run id of a local stage that no `shipgate pipeline` numbered (`shipgate run <action>`): it
 * joins the latest local run of the SHA, or starts local-1 when there is none.
 */
const UNNUMBERED_LOCAL_RUN_ID = 'local';
/** The pipeline run a stage is part of: GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT, or the local run. */
function pipelineRunOf(environment) {
    const attempt = Number(environment.runAttempt);
    return { id: environment.runId || UNNUMBERED_LOCAL_RUN_ID, attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1 };
}
/** local-<n> for the nth local pipeline run of a SHA. */
function localRunId(number) {
    return `local-${number}`;
}
function localRunNumber(run) {
    const match = /^local-([1-9][0-9]*)$/.exec(run.id);
    return match ? Number(match[1]) : undefined;
}
/** The number the next `shipgate pipeline` run of the SHA takes: one more than the highest local run recorded. */
function nextLocalRunNumber(timing) {
    return 1 + Math.max(0, ...runsOf(timing).map((run) => localRunNumber(run.run) ?? 0));
}
function sameRun(a, b) {
    return a.id === b.id && a.attempt === b.attempt;
}
/** The run as a person names it: "local run 2", "run 4242 attempt 2", "legacy run". */
function runLabel(run) {
    const local = localRunNumber(run);
    if (local !== undefined)
        return `local run ${local}`;
    if (run.id === _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .LEGACY_RUN_ID */ .aQ)
        return 'legacy run (recorded before runs were told apart)';
    return `run ${run.id}${run.attempt > 1 ? ` attempt ${run.attempt}` : ''}`;
}
/** An unnumbered local run joins the latest local run recorded (local-1 when there is none); any other run is itself. */
function resolveRun(timing, run) {
    if (run.id !== UNNUMBERED_LOCAL_RUN_ID)
        return run;
    const numbers = runsOf(timing).map((recorded) => localRunNumber(recorded.run) ?? 0);
    return { id: localRunId(Math.max(1, ...numbers)), attempt: 1 };
}
function stageTiming(run) {
    return {
        stage: run.stage,
        startedAt: run.startedAt.toISOString(),
        finishedAt: run.finishedAt.toISOString(),
        durationMs: Math.max(0, run.finishedAt.getTime() - run.startedAt.getTime()),
        outcome: run.outcome,
    };
}
function emptyTiming(sha) {
    return { schema: _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk, sha, stages: [], closes: [] };
}
/** The timing in the version written now: a v1 file's stages and close belong to the legacy run. */
function upgradeTiming(timing) {
    if (timing.schema === _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk)
        return timing;
    const run = { id: _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .LEGACY_RUN_ID */ .aQ, attempt: 1 };
    return {
        schema: _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk,
        sha: timing.sha,
        stages: timing.stages.map((stage) => ({ ...stage, run })),
        closes: timing.closed ? [{ ...timing.closed, run }] : [],
    };
}
/** The timing so far (upgraded to v2), or a fresh one; invalid timing is an error naming the file and field. */
async function loadTiming(store, sha) {
    const read = await store.read('pipeline', sha);
    if (read.state === 'missing')
        return emptyTiming(sha);
    return upgradeTiming((0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_1__/* .requireValid */ .AK)(read).value);
}
/** How long a stage waits for the others to append theirs; each holds the lock for one read and one write. */
const TIMING_LOCK_WAIT = { limitMs: 2 * 60 * 1000 };
/** Appends one stage's run. Concurrent stages take turns, so that none of their runs is lost. */
async function recordStageTiming(store, sha, run) {
    await store.exclusively('pipeline', sha, TIMING_LOCK_WAIT, async () => {
        const timing = await loadTiming(store, sha);
        await store.write('pipeline', sha, { ...timing, stages: [...timing.stages, { ...stageTiming(run), run: resolveRun(timing, run.run) }] });
    });
}
/**
 * Appends the deciding stage and closes its run: the total from that run's first start, the lead
 * time from the commit. A run decided again (a rerun of release-decision alone) replaces its close.
 */
function closeRun(timing, close) {
    const current = upgradeTiming(timing);
    const run = resolveRun(current, close.stage.run);
    const stages = [...current.stages, { ...stageTiming(close.stage), run }];
    const firstStart = Math.min(...stages.filter((stage) => sameRun(stage.run, run)).map((stage) => Date.parse(stage.startedAt)));
    const closedAtMs = close.closedAt.getTime();
    const closed = {
        run,
        closedAt: close.closedAt.toISOString(),
        totalMs: Math.max(0, closedAtMs - firstStart),
        commitTime: close.commitTime?.toISOString() ?? null,
        leadTimeMs: close.commitTime ? closedAtMs - close.commitTime.getTime() : null,
    };
    return { ...current, stages, closes: [...current.closes.filter((recorded) => !sameRun(recorded.run, run)), closed] };
}
/** The runs of a timing (v1 or v2), in the order they first appended a stage. */
function runsOf(timing) {
    const current = upgradeTiming(timing);
    const runs = [];
    const ofRun = (run) => {
        let found = runs.find((entry) => sameRun(entry.run, run));
        if (!found) {
            found = { run, stages: [], closed: null, startedAt: '', finishedAt: '' };
            runs.push(found);
        }
        return found;
    };
    for (const stage of current.stages)
        ofRun(stage.run).stages.push(stage);
    for (const close of current.closes)
        ofRun(close.run).closed = close;
    for (const entry of runs) {
        const starts = entry.stages.map((stage) => Date.parse(stage.startedAt));
        const ends = [...entry.stages.map((stage) => Date.parse(stage.finishedAt)), ...(entry.closed ? [Date.parse(entry.closed.closedAt)] : [])];
        entry.startedAt = new Date(Math.min(...(starts.length > 0 ? starts : ends))).toISOString();
        entry.finishedAt = new Date(Math.max(...ends)).toISOString();
    }
    return runs;
}
/** The run that appended last (after a close, the run just decided); undefined for an empty timing. */
function latestRun(timing) {
    const current = upgradeTiming(timing);
    const last = current.stages.at(-1)?.run ?? current.closes.at(-1)?.run;
    return last ? runsOf(current).find((entry) => sameRun(entry.run, last)) : undefined;
}
/**
 * The run a moment belongs to: the run that had started last by then (evidence written between two
 * runs belongs to the earlier one, e.g. a stage run on its own); undefined before the first run.
 */
function runAt(runs, at) {
    const time = typeof at === 'string' ? Date.parse(at) : at.getTime();
    if (Number.isNaN(time))
        return undefined;
    const started = runs.filter((entry) => Date.parse(entry.startedAt) <= time);
    return started.reduce((latest, entry) => (!latest || Date.parse(entry.startedAt) >= Date.parse(latest.startedAt) ? entry : latest), undefined);
}


/***/ })

};
