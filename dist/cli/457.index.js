export const id = 457;
export const ids = [457];
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

/***/ 40018:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ dropboxSettings),
/* harmony export */   U: () => (/* binding */ dropboxInputs)
/* harmony export */ });
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77582);

const dropboxInputs = {
    'dropbox-access-token': { description: 'A Dropbox access token (short-lived). Prefer a refresh token for CI.', secret: true },
    'dropbox-refresh-token': { description: 'A Dropbox refresh token; needs dropbox-app-key and dropbox-app-secret.', secret: true },
    'dropbox-app-key': { description: 'The Dropbox app key, for refreshing the access token.' },
    'dropbox-app-secret': { description: 'The Dropbox app secret, for refreshing the access token.', secret: true },
    'use-api-root-folder': { description: 'true: put every delivery path under api-root-folder (bot-root mode).', default: 'false' },
    'api-root-folder': { description: 'The folder every Dropbox path goes under when use-api-root-folder is true (e.g. /Apps/shipgate-bot).' },
    'dropbox-api-url': {
        description: 'Send Dropbox API requests to this endpoint instead of api.dropboxapi.com and content.dropboxapi.com (tests, proxies). Also read from SHIPGATE_DROPBOX_API_URL.',
    },
};
/** The parsed form of dropboxInputs. */
const dropboxSettings = {
    'dropbox-access-token': _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.text(),
    'dropbox-refresh-token': _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.text(),
    'dropbox-app-key': _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.text(),
    'dropbox-app-secret': _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.text(),
    'use-api-root-folder': _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.boolean(false),
    'api-root-folder': _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.text(),
    'dropbox-api-url': _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.text(),
};


/***/ }),

/***/ 71457:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sendMailAction: () => (/* binding */ sendMailAction),
  sendMailOutputs: () => (/* binding */ sendMailOutputs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./build/contracts/release-decision.js
var release_decision = __webpack_require__(59084);
// EXTERNAL MODULE: ./build/mail/paths.js
var paths = __webpack_require__(80758);
;// CONCATENATED MODULE: ./build/mail/mail-defaults.js
const orConfig = (given, configured) => (given.length > 0 ? given : configured);
/** A roster send writes to the roster, never to the configured owners. */
function withMailConfig(given, config, options) {
    return {
        to: options.rosterSend ? given.to : orConfig(given.to, config.owners),
        ops: orConfig(given.ops, config.ops),
        from: given.from ?? config.from,
        allowedFrom: orConfig(given.allowedFrom, config.allowedFrom),
        replyTo: given.replyTo ?? config.replyTo,
        smtpHost: given.smtpHost ?? config.smtp.host,
        smtpPort: given.smtpPort ?? config.smtp.port,
        smtpSecurity: given.smtpSecurity ?? config.smtp.security ?? 'starttls',
    };
}

// EXTERNAL MODULE: ./build/platform/action.js
var action = __webpack_require__(77582);
// EXTERNAL MODULE: ./build/platform/run-environment.js
var run_environment = __webpack_require__(48959);
// EXTERNAL MODULE: ./build/actions/common-inputs.js
var common_inputs = __webpack_require__(20877);
// EXTERNAL MODULE: ./build/actions/dropbox-inputs.js
var dropbox_inputs = __webpack_require__(40018);
;// CONCATENATED MODULE: ./build/actions/send-mail.js
// The send-mail action: inputs -> sendMail -> status, message-id, accepted, rejected, eml-path.









const addressList = () => action/* inputs */.QL.list().transform((lines) => lines.flatMap((line) => line.split(',')).map((item) => item.trim()).filter((item) => item !== ''));
const variablesInput = schemas/* string */.YjP()
    .optional()
    .transform((value, ctx) => {
    if (value === undefined)
        return {};
    try {
        const parsed = JSON.parse(value);
        if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
            return parsed;
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object, e.g. {"items": ["a", "b"]}' });
    }
    catch (error) {
        ctx.addIssue({ code: 'custom', message: `not valid JSON (${error.message})` });
    }
    return core/* NEVER */.tm;
});
const optionalBoolean = () => schemas/* enum */.k5n(['true', 'True', 'TRUE', 'false', 'False', 'FALSE'], { message: 'use true or false' })
    .optional()
    .transform((value) => (value === undefined ? undefined : value.toLowerCase() === 'true'));
const sendMailAction = (0,action/* defineAction */.QP)({
    name: 'send-mail',
    description: 'Send the pipeline\'s mail: release completed or failed to the owners, ops alerts, "your delivery is ready", and roster sends; previewable, dry-runnable to .eml files, and sent at most once per event.',
    branding: { icon: 'mail', color: 'blue' },
    inputs: {
        to: { description: 'Recipients (owners for release mail): one address per line or comma-separated. Default: mail.owners in the config (not for roster sends).' },
        cc: { description: 'Cc recipients.' },
        bcc: { description: 'Bcc recipients (never shown in the message headers).' },
        ops: { description: 'Who gets ops alerts when the release status is failure or partial_success. Default: mail.ops in the config.' },
        from: { description: 'The sender address; must be in allowed-from. Default: mail.from in the config.' },
        'allowed-from': {
            description: 'The sender addresses allowed, and @domain entries for whole domains; one per line or comma-separated. Default: mail.allowedFrom in the config.',
        },
        'reply-to': { description: 'The Reply-To address. Default: mail.replyTo in the config.' },
        config: common_inputs/* configInput */.xK,
        subject: { description: 'The subject; may use {{variables}}. Required with template files, overrides a built-in template\'s subject.' },
        template: {
            description: 'A built-in template: release-completed, release-failed, ops-alert, delivery-ready, daily-digest. Default: chosen by the release status (daily-digest for roster sends).',
        },
        'template-text': { description: 'A file with the text part of a user template ({{variable}} placeholders).' },
        'template-html': { description: 'A file with the HTML part of a user template; values are HTML-escaped.' },
        variables: { description: 'A JSON object of extra template variables. A variable a template uses and nobody gives is an error.' },
        status: { description: 'The release status (success, failure, partial_success); default: the release decision\'s status.' },
        'event-key': { description: 'What makes a message unique for deliver-once; default: repository, SHA, template and recipients (a roster send adds each recipient).' },
        ledger: { description: 'A JSONL ledger file of sent events, kept between runs (e.g. by a scheduled workflow) so that no event is sent twice.' },
        roster: { description: 'A CSV roster (email, name, status active/inactive, more columns for templates): send one message to each active person.' },
        'dry-run': { description: 'true: write each message as an .eml file to outbox instead of sending. Default: true for roster sends, false otherwise.' },
        outbox: { description: 'Where a dry run writes .eml files. Default: <artifacts-dir>/notifications/outbox.' },
        'send-log': { description: 'The JSONL send log, one line per recipient. Default: <artifacts-dir>/notifications/send-log.jsonl.' },
        'preview-dir': { description: 'Write preview.html, preview.txt and preview.json here and send nothing.' },
        delivery: {
            description: 'true: send the delivery-ready mail (project, version, share link, files) from the delivery result for the SHA, and record the outcome in the delivery manifest\'s run (a Dropbox manifest needs the deliver step\'s destination and Dropbox inputs).',
            default: 'false',
        },
        destination: { description: 'With delivery: the deliver step\'s destination (dropbox:<path> or local:<folder>). Default: the one the delivery result names.' },
        ...dropbox_inputs/* dropboxInputs */.U,
        enabled: { description: 'false: send nothing, status skipped.', default: 'true' },
        'smtp-host': { description: 'The SMTP relay; required to send (not for dry runs or previews). Default: mail.smtp.host in the config.' },
        'smtp-port': { description: 'The SMTP port. Default: mail.smtp.port in the config, else 587 for starttls, 465 for tls, 25 for none.' },
        'smtp-security': {
            description: 'starttls (required STARTTLS), tls (implicit TLS), or none (plain text; only when set explicitly). Default: mail.smtp.security in the config, else starttls.',
        },
        'smtp-username': { description: 'The SMTP user name; no AUTH without it.' },
        'smtp-password': { description: 'The SMTP password.', secret: true },
        'smtp-ca': { description: 'A PEM file of CA certificates to trust for the relay, for a private CA.' },
        'smtp-timeout': { description: 'Seconds to wait for a connection, the greeting, or any reply.', default: '30' },
        'retry-deadline': {
            description: 'Seconds within which transient failures (4xx replies; dropped connections and timeouts before the whole message went out) are retried with backoff; also the deadline of the delivery manifest update, counted from its start.',
            default: '120',
        },
        sha: common_inputs/* shaInput */.FN,
        'artifacts-dir': common_inputs/* artifactsDirInput */.Lp,
    },
    outputs: {
        status: { description: 'sent, skipped, duplicate, failed or dry-run (also for a preview).' },
        reason: { description: 'Why the run was skipped or failed.' },
        'message-id': { description: 'The Message-ID of each message, one per line.' },
        accepted: { description: 'The recipients the server accepted, one per line.' },
        rejected: { description: 'The recipients the server refused, one per line.' },
        'eml-path': { description: 'The .eml files a dry run wrote, one per line.' },
        counts: {
            description: 'JSON: how many messages were sent, failed, unconfirmed (handed to the server, then no answer, in this run or an earlier one: may have been delivered, not sent again until `shipgate mail resolve`), duplicate, skipped, dry-run.',
        },
        'send-log': { description: 'The send log written.' },
    },
    settings: schemas/* object */.Ikc({
        to: addressList(),
        cc: addressList(),
        bcc: addressList(),
        ops: addressList(),
        from: action/* inputs */.QL.text(),
        'allowed-from': addressList(),
        'reply-to': action/* inputs */.QL.text(),
        config: action/* inputs */.QL.text(),
        subject: action/* inputs */.QL.text(),
        template: action/* inputs */.QL.text(),
        'template-text': action/* inputs */.QL.text(),
        'template-html': action/* inputs */.QL.text(),
        variables: variablesInput,
        status: release_decision/* releaseStatus */.sn.optional(),
        'event-key': action/* inputs */.QL.text(),
        ledger: action/* inputs */.QL.text(),
        roster: action/* inputs */.QL.text(),
        'dry-run': optionalBoolean(),
        outbox: action/* inputs */.QL.text(),
        'send-log': action/* inputs */.QL.text(),
        'preview-dir': action/* inputs */.QL.text(),
        delivery: action/* inputs */.QL.boolean(false),
        destination: action/* inputs */.QL.text(),
        ...dropbox_inputs/* dropboxSettings */.K,
        enabled: action/* inputs */.QL.boolean(true),
        'smtp-host': action/* inputs */.QL.text(),
        'smtp-port': action/* inputs */.QL.port(),
        'smtp-security': schemas/* enum */.k5n(['starttls', 'tls', 'none']).optional(),
        'smtp-username': action/* inputs */.QL.text(),
        'smtp-password': action/* inputs */.QL.text(),
        'smtp-ca': action/* inputs */.QL.text(),
        'smtp-timeout': action/* inputs */.QL.seconds(30),
        'retry-deadline': action/* inputs */.QL.seconds(120),
        sha: action/* inputs */.QL.sha(),
        'artifacts-dir': schemas/* string */.YjP(),
    }),
    async run(settings, context) {
        const { environment } = context;
        const sha = (0,run_environment/* resolveSha */.vc)(settings.sha, environment);
        const repository = (0,run_environment/* resolveRepository */.BN)(environment);
        const artifactsDir = settings['artifacts-dir'];
        const notifications = (0,external_node_path_.join)(artifactsDir, paths/* NOTIFICATIONS_FOLDER */.q);
        // The config schemas and the sending code (handlebars, the transports, the delivery
        // destination) load once the inputs are known good, so a bad input fails fast.
        const [{ loadConfig }, { sendMail }, { deliveryEmailOutcome, deliveryVariables, openDeliveryManifest, recordDeliveryEmail }] = await Promise.all([
            __webpack_require__.e(/* import() */ 210).then(__webpack_require__.bind(__webpack_require__, 33210)),
            Promise.all(/* import() */[__webpack_require__.e(508), __webpack_require__.e(177), __webpack_require__.e(500)]).then(__webpack_require__.bind(__webpack_require__, 23500)),
            Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(198), __webpack_require__.e(649)]).then(__webpack_require__.bind(__webpack_require__, 73649)),
        ]);
        const { config } = await loadConfig(settings.config);
        const mail = withMailConfig({
            to: settings.to,
            ops: settings.ops,
            from: settings.from,
            allowedFrom: settings['allowed-from'],
            replyTo: settings['reply-to'],
            smtpHost: settings['smtp-host'],
            smtpPort: settings['smtp-port'],
            smtpSecurity: settings['smtp-security'],
        }, config.mail, { rosterSend: settings.roster !== undefined });
        const inputVariables = Object.fromEntries(Object.entries({
            from: mail.from,
            'reply-to': mail.replyTo,
            subject: settings.subject,
            template: settings.template,
            'event-key': settings['event-key'],
            to: mail.to.join(', '),
            cc: settings.cc.join(', '),
            ops: mail.ops.join(', '),
        }).filter((entry) => entry[1] !== undefined && entry[1] !== ''));
        const store = context.openStore(artifactsDir);
        const delivery = settings.delivery ? await deliveryVariables(store, sha) : undefined;
        const manifestSettings = {
            destination: settings.destination,
            workspace: environment.workspace,
            dropboxAccessToken: settings['dropbox-access-token'],
            dropboxRefreshToken: settings['dropbox-refresh-token'],
            dropboxAppKey: settings['dropbox-app-key'],
            dropboxAppSecret: settings['dropbox-app-secret'],
            useApiRootFolder: settings['use-api-root-folder'],
            apiRootFolder: settings['api-root-folder'],
            dropboxApiUrl: settings['dropbox-api-url'] ?? (process.env.SHIPGATE_DROPBOX_API_URL || undefined),
            dropboxApiUrlSource: settings['dropbox-api-url'] ? 'input dropbox-api-url' : 'SHIPGATE_DROPBOX_API_URL',
            timeoutSeconds: settings['retry-deadline'],
        };
        const recordInManifest = delivery !== undefined && !settings['preview-dir'];
        // Opened (no request yet) before anything is sent, so that missing Dropbox credentials or another
        // destination than deliver's send nothing. The update opens it again once the mail is out.
        if (recordInManifest)
            await openDeliveryManifest(delivery.result, manifestSettings, context);
        const result = await sendMail({
            sha,
            repository,
            runUrl: environment.mode === 'github' ? `${environment.serverUrl}/${repository}/actions/runs/${environment.runId}` : `local run in ${environment.workspace}`,
            from: mail.from,
            allowedFrom: mail.allowedFrom,
            replyTo: mail.replyTo,
            to: mail.to,
            cc: settings.cc,
            bcc: settings.bcc,
            ops: mail.ops,
            subject: settings.subject,
            template: settings.template ?? (delivery && !settings['template-text'] && !settings['template-html'] ? 'delivery-ready' : undefined),
            evidenceVariables: delivery?.variables,
            templateText: settings['template-text'],
            templateHtml: settings['template-html'],
            variables: settings.variables,
            status: settings.status,
            eventKey: settings['event-key'],
            roster: settings.roster,
            inputVariables,
            artifactsDir,
            enabled: settings.enabled,
            dryRun: settings['dry-run'],
            outbox: settings.outbox ?? (0,external_node_path_.join)(notifications, 'outbox'),
            sendLog: settings['send-log'] ?? (0,external_node_path_.join)(notifications, 'send-log.jsonl'),
            ledger: settings.ledger,
            previewDir: settings['preview-dir'],
            smtp: {
                host: mail.smtpHost,
                port: mail.smtpPort,
                security: mail.smtpSecurity,
                username: settings['smtp-username'],
                password: settings['smtp-password'],
                timeoutMs: settings['smtp-timeout'] * 1000,
                caFile: settings['smtp-ca'],
            },
            retryDeadlineMs: settings['retry-deadline'] * 1000,
        }, { store, logger: context.logger, clock: context.clock });
        if (recordInManifest) {
            const email = deliveryEmailOutcome(result);
            // A fresh destination: the Dropbox deadline (retry-deadline) counts from the manifest update,
            // not from before a send that may itself have used up the whole retry-deadline.
            const manifest = await openDeliveryManifest(delivery.result, manifestSettings, context);
            const recorded = await recordDeliveryEmail(delivery.result, email, manifest, context);
            if (recorded === 'recorded')
                context.logger.info(`send-mail: delivery email ${email.status} recorded in ${delivery.result.manifestPath}`);
        }
        return {
            outputs: sendMailOutputs(result),
            summary: sendMailSummary(result),
            failure: result.status === 'failed' ? { message: result.reason ?? 'mail not sent' } : undefined,
            outcome: result.status === 'skipped' ? 'skipped' : undefined,
        };
    },
});
function sendMailOutputs(result) {
    const lines = (values) => values.filter((value) => Boolean(value)).join('\n');
    return {
        status: result.status,
        reason: result.reason ?? '',
        'message-id': lines(result.outcomes.filter((outcome) => outcome.status !== 'skipped').map((outcome) => outcome.messageId)),
        accepted: lines(result.outcomes.flatMap((outcome) => (outcome.status === 'sent' ? outcome.accepted : []))),
        rejected: lines(result.outcomes.flatMap((outcome) => outcome.rejected)),
        'eml-path': lines(result.outcomes.map((outcome) => outcome.emlPath)),
        counts: JSON.stringify(result.counts),
        'send-log': result.sendLog ?? '',
    };
}
function sendMailSummary(result) {
    const shown = result.outcomes.slice(0, 20);
    return [
        '### send-mail',
        '',
        `Status: **${result.status}**${result.reason ? ` (${result.reason})` : ''}`,
        '',
        ...(shown.length > 0
            ? [
                '| template | recipient | status | Message-ID |',
                '| --- | --- | --- | --- |',
                ...shown.map((outcome) => `| ${outcome.template} | ${outcome.recipient} | ${outcome.status} | \`${outcome.messageId}\` |`),
                ...(result.outcomes.length > shown.length ? [`| … | ${result.outcomes.length - shown.length} more | | |`] : []),
                '',
            ]
            : []),
        ...(result.previewPaths.length > 0 ? ['Preview:', '', ...result.previewPaths.map((path) => `- \`${path}\``), ''] : []),
    ].join('\n');
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
