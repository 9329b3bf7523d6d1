export const id = 6861;
export const ids = [6861,1670];
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

/***/ 7982:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qx: () => (/* binding */ DEFAULT_ARTIFACTS_DIR),
  un: () => (/* binding */ LocalEvidenceStore),
  Ge: () => (/* binding */ readTextIfPresent),
  Zf: () => (/* reexport */ atomic_file/* writeFileAtomic */.Zf)
});

// UNUSED EXPORTS: createFileExclusive

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/contracts/common.js
var common = __webpack_require__(36291);
// EXTERNAL MODULE: ./build/contracts/index.js
var contracts = __webpack_require__(11920);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/evidence/atomic-file.js
var atomic_file = __webpack_require__(33910);
// EXTERNAL MODULE: ./build/evidence/evidence-file.js
var evidence_file = __webpack_require__(35562);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./build/platform/process-holder.js
var process_holder = __webpack_require__(72030);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./build/evidence/lock-file.js
// Lock files in the evidence folder: of the processes on one machine that share the folder, one at a
// time holds a lock, and the lock of a holder that was killed is taken over, by exactly one taker.







const FIRST_POLL_MS = 10;
const LONGEST_POLL_MS = 250;
/** Runs work while holding the lock file at path; the lock is released however work ends. */
async function withLockFile(path, work, wait) {
    const mine = await acquire(path, wait);
    try {
        return await work();
    }
    finally {
        await release(path, mine);
    }
}
async function acquire(path, wait) {
    const holder = { pid: process.pid, hostname: (0,external_node_os_.hostname)(), since: new Date().toISOString(), token: (0,external_node_crypto_.randomBytes)(8).toString('hex') };
    const mine = Buffer.from(`${JSON.stringify(holder)}\n`);
    const deadline = Date.now() + wait.limitMs;
    let told = false;
    for (let attempt = 0;; attempt++) {
        if (await (0,atomic_file/* createFileExclusive */.Dn)(path, mine))
            return mine;
        const current = await readLock(path);
        // Released between the two steps: try again at once.
        if (!current)
            continue;
        const state = holderState(current.holder);
        if (state === 'dead' && (await takeOver(path, [{ path, identity: current.identity }], mine)))
            return mine;
        if (state !== 'dead' && !told) {
            told = true;
            wait.onWait?.(`${describeHolder(current.holder)} (${path})`);
        }
        if (Date.now() > deadline) {
            throw new errors/* ConfigurationError */.j1(`${path}: still held by ${describeHolder(current.holder)} after waiting ${Math.ceil(wait.limitMs / 1000)} s. ` +
                'If no shipgate run holds it any more (a run on another machine that was stopped), remove the file and run again.', { file: path });
        }
        await (0,external_node_timers_promises_.setTimeout)(Math.min(FIRST_POLL_MS * 2 ** attempt, LONGEST_POLL_MS) * (0.5 + Math.random()));
    }
}
/** Removes the lock only while it is still this holder's. */
async function release(path, mine) {
    const current = await (0,promises_.readFile)(path).catch(() => undefined);
    if (current?.equals(mine))
        await (0,promises_.rm)(path, { force: true });
}
/**
 * Replaces a dead holder's lock (chain[0], as it was read) with ours. Two takers must not both win,
 * so who may replace that one lock file is itself decided by an exclusive create: the marker
 * `<lock>.takeover-<identity>`. A taker killed while holding its marker is taken over the same way,
 * one level up (chain[1], …). The winner checks that every file of the chain is still the one it
 * read before replacing anything: a lock replaced meanwhile belongs to someone else.
 */
async function takeOver(lockPath, chain, mine) {
    const guarded = chain[chain.length - 1];
    const marker = `${guarded.path}.takeover-${guarded.identity}`;
    if (await (0,atomic_file/* createFileExclusive */.Dn)(marker, mine)) {
        let won = false;
        try {
            for (const link of chain) {
                if ((await readLock(link.path))?.identity !== link.identity)
                    return false;
            }
            await (0,atomic_file/* writeFileAtomic */.Zf)(lockPath, mine);
            won = true;
            return true;
        }
        finally {
            // The dead takers' markers guard a lock file that is gone now.
            if (won)
                for (const link of chain.slice(1))
                    await (0,promises_.rm)(link.path, { force: true });
            await (0,promises_.rm)(marker, { force: true });
        }
    }
    const claim = await readLock(marker);
    if (!claim || holderState(claim.holder) !== 'dead')
        return false;
    return takeOver(lockPath, [...chain, { path: marker, identity: claim.identity }], mine);
}
async function readLock(path) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    return { identity: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex').slice(0, 16), holder: parseHolder(bytes) };
}
function parseHolder(bytes) {
    try {
        const value = JSON.parse(bytes.toString('utf8'));
        if (Number.isSafeInteger(value.pid) && value.pid > 0 && typeof value.hostname === 'string' && typeof value.since === 'string')
            return value;
    }
    catch {
        // Not a lock file this code wrote: nothing holds it.
    }
    return undefined;
}
/**
 * dead: nothing can hold it any more (its process is gone, or the file is not a lock file);
 * alive: its process runs here; elsewhere: it runs on another machine, which cannot be asked.
 */
function holderState(holder) {
    return holder ? (0,process_holder/* holderProcessState */.H)(holder) : 'dead';
}
function describeHolder(holder) {
    return holder ? `process ${holder.pid} on ${holder.hostname} (since ${holder.since})` : 'an unreadable lock file';
}

// EXTERNAL MODULE: ./build/evidence/store.js
var store = __webpack_require__(11549);
;// CONCATENATED MODULE: ./build/evidence/local-store.js
// The local-folder evidence backend: the `.artifacts/` folder, written atomically.









const DEFAULT_ARTIFACTS_DIR = '.artifacts';
const LOCKS_FOLDER = '.locks';
// Where the mail and delivery state writers have always imported them from.

/**
 * A state file's text (the mail ledger, the send log), or undefined when there is none. Symlinks
 * are followed; a FIFO, device or folder in its place is refused at once instead of blocking.
 */
async function readTextIfPresent(path) {
    const read = await (0,evidence_file/* readRegularFile */.XF)(path, Number.MAX_SAFE_INTEGER, 'this file', true);
    if (read.state === 'missing')
        return undefined;
    if (read.state === 'refused')
        throw new errors/* ConfigurationError */.j1(`${path}: ${read.reason}`, { file: path });
    return read.bytes.toString('utf8');
}
class LocalEvidenceStore {
    location;
    constructor(location = DEFAULT_ARTIFACTS_DIR) {
        this.location = location;
    }
    pathOf(kind, sha) {
        return (0,external_node_path_.join)(this.location, contracts/* contracts */.Mh[kind].kind, (0,store/* assertSha */.B1)(sha), contracts/* contracts */.Mh[kind].file);
    }
    async read(kind, sha) {
        const path = this.pathOf(kind, sha);
        const file = await (0,evidence_file/* readEvidenceFile */.M)(this.location, path);
        if (file.state === 'missing')
            return { state: 'missing', kind, path };
        if (file.state === 'refused')
            return { state: 'invalid', kind, path, problems: [file.problem] };
        const parsed = (0,store/* parseEvidence */.vf)(kind, file.text);
        if (!parsed.ok)
            return { state: 'invalid', kind, path, problems: parsed.problems };
        return { state: 'valid', kind, path, value: parsed.value, digest: parsed.digest };
    }
    async write(kind, sha, value) {
        const path = this.pathOf(kind, sha);
        const text = (0,store/* serializeEvidence */.wN)(kind, sha, value);
        const digest = (0,store/* parseEvidence */.vf)(kind, text);
        if (!digest.ok)
            throw new Error('bug: serialized evidence does not parse');
        if (contracts/* contracts */.Mh[kind].immutable) {
            if (await (0,atomic_file/* createFileExclusive */.Dn)(path, text))
                return { path, digest: digest.digest, written: true };
            const file = await (0,evidence_file/* readEvidenceFile */.M)(this.location, path);
            const current = (0,store/* parseEvidence */.vf)(kind, file.state === 'read' ? file.text : '');
            if (current.ok && current.digest === digest.digest)
                return { path, digest: digest.digest, written: false };
            throw new errors/* EvidenceError */.oe(`${path}: refusing to overwrite: a ${kind} must not change once written (recorded ${current.ok ? current.digest : 'an unreadable file'}, new ${digest.digest}). ` +
                'Build a new commit, or remove the file by hand if it is known to be wrong.', { file: path });
        }
        // Whatever is there that is not this contract (bad JSON, a FIFO, a link) is replaced: the rename
        // swaps the directory entry, it never writes through a link.
        const existing = await (0,evidence_file/* readEvidenceFile */.M)(this.location, path);
        if (existing.state === 'read') {
            const current = (0,store/* parseEvidence */.vf)(kind, existing.text);
            if (current.ok && current.digest === digest.digest)
                return { path, digest: digest.digest, written: false };
        }
        await (0,atomic_file/* writeFileAtomic */.Zf)(path, text);
        return { path, digest: digest.digest, written: true };
    }
    exclusively(kind, sha, wait, work) {
        // Beside the contract folders, not in them: a folder under <kind>/ stands for evidence of a SHA.
        return withLockFile((0,external_node_path_.join)(this.location, LOCKS_FOLDER, `${contracts/* contracts */.Mh[kind].kind}-${(0,store/* assertSha */.B1)(sha)}.lock`), work, wait);
    }
    within(segments) {
        return new LocalEvidenceStore((0,external_node_path_.join)(this.location, ...segments));
    }
    async listShas(kind) {
        try {
            const entries = await (0,promises_.readdir)((0,external_node_path_.join)(this.location, contracts/* contracts */.Mh[kind].kind), { withFileTypes: true });
            return entries.filter((entry) => entry.isDirectory() && common/* SHA_PATTERN */.yw.test(entry.name)).map((entry) => entry.name);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return [];
            throw error;
        }
    }
}


/***/ }),

/***/ 11549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ requireValid),
/* harmony export */   B1: () => (/* binding */ assertSha),
/* harmony export */   vf: () => (/* binding */ parseEvidence),
/* harmony export */   wN: () => (/* binding */ serializeEvidence),
/* harmony export */   yg: () => (/* binding */ describeProblems)
/* harmony export */ });
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41854);
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36291);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
/* harmony import */ var _encodable_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21130);
// The evidence store: every contract under `<artifacts-dir>/<kind>/<sha>/<file>.json`, validated on
// the way in and on the way out. One interface; the local folder is the first backend, the GitHub
// artifact backend sits behind the same interface.





/** Refuses anything but a full lowercase SHA, so nothing derived from input can leave the folder. */
function assertSha(sha, what = 'sha') {
    if (!_contracts_common_js__WEBPACK_IMPORTED_MODULE_1__/* .SHA_PATTERN */ .yw.test(sha)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${what}: '${sha}' is not a full commit SHA; give the 40-character lowercase hex SHA (git rev-parse HEAD)`);
    }
    return sha;
}
/** `file: field: message` for each problem, one per line. */
function describeProblems(path, problems) {
    return problems.map((problem) => `${path}: ${problem.field}: ${problem.message}`).join('\n');
}
/** The value of a valid read, or an EvidenceError that names the file and the field. */
function requireValid(read) {
    if (read.state === 'valid')
        return read;
    if (read.state === 'missing') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .oe(`${read.path}: missing: no ${read.kind} evidence for this SHA`, { file: read.path });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .oe(describeProblems(read.path, read.problems), { file: read.path });
}
/**
 * Parses text as a contract of the given kind: JSON, then the schema, then the contract's own
 * checks (the manifest digest). Never throws for bad content; the problems name the field.
 */
function parseEvidence(kind, text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        // The parser quotes the text, which may hold half of a surrogate pair.
        return { ok: false, problems: [{ field: '(root)', message: `not valid JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeLoneSurrogates */ .nn)(error.message)})` }] };
    }
    const unencodable = (0,_encodable_json_js__WEBPACK_IMPORTED_MODULE_4__/* .unencodableJsonProblems */ .z)(json);
    if (unencodable.length > 0)
        return { ok: false, problems: unencodable };
    const spec = _contracts_index_js__WEBPACK_IMPORTED_MODULE_2__/* .contracts */ .Mh[kind];
    const schemaField = json?.schema;
    const readable = [spec.id, ...(spec.readable ?? [])];
    if (typeof schemaField === 'string' && !readable.includes(schemaField)) {
        return { ok: false, problems: [{ field: 'schema', message: `is '${schemaField}', expected ${readable.map((id) => `'${id}'`).join(' or ')}` }] };
    }
    const parsed = spec.schema.safeParse(json);
    if (!parsed.success)
        return { ok: false, problems: (0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaProblems */ .Ic)(parsed.error) };
    const value = parsed.data;
    const problems = spec.verify?.(value) ?? [];
    if (problems.length > 0)
        return { ok: false, problems };
    return { ok: true, value, digest: (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(value) };
}
/** Validates a contract before it is written: a stage never writes what fails its own schema. */
function serializeEvidence(kind, sha, value) {
    const text = `${JSON.stringify(value, null, 2)}\n`;
    const checked = parseEvidence(kind, text);
    if (!checked.ok) {
        throw new Error(`bug: refusing to write ${kind} evidence that fails its own schema:\n${describeProblems(kind, checked.problems)}`);
    }
    if (value.sha !== sha) {
        throw new Error(`bug: ${kind} evidence for ${sha} names sha ${value.sha}`);
    }
    return text;
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

/***/ 80758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ NOTIFICATIONS_FOLDER)
/* harmony export */ });
// Where send-mail keeps its records under the artifacts folder. A module of its own so that an
// action can name the folder without loading the ledger and its schemas at start-up.
const NOTIFICATIONS_FOLDER = 'notifications';


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

/***/ 77582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   QL: () => (/* binding */ inputs),
/* harmony export */   QP: () => (/* binding */ defineAction),
/* harmony export */   rO: () => (/* binding */ withDefaults),
/* harmony export */   yi: () => (/* binding */ parseDurationMs)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88532);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
// What an action is, independent of where it runs: its documented inputs and outputs, one zod
// schema that turns the raw inputs into a typed settings object, and a run function over ports.
// The GitHub adapter (github-action.ts) and the `shipgate` command both drive this.



function defineAction(definition) {
    return definition;
}
/** Raw inputs with defaults applied; empty means not given. */
function withDefaults(definition, given) {
    const raw = {};
    for (const [name, spec] of Object.entries(definition.inputs)) {
        const value = given(name)?.trim();
        raw[name] = value ? value : spec.default || undefined;
    }
    return raw;
}
/** Parses the inputs with the action's schema; the error names the input and says what fits. */
function parseSettings(definition, raw, logger) {
    for (const [name, spec] of Object.entries(definition.inputs)) {
        const value = raw[name];
        if (spec.secret && value)
            logger.secret(value);
    }
    for (const [name, spec] of Object.entries(definition.inputs)) {
        if (spec.required && !raw[name]) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input '${name}' is required: ${spec.description}`);
        }
    }
    const parsed = definition.settings.safeParse(raw);
    if (!parsed.success) {
        const messages = parsed.error.issues.map((issue) => {
            const [inputName, ...rest] = issue.path;
            const where = rest.length > 0 ? `${String(inputName)} (${(0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .cn)(rest)})` : String(inputName ?? '(inputs)');
            return `input '${where}': ${issue.message}`;
        });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(messages.join('; '));
    }
    return parsed.data;
}
// Input field parsers: the raw value is a string or undefined (not given).
const inputs = {
    /** An optional string. */
    text: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    /** true/false in the spellings the runner accepts (YAML 1.2 core schema). */
    boolean: (fallback) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return fallback;
        if (['true', 'True', 'TRUE'].includes(value))
            return true;
        if (['false', 'False', 'FALSE'].includes(value))
            return false;
        ctx.addIssue({ code: 'custom', message: `'${value}' is not a boolean; use true or false` });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }),
    /** One item per line (blank lines and surrounding spaces dropped). */
    list: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value) => (value ?? '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '')),
    /** A full commit SHA, optional (the run's SHA is the usual default). */
    sha: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[0-9a-f]{40}$/, 'must be a full 40-character lowercase hex commit SHA')
        .optional(),
    /** A TCP port, 1 to 65535, optional. */
    port: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return undefined;
        const port = Number(value);
        if (!Number.isInteger(port) || port < 1 || port > 65535) {
            ctx.addIssue({ code: 'custom', message: `'${value}' is not a port number (1-65535)` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return port;
    }),
    /** A positive duration with its unit (7d, 36h, 90m, 600s), in milliseconds. */
    duration: (fallbackMs) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return fallbackMs;
        const ms = parseDurationMs(value);
        if (ms === undefined) {
            ctx.addIssue({ code: 'custom', message: `'${value}' is not a duration; give a positive number with a unit: 7d, 36h, 90m or 600s` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return ms;
    }),
    /** A positive duration in seconds. */
    seconds: (fallback) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return fallback;
        const seconds = Number(value);
        if (!Number.isFinite(seconds) || seconds <= 0) {
            ctx.addIssue({ code: 'custom', message: `'${value}' is not a positive number of seconds` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return seconds;
    }),
};
const DURATION_UNITS_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `7d`, `36h`, `90m`, `600s` in milliseconds; undefined for anything else (a bare number has no unit to trust). */
function parseDurationMs(text) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$/.exec(text);
    if (!match)
        return undefined;
    const ms = Number(match[1]) * DURATION_UNITS_MS[match[2]];
    return Number.isFinite(ms) && ms > 0 && ms <= Number.MAX_SAFE_INTEGER ? Math.round(ms) : undefined;
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

/***/ 72030:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ holderProcessState)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
// Who holds a lock or a claim: a process on a machine. One answer to "can it still be working?"
// for every file that records its holder (the store's lock files, the mail claims).

/**
 * dead: its process is gone from this machine; alive: it runs here (kill 0 finds it, EPERM meaning
 * it belongs to another user); elsewhere: it ran on another machine, which cannot be asked.
 */
function holderProcessState(holder) {
    if (holder.hostname !== (0,node_os__WEBPACK_IMPORTED_MODULE_0__.hostname)())
        return 'elsewhere';
    try {
        process.kill(holder.pid, 0);
        return 'alive';
    }
    catch (error) {
        return error.code === 'ESRCH' ? 'dead' : 'alive';
    }
}


/***/ })

};
