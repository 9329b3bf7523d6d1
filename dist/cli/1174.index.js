export const id = 1174;
export const ids = [1174];
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


/***/ })

};
