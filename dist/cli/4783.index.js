export const id = 4783;
export const ids = [4783];
export const modules = {

/***/ 16755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERIFY_USAGE: () => (/* binding */ VERIFY_USAGE),
/* harmony export */   parseEvidenceCommandArgs: () => (/* binding */ parseEvidenceCommandArgs),
/* harmony export */   verifyCommand: () => (/* binding */ verifyCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _config_shipgate_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87710);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19473);
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77582);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7982);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11549);
/* harmony import */ var _stages_verify_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(73445);
/* harmony import */ var _evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(46174);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1973);
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
        const parsed = (0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .parseFlags */ .bQ)(command, args, verifyFlags ? VERIFY_OPTIONS : SHOW_OPTIONS, true);
        const values = parsed.values;
        if (values.help) {
            io.out(usage);
            return _io_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .dc.ok;
        }
        if (parsed.positionals.length !== 1) {
            throw new _io_js__WEBPACK_IMPORTED_MODULE_10__/* .UsageError */ .eb(`give exactly one commit SHA${parsed.positionals.length > 1 ? ` (got ${parsed.positionals.join(' ')})` : ''}`, command);
        }
        const sha = (0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_7__/* .assertSha */ .B1)(parsed.positionals[0]);
        // Relative to the command's folder, shown relative to the process's, so paths read as `.artifacts/...`.
        const location = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values['artifacts-dir'] ?? _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_ARTIFACTS_DIR */ .qx)) || '.';
        const ageText = values['max-evidence-age'];
        const maxEvidenceAgeMs = ageText === undefined ? undefined : (0,_platform_action_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDurationMs */ .yi)(ageText);
        if (ageText !== undefined && maxEvidenceAgeMs === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`--max-evidence-age: '${ageText}' is not a duration; give a positive number with a unit: 7d, 36h, 90m or 600s`);
        }
        const environment = values.environment === undefined ? undefined : (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_9__/* .assertEnvironmentName */ .vC)(values.environment, '--environment');
        return { sha, store: new _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .LocalEvidenceStore */ .un(location), json: values.json === true, partial: values.partial === true, maxEvidenceAgeMs, ...(environment ? { environment } : {}) };
    }
    catch (error) {
        if (!(error instanceof _io_js__WEBPACK_IMPORTED_MODULE_10__/* .UsageError */ .eb) && !(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isUserError */ .iU)(error))
            throw error;
        // A bad SHA or value is the command line's mistake (exit 2), not evidence that does not hold.
        return (0,_io_js__WEBPACK_IMPORTED_MODULE_10__/* .reportFailure */ .xV)(jsonIo, command, error instanceof _io_js__WEBPACK_IMPORTED_MODULE_10__/* .UsageError */ .eb ? error : new _io_js__WEBPACK_IMPORTED_MODULE_10__/* .UsageError */ .eb((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error), command));
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
  --artifacts-dir DIR     Where the evidence lives (default ${_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_ARTIFACTS_DIR */ .qx}).
  --json                  Print the report as JSON.
  --help                  This help.

Exit status: 0 the evidence holds (a complete release, also one decided NO), 1 a failure or an
incomplete release, 2 a usage error (with --json: {"error": {"kind": "usage", "message"}}).`;
async function verifyCommand(args, io) {
    const parsed = parseEvidenceCommandArgs(args, io, 'shipgate verify', VERIFY_USAGE, true);
    if (typeof parsed === 'number')
        return parsed;
    const finalEnvironment = await lastEnvironment(io.cwd);
    const report = await (0,_stages_verify_js__WEBPACK_IMPORTED_MODULE_8__/* .verifyEvidence */ .J)(parsed.store, parsed.sha, { partial: parsed.partial, maxEvidenceAgeMs: parsed.maxEvidenceAgeMs, environment: parsed.environment, ...(finalEnvironment ? { finalEnvironment } : {}) });
    if (parsed.json) {
        io.out(JSON.stringify(report, null, 2));
    }
    else {
        for (const failure of report.failures)
            io.out(`${failure.file}: ${failure.field}: ${failure.message}`);
        const failedFiles = new Set(report.failures.map((failure) => failure.file));
        for (const contract of report.checked) {
            if (contract.state === 'missing')
                io.out(`-  ${contract.path}: not present (${_contracts_index_js__WEBPACK_IMPORTED_MODULE_3__/* .contracts */ .Mh[contract.kind].title.toLowerCase()})`);
            else if (contract.state === 'valid' && !failedFiles.has(contract.path))
                io.out(`OK ${contract.path}: ${contract.digest}`);
        }
        io.out(report.ok
            ? `verified: the evidence for ${report.sha} holds${report.complete ? '' : ' so far (partial: the release is not complete)'}`
            : `FAILED: ${report.failures.length} problem${report.failures.length === 1 ? '' : 's'} in the evidence for ${report.sha}`);
    }
    return report.ok ? _io_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .dc.ok : _io_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .dc.no;
}
/** The last environment of the shipgate.yml beside the command, whose decision alone is the release's; undefined without one. */
async function lastEnvironment(cwd) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, _config_shipgate_config_js__WEBPACK_IMPORTED_MODULE_2__.DEFAULT_CONFIG_PATH);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path);
    }
    catch {
        return undefined;
    }
    return (await (0,_config_shipgate_config_js__WEBPACK_IMPORTED_MODULE_2__.loadConfig)(path)).config.environments?.at(-1)?.name;
}


/***/ }),

/***/ 50374:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ fieldPath)
/* harmony export */ });
// How a field inside a contract, a config or an input is named to the user. A leaf module, so that
// an action's input errors can name a field without loading every contract's schema.
/** `components[2].ref` from a zod issue path. */
function fieldPath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out === '' ? String(part) : `.${String(part)}`;
    }
    return out || '(root)';
}


/***/ }),

/***/ 32597:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ DEFAULT_ARTIFACTS_DIR)
/* harmony export */ });
// The evidence folder an action uses unless told otherwise. A leaf module, so that an action's
// inputs can name it without loading the evidence store and every contract's schema.
const DEFAULT_ARTIFACTS_DIR = '.artifacts';


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
/* harmony import */ var _contracts_field_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50374);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input '${name}' is required: ${spec.description}`);
        }
    }
    const parsed = definition.settings.safeParse(raw);
    if (!parsed.success) {
        const messages = parsed.error.issues.map((issue) => {
            const [inputName, ...rest] = issue.path;
            const where = rest.length > 0 ? `${String(inputName)} (${(0,_contracts_field_path_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldPath */ .c)(rest)})` : String(inputName ?? '(inputs)');
            return `input '${where}': ${issue.message}`;
        });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(messages.join('; '));
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

/***/ 73445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ previousDecisionProblems),
/* harmony export */   J: () => (/* binding */ verifyEvidence)
/* harmony export */ });
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41854);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11920);
/* harmony import */ var _contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59084);
/* harmony import */ var _evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46174);
/* harmony import */ var _judge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72029);
/* harmony import */ var _timing_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8810);
// verify: re-validates every contract recorded for a SHA and every link between them, so that
// evidence changed after the fact, or a decision that no longer follows from it, shows; and says
// whether the release is complete (a manifest and a decision), which is a failure unless partial.






// Named when the chain is incomplete, so that the reader knows which step has not run.
const COMPLETES_THE_CHAIN = [
    ['release-package', 'build-once'],
    ['release', 'release-decision'],
];
async function verifyEvidence(root, sha, options = {}) {
    return verifyChain(root, sha, options, []);
}
/**
 * What is wrong with the decision of environment `from`, checked as `shipgate verify --environment
 * from` checks it (its evidence, its digests, the decision following from them, and so on back to
 * the first environment): the next environment rests on that decision, so it is not taken as
 * written. Empty when it holds. At most MAX_REASONS_PER_FILE reasons, the rest counted.
 */
async function previousDecisionProblems(root, sha, from, options = {}, checking = []) {
    const path = (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(root, { environment: from }).pathOf('release', sha);
    if (checking.includes(from)) {
        return [{ file: path, field: 'promotedFrom', message: `leads back to ${from} (${[...checking, from].join(' → ')}): promotion cannot go round in a circle` }];
    }
    const report = await verifyChain(root, sha, { environment: from, promotionCheck: true, ...(options.maxEvidenceAgeMs !== undefined ? { maxEvidenceAgeMs: options.maxEvidenceAgeMs } : {}) }, checking);
    const reasons = report.failures
        .slice(0, _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REASONS_PER_FILE */ .Bl)
        .map((failure) => ({ file: failure.file, field: failure.field, message: `${failure.message} (so the ${from} decision ${path} does not hold)` }));
    if (report.failures.length > _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REASONS_PER_FILE */ .Bl)
        reasons.push({ file: path, field: '(file)', message: `and ${report.failures.length - _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REASONS_PER_FILE */ .Bl} more problems with the ${from} decision` });
    return reasons;
}
async function verifyChain(root, sha, options, checking) {
    // A release decided in environments: is checked on the evidence of the environment it decides for.
    const releaseRead = options.environment === undefined ? await root.read('release', sha) : undefined;
    const environment = options.environment ?? (releaseRead?.state === 'valid' && 'environment' in releaseRead.value ? releaseRead.value.environment : undefined);
    const store = (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(root, { environment });
    const reads = Object.fromEntries(await Promise.all(_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.map(async (kind) => [kind, await store.read(kind, sha)])));
    if (environment !== undefined)
        reads.environment = environment;
    const decisionRead = reads.release;
    const promotedFrom = decisionRead.state === 'valid' && 'promotedFrom' in decisionRead.value ? decisionRead.value.promotedFrom : null;
    if (promotedFrom) {
        const read = await (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(root, { environment: promotedFrom }).read('release', sha);
        const unverified = read.state === 'valid' ? await previousDecisionProblems(root, sha, promotedFrom, options, [...checking, environment ?? '']) : [];
        reads.promotion = { from: promotedFrom, read, unverified };
    }
    const checked = _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.map((kind) => {
        const read = reads[kind];
        return { kind, path: read.path, state: read.state, digest: read.state === 'valid' ? read.digest : null };
    });
    const complete = COMPLETES_THE_CHAIN.every(([kind]) => reads[kind].state !== 'missing');
    const failures = [];
    // A loop, not push(...): a file may hold more problems than a call takes arguments.
    const add = (more) => {
        for (const failure of more)
            failures.push(failure);
    };
    if (checked.every((contract) => contract.state === 'missing')) {
        failures.push({ file: store.location, field: '(sha)', message: `no evidence at all for ${sha}` });
        return { sha, ok: false, complete, failures, checked };
    }
    if (!options.partial && !options.promotionCheck) {
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
    // The release's decision, when it names an environment, is that environment's: the same file.
    if (releaseRead?.state === 'valid' && environment !== undefined)
        add(releaseDecisionFailures(releaseRead, reads.release, options));
    for (const kind of _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym) {
        const read = reads[kind];
        if (read.state === 'invalid') {
            add(cappedFailures(read.path, read.problems));
        }
        else if (read.state === 'valid' && read.value.sha !== sha) {
            failures.push({ file: read.path, field: 'sha', message: `names ${read.value.sha}, not ${sha}` });
        }
    }
    add(packageFailures(reads));
    const decision = reads.release;
    if (decision.state === 'valid') {
        add(decisionFailures(sha, decision.path, decision.value, reads, options));
    }
    else {
        // No decision to hold the chain to: what there is must still hold together, now.
        const policy = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgePolicy */ .CL)(options.now ?? new Date(), { maxEvidenceAgeMs: null, requireDeployment: false });
        add((0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeReleaseEvidence */ .e_)(sha, reads, policy).faults.map(asFailure));
    }
    const unique = [...new Map(failures.map((failure) => [`${failure.file}\n${failure.field}\n${failure.message}`, failure])).values()];
    return { sha, ok: unique.length === 0, complete, failures: unique, checked };
}
/** At most MAX_REASONS_PER_FILE of one file's problems, the rest counted. */
function cappedFailures(file, problems) {
    const shown = problems.slice(0, _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REASONS_PER_FILE */ .Bl).map((problem) => ({ file, field: problem.field, message: problem.message }));
    if (problems.length > _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REASONS_PER_FILE */ .Bl)
        shown.push({ file, field: '(file)', message: `and ${problems.length - _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REASONS_PER_FILE */ .Bl} more problems in this file` });
    return shown;
}
/**
 * release/<sha>/decision.json, when it names an environment, must be that environment's own
 * decision, byte for byte, so that everything verify checks of the one holds of the other; and,
 * when shipgate.yml says which environment is last, that one's.
 */
function releaseDecisionFailures(release, own, options) {
    const named = 'environment' in release.value ? release.value.environment : undefined;
    if (named === undefined)
        return [];
    const failures = [];
    if (options.finalEnvironment !== undefined && named !== options.finalEnvironment) {
        failures.push({ file: release.path, field: 'environment', message: `is ${named}, but the release is decided by ${options.finalEnvironment}, the last of environments:; only its decision is the release's` });
    }
    if (own.state !== 'valid' || own.digest !== release.digest) {
        failures.push({
            file: release.path,
            field: '(file)',
            message: `is ${release.digest}, but ${named}'s own decision ${own.path} is ${own.state === 'valid' ? own.digest : own.state}: the release's decision must be the same file as the decision of the environment it names`,
        });
    }
    return failures;
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
function decisionFailures(sha, path, decision, readsNow, options) {
    const failures = [];
    // For a promotion, evidence the decision had that is not here at all is in another run's artifacts.
    const elsewhere = (entry, read) => options.promotionCheck === true && entry.state === 'valid' && read.state === 'missing';
    // The timing is shared: the stages after this decision (a later environment's) append to it. The
    // decision is held to the file as it was then, which must still be there, unchanged.
    const timingEntry = decision.evidence.find((entry) => entry.kind === 'pipeline');
    let timingThen = timingEntry ? (0,_timing_js__WEBPACK_IMPORTED_MODULE_5__/* .timingAsDecided */ .xO)(readsNow.pipeline, timingEntry, decision.decidedAt, _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .CLOCK_SKEW_MS */ .rn) : undefined;
    // Checked for a promotion, the timing has moved on by design: this very run's stages (deploy-gate,
    // the next decision) append to it first, and a decision taken again replaces its run's close,
    // which no cut of the file gives back. The decision is then judged on the stages finished by it.
    const timingMoved = options.promotionCheck === true && timingThen === undefined && timingEntry?.state === 'valid' && readsNow.pipeline.state === 'valid';
    if (timingMoved && readsNow.pipeline.state === 'valid')
        timingThen = (0,_timing_js__WEBPACK_IMPORTED_MODULE_5__/* .timingFinishedBy */ .cD)(readsNow.pipeline, decision.decidedAt, _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .CLOCK_SKEW_MS */ .rn);
    const reads = timingThen ? { ...readsNow, pipeline: timingThen } : readsNow;
    decision.evidence.forEach((entry, index) => {
        if (!_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.includes(entry.kind)) {
            failures.push({ file: path, field: `evidence[${index}].kind`, message: `'${entry.kind}' is not a contract kind` });
            return;
        }
        if (timingMoved && entry.kind === 'pipeline')
            return;
        // The previous environment's decision, which let the package in, is the one `release` link.
        const current = entry.kind === 'release' && reads.promotion ? reads.promotion.read : reads[entry.kind];
        if (elsewhere(entry, current))
            return;
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
    if (decision.evidence.some((entry) => _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.includes(entry.kind) && elsewhere(entry, reads[entry.kind])))
        return failures;
    const required = (kind) => decision.evidence.some((entry) => entry.kind === kind && entry.required);
    const policy = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgePolicy */ .CL)(new Date(decision.decidedAt), { requireDeployment: required('deployment'), requireAcceptance: required('acceptance'), requireProduction: required('production'), ...(options.maxEvidenceAgeMs !== undefined ? { maxEvidenceAgeMs: options.maxEvidenceAgeMs } : {}) });
    const judgement = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeReleaseEvidence */ .e_)(sha, reads, policy);
    for (const reason of judgement.faults)
        failures.push(asFailure(reason));
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


/***/ }),

/***/ 64377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports date, time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODateTime */ .You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};
