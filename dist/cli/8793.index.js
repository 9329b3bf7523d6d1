export const id = 8793;
export const ids = [8793,1174];
export const modules = {

/***/ 1174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bounceAlertVariables: () => (/* binding */ bounceAlertVariables),
/* harmony export */   bounceScanAction: () => (/* binding */ bounceScanAction),
/* harmony export */   bounceScanOutputs: () => (/* binding */ bounceScanOutputs),
/* harmony export */   bounceScanSummary: () => (/* binding */ bounceScanSummary)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88532);
/* harmony import */ var _mail_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80758);
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77582);
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13021);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20877);
// The bounce-scan action: inputs -> scanBounces -> scanned, participants-updated, unmatched, and
// the alert for ops (alert, alert-variables) when the scan retired addresses or found unmatched bounces.






const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `7d`, `48h`, `90m`, `3600s` or plain seconds, at least a second, in milliseconds. */
const durationInput = (fallback) => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
    .optional()
    .transform((value, ctx) => {
    const text = (value ?? fallback).trim();
    const match = /^([0-9.]+)\s*([smhd]?)$/i.exec(text);
    const amount = match ? (0,_platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .plainDecimal */ .mr)(match[1]) : undefined;
    const ms = amount === undefined ? undefined : amount * UNIT_MS[(match[2] || 's').toLowerCase()];
    if (ms === undefined || !Number.isFinite(ms) || ms < _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_SECONDS */ .nt * 1000) {
        ctx.addIssue({ code: 'custom', message: `'${text}' is not a duration; give a plain decimal number of at least 1s, with a unit or in seconds: 7d, 48h, 90m or 3600` });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
    return ms;
});
const bounceScanAction = (0,_platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .defineAction */ .QP)({
    name: 'bounce-scan',
    description: 'Read delivery-failure notices from an IMAP mailbox, match them to the sends in the send log, record them there, and set bouncing addresses inactive in the roster (hard bounces at once, soft ones after a limit).',
    branding: { icon: 'inbox', color: 'blue' },
    inputs: {
        'imap-host': { description: 'The IMAP server that receives the bounces (the Return-Path / envelope sender mailbox).', required: true },
        'imap-port': { description: 'The IMAP port, a whole number from 1 to 65535. Default: 993 for tls, 143 for starttls and none.' },
        'imap-security': { description: 'tls (implicit TLS), starttls (required STARTTLS), or none (plain text; only when set explicitly).', default: 'tls' },
        'imap-username': { description: 'The IMAP user name.', required: true },
        'imap-password': { description: 'The IMAP password.', required: true, secret: true },
        'imap-mailbox': { description: 'The mailbox (folder) to scan.', default: 'INBOX' },
        'imap-ca': { description: 'A PEM file of CA certificates to trust for the server, for a private CA.' },
        'imap-timeout': { description: 'Seconds (a plain decimal number, at least 1) to wait for a connection, the greeting, or any reply.', default: '30' },
        roster: { description: 'The roster CSV to retire bouncing addresses from (status inactive and a note; the previous version is kept as <roster>.<time>.bak). Without it, bounces are only recorded.' },
        'send-log': { description: 'The JSONL send log that send-mail writes and bounced lines are appended to. Default: <artifacts-dir>/notifications/send-log.jsonl.' },
        'keep-unseen': { description: 'true: leave the \\Seen flag of handled messages alone (a second scan still changes nothing).', default: 'false' },
        'soft-bounce-limit': { description: 'How many soft bounces (4.x.x, delayed) within soft-bounce-window retire an address: a whole number, at least 1.', default: '3' },
        'soft-bounce-window': { description: 'The window soft bounces are counted in: 7d, 48h, 90m or seconds (a plain decimal number), at least 1s.', default: '7d' },
        'scan-id': { description: "Names this scan in the send log's retired lines and in the alert's event key (bounce-scan:<scan id>). Default: <run id>.<run attempt> on a runner, local-<time> elsewhere." },
        'artifacts-dir': _common_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .artifactsDirInput */ .Lp,
    },
    outputs: {
        scanned: { description: 'How many unseen messages were looked at.' },
        'participants-updated': { description: 'JSON list of the roster entries set inactive: email, name, status, note, line.' },
        unmatched: { description: 'JSON list of bounces that match no send, for manual triage: address, type, status, reason, noticeMessageId, subject.' },
        bounces: { description: 'JSON list of every bounce handled: address, type (hard/soft), status, match (message-id or recipient-latest), heuristic, retired.' },
        'roster-backup': { description: 'The backup of the roster taken before it was rewritten (empty when it was not).' },
        'send-log': { description: 'The send log read and appended to.' },
        retired: { description: 'JSON list of the addresses this scan retired (a retired line each in the send log): address, reason, date.' },
        alert: { description: 'true when the scan retired addresses or found unmatched bounces: ops should get the bounce-alert.' },
        'event-key': { description: 'The alert\'s event key, bounce-scan:<scan id>: one alert per scan.' },
        'alert-variables': { description: 'JSON variables for the bounce-alert template (send-mail\'s variables input): scanId, retired, unmatched.' },
    },
    settings: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        'imap-host': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        'imap-port': _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.port(),
        'imap-security': zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['tls', 'starttls', 'none'], { message: 'use tls, starttls or none' }),
        'imap-username': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        'imap-password': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        'imap-mailbox': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        'imap-ca': _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.text(),
        'imap-timeout': _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.seconds(30),
        roster: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.text(),
        'send-log': _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.text(),
        'keep-unseen': _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.boolean(false),
        'soft-bounce-limit': _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.wholeNumber(3),
        'soft-bounce-window': durationInput('7d'),
        'scan-id': _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.text(),
        'artifacts-dir': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    }),
    async run(settings, context) {
        if (settings['imap-security'] === 'none' && settings['imap-host'] !== '127.0.0.1' && settings['imap-host'] !== 'localhost') {
            context.logger.warning(`bounce-scan: imap-security none: the password goes to ${settings['imap-host']} in plain text`);
        }
        // The scan (the send log's schema, the notice parser, the roster's CSV) loads once the inputs
        // are known good, so that a bad input fails fast.
        const { defaultImapPortFor } = await __webpack_require__.e(/* import() */ 2456).then(__webpack_require__.bind(__webpack_require__, 42456));
        const { scanBounces } = await Promise.all(/* import() */[__webpack_require__.e(2631), __webpack_require__.e(1130), __webpack_require__.e(4901), __webpack_require__.e(2976), __webpack_require__.e(4939)]).then(__webpack_require__.bind(__webpack_require__, 36893));
        const result = await scanBounces({
            imap: {
                host: settings['imap-host'],
                port: settings['imap-port'] ?? defaultImapPortFor[settings['imap-security']],
                security: settings['imap-security'],
                username: settings['imap-username'],
                password: settings['imap-password'],
                mailbox: settings['imap-mailbox'],
                timeoutMs: settings['imap-timeout'] * 1000,
                caFile: settings['imap-ca'],
            },
            scanId: settings['scan-id'] ?? (context.environment.mode === 'github' ? `${context.environment.runId}.${context.environment.runAttempt}` : `local-${context.clock.now().toISOString()}`),
            roster: settings.roster,
            sendLog: settings['send-log'] ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(settings['artifacts-dir'], _mail_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .NOTIFICATIONS_FOLDER */ .q, 'send-log.jsonl'),
            keepUnseen: settings['keep-unseen'],
            softBounceLimit: settings['soft-bounce-limit'],
            softBounceWindowMs: settings['soft-bounce-window'],
        }, { logger: context.logger, clock: context.clock });
        for (const retired of result.retired)
            context.logger.event('bounce_retired', { status: 'retired', address: retired.address, reason: retired.reason, scan_id: result.scanId });
        return { outputs: bounceScanOutputs(result), summary: bounceScanSummary(result) };
    },
});
function bounceScanOutputs(result) {
    return {
        scanned: String(result.scanned),
        'participants-updated': JSON.stringify(result.participantsUpdated),
        unmatched: JSON.stringify(result.unmatched),
        bounces: JSON.stringify(result.bounces),
        'roster-backup': result.rosterBackup ?? '',
        'send-log': result.sendLog,
        retired: JSON.stringify(result.retired),
        alert: String(result.retired.length > 0 || result.unmatched.length > 0),
        'event-key': `bounce-scan:${result.scanId}`,
        'alert-variables': JSON.stringify(bounceAlertVariables(result)),
    };
}
/** What the bounce-alert template lists: every address retired and every unmatched bounce, with reason and date. */
function bounceAlertVariables(result) {
    return {
        scanId: result.scanId,
        retired: result.retired.map((retired) => ({ address: retired.address, reason: retired.reason, date: retired.date.slice(0, 10) })),
        unmatched: result.unmatched.map((bounce) => ({ address: bounce.address, reason: `${bounce.type} bounce${bounce.status ? ` ${bounce.status}` : ''}: ${bounce.reason}`, date: bounce.date.slice(0, 10) })),
    };
}
/** What a table cell shows of a diagnostic or reason: one line, at most 160 characters, escaped. */
function excerptCell(text) {
    const oneLine = (text ?? '').replace(/\s+/g, ' ').trim();
    return (0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(oneLine.length > 160 ? `${oneLine.slice(0, 159)}…` : oneLine);
}
/** ⚠️ when the scan raised the alert (addresses retired, bounces nobody matched), ✅ otherwise. */
function bounceScanHeadline(result) {
    const found = [
        ...(result.retired.length > 0 ? [`${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(result.retired.length, 'address', 'addresses')} retired`] : []),
        ...(result.unmatched.length > 0 ? [`${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(result.unmatched.length, 'unmatched bounce')} to triage`] : []),
    ];
    if (found.length > 0)
        return `${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .statusIcon */ .I8)('partial_success')} ${found.join(', ')}`;
    return `${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .statusIcon */ .I8)('success')} ${result.bounces.length > 0 ? `${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(result.bounces.length, 'bounce')} recorded, no address retired` : 'no new bounces'}`;
}
function bounceScanSummary(result) {
    const retired = new Set(result.participantsUpdated.map((person) => person.email.toLowerCase()));
    const roster = (bounce) => retired.has(bounce.address.toLowerCase()) ? 'set inactive' : bounce.retired ? 'not on roster / already inactive' : bounce.softBounces !== undefined ? `${bounce.softBounces} soft within window` : '';
    return [
        `### bounce-scan: ${bounceScanHeadline(result)}`,
        '',
        `${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(result.scanned, 'unseen message')} scanned: ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(result.handled, 'notice')} handled, ${result.alreadyProcessed} already processed, ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(result.notBounces, 'message that is not a bounce', 'messages that are not bounces')} left alone.`,
        '',
        ...(result.bounces.length > 0 || result.unmatched.length > 0
            ? [
                '| address | bounce | status | matched by | roster | detail |',
                '| --- | --- | --- | --- | --- | --- |',
                ...result.bounces.map((bounce) => `| ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(bounce.address)} | ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(`${bounce.type}${bounce.heuristic ? ` (${bounce.format}, heuristic)` : ''}`)} | ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(bounce.status ?? '')} | ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(bounce.match)} | ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(roster(bounce))} | ${excerptCell(bounce.diagnostic)} |`),
                ...result.unmatched.map((bounce) => `| ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(bounce.address)} | ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(`${bounce.type}${bounce.heuristic ? ' (heuristic)' : ''}`)} | ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(bounce.status ?? '')} | **unmatched** | | ${excerptCell(bounce.reason)} |`),
                '',
            ]
            : []),
        ...(result.rosterBackup ? [`Roster rewritten; previous version: ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)(result.rosterBackup)}`, ''] : []),
    ].join('\n');
}


/***/ }),

/***/ 20877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ shaInput),
/* harmony export */   Lp: () => (/* binding */ artifactsDirInput),
/* harmony export */   Wj: () => (/* binding */ WORKFLOW_TOKEN),
/* harmony export */   au: () => (/* binding */ tokenOrEnvironment),
/* harmony export */   xK: () => (/* binding */ configInput)
/* harmony export */ });
/* harmony import */ var _evidence_artifacts_dir_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32597);

const shaInput = {
    description: 'The commit SHA of the release (40 lowercase hex). Default: the SHA that triggered the workflow.',
};
const artifactsDirInput = {
    description: 'The folder that holds the evidence contracts.',
    default: _evidence_artifacts_dir_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ARTIFACTS_DIR */ .q,
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

/***/ 80758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ NOTIFICATIONS_FOLDER)
/* harmony export */ });
// Where send-mail keeps its records under the artifacts folder. A module of its own so that an
// action can name the folder without loading the ledger and its schemas at start-up.
const NOTIFICATIONS_FOLDER = 'notifications';


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


/***/ })

};
