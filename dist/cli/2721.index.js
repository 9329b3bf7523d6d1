export const id = 2721;
export const ids = [2721];
export const modules = {

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


/***/ })

};
