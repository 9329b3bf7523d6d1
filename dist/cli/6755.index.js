export const id = 6755;
export const ids = [6755];
export const modules = {

/***/ 16755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERIFY_USAGE: () => (/* binding */ VERIFY_USAGE),
/* harmony export */   parseEvidenceCommandArgs: () => (/* binding */ parseEvidenceCommandArgs),
/* harmony export */   verifyCommand: () => (/* binding */ verifyCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77582);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7982);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(11549);
/* harmony import */ var _stages_verify_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73445);
/* harmony import */ var _evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(46174);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1973);
// `shipgate verify <sha>`: re-validates the evidence for a SHA and the digest links between its
// contracts; exit 0 only when every one holds.









/**
 * Parses `<sha> [--artifacts-dir DIR] [--json] [--help]`, shared by verify and show. Returns the
 * exit code instead when the command is done (help printed, or a usage error reported).
 */
function parseEvidenceCommandArgs(args, io, command, usage, verifyFlags = false) {
    // The failure shape follows this command line's --json even when the command is called directly.
    const jsonIo = { ...io, json: io.json || args.includes('--json') };
    try {
        const parsed = (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFlags */ .bQ)(command, args, verifyFlags ? VERIFY_OPTIONS : SHOW_OPTIONS, true);
        const values = parsed.values;
        if (values.help) {
            io.out(usage);
            return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
        }
        if (parsed.positionals.length !== 1) {
            throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`give exactly one commit SHA${parsed.positionals.length > 1 ? ` (got ${parsed.positionals.join(' ')})` : ''}`, command);
        }
        const sha = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_5__/* .assertSha */ .B1)(parsed.positionals[0]);
        // Relative to the command's folder, shown relative to the process's, so paths read as `.artifacts/...`.
        const location = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(process.cwd(), (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values['artifacts-dir'] ?? _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_ARTIFACTS_DIR */ .qx)) || '.';
        const ageText = values['max-evidence-age'];
        const maxEvidenceAgeMs = ageText === undefined ? undefined : (0,_platform_action_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDurationMs */ .yi)(ageText);
        if (ageText !== undefined && maxEvidenceAgeMs === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--max-evidence-age: '${ageText}' is not a duration; give a positive number with a unit: 7d, 36h, 90m or 600s`);
        }
        const environment = values.environment === undefined ? undefined : (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_7__/* .assertEnvironmentName */ .vC)(values.environment, '--environment');
        return { sha, store: new _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_4__/* .LocalEvidenceStore */ .un(location), json: values.json === true, partial: values.partial === true, maxEvidenceAgeMs, ...(environment ? { environment } : {}) };
    }
    catch (error) {
        if (!(error instanceof _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb) && !(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isUserError */ .iU)(error))
            throw error;
        // A bad SHA or value is the command line's mistake (exit 2), not evidence that does not hold.
        return (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .reportFailure */ .xV)(jsonIo, command, error instanceof _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb ? error : new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error), command));
    }
}
const SHOW_OPTIONS = {
    'artifacts-dir': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const VERIFY_OPTIONS = {
    ...SHOW_OPTIONS,
    partial: { type: 'boolean' },
    'max-evidence-age': { type: 'string' },
    environment: { type: 'string' },
};
const VERIFY_USAGE = `Usage: shipgate verify <sha> [--environment NAME] [--partial] [--max-evidence-age AGE] [--artifacts-dir DIR] [--json]

Checks the whole chain of evidence recorded for the commit: every contract is valid and names the
SHA; acceptance, the deployment, production and the decision name the manifest's package; every
verdict follows from its checks; the times are in order and none is in the future; the decision's
evidence digests match the files as they are now, and the decision still follows from them. The
release must be complete: no manifest, or no decision, is a failure.

Options:
  --partial               Check a release still in progress: a missing manifest or decision is
                          not a failure (what is there must still hold together).
  --max-evidence-age AGE  The max-evidence-age the decision was taken with (default 7d).
  --environment NAME      With environments: in shipgate.yml, check that environment's decision
                          and evidence (default: the environment the release decision names).
  --artifacts-dir DIR     Where the evidence lives (default ${_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_ARTIFACTS_DIR */ .qx}).
  --json                  Print the report as JSON.
  --help                  This help.

Exit status: 0 the evidence holds (a complete release, also one decided NO), 1 a failure or an
incomplete release, 2 a usage error (with --json: {"error": {"kind": "usage", "message"}}).`;
async function verifyCommand(args, io) {
    const parsed = parseEvidenceCommandArgs(args, io, 'shipgate verify', VERIFY_USAGE, true);
    if (typeof parsed === 'number')
        return parsed;
    const report = await (0,_stages_verify_js__WEBPACK_IMPORTED_MODULE_6__/* .verifyEvidence */ .J)(parsed.store, parsed.sha, { partial: parsed.partial, maxEvidenceAgeMs: parsed.maxEvidenceAgeMs, environment: parsed.environment });
    if (parsed.json) {
        io.out(JSON.stringify(report, null, 2));
    }
    else {
        for (const failure of report.failures)
            io.out(`${failure.file}: ${failure.field}: ${failure.message}`);
        const failedFiles = new Set(report.failures.map((failure) => failure.file));
        for (const contract of report.checked) {
            if (contract.state === 'missing')
                io.out(`-  ${contract.path}: not present (${_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contracts */ .Mh[contract.kind].title.toLowerCase()})`);
            else if (contract.state === 'valid' && !failedFiles.has(contract.path))
                io.out(`OK ${contract.path}: ${contract.digest}`);
        }
        io.out(report.ok
            ? `verified: the evidence for ${report.sha} holds${report.complete ? '' : ' so far (partial: the release is not complete)'}`
            : `FAILED: ${report.failures.length} problem${report.failures.length === 1 ? '' : 's'} in the evidence for ${report.sha}`);
    }
    return report.ok ? _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok : _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.no;
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


/***/ }),

/***/ 73445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ verifyEvidence)
/* harmony export */ });
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41854);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11920);
/* harmony import */ var _contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59084);
/* harmony import */ var _evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46174);
/* harmony import */ var _judge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72029);
// verify: re-validates every contract recorded for a SHA and every link between them, so that
// evidence changed after the fact, or a decision that no longer follows from it, shows; and says
// whether the release is complete (a manifest and a decision), which is a failure unless partial.





// Named when the chain is incomplete, so that the reader knows which step has not run.
const COMPLETES_THE_CHAIN = [
    ['release-package', 'build-once'],
    ['release', 'release-decision'],
];
async function verifyEvidence(root, sha, options = {}) {
    // A release decided in environments: is checked on the evidence of the environment it decides for.
    const releaseRead = options.environment === undefined ? await root.read('release', sha) : undefined;
    const environment = options.environment ?? (releaseRead?.state === 'valid' && 'environment' in releaseRead.value ? releaseRead.value.environment : undefined);
    const store = (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(root, { environment });
    const reads = Object.fromEntries(await Promise.all(_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.map(async (kind) => [kind, await store.read(kind, sha)])));
    const decisionRead = reads.release;
    const promotedFrom = decisionRead.state === 'valid' && 'promotedFrom' in decisionRead.value ? decisionRead.value.promotedFrom : null;
    if (promotedFrom)
        reads.promotion = { from: promotedFrom, read: await (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(root, { environment: promotedFrom }).read('release', sha) };
    const checked = _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.map((kind) => {
        const read = reads[kind];
        return { kind, path: read.path, state: read.state, digest: read.state === 'valid' ? read.digest : null };
    });
    const complete = COMPLETES_THE_CHAIN.every(([kind]) => reads[kind].state !== 'missing');
    const failures = [];
    if (checked.every((contract) => contract.state === 'missing')) {
        failures.push({ file: store.location, field: '(sha)', message: `no evidence at all for ${sha}` });
        return { sha, ok: false, complete, failures, checked };
    }
    if (!options.partial) {
        for (const [kind, writer] of COMPLETES_THE_CHAIN) {
            if (reads[kind].state !== 'missing')
                continue;
            failures.push({
                file: reads[kind].path,
                field: '(file)',
                message: `missing: no ${_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contracts */ .Mh[kind].title.toLowerCase()} (${writer} writes it), so the release is not complete; give --partial to check a release still in progress`,
            });
        }
    }
    for (const kind of _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym) {
        const read = reads[kind];
        if (read.state === 'invalid') {
            for (const problem of read.problems)
                failures.push({ file: read.path, field: problem.field, message: problem.message });
        }
        else if (read.state === 'valid' && read.value.sha !== sha) {
            failures.push({ file: read.path, field: 'sha', message: `names ${read.value.sha}, not ${sha}` });
        }
    }
    failures.push(...packageFailures(reads));
    const decision = reads.release;
    if (decision.state === 'valid') {
        failures.push(...decisionFailures(sha, decision.path, decision.value, reads, options));
    }
    else {
        // No decision to hold the chain to: what there is must still hold together, now.
        const policy = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgePolicy */ .CL)(options.now ?? new Date(), { maxEvidenceAgeMs: null, requireDeployment: false });
        failures.push(...(0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeReleaseEvidence */ .e_)(sha, reads, policy).faults.map(asFailure));
    }
    const unique = [...new Map(failures.map((failure) => [`${failure.file}\n${failure.field}\n${failure.message}`, failure])).values()];
    return { sha, ok: unique.length === 0, complete, failures: unique, checked };
}
function asFailure(reason) {
    return { file: reason.file ?? '', field: reason.field ?? '', message: reason.message };
}
/** The decision must name the package in the manifest, and every contract that names a package needs a manifest to name. */
function packageFailures(reads) {
    const manifest = reads['release-package'];
    // The package digest is the one the manifest seals itself with, not the digest of the file.
    const manifestDigest = manifest.state === 'valid' ? manifest.value.digest : null;
    const failures = [];
    for (const read of [reads.acceptance, reads.deployment, reads.production, reads.release]) {
        if (read.state !== 'valid')
            continue;
        const recorded = read.value.packageDigest;
        if (manifestDigest === null && recorded !== null) {
            failures.push({ file: read.path, field: 'packageDigest', message: `names ${recorded}, but there is no valid release package manifest at ${manifest.path}` });
        }
        else if (read.kind === 'release' && recorded !== manifestDigest) {
            // The judge holds the others to the manifest; the decision is verify's own to check.
            failures.push({ file: read.path, field: 'packageDigest', message: `is ${recorded}, but ${manifest.path} has ${manifestDigest}` });
        }
    }
    return failures;
}
/** The decision must match the files it was taken on, and must still follow from them. */
function decisionFailures(sha, path, decision, reads, options) {
    const failures = [];
    decision.evidence.forEach((entry, index) => {
        if (!_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.includes(entry.kind)) {
            failures.push({ file: path, field: `evidence[${index}].kind`, message: `'${entry.kind}' is not a contract kind` });
            return;
        }
        // The previous environment's decision, which let the package in, is the one `release` link.
        const current = entry.kind === 'release' && reads.promotion ? reads.promotion.read : reads[entry.kind];
        const digestNow = current.state === 'valid' ? current.digest : null;
        if (digestNow !== entry.digest || current.state !== entry.state) {
            failures.push({
                file: current.path,
                field: '(file)',
                message: `changed after the release decision: ${path} evidence[${index}] recorded ${entry.state} ${entry.digest ?? '(no digest)'}, now ${current.state} ${digestNow ?? '(no digest)'}`,
            });
        }
    });
    // The judgement again, at the time the decision was taken and with the deployment record
    // required as the decision required it: a decision edited by hand, or one taken on evidence that
    // was swapped for other evidence with the same digest links, no longer follows.
    const required = (kind) => decision.evidence.some((entry) => entry.kind === kind && entry.required);
    const policy = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgePolicy */ .CL)(new Date(decision.decidedAt), { requireDeployment: required('deployment'), requireAcceptance: required('acceptance'), requireProduction: required('production'), ...(options.maxEvidenceAgeMs !== undefined ? { maxEvidenceAgeMs: options.maxEvidenceAgeMs } : {}) });
    const judgement = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeReleaseEvidence */ .e_)(sha, reads, policy);
    failures.push(...judgement.faults.map(asFailure));
    const sameVerdict = judgement.decision === decision.decision && judgement.status === decision.status;
    if (sameVerdict && !sameReasons(judgement.reasons, decision, reads['release-package'].path)) {
        failures.push({ file: path, field: 'reasons', message: `are not the reasons the evidence gives now: ${describeReasons(judgement.reasons)}` });
    }
    if (!sameVerdict) {
        const why = judgement.reasons[0];
        failures.push({
            file: path,
            field: judgement.decision !== decision.decision ? 'decision' : 'status',
            message: `is ${decision.decision} (${decision.status}), but the evidence now says ${judgement.decision} (${judgement.status})` +
                (why ? `: ${why.file ?? ''}: ${why.field ?? ''}: ${why.message}` : ''),
        });
    }
    return failures;
}
/**
 * The recorded reasons, word for word, with the artifacts folder the decision was taken in read as
 * the one verify reads: the same evidence verified from another folder gives the same reasons.
 */
function sameReasons(now, decision, manifestPathNow) {
    const manifestEntry = decision.evidence.find((entry) => entry.kind === 'release-package');
    const suffix = `release-package/${decision.sha}/`;
    const folderThen = manifestEntry?.path.slice(0, Math.max(0, manifestEntry.path.lastIndexOf(suffix)));
    const folderNow = manifestPathNow.slice(0, Math.max(0, manifestPathNow.lastIndexOf(suffix)));
    const relative = (reasons, folder) => reasons.map((reason) => folder
        ? { ...reason, file: reason.file?.split(folder).join(''), message: reason.message.split(folder).join('') }
        : reason);
    return (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(relative(decision.reasons, folderThen)) === (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(relative(now, folderNow));
}
function describeReasons(reasons) {
    if (reasons.length === 0)
        return 'none';
    return reasons.map(_contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReason */ .K9).join('; ');
}


/***/ })

};
