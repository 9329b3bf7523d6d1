export const id = 490;
export const ids = [490];
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

/***/ 50490:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sendMailAction: () => (/* binding */ sendMailAction),
/* harmony export */   sendMailOutputs: () => (/* binding */ sendMailOutputs),
/* harmony export */   sendMailSummary: () => (/* binding */ sendMailSummary)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(88532);
/* harmony import */ var _mail_paths_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(80758);
/* harmony import */ var _mail_mail_defaults_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(97030);
/* harmony import */ var _mail_period_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14181);
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77582);
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(13021);
/* harmony import */ var _platform_run_environment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48959);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20877);
/* harmony import */ var _dropbox_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40018);
/* harmony import */ var _smtp_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98862);
// The send-mail action: inputs -> sendMail -> status, message-id, accepted, rejected, eml-path.











// The release decision's statuses, listed here (the type holds them to the contract's, both ways) so
// that the contracts' schemas load only once the inputs parse: a bad input fails without them.
const RELEASE_STATUSES = { success: true, partial_success: true, failure: true };
const addressList = () => _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.list().transform((lines) => lines.flatMap((line) => line.split(',')).map((item) => item.trim()).filter((item) => item !== ''));
const variablesInput = zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP()
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
    return zod__WEBPACK_IMPORTED_MODULE_8__/* .NEVER */ .tm;
});
const optionalBoolean = () => zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(['true', 'True', 'TRUE', 'false', 'False', 'FALSE'], { message: 'use true or false' })
    .optional()
    .transform((value) => (value === undefined ? undefined : value.toLowerCase() === 'true'));
const sendMailAction = (0,_platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .defineAction */ .QP)({
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
        config: _common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .configInput */ .xK,
        subject: { description: 'The subject; may use {{variables}}. Required with template files, overrides a built-in template\'s subject.' },
        template: {
            description: 'A built-in template: release-completed, release-failed, ops-alert, delivery-ready, daily-digest. Default: chosen by the release status (daily-digest for roster sends).',
        },
        'template-text': { description: 'A file with the text part of a user template ({{variable}} placeholders).' },
        'template-html': { description: 'A file with the HTML part of a user template; values are HTML-escaped.' },
        variables: {
            description: 'A JSON object of extra template variables; wins over data-command, data-file and releases. Every variable a template uses (blocks such as {{#each items}} included) must be given by one of them, or the run stops before anything is rendered.',
        },
        'data-file': { description: 'A JSON or YAML file holding an object of template variables (below data-command and variables in precedence).' },
        'data-command': {
            description: 'A shell command (bash) run in the workspace whose stdout is a JSON object of template variables (wins over data-file, below variables). A non-zero exit, a timeout or stdout that is not a JSON object stops the run.',
        },
        'data-timeout': { description: 'Seconds (a plain decimal number, at least 1) data-command may run before it is killed.', default: '60' },
        releases: {
            description: 'true: the template variable releases lists the release decisions taken since the last digest of this series was sent (per the ledger; with none, within the last period), newest first, each with sha, shortSha, decision, status, leadTime and decidedAt.',
            default: 'false',
        },
        status: { description: 'The release status (success, failure, partial_success); default: the release decision\'s status.' },
        'event-key': {
            description: 'What makes a message unique for deliver-once. Default: repository, SHA, status (release mail), template and recipients; for a roster send, repository, period (not the SHA), template and each recipient, so one digest goes out per period whatever the commit.',
        },
        period: {
            description: 'A roster send\'s period, in its default event key: daily (daily:YYYY-MM-DD) or weekly (weekly:YYYY-Www, ISO week). Default: mail.period in the config, else daily.',
        },
        'time-zone': {
            description: 'The IANA time zone (e.g. Europe/Berlin) of the period and of the date variable. Default: mail.timeZone in the config, else UTC.',
        },
        ledger: {
            description: 'A JSONL ledger file of sent events, kept between runs (e.g. by a scheduled workflow) so that no event is sent twice. Default: one per SHA; for roster sends <artifacts-dir>/notifications/ledger.jsonl, shared by all commits.',
        },
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
        'record-in-manifest': {
            description: 'With delivery: write the email outcome into the delivery manifest (default). false: keep it in the notification record only, for a job that has no credentials for the destination.',
            default: 'true',
        },
        ..._dropbox_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .dropboxInputs */ .U,
        enabled: { description: 'false: send nothing, status skipped.', default: 'true' },
        ..._smtp_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .smtpInputs */ .g,
        'retry-deadline': {
            description: 'Seconds (a plain decimal number, at least 1) within which transient failures (4xx replies; dropped connections and timeouts before the whole message went out) are retried with backoff; also the deadline of the delivery manifest update, counted from its start.',
            default: '120',
        },
        sha: _common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .shaInput */ .FN,
        'artifacts-dir': _common_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactsDirInput */ .Lp,
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
    settings: zod__WEBPACK_IMPORTED_MODULE_7__/* .object */ .Ikc({
        to: addressList(),
        cc: addressList(),
        bcc: addressList(),
        ops: addressList(),
        from: _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.text(),
        'allowed-from': addressList(),
        'reply-to': _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.text(),
        config: _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.text(),
        subject: _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.text(),
        template: _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.text(),
        'template-text': _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.text(),
        'template-html': _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.text(),
        variables: variablesInput,
        'data-file': _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.text(),
        'data-command': _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.text(),
        'data-timeout': _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.seconds(60),
        releases: _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.boolean(false),
        period: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(_mail_period_js__WEBPACK_IMPORTED_MODULE_1__/* .PERIODS */ .nR, { message: 'use daily or weekly' }).optional(),
        'time-zone': zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP().refine(_mail_period_js__WEBPACK_IMPORTED_MODULE_1__/* .isTimeZone */ .kQ, 'not a time zone Intl knows; use an IANA name such as Europe/Berlin, or UTC').optional(),
        status: zod__WEBPACK_IMPORTED_MODULE_7__/* ["enum"] */ .k5n(Object.keys(RELEASE_STATUSES)).optional(),
        'event-key': _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.text(),
        ledger: _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.text(),
        roster: _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.text(),
        'dry-run': optionalBoolean(),
        outbox: _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.text(),
        'send-log': _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.text(),
        'preview-dir': _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.text(),
        delivery: _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.boolean(false),
        destination: _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.text(),
        'record-in-manifest': _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.boolean(true),
        ..._dropbox_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .dropboxSettings */ .K,
        enabled: _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.boolean(true),
        ..._smtp_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .smtpSettings */ .W,
        'retry-deadline': _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.seconds(120),
        sha: _platform_action_js__WEBPACK_IMPORTED_MODULE_2__/* .inputs */ .QL.sha(),
        'artifacts-dir': zod__WEBPACK_IMPORTED_MODULE_7__/* .string */ .YjP(),
    }),
    async run(settings, context) {
        const { environment } = context;
        const sha = (0,_platform_run_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveSha */ .vc)(settings.sha, environment);
        const repository = (0,_platform_run_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveRepository */ .BN)(environment);
        const artifactsDir = settings['artifacts-dir'];
        const notifications = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(artifactsDir, _mail_paths_js__WEBPACK_IMPORTED_MODULE_9__/* .NOTIFICATIONS_FOLDER */ .q);
        // The config schemas and the sending code (handlebars, the transports, the delivery
        // destination) load once the inputs are known good, so a bad input fails fast.
        const [{ loadConfig }, { sendMail }, { deliveryEmailOutcome, deliveryVariables, openDeliveryManifest, recordDeliveryEmail }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(1130), __webpack_require__.e(7710), __webpack_require__.e(8075)]).then(__webpack_require__.bind(__webpack_require__, 87710)),
            Promise.all(/* import() */[__webpack_require__.e(2631), __webpack_require__.e(8508), __webpack_require__.e(1130), __webpack_require__.e(4901), __webpack_require__.e(2976), __webpack_require__.e(9407), __webpack_require__.e(3375)]).then(__webpack_require__.bind(__webpack_require__, 53375)),
            Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(1130), __webpack_require__.e(4901), __webpack_require__.e(7450), __webpack_require__.e(4087), __webpack_require__.e(3649)]).then(__webpack_require__.bind(__webpack_require__, 73649)),
        ]);
        const { config } = await loadConfig(settings.config);
        const mail = (0,_mail_mail_defaults_js__WEBPACK_IMPORTED_MODULE_10__/* .withMailConfig */ .y)({
            to: settings.to,
            ops: settings.ops,
            from: settings.from,
            allowedFrom: settings['allowed-from'],
            replyTo: settings['reply-to'],
            smtpHost: settings['smtp-host'],
            smtpPort: settings['smtp-port'],
            smtpSecurity: settings['smtp-security'],
            period: settings.period,
            timeZone: settings['time-zone'],
        }, config.mail, { rosterSend: settings.roster !== undefined });
        const now = context.clock.now();
        const period = mail.period ? (0,_mail_period_js__WEBPACK_IMPORTED_MODULE_1__/* .sendPeriod */ .gw)(now, mail.period, mail.timeZone) : undefined;
        // A roster send's key has no SHA, so its ledger is shared by all commits unless one is given.
        const ledger = settings.ledger ?? (settings.roster !== undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(notifications, 'ledger.jsonl') : undefined);
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
        const { templateData } = await Promise.all(/* import() */[__webpack_require__.e(2631), __webpack_require__.e(8508), __webpack_require__.e(1130), __webpack_require__.e(4901), __webpack_require__.e(2976), __webpack_require__.e(9407), __webpack_require__.e(7583)]).then(__webpack_require__.bind(__webpack_require__, 46323));
        const dataVariables = await templateData({
            dataFile: settings['data-file'],
            dataCommand: settings['data-command'],
            dataTimeoutSeconds: settings['data-timeout'],
            releases: settings.releases,
            repository,
            period,
            ledger,
            workspace: environment.workspace,
        }, { exec: context.exec, store, clock: context.clock, logger: context.logger });
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
        const recordInManifest = delivery !== undefined && !settings['preview-dir'] && settings['record-in-manifest'];
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
            period,
            date: (0,_mail_period_js__WEBPACK_IMPORTED_MODULE_1__/* .sendPeriod */ .gw)(now, 'daily', mail.timeZone).date,
            dataVariables,
            inputVariables,
            artifactsDir,
            enabled: settings.enabled,
            dryRun: settings['dry-run'],
            outbox: settings.outbox ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(notifications, 'outbox'),
            sendLog: settings['send-log'] ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(notifications, 'send-log.jsonl'),
            ledger,
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
/** How one message ended, as the summary marks it: ⚠️ for unconfirmed, which may have arrived. */
const OUTCOME_ICON = {
    sent: (0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .statusIcon */ .I8)('success'),
    duplicate: (0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .statusIcon */ .I8)('success'),
    'dry-run': (0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .statusIcon */ .I8)('success'),
    skipped: '⏭️',
    failed: (0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .statusIcon */ .I8)('failure'),
    unconfirmed: (0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .statusIcon */ .I8)('partial_success'),
};
/** What a table cell shows of a server reply or error: one line, at most 160 characters. */
function excerpt(text) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return oneLine.length > 160 ? `${oneLine.slice(0, 159)}…` : oneLine;
}
/**
 * The headline: ✅ when every message went out (or was written, or had gone out before); ⚠️ when a
 * failed run still sent some, or its only trouble is unconfirmed messages, which may have arrived;
 * ❌ when nothing went out.
 */
function sendMailHeadline(result) {
    const { counts } = result;
    if (result.status === 'skipped')
        return '⏭️ skipped';
    if (result.status !== 'failed')
        return `${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .statusIcon */ .I8)('success')} ${result.status}`;
    const partly = counts.sent > 0 || counts.duplicate > 0 || (counts.failed === 0 && counts.unconfirmed > 0);
    return partly ? `${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .statusIcon */ .I8)('partial_success')} partly sent (status failed)` : `${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .statusIcon */ .I8)('failure')} failed`;
}
function sendMailSummary(result) {
    const shown = result.outcomes.slice(0, 20);
    const counted = Object.entries(result.counts).filter(([, count]) => count > 0);
    const total = counted.reduce((sum, [, count]) => sum + count, 0);
    const reasonLabel = result.status === 'failed' ? '**What went wrong:**' : '**Why:**';
    const detail = (outcome) => outcome.error ?? (outcome.rejected.length > 0 ? `refused: ${outcome.rejected.join(', ')}` : '');
    return [
        `### send-mail: ${sendMailHeadline(result)}`,
        '',
        // The cause first: the server's reply or the skip's reason, then what each message did.
        ...(result.reason ? [`${reasonLabel} ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .escapeText */ .X1)(result.reason)}`, ''] : []),
        ...(total > 0 ? [`${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .plural */ .LS)(total, 'message')}: ${counted.map(([status, count]) => `${count} ${status}`).join(', ')}.`, ''] : []),
        ...(shown.length > 0
            ? [
                '| template | recipient | status | Message-ID | detail |',
                '| --- | --- | --- | --- | --- |',
                ...shown.map((outcome) => `| ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .escapeCell */ .kq)(outcome.template)} | ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .escapeCell */ .kq)(outcome.recipient)} | ${OUTCOME_ICON[outcome.status]} ${outcome.status} | ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .codeCell */ .MZ)(outcome.messageId)} | ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .escapeCell */ .kq)(excerpt(detail(outcome)))} |`),
                ...(result.outcomes.length > shown.length ? [`| … | ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .escapeCell */ .kq)(`${result.outcomes.length - shown.length} more in the send log`)} | | | |`] : []),
                '',
            ]
            : []),
        ...(result.previewPaths.length > 0 ? ['Preview:', '', ...result.previewPaths.map((path) => `- ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .code */ .aY)(path)}`), ''] : []),
        ...(result.sendLog ? [`Send log: ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .code */ .aY)(result.sendLog)}`, ''] : []),
    ].join('\n');
}


/***/ }),

/***/ 98862:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ smtpSettings),
/* harmony export */   g: () => (/* binding */ smtpInputs)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77582);
// The SMTP relay inputs, documented and parsed once: send-mail sends through them, and
// `shipgate mail smoke` takes the same settings as flags to test the relay before a live send.


const smtpInputs = {
    'smtp-host': { description: 'The SMTP relay; required to send (not for dry runs or previews). Default: mail.smtp.host in the config.' },
    'smtp-port': { description: 'The SMTP port, a whole number from 1 to 65535. Default: mail.smtp.port in the config, else 587 for starttls, 465 for tls, 25 for none.' },
    'smtp-security': {
        description: 'starttls (required STARTTLS), tls (implicit TLS), or none (plain text; only when set explicitly). Default: mail.smtp.security in the config, else starttls.',
    },
    'smtp-username': { description: 'The SMTP user name; no AUTH without it.' },
    'smtp-password': { description: 'The SMTP password.', secret: true },
    'smtp-ca': { description: 'A PEM file of CA certificates to trust for the relay, for a private CA.' },
    'smtp-timeout': { description: 'Seconds (a plain decimal number, at least 1) to wait for a connection, the greeting, or any reply.', default: '30' },
};
/** The parsed form of smtpInputs. */
const smtpSettings = {
    'smtp-host': _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.text(),
    'smtp-port': _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.port(),
    'smtp-security': zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['starttls', 'tls', 'none']).optional(),
    'smtp-username': _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.text(),
    'smtp-password': _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.text(),
    'smtp-ca': _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.text(),
    'smtp-timeout': _platform_action_js__WEBPACK_IMPORTED_MODULE_0__/* .inputs */ .QL.seconds(30),
};


/***/ }),

/***/ 97030:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ withMailConfig)
/* harmony export */ });
const orConfig = (given, configured) => (given.length > 0 ? given : configured);
/** A roster send writes to the roster, never to the configured owners, and has a period (daily unless set). */
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
        period: options.rosterSend ? (given.period ?? config.period ?? 'daily') : given.period,
        timeZone: given.timeZone ?? config.timeZone ?? 'UTC',
    };
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
