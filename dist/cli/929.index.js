export const id = 929;
export const ids = [929,853];
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

/***/ 37929:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mailCommand: () => (/* binding */ mailCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var _actions_send_mail_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71457);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7982);
/* harmony import */ var _mail_paths_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(80758);
/* harmony import */ var _mail_roster_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12631);
/* harmony import */ var _mail_send_log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36981);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20152);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1973);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(32853);
// `shipgate mail send | preview | validate-roster | status | resolve`: the send-mail action's code
// with flags named as its inputs; preview and validate-roster never open a connection; resolve
// settles an unconfirmed message in the ledger.










const USAGE = `Usage: shipgate mail <send|preview|validate-roster|status|resolve|bounces-scan|state-run> [options]

  send [--<input> value ...]            Send (or with --dry-run true, write .eml files); flags are the
                                        send-mail inputs: shipgate mail send --help lists them.
  preview --out DIR [--<input> ...]     Write preview.html, preview.txt and preview.json; send nothing.
  validate-roster --roster FILE         Check a roster CSV; every problem with its line number.
  status [--limit 20] [--send-log FILE] [--artifacts-dir DIR] [--json]
                                        The most recent sends from the send log.
  resolve EVENT RECIPIENT --sent|--resend [--sha SHA] [--ledger FILE] [--artifacts-dir DIR]
                                        Settle an unconfirmed message (handed to the relay, no answer),
                                        as the run's log names it: --sent if it arrived (never sent
                                        again), --resend if not (the next run sends it).
  bounces-scan [--<input> value ...]    Read bounces over IMAP and retire bad roster addresses; flags
                                        are the bounce-scan inputs: shipgate mail bounces-scan --help.
  state-run --artifact NAME --workflow PATH --branch BRANCH [--output NAME] [--limit 50]
                                        On a runner: the newest completed run of PATH on BRANCH, started
                                        by schedule or workflow_dispatch in this repository (never a pull
                                        request or a fork), that still has the artifact; its id is
                                        printed and, with --output, written as that step output (empty
                                        when there is none yet). Needs GITHUB_TOKEN with actions: read.`;
async function mailCommand(args, io) {
    const [sub, ...rest] = args;
    const definition = _actions_send_mail_js__WEBPACK_IMPORTED_MODULE_2__.sendMailAction;
    switch (sub) {
        case 'send':
            return (0,_run_js__WEBPACK_IMPORTED_MODULE_8__.runActionWithFlags)(definition, rest, io, 'shipgate mail send');
        case 'preview':
            return previewCommand(definition, rest, io);
        case 'validate-roster':
            return validateRosterCommand(rest, io);
        case 'status':
            return statusCommand(rest, io);
        case 'resolve':
            return resolveCommand(rest, io);
        case 'bounces-scan':
            return (await __webpack_require__.e(/* import() */ 469).then(__webpack_require__.bind(__webpack_require__, 78469))).bouncesScanCommand(rest, io);
        case 'state-run':
            return (await __webpack_require__.e(/* import() */ 895).then(__webpack_require__.bind(__webpack_require__, 14895))).stateRunCommand(rest, io);
        case '--help':
        case '-h':
        case 'help':
            io.out(USAGE);
            return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok;
        default:
            io.err(sub ? `shipgate mail: unknown subcommand '${sub}'\n\n${USAGE}` : USAGE);
            return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.usage;
    }
}
/** `--out DIR` is the action's preview-dir; everything else is passed on as inputs. */
async function previewCommand(definition, args, io) {
    const forwarded = [];
    let out;
    for (let index = 0; index < args.length; index++) {
        if (args[index] === '--out')
            out = args[++index];
        else if (args[index]?.startsWith('--out='))
            out = args[index].slice('--out='.length);
        else
            forwarded.push(args[index]);
    }
    if (forwarded.includes('--help') || forwarded.includes('-h'))
        return (0,_run_js__WEBPACK_IMPORTED_MODULE_8__.runActionWithFlags)(definition, ['--help'], io, 'shipgate mail preview --out DIR');
    if (!out) {
        io.err('shipgate mail preview: --out DIR is required (where preview.html, preview.txt and preview.json go)');
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.usage;
    }
    return (0,_run_js__WEBPACK_IMPORTED_MODULE_8__.runActionWithFlags)(definition, [...forwarded, '--preview-dir', out], io, 'shipgate mail preview');
}
async function validateRosterCommand(args, io) {
    let values;
    let positionals;
    try {
        ;
        ({ values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args, allowPositionals: true, options: { roster: { type: 'string' }, json: { type: 'boolean' } } }));
    }
    catch (error) {
        io.err(`shipgate mail validate-roster: ${error.message}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.usage;
    }
    const path = values.roster ?? positionals[0];
    if (!path) {
        io.err('shipgate mail validate-roster: give the roster: --roster FILE');
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.usage;
    }
    let roster;
    try {
        roster = await (0,_mail_roster_js__WEBPACK_IMPORTED_MODULE_4__/* .readRoster */ .ks)(path);
    }
    catch (error) {
        io.err(`shipgate mail validate-roster: ${error.message}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.usage;
    }
    const active = roster.people.filter((person) => person.status === 'active').length;
    if (values.json) {
        io.out(JSON.stringify({ roster: path, valid: roster.problems.length === 0, active, inactive: roster.people.length - active, columns: roster.columns, problems: roster.problems }, null, 2));
    }
    else {
        for (const problem of roster.problems)
            io.err(`${path}:${problem.line}: ${problem.message}`);
        io.out(roster.problems.length === 0
            ? `${path}: valid: ${active} active, ${roster.people.length - active} inactive; columns: ${roster.columns.join(', ')}`
            : `${path}: ${roster.problems.length} problem(s)`);
    }
    return roster.problems.length === 0 ? _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok : _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.no;
}
async function statusCommand(args, io) {
    let values;
    try {
        ;
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args, options: { limit: { type: 'string' }, 'send-log': { type: 'string' }, 'artifacts-dir': { type: 'string' }, json: { type: 'boolean' } } }));
    }
    catch (error) {
        io.err(`shipgate mail status: ${error.message}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.usage;
    }
    const limit = Number(values.limit ?? '20');
    if (!Number.isInteger(limit) || limit < 1) {
        io.err(`shipgate mail status: --limit '${values.limit}' must be a positive whole number`);
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.usage;
    }
    const path = values['send-log'] ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(values['artifacts-dir'] ?? _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_ARTIFACTS_DIR */ .qx, _mail_paths_js__WEBPACK_IMPORTED_MODULE_9__/* .NOTIFICATIONS_FOLDER */ .q, 'send-log.jsonl');
    const { entries, unreadable, found } = await (0,_mail_send_log_js__WEBPACK_IMPORTED_MODULE_5__/* .readSendLogTail */ .l)(path, limit);
    if (values.json) {
        io.out(JSON.stringify({ sendLog: path, found, entries, unreadable }, null, 2));
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok;
    }
    if (!found) {
        io.out(`${path}: no send log yet (nothing was sent from here)`);
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok;
    }
    for (const entry of entries) {
        const detail = entry.error ?? entry.response ?? entry.emlPath ?? '';
        io.out(`${entry.time}  ${entry.status.padEnd(9)}  ${entry.recipient}  ${entry.template}  ${entry.messageId ?? ''}  ${detail}`.trimEnd());
    }
    if (unreadable > 0)
        io.err(`${path}: ${unreadable} line(s) are not JSON and were skipped`);
    return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok;
}
async function resolveCommand(args, io) {
    let values;
    let positionals;
    try {
        ;
        ({ values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args,
            allowPositionals: true,
            options: { sent: { type: 'boolean' }, resend: { type: 'boolean' }, sha: { type: 'string' }, ledger: { type: 'string' }, 'artifacts-dir': { type: 'string' } },
        }));
    }
    catch (error) {
        io.err(`shipgate mail resolve: ${error.message}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.usage;
    }
    const [event, recipient, ...extra] = positionals;
    if (!event || !recipient || extra.length > 0 || values.sent === values.resend) {
        io.err('shipgate mail resolve: give the event and the recipient as the run\'s log names them, and one of --sent (it arrived) or --resend (send it again):\n  shipgate mail resolve EVENT RECIPIENT --sent|--resend [--sha SHA] [--ledger FILE] [--artifacts-dir DIR]');
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.usage;
    }
    const decision = values.sent ? 'sent' : 'resend';
    const { resolveUnconfirmed } = await Promise.all(/* import() */[__webpack_require__.e(177), __webpack_require__.e(790)]).then(__webpack_require__.bind(__webpack_require__, 85790));
    const result = await resolveUnconfirmed({ event, recipient, decision, sha: values.sha, ledger: values.ledger, artifactsDir: values['artifacts-dir'] ?? _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_ARTIFACTS_DIR */ .qx }, _platform_clock_js__WEBPACK_IMPORTED_MODULE_6__/* .systemClock */ .m);
    if (result.alreadySettled) {
        io.out(`${event} (${recipient}, ${result.messageId}): already ${result.alreadySettled === 'sent' ? 'recorded as sent' : 'recorded for resending'} in ${result.journal}; nothing written`);
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok;
    }
    const effect = decision === 'sent' ? 'recorded as sent; no run sends it again' : 'recorded for resending; the next run sends it';
    io.out(`${event} (${recipient}, ${result.messageId}): ${effect}. Written to ${[result.journal, result.record].filter(Boolean).join(' and ')}`);
    return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok;
}


/***/ }),

/***/ 32853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionUsage: () => (/* binding */ actionUsage),
/* harmony export */   runActionWithFlags: () => (/* binding */ runActionWithFlags),
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var _actions_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21956);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
/* harmony import */ var _platform_github_action_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38925);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1973);
/* harmony import */ var _local_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88092);
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
        const userError = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .userErrorOf */ .zb)(error);
        if (values.json)
            io.out(JSON.stringify({ action: definition.name, outputs: {}, failed: userError?.message ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error) }, null, 2));
        if (userError) {
            io.err(`${definition.name}: ${userError.message}`);
            return userError instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .oe ? _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.no : _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage;
        }
        io.err(`${definition.name}: unexpected error (a bug in shipgate): ${error.stack ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.no;
    }
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
/* harmony export */   Rh: () => (/* binding */ parseRoster),
/* harmony export */   ks: () => (/* binding */ readRoster),
/* harmony export */   rp: () => (/* binding */ requireValidRoster)
/* harmony export */ });
/* unused harmony export REQUIRED_ROSTER_COLUMNS */
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35562);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
/* harmony import */ var _addresses_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41670);
// The roster of a scheduled send: a CSV file (RFC 4180) with email, name and status columns and any
// further columns, which templates can use. Validation reports every problem with its line number.



const REQUIRED_ROSTER_COLUMNS = ['email', 'name', 'status'];
/** Splits CSV text into rows with the line each starts on; quoted fields may hold commas and newlines. */
function parseCsvRows(text) {
    const rows = [];
    const problems = [];
    let line = 1;
    let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (index < text.length) {
        const startLine = line;
        const fields = [];
        let field = '';
        let quoted = false;
        let atFieldStart = true;
        let rowDone = false;
        while (index < text.length && !rowDone) {
            const char = text[index];
            if (quoted) {
                if (char === '"' && text[index + 1] === '"') {
                    field += '"';
                    index += 2;
                }
                else if (char === '"') {
                    quoted = false;
                    index++;
                }
                else {
                    if (char === '\n')
                        line++;
                    field += char;
                    index++;
                }
            }
            else if (char === '"' && atFieldStart) {
                quoted = true;
                atFieldStart = false;
                index++;
            }
            else if (char === ',') {
                fields.push(field);
                field = '';
                atFieldStart = true;
                index++;
            }
            else if (char === '\n' || char === '\r') {
                index += char === '\r' && text[index + 1] === '\n' ? 2 : 1;
                line++;
                rowDone = true;
            }
            else {
                field += char;
                atFieldStart = false;
                index++;
            }
        }
        if (quoted)
            problems.push({ line: startLine, message: 'a quoted field is not closed (a " is missing)' });
        fields.push(field);
        if (fields.length === 1 && fields[0].trim() === '')
            continue;
        rows.push({ line: startLine, fields });
    }
    return { rows, problems };
}
/** Parses and checks a roster; never throws for bad content, the problems say what and where. */
function parseRoster(text, path) {
    const { rows, problems } = parseCsvRows(text);
    const [header, ...body] = rows;
    if (!header)
        return { path, columns: [], people: [], problems: [...problems, { line: 1, message: `empty roster: expected a header line with ${REQUIRED_ROSTER_COLUMNS.join(',')}` }] };
    const columns = header.fields.map((name) => name.trim().toLowerCase());
    const missing = REQUIRED_ROSTER_COLUMNS.filter((name) => !columns.includes(name));
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
            problems.push({ line: row.line, message: `has ${row.fields.length} field(s), the header has ${columns.length}: missing or extra columns` });
            continue;
        }
        const values = Object.fromEntries(columns.map((name, position) => [name, row.fields[position].trim()]));
        const email = values.email;
        const status = values.status.toLowerCase();
        let valid = true;
        if (!(0,_addresses_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidAddress */ .$m)(email)) {
            problems.push({ line: row.line, message: email === '' ? 'email is empty' : `email '${email}' is not a mail address` });
            valid = false;
        }
        if (status !== 'active' && status !== 'inactive') {
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
            people.push({ email, name: values.name, status: status, columns: values, line: row.line });
    }
    return { path, columns, people, problems: problems.sort((a, b) => a.line - b.line) };
}
async function readRoster(path) {
    let text;
    try {
        text = await (0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_0__/* .readUserTextFile */ .Vf)(path, 'a roster');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`input 'roster': cannot read ${path} (${error.message})`, { file: path });
    }
    return parseRoster(text, path);
}
/** The roster, or a ConfigurationError listing every problem as file:line; nothing is sent from a broken roster. */
async function requireValidRoster(path) {
    const roster = await readRoster(path);
    if (roster.problems.length > 0) {
        const first = roster.problems[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`roster ${path} has ${roster.problems.length} problem(s); nothing was sent. Fix them (shipgate mail validate-roster --roster ${path}):\n` +
            roster.problems.map((problem) => `${path}:${problem.line}: ${problem.message}`).join('\n'), { file: path, line: first.line });
    }
    return roster;
}


/***/ }),

/***/ 36981:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ SendLog),
/* harmony export */   l: () => (/* binding */ readSendLogTail)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7982);
// The JSONL send log: one line per recipient and attempt outcome (time, status, SMTP response,
// Message-ID, error), appended as each send settles and read back by `shipgate mail status`.



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


/***/ })

};
