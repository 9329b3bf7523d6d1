export const id = 2721;
export const ids = [2721,1740,9359];
export const modules = {

/***/ 32853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionUsage: () => (/* binding */ actionUsage),
/* harmony export */   outputsAsJson: () => (/* binding */ outputsAsJson),
/* harmony export */   runActionWithFlags: () => (/* binding */ runActionWithFlags),
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _actions_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21956);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
/* harmony import */ var _platform_github_action_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12410);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1973);
/* harmony import */ var _local_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88092);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4327);
// `shipgate run <action>`: any action, locally, with the same code as its bundle. Inputs come as
// `--input name=value` or as `--name value`; a repeated flag makes a newline-separated list.







function actionUsage(definition, invocation) {
    const width = Math.max(...Object.keys(definition.inputs).map((name) => name.length)) + 4;
    return [
        `Usage: ${invocation} [--<input> value ...] [--json] [--summary FILE]`,
        '',
        definition.description,
        '',
        'Inputs (as --name value, or --input name=value; repeat a flag for a list):',
        ...Object.entries(definition.inputs).map(([name, spec]) => `  --${name.padEnd(width)}${spec.description}${spec.default ? ` Default: '${spec.default}'.` : ''}${spec.required ? ' Required.' : ''}`),
        '',
        'Outputs:',
        ...Object.entries(definition.outputs).map(([name, spec]) => `  ${name.padEnd(width + 2)}${spec.description}`),
        '',
        'Exit status: 0 done, 1 the step failed (a NO, or evidence that does not hold), 2 a usage or configuration error.',
    ].join('\n');
}
const RUN_USAGE = `Usage: shipgate run <action> [--<input> value ...] [--json] [--summary FILE]

Runs one action on this machine with the same code as its bundle; inputs are flags named as the
action's inputs. --json prints {action, outputs, failed}: an output that is JSON text (counts,
refs, ...) is given as the JSON value it holds.

Actions: ${_actions_index_js__WEBPACK_IMPORTED_MODULE_1__/* .actionNames */ .B.join(', ')}
'shipgate run <action> --help' lists an action's inputs and outputs.`;
async function runCommand(args, io) {
    const [name, ...rest] = args;
    if (!name || name === '--help' || name === '-h') {
        io.out(RUN_USAGE);
        return name ? _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok : _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.usage;
    }
    const load = _actions_index_js__WEBPACK_IMPORTED_MODULE_1__/* .actionLoaders */ .Z[name];
    if (!load) {
        const kind = name.startsWith('-') ? 'option' : 'action';
        const hint = kind === 'action' ? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .didYouMean */ .au)(name, _actions_index_js__WEBPACK_IMPORTED_MODULE_1__/* .actionNames */ .B) : '';
        throw new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`unknown ${kind} '${name}'${hint || `; one of: ${_actions_index_js__WEBPACK_IMPORTED_MODULE_1__/* .actionNames */ .B.join(', ')}`}`, 'shipgate run');
    }
    return runActionWithFlags(await load(), rest, io, `shipgate run ${name}`);
}
/** An action's outputs for JSON: text that holds a JSON object or array is given as that value, not as a string of JSON. */
function outputsAsJson(outputs) {
    return Object.fromEntries(Object.entries(outputs).map(([name, value]) => {
        if (!/^\s*[[{]/.test(value))
            return [name, value];
        try {
            return [name, JSON.parse(value)];
        }
        catch {
            return [name, value];
        }
    }));
}
/** The values given for an action's secret inputs, as `--name value`, `--name=value` or `--input name=value`, read without parsing the rest. */
function secretFlagValues(definition, args) {
    const isSecret = (name) => definition.inputs[name]?.secret === true;
    const values = [];
    const afterEquals = (text) => text.slice(text.indexOf('=') + 1);
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (arg === '--')
            break;
        if (!arg.startsWith('--'))
            continue;
        const inline = arg.includes('=');
        const flag = inline ? arg.slice(2, arg.indexOf('=')) : arg.slice(2);
        const value = inline ? afterEquals(arg) : args[index + 1];
        if (value === undefined)
            continue;
        if (isSecret(flag))
            values.push(value);
        else if (flag === 'input' && value.includes('=') && isSecret(value.slice(0, value.indexOf('='))))
            values.push(afterEquals(value));
    }
    return values;
}
/**
 * Parses an action's flags and runs it; shared by `shipgate run` and the per-action commands.
 * `refuse` may turn a run the command line should not accept (a send with nobody to send to) into
 * an error, reported instead of the outputs.
 */
async function runActionWithFlags(definition, args, givenIo, invocation, refuse) {
    const masked = (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .maskedIo */ .WM)(givenIo);
    // Masked before the flags are parsed: a usage error may quote what was given.
    for (const value of secretFlagValues(definition, args))
        masked.masker.add(value);
    const io = masked;
    const json = args.includes('--json');
    const jsonIo = { ...io, json: io.json || json };
    let values;
    try {
        values = (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)(invocation.replace(/ --out DIR$/, ''), args, {
            ...Object.fromEntries(Object.keys(definition.inputs).map((input) => [input, { type: 'string', multiple: true }])),
            input: { type: 'string', multiple: true },
            json: { type: 'boolean' },
            summary: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        }).values;
    }
    catch (error) {
        return (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .reportFailure */ .xV)(jsonIo, invocation, error, json ? { action: definition.name, outputs: {}, failed: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error) } : {});
    }
    if (values.help) {
        io.out(actionUsage(definition, invocation));
        return _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
    }
    const given = new Map();
    for (const pair of values.input ?? []) {
        const equals = pair.indexOf('=');
        const inputName = equals > 0 ? pair.slice(0, equals) : '';
        if (!(inputName in definition.inputs)) {
            const hint = inputName ? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .didYouMean */ .au)(inputName, Object.keys(definition.inputs)) : '';
            const error = new _io_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--input '${pair}': expected name=value with one of: ${Object.keys(definition.inputs).join(', ')}${hint}`, invocation);
            return (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .reportFailure */ .xV)(jsonIo, invocation, error, json ? { action: definition.name, outputs: {}, failed: error.message } : {});
        }
        given.set(inputName, [...(given.get(inputName) ?? []), pair.slice(equals + 1)]);
    }
    for (const inputName of Object.keys(definition.inputs)) {
        const flagValues = values[inputName];
        if (flagValues)
            given.set(inputName, [...(given.get(inputName) ?? []), ...flagValues]);
    }
    const context = (0,_local_context_js__WEBPACK_IMPORTED_MODULE_5__/* .localContext */ .NV)(io.env, io.cwd, (0,_local_context_js__WEBPACK_IMPORTED_MODULE_5__/* .commandLogger */ .Ay)(io));
    try {
        const run = await (0,_platform_github_action_js__WEBPACK_IMPORTED_MODULE_3__/* .executeAction */ .yn)(definition, (inputName) => given.get(inputName)?.join('\n'), context);
        const refused = refuse?.(run);
        if (refused)
            throw refused;
        if (values.summary && run.summary)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(values.summary, context.logger.mask(run.summary));
        if (json) {
            io.out(JSON.stringify({ action: definition.name, outputs: outputsAsJson(run.outputs), failed: run.failed ?? null }, null, 2));
        }
        else {
            for (const [output, value] of Object.entries(run.outputs))
                io.out(`${output}=${value}`);
            if (run.failed)
                io.err(`${definition.name}: ${run.failed}`);
        }
        return run.failed ? _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.no : _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
    }
    catch (error) {
        // With --json the result's fields stay (outputs empty, failed the message) beside the error.
        return (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .reportFailure */ .xV)(jsonIo, invocation, error, json ? { action: definition.name, outputs: {}, failed: (0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .failureOf */ .g5)(error).message } : {});
    }
}


/***/ }),

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
    return {
        ...environment,
        workspace: env.GITHUB_WORKSPACE || cwd,
        sha: environment.sha ?? git(['rev-parse', 'HEAD'], cwd),
        repository: environment.repository ??
            repositoryFromRemote(git(['remote', 'get-url', 'origin'], cwd)) ??
            `local/${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(cwd).replace(/[^A-Za-z0-9_.-]/g, '-') || 'repository'}`,
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
const actionsExec = {
    shell: (commandLine, options) => actionsExec.run('bash', ['-eo', 'pipefail', '-c', commandLine], options),
    async run(program, args, options = {}) {
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
