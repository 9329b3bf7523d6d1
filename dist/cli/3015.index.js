export const id = 3015;
export const ids = [3015,1740,9359];
export const modules = {

/***/ 88092:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ commandLogger),
/* harmony export */   NV: () => (/* binding */ localContext)
/* harmony export */ });
/* unused harmony exports repositoryFromRemote, localEnvironment */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7982);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20152);
/* harmony import */ var _platform_exec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56949);
/* harmony import */ var _platform_logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38660);
/* harmony import */ var _platform_run_environment_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48959);
// The local adapter: the same ActionContext a runner gives, filled from the git checkout.







function git(args, cwd) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/** owner/name from a GitHub remote URL (https or ssh), or undefined for anything else. */
function repositoryFromRemote(url) {
    const match = url?.match(/github\.com[:/]([^/]+)\/([^/]+?)(?:\.git)?$/);
    return match ? `${match[1]}/${match[2]}` : undefined;
}
/** GITHUB_* when set (a runner, or a user who exports them), else the checkout's HEAD and remote. */
function localEnvironment(env, cwd) {
    const environment = (0,_platform_run_environment_js__WEBPACK_IMPORTED_MODULE_6__/* .runEnvironmentFromEnv */ .Sf)(env, 'local');
    const remote = environment.repository ? undefined : git(['remote', 'get-url', 'origin'], cwd);
    const fromRemote = repositoryFromRemote(remote);
    return {
        ...environment,
        workspace: env.GITHUB_WORKSPACE || cwd,
        sha: environment.sha ?? git(['rev-parse', 'HEAD'], cwd),
        repository: environment.repository ?? fromRemote ?? `local/${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(cwd).replace(/[^A-Za-z0-9_.-]/g, '-') || 'repository'}`,
        // A name read from the remote that is no owner/name is refused naming the remote (resolveRepository).
        ...(fromRemote === undefined ? {} : { repositorySource: `the origin remote (${remote})` }),
    };
}
/** The log of a command, on stderr, sharing the io's masker: a secret a stage registers is masked in what the command prints too. */
function commandLogger(io) {
    return new _platform_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .ConsoleLogger */ .Cr(io.env.SHIPGATE_DEBUG === '1', undefined, (0,_platform_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .logFormatOf */ .rQ)(io.env), io.masker);
}
function localContext(env, cwd, logger = new _platform_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .ConsoleLogger */ .Cr(env.SHIPGATE_DEBUG === '1', undefined, (0,_platform_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .logFormatOf */ .rQ)(env))) {
    return {
        environment: localEnvironment(env, cwd),
        logger,
        exec: (0,_platform_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .logFormatOf */ .rQ)(env) === 'json' ? (0,_platform_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .execLoggingTo */ .u)(_platform_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .actionsExec */ .d, logger) : _platform_exec_js__WEBPACK_IMPORTED_MODULE_4__/* .actionsExec */ .d,
        clock: _platform_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .m,
        openStore: (artifactsDir) => new _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_2__/* .LocalEvidenceStore */ .un(artifactsDir),
    };
}


/***/ }),

/***/ 36291:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ow: () => (/* binding */ evidenceLink),
/* harmony export */   SV: () => (/* binding */ scopeFlags),
/* harmony export */   Tx: () => (/* binding */ checkOutcome),
/* harmony export */   VE: () => (/* binding */ environmentName),
/* harmony export */   YR: () => (/* binding */ ENVIRONMENT_NAME),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   br: () => (/* binding */ digest),
/* harmony export */   gH: () => (/* binding */ PINNED_IMAGE_PATTERN),
/* harmony export */   mJ: () => (/* binding */ commitSha),
/* harmony export */   n1: () => (/* binding */ pinnedImageRef),
/* harmony export */   sx: () => (/* binding */ REPOSITORY_NAME_PATTERN),
/* harmony export */   vE: () => (/* binding */ timestamp),
/* harmony export */   xR: () => (/* binding */ decision),
/* harmony export */   yw: () => (/* binding */ SHA_PATTERN)
/* harmony export */ });
/* unused harmony export DIGEST_PATTERN */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64377);
// Field schemas shared by every contract, with messages that say what a valid value looks like.

const SHA_PATTERN = /^[0-9a-f]{40}$/;
const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;
const PINNED_IMAGE_PATTERN = /^[^\s@]+@sha256:[0-9a-f]{64}$/;
const commitSha = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(SHA_PATTERN, 'must be a full 40-character lowercase hex commit SHA')
    .describe('A full commit SHA: 40 lowercase hex characters.');
const digest = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(DIGEST_PATTERN, 'must be a digest of the form sha256:<64 lowercase hex>')
    .describe('A digest: sha256: followed by 64 lowercase hex characters.');
const pinnedImageRef = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(PINNED_IMAGE_PATTERN, 'not pinned to a sha256 digest (expected registry/name@sha256:<64 hex>)')
    .describe('An image reference pinned to its digest: registry/name@sha256:<64 hex>.');
const timestamp = zod__WEBPACK_IMPORTED_MODULE_1__/* .datetime */ .w$({ offset: true }).describe('An RFC 3339 date-time.');
const decision = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['YES', 'NO']).describe('The one answer a gate gives.');
const REPOSITORY_NAME_PATTERN = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const repositoryName = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(REPOSITORY_NAME_PATTERN, 'must be owner/name')
    .describe('A GitHub repository as owner/name.');
/** A link from one contract to a piece of evidence it read. */
/** An environment of `environments:` (see src/evidence/scoped-store.ts, which keeps its evidence apart). */
const ENVIRONMENT_NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const environmentName = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(ENVIRONMENT_NAME, "must be 1 to 40 lowercase letters, digits, '-' or '_', starting with a letter or digit");
const evidenceLink = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('The contract kind, e.g. release-package.'),
    path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Where the evidence was read, relative to the artifacts folder.'),
    digest: digest.describe('The digest of the canonical JSON of that evidence as it was read.'),
})
    .strict();
/** Which parts of the system a release changes. */
const scopeFlags = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    runtimeChanged: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    infraChanged: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    docsChanged: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
})
    .strict();
/** One stage of a check list (acceptance, prod-verify): what ran and how it ended. */
const checkOutcome = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('http, command, auth-canary, probe, api-smoke, browser, ...'),
    required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'skipped']),
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Why it failed or was skipped.'),
    attempts: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    detail: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('A short detail: status code, the tail of the output; secrets masked.'),
})
    .strict();


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

/***/ 77582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   QL: () => (/* binding */ inputs),
/* harmony export */   QP: () => (/* binding */ defineAction),
/* harmony export */   Qb: () => (/* binding */ DURATION_RULE),
/* harmony export */   fW: () => (/* binding */ plainWholeNumber),
/* harmony export */   mr: () => (/* binding */ plainDecimal),
/* harmony export */   nt: () => (/* binding */ MIN_SECONDS),
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
        const port = plainWholeNumber(value);
        if (port === undefined || port < 1 || port > 65535) {
            ctx.addIssue({ code: 'custom', message: `'${value}' is not a port number: give a whole number from 1 to 65535` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return port;
    }),
    /** A whole number of at least `minimum` (a count, a limit). */
    wholeNumber: (fallback, minimum = 1) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return fallback;
        const count = plainWholeNumber(value);
        if (count === undefined || count < minimum) {
            ctx.addIssue({ code: 'custom', message: `'${value}' is not a whole number of ${minimum} or more` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return count;
    }),
    /** A duration with its unit (7d, 36h, 90m, 600s) of at least a second, in milliseconds. */
    duration: (fallbackMs) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return fallbackMs;
        const ms = parseDurationMs(value);
        if (ms === undefined) {
            ctx.addIssue({ code: 'custom', message: `'${value}' is not a duration; ${DURATION_RULE}` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return ms;
    }),
    /** A number of seconds, at least `minimum` (a second unless said): a timeout, a poll interval. */
    seconds: (fallback, minimum = MIN_SECONDS) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return fallback;
        const seconds = plainDecimal(value);
        if (seconds === undefined || seconds < minimum) {
            ctx.addIssue({ code: 'custom', message: `'${value}' is not a number of seconds of ${minimum} or more; give a plain decimal number such as 30 or 2.5` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return seconds;
    }),
};
/** The least number of seconds a timeout, deadline or interval input takes: less would spin, not wait. */
const MIN_SECONDS = 1;
// Plain decimal spellings only: Number() also takes 0x10, 0b1, 1e-9 and .5, which a reader of the
// workflow would not take for the number they are.
const PLAIN_DECIMAL = /^[0-9]+(?:\.[0-9]+)?$/;
const PLAIN_WHOLE_NUMBER = /^[0-9]+$/;
/** `30`, `2.5`: a plain decimal number, finite; undefined for any other spelling (hex, exponent, sign). */
function plainDecimal(text) {
    if (!PLAIN_DECIMAL.test(text))
        return undefined;
    const number = Number(text);
    return Number.isFinite(number) ? number : undefined;
}
/** `30`: a plain whole number that is safe to count with; undefined for anything else. */
function plainWholeNumber(text) {
    if (!PLAIN_WHOLE_NUMBER.test(text))
        return undefined;
    const number = Number(text);
    return Number.isSafeInteger(number) ? number : undefined;
}
const DURATION_UNITS_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** What parseDurationMs takes, for messages. */
const DURATION_RULE = 'give a plain decimal number with a unit, at least 1s: 7d, 36h, 90m or 600s';
/** `7d`, `36h`, `90m`, `600s` in milliseconds, at least a second; undefined for anything else (a bare number has no unit to trust). */
function parseDurationMs(text) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$/.exec(text);
    if (!match)
        return undefined;
    const ms = Number(match[1]) * DURATION_UNITS_MS[match[2]];
    return Number.isFinite(ms) && ms >= MIN_SECONDS * 1000 && ms <= Number.MAX_SAFE_INTEGER ? Math.round(ms) : undefined;
}


/***/ }),

/***/ 20152:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ LONGEST_TIMER_MS),
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
// Time as a port, so stages that wait or stamp times can be driven by tests.

/** Node's timers take at most 2^31-1 ms (24.8 days); a longer one would fire at once. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;
const systemClock = {
    now: () => new Date(),
    sleep: async (ms) => {
        let left = ms;
        while (left > LONGEST_TIMER_MS) {
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(LONGEST_TIMER_MS);
            left -= LONGEST_TIMER_MS;
        }
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(left);
    },
};


/***/ }),

/***/ 56949:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ actionsExec),
/* harmony export */   u: () => (/* binding */ execLoggingTo)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46193);
/* harmony import */ var _process_group_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75669);
// Running commands: the port stages use, backed by @actions/exec (loaded only when a command runs),
// or, for a command that must not outlive this process (a build), by a process group of its own.




const actionsExec = {
    shell: (commandLine, options) => actionsExec.run('bash', ['-eo', 'pipefail', '-c', commandLine], options),
    async run(program, args, options = {}) {
        if (options.stopWithThisProcess && process.platform !== 'win32')
            return runInOwnGroup(program, args, options);
        const { getExecOutput } = await __webpack_require__.e(/* import() */ 1260).then(__webpack_require__.bind(__webpack_require__, 81260));
        const env = options.env ? { ...process.env, ...options.env } : undefined;
        try {
            const onLine = options.onOutputLine;
            const result = await getExecOutput(program, args, {
                cwd: options.cwd,
                env,
                ignoreReturnCode: true,
                silent: options.echo !== true || onLine !== undefined,
                ...(onLine ? { listeners: { stdline: onLine, errline: onLine } } : {}),
            });
            return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
        }
        catch (error) {
            // @actions/exec throws when the program cannot be started at all.
            return { exitCode: 127, stdout: '', stderr: error.message };
        }
    },
};
/**
 * For the JSON log format: what a command echoes (a build, a local check, a deploy) goes to the log
 * a line at a time as `log` lines, masked, instead of raw onto the stream whose every line is JSON.
 */
function execLoggingTo(exec, logger) {
    const options = (given = {}) => (given.echo ? { ...given, echo: false, onOutputLine: (line) => logger.info(line) } : given);
    return {
        shell: (commandLine, given) => exec.shell(commandLine, options(given)),
        run: (program, args, given) => exec.run(program, args, options(given)),
    };
}
/** The process groups of the commands running with stopWithThisProcess, by their leader's pid. */
const runningGroups = new Set();
/** How long a stopped command's group is given to end on the signal before it is killed outright. */
const STOP_GRACE_MS = 5000;
/** Set once this process was told to stop: a command that ends then is not reported back (see stopGroupsAndExit). */
let stopping = false;
/** As @actions/exec: how long after the command exits its output may stay open (a background process holding it). */
const OUTPUT_CLOSE_WAIT_MS = 10_000;
/**
 * This process was told to stop: pass the signal on to each running group, kill what is left of
 * them after a grace period, and only then stop as the signal asks. Until then this process lives
 * and holds its locks, and a command that ends meanwhile is not reported back to its caller (which
 * would release them): no other run takes them over while a member of a group could still write.
 */
async function stopGroupsAndExit(signal) {
    if (stopping)
        return;
    stopping = true;
    const groups = [...runningGroups];
    for (const group of groups)
        (0,_process_group_js__WEBPACK_IMPORTED_MODULE_3__/* .signalGroup */ .i)(group, signal);
    const deadline = Date.now() + STOP_GRACE_MS;
    const alive = () => groups.filter(_process_group_js__WEBPACK_IMPORTED_MODULE_3__/* .groupAlive */ .x);
    while (alive().length > 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
    for (const group of alive())
        (0,_process_group_js__WEBPACK_IMPORTED_MODULE_3__/* .signalGroup */ .i)(group, 'SIGKILL');
    // A killed member is gone once the kernel has reaped it; wait for that too, bounded the same way.
    const reaped = Date.now() + STOP_GRACE_MS;
    while (alive().length > 0 && Date.now() < reaped)
        await new Promise((resolve) => setTimeout(resolve, 20));
    process.removeListener('SIGTERM', onStopSignal);
    process.removeListener('SIGINT', onStopSignal);
    process.kill(process.pid, signal);
}
function onStopSignal(signal) {
    void stopGroupsAndExit(signal);
}
/** Exiting (process.exit, an uncaught error): no time is left, so what still runs is killed at once. */
function onExit() {
    for (const group of runningGroups)
        (0,_process_group_js__WEBPACK_IMPORTED_MODULE_3__/* .signalGroup */ .i)(group, 'SIGKILL');
}
function watchGroup(group) {
    if (runningGroups.size === 0) {
        process.on('SIGTERM', onStopSignal);
        process.on('SIGINT', onStopSignal);
        process.on('exit', onExit);
    }
    runningGroups.add(group);
}
function unwatchGroup(group) {
    if (!runningGroups.delete(group) || runningGroups.size > 0)
        return;
    process.removeListener('SIGTERM', onStopSignal);
    process.removeListener('SIGINT', onStopSignal);
    process.removeListener('exit', onExit);
}
/** Splits a stream's chunks into lines, the last one handed over at the end even without a newline. */
function lineSplitter(onLine) {
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_2__.StringDecoder('utf8');
    let pending = '';
    return {
        push(chunk) {
            const lines = (pending + decoder.write(chunk)).split(/\r?\n/);
            pending = lines.pop() ?? '';
            for (const line of lines)
                onLine(line);
        },
        end() {
            const rest = pending + decoder.end();
            if (rest)
                onLine(rest);
        },
    };
}
/**
 * Runs program as the leader of a new process group (detached), with what @actions/exec gives:
 * the output collected, echoed as it comes or handed over by line, and an exit code (128 + the
 * signal's number when a signal ended it, 127 when it could not start).
 */
async function runInOwnGroup(program, args, options) {
    const env = options.env ? { ...process.env, ...options.env } : process.env;
    const echo = options.echo === true && options.onOutputLine === undefined;
    if (echo)
        process.stdout.write(`[command]${[program, ...args].join(' ')}\n`);
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, { cwd: options.cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        const group = child.pid;
        if (group !== undefined)
            watchGroup(group);
        const output = { stdout: '', stderr: '' };
        for (const name of ['stdout', 'stderr']) {
            const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_2__.StringDecoder('utf8');
            const lines = options.onOutputLine ? lineSplitter(options.onOutputLine) : undefined;
            child[name].on('data', (chunk) => {
                output[name] += decoder.write(chunk);
                lines?.push(chunk);
                // As @actions/exec does: both streams echo onto stdout, in the order they come.
                if (echo)
                    process.stdout.write(chunk);
            });
            child[name].on('end', () => {
                output[name] += decoder.end();
                lines?.end();
            });
        }
        let settled = false;
        const finish = (result) => {
            if (settled || stopping)
                return;
            settled = true;
            if (group !== undefined)
                unwatchGroup(group);
            resolve(result);
        };
        child.on('error', (error) => finish({ exitCode: 127, stdout: '', stderr: error.message }));
        const exitCodeOf = (code, signal) => code ?? 128 + (signal ? (osSignalNumber(signal) ?? 0) : 0);
        child.on('close', (code, signal) => finish({ exitCode: exitCodeOf(code, signal), stdout: output.stdout, stderr: output.stderr }));
        child.on('exit', (code, signal) => {
            setTimeout(() => {
                child.stdout.destroy();
                child.stderr.destroy();
                finish({ exitCode: exitCodeOf(code, signal), stdout: output.stdout, stderr: output.stderr });
            }, OUTPUT_CLOSE_WAIT_MS).unref();
        });
    });
}
function osSignalNumber(signal) {
    return node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[signal];
}


/***/ }),

/***/ 12410:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yn: () => (/* binding */ executeAction)
/* harmony export */ });
/* unused harmony exports runnerContext, runAsGitHubAction */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
/* harmony import */ var _actions_core_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63365);
/* harmony import */ var _action_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77582);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20152);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56949);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38660);
/* harmony import */ var _run_environment_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(48959);
// Runs an action as a GitHub Actions step: inputs from INPUT_*, outputs to $GITHUB_OUTPUT, the job
// summary to $GITHUB_STEP_SUMMARY, and any throw turned into a failed step with the action's name.









/** Runs an action with the given context; shared by the runner adapter and the command. */
async function executeAction(definition, given, context) {
    const startedAt = context.clock.now();
    const settings = (0,_action_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSettings */ .P$)(definition, (0,_action_js__WEBPACK_IMPORTED_MODULE_3__/* .withDefaults */ .rO)(definition, given), context.logger);
    return executeWithSettings(definition, settings, context, startedAt);
}
/** Runs an action on settings parsed from its inputs at startedAt; the stage's timing is recorded from then. */
async function executeWithSettings(definition, settings, context, startedAt) {
    const stage = definition.name;
    const target = definition.timing?.(settings, context);
    const sha = target?.sha ?? context.environment.sha;
    const durationMs = () => context.clock.now().getTime() - startedAt.getTime();
    const record = async (outcome) => {
        if (!target)
            return;
        const { pipelineRunOf, recordStageTiming } = await __webpack_require__.e(/* import() */ 8810).then(__webpack_require__.bind(__webpack_require__, 8810));
        await recordStageTiming(target.store, target.sha, { stage, startedAt, finishedAt: context.clock.now(), outcome, run: pipelineRunOf(context.environment) });
    };
    context.logger.event('stage_started', { stage, sha });
    let result;
    try {
        result = await definition.run(settings, context);
    }
    catch (error) {
        // The stage's own error is what the user needs; a timing problem must not hide it.
        await record('failure').catch((timingError) => context.logger.warning(`pipeline timing not recorded: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(timingError)}`));
        const reason = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .userErrorOf */ .zb)(error)?.message ?? `unexpected error (a bug in shipgate): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
        context.logger.event('stage_failed', { stage, sha, status: 'failure', duration_ms: durationMs(), reason });
        throw error;
    }
    // A NO is a result, not a failure, even when the step is made to fail on it.
    const outcome = result.outcome ?? (result.failure ? 'failure' : 'success');
    await record(outcome);
    if (result.failure)
        context.logger.event('stage_failed', { stage, sha, status: outcome, duration_ms: durationMs(), reason: result.failure.message });
    else
        context.logger.event('stage_completed', { stage, sha, status: outcome, duration_ms: durationMs() });
    return { outputs: result.outputs, summary: result.summary, failed: result.failure?.message, failedFile: result.failure?.file };
}
function runnerContext(backends, logger, env = process.env) {
    // One store per folder, so a stage and its timing share what was downloaded and uploaded.
    const stores = new Map();
    return {
        environment: runEnvironmentFromEnv(env, 'github'),
        logger,
        exec: logFormatOf(env) === 'json' ? execLoggingTo(actionsExec, logger) : actionsExec,
        clock: systemClock,
        openStore: (artifactsDir) => {
            let store = stores.get(artifactsDir);
            if (!store) {
                store = backends.openEvidenceStore(artifactsDir, backends.evidenceStoreSettings(env), logger);
                stores.set(artifactsDir, store);
            }
            return store;
        },
    };
}
/** The entry of every bundle: never throws; a failure sets the exit code and an error annotation. */
async function runAsGitHubAction(definition) {
    const logger = new RunnerLogger(logFormatOf(process.env));
    try {
        const logFormat = logFormatProblem(process.env);
        if (logFormat)
            throw new ConfigurationError(logFormat);
        const startedAt = systemClock.now();
        const settings = parseSettings(definition, withDefaults(definition, (name) => core.getInput(name)), logger);
        // The evidence backends, and with them every contract's schema, load once the inputs parse, so
        // that a bad input fails without them (bench/startup: start-up to the first input error).
        const run = await executeWithSettings(definition, settings, runnerContext(await __webpack_require__.e(/* import() */ 1762).then(__webpack_require__.bind(__webpack_require__, 61762)), logger), startedAt);
        // Outputs and the summary are not log lines, and the runner masks neither: the logger's masker does.
        for (const [name, value] of Object.entries(run.outputs))
            core.setOutput(name, logger.mask(value));
        if (run.summary)
            await appendJobSummary(run.summary, logger);
        if (run.failed)
            logger.failed(`${definition.name}: ${run.failed}`, { file: run.failedFile });
    }
    catch (error) {
        // A stack trace only ever means a bug: the user's mistakes (a file system path included) get a message.
        const userError = userErrorOf(error);
        const message = userError ? userError.message : `unexpected error (a bug in shipgate): ${error.stack ?? errorMessage(error)}`;
        logger.failed(`${definition.name}: ${message}`, { file: userError?.file, line: userError?.line });
        // A step that fails by throwing still says in the job summary what failed and what to fix; masked
        // before it is escaped as Markdown as well as after.
        const file = userError?.file === undefined ? undefined : logger.mask(userError.file);
        await appendJobSummary(failureSummary(definition.name, logger.mask(message), { file, line: userError?.line }), logger).catch((summaryError) => logger.warning(`job summary not written: ${errorMessage(summaryError)}`));
    }
}
/** Appends markdown, masked, to the job summary, ending in a newline; nothing where the runner keeps none (no GITHUB_STEP_SUMMARY). */
async function appendJobSummary(markdown, logger) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    // The runner creates the file before the step; core refuses to write one that is not there yet.
    await appendFile(file, '');
    const masked = logger.mask(markdown);
    await core.appendSummary(masked, !masked.endsWith('\n'));
}


/***/ }),

/***/ 75669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ signalGroup),
/* harmony export */   x: () => (/* binding */ groupAlive)
/* harmony export */ });
// Process groups: a command started detached leads a group of its own, so that it and everything it
// started can be signalled, and waited for, as one.
/** Whether any process of the group led by pid is still there (EPERM: there, but not ours to signal). */
function groupAlive(pid) {
    try {
        process.kill(-pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** Sends signal to every process of the group led by pid; nothing when the group is gone. */
function signalGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // ESRCH: already gone.
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
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36291);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`GITHUB_EVENT_PATH ${environment.eventPath}: cannot read the event payload (${error.message})`);
    }
}
/** The SHA an input gave, else the run's; an error that says how to give one when neither is known. */
function resolveSha(given, environment) {
    const sha = given ?? environment.sha;
    if (!sha)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("input 'sha': not given and GITHUB_SHA is not set; pass the commit SHA to release");
    return sha;
}
/** The run's repository as owner/name, checked before anything runs: a stage writes it into contracts that must hold owner/name. */
function resolveRepository(environment) {
    if (!environment.repository) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('GITHUB_REPOSITORY is not set; run inside GitHub Actions or set GITHUB_REPOSITORY=owner/name');
    }
    if (!_contracts_common_js__WEBPACK_IMPORTED_MODULE_1__/* .REPOSITORY_NAME_PATTERN */ .sx.test(environment.repository)) {
        const source = environment.repositorySource ?? 'GITHUB_REPOSITORY';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${source}: '${environment.repository}' is not a repository as owner/name (letters, digits, '-', '_' and '.' on each side of one '/'); set GITHUB_REPOSITORY=owner/name`);
    }
    return environment.repository;
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
