export const id = 79;
export const ids = [79,136];
export const modules = {

/***/ 2853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionUsage: () => (/* binding */ actionUsage),
/* harmony export */   runActionWithFlags: () => (/* binding */ runActionWithFlags),
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var _actions_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1956);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9473);
/* harmony import */ var _platform_github_action_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8925);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1973);
/* harmony import */ var _local_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8092);
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
async function runCommand(args, io) {
    const [name, ...rest] = args;
    if (!name || name === '--help' || name === '-h') {
        io.out(`Usage: shipgate run <action> [--<input> value ...] [--json]\n\nActions: ${_actions_index_js__WEBPACK_IMPORTED_MODULE_2__/* .actionNames */ .B.join(', ')}\nshipgate run <action> --help lists an action's inputs.`);
        return name ? _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok : _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage;
    }
    const load = _actions_index_js__WEBPACK_IMPORTED_MODULE_2__/* .actionLoaders */ .Z[name];
    if (!load) {
        io.err(`shipgate run: unknown action '${name}'; one of: ${_actions_index_js__WEBPACK_IMPORTED_MODULE_2__/* .actionNames */ .B.join(', ')}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage;
    }
    return runActionWithFlags(await load(), rest, io, `shipgate run ${name}`);
}
/** Parses an action's flags and runs it; shared by `shipgate run` and the per-action commands. */
async function runActionWithFlags(definition, args, io, invocation) {
    let values;
    try {
        ;
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args,
            strict: true,
            allowPositionals: false,
            options: {
                ...Object.fromEntries(Object.keys(definition.inputs).map((input) => [input, { type: 'string', multiple: true }])),
                input: { type: 'string', multiple: true },
                json: { type: 'boolean' },
                summary: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        }));
    }
    catch (error) {
        io.err(`${invocation}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}\n\n${actionUsage(definition, invocation)}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage;
    }
    if (values.help) {
        io.out(actionUsage(definition, invocation));
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok;
    }
    const given = new Map();
    for (const pair of values.input ?? []) {
        const equals = pair.indexOf('=');
        const inputName = equals > 0 ? pair.slice(0, equals) : '';
        if (!(inputName in definition.inputs)) {
            io.err(`${invocation}: --input '${pair}': expected name=value with one of: ${Object.keys(definition.inputs).join(', ')}`);
            return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage;
        }
        given.set(inputName, [...(given.get(inputName) ?? []), pair.slice(equals + 1)]);
    }
    for (const inputName of Object.keys(definition.inputs)) {
        const flagValues = values[inputName];
        if (flagValues)
            given.set(inputName, [...(given.get(inputName) ?? []), ...flagValues]);
    }
    const context = (0,_local_context_js__WEBPACK_IMPORTED_MODULE_6__/* .localContext */ .NV)(io.env, io.cwd);
    try {
        const run = await (0,_platform_github_action_js__WEBPACK_IMPORTED_MODULE_4__/* .executeAction */ .yn)(definition, (inputName) => given.get(inputName)?.join('\n'), context);
        if (values.summary && run.summary)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(values.summary, run.summary);
        if (values.json) {
            io.out(JSON.stringify({ action: definition.name, outputs: run.outputs, failed: run.failed ?? null }, null, 2));
        }
        else {
            for (const [output, value] of Object.entries(run.outputs))
                io.out(`${output}=${value}`);
            if (run.failed)
                io.err(`${definition.name}: ${run.failed}`);
        }
        return run.failed ? _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.no : _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok;
    }
    catch (error) {
        if (values.json)
            io.out(JSON.stringify({ action: definition.name, outputs: {}, failed: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error) }, null, 2));
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isUserError */ .iU)(error)) {
            io.err(`${definition.name}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
            return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .oe ? _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.no : _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage;
        }
        io.err(`${definition.name}: unexpected error (a bug in shipgate): ${error.stack ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.no;
    }
}


/***/ }),

/***/ 7582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   QL: () => (/* binding */ inputs),
/* harmony export */   QP: () => (/* binding */ defineAction),
/* harmony export */   rO: () => (/* binding */ withDefaults)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8532);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
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


/***/ }),

/***/ 8660:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ ConsoleLogger),
/* harmony export */   M2: () => (/* binding */ SecretMasker)
/* harmony export */ });
/* unused harmony exports RunnerLogger, RecordingLogger */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2854);
// The Logger seam: stages log through it; the action writes annotations, the command writes to
// stderr, tests record. Every implementation masks the secrets it was given.

/** Replaces every registered secret in a text; used for anything written out, not only logs. */
class SecretMasker {
    secrets = new Set();
    add(value) {
        if (value.length >= 3)
            this.secrets.add(value);
    }
    mask(text) {
        let masked = text;
        for (const secret of this.secrets)
            masked = masked.split(secret).join('***');
        return masked;
    }
}
/** Logs as a GitHub Actions step: annotations for warnings and errors, add-mask for secrets. */
class RunnerLogger {
    masker = new SecretMasker();
    info(message) {
        process.stdout.write(`${this.masker.mask(message)}\n`);
    }
    warning(message, location = {}) {
        annotate('warning', this.masker.mask(message), { file: location.file, startLine: location.line, title: location.title });
    }
    error(message, location = {}) {
        annotate('error', this.masker.mask(message), { file: location.file, startLine: location.line, title: location.title });
    }
    debug(message) {
        if (process.env.RUNNER_DEBUG === '1')
            issueCommand('debug', {}, this.masker.mask(message));
    }
    secret(value) {
        this.masker.add(value);
        maskSecret(value);
    }
}
/** Logs for a person at a terminal: plain lines on stderr, so stdout stays for results. */
class ConsoleLogger {
    verbose;
    write;
    masker = new SecretMasker();
    constructor(verbose = false, write = (line) => process.stderr.write(`${line}\n`)) {
        this.verbose = verbose;
        this.write = write;
    }
    info(message) {
        this.write(this.masker.mask(message));
    }
    warning(message, location = {}) {
        this.write(`warning: ${this.where(location)}${this.masker.mask(message)}`);
    }
    error(message, location = {}) {
        this.write(`error: ${this.where(location)}${this.masker.mask(message)}`);
    }
    debug(message) {
        if (this.verbose)
            this.write(`debug: ${this.masker.mask(message)}`);
    }
    secret(value) {
        this.masker.add(value);
    }
    where(location) {
        if (!location.file)
            return '';
        return location.line ? `${location.file}:${location.line}: ` : `${location.file}: `;
    }
}
/** Keeps every entry, masked, for tests to read back. */
class RecordingLogger {
    entries = [];
    masker = new SecretMasker();
    info(message) {
        this.entries.push({ level: 'info', message: this.masker.mask(message) });
    }
    warning(message, location) {
        this.entries.push({ level: 'warning', message: this.masker.mask(message), location });
    }
    error(message, location) {
        this.entries.push({ level: 'error', message: this.masker.mask(message), location });
    }
    debug(message) {
        this.entries.push({ level: 'debug', message: this.masker.mask(message) });
    }
    secret(value) {
        this.masker.add(value);
    }
    text() {
        return this.entries.map((entry) => `${entry.level}: ${entry.message}`).join('\n');
    }
}


/***/ }),

/***/ 8959:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ resolveRepository),
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   Sf: () => (/* binding */ runEnvironmentFromEnv),
/* harmony export */   vc: () => (/* binding */ resolveSha)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
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


/***/ }),

/***/ 2854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports getRunnerInput, issueCommand, annotate, maskSecret, setRunnerOutput, appendStepSummary */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
// The runner's side of the GitHub Actions protocol: inputs from INPUT_* variables, outputs and the
// job summary through the files the runner names, and workflow commands for annotations and masks.
// @actions/core does the same but loads its OIDC client (undici) eagerly, which doubles the start
// time of every action (bench/startup); this module keeps to the documented protocol only.



/** The raw value of an input as the runner passes it: trimmed, '' when not given. */
function getRunnerInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Writes one workflow command (`::name key=value::message`) to stdout. */
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}
function annotate(level, message, properties = {}) {
    issueCommand(level, { title: properties.title, file: properties.file, line: properties.startLine }, message);
}
function maskSecret(value) {
    for (const line of value.split(/\r?\n/))
        if (line.trim() !== '')
            issueCommand('add-mask', {}, line);
}
/** Appends `name<<delimiter` blocks to $GITHUB_OUTPUT, the runner's multi-line-safe format. */
function setRunnerOutput(name, value, env = process.env) {
    const file = env.GITHUB_OUTPUT;
    if (!file) {
        issueCommand('set-output', { name }, value);
        return;
    }
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('bug: output collides with its delimiter');
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}
function appendStepSummary(markdown, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (file)
        appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
}


/***/ })

};
