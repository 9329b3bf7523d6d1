export const id = 8008;
export const ids = [8008];
export const modules = {

/***/ 38025:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q0: () => (/* binding */ EVENT_NAME_PATTERN),
/* harmony export */   Qp: () => (/* binding */ NOTIFICATION_SCHEMA),
/* harmony export */   TA: () => (/* binding */ notificationRecord),
/* harmony export */   fs: () => (/* binding */ notificationState)
/* harmony export */ });
/* unused harmony export notificationContract */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36291);
// The notification record: one per mail event at `.artifacts/notifications/<sha>/<event>.json`,
// the deliver-once ledger of send-mail. Written as an intent (with the Message-ID) when a connection
// takes the message, then settled once the server answered, so a retry after a crash never sends
// the same event twice, and sends what was never handed over.


const NOTIFICATION_SCHEMA = 'shipgate.notification/v1';
/** The file stem of an event: letters, digits, dot, dash, underscore; nothing that leaves the folder. */
const EVENT_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,127}$/;
const notificationState = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['intent', 'sent', 'failed', 'unconfirmed'])
    .describe('intent: recorded when a connection takes the message (the server accepted the envelope, the body is about to go); ' +
    'sent: the server accepted it; failed: the server refused it or it could not be delivered in time (a later run may send it), ' +
    "or an operator asked for it to be sent again (shipgate mail resolve --resend); unconfirmed: an intent left by a run that stopped before the " +
    "answer was recorded, or a message handed over whole after which the connection dropped or the server's answer never came; " +
    'it may have been delivered, so no run sends it again, and every run fails listing it, until an operator resolves it with shipgate mail resolve.');
const notificationRecord = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(NOTIFICATION_SCHEMA),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ,
    repository: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR,
    event: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(EVENT_NAME_PATTERN, 'must be a lowercase file stem (letters, digits, . _ -)').describe('The file stem of this record.'),
    eventKey: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('What makes the event unique: by default repository, SHA, template and recipients.'),
    template: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('The built-in template name, or "custom" for template files.'),
    state: notificationState,
    messageId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^<[^<>\s]+@[^<>\s]+>$/, 'must be a Message-ID in angle brackets').describe('The Message-ID the message carries.'),
    subject: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    from: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    recipients: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ to: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), cc: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), bcc: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) })
        .strict()
        .describe('The envelope recipients, by header.'),
    accepted: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('The recipients the server accepted.'),
    rejected: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).describe('The recipients the server refused.'),
    response: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().describe("The server's last reply, or null before it answered."),
    error: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable().describe('Why the send failed, or null.'),
    attempts: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    intentAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE.describe('When the intent was recorded: when a connection took the message, before its body was sent.'),
    settledAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE.nullable().describe('When the outcome was recorded; null while only the intent is known.'),
})
    .strict();
/** Published with the other contracts' schemas; the record is not in the evidence store's registry
 * because its file name is per event, so src/mail keeps its own validated reads and writes. */
const notificationContract = {
    kind: 'notifications',
    file: '<event>.json',
    id: NOTIFICATION_SCHEMA,
    title: 'Notification record',
    description: 'One mail event sent by send-mail (release completed or failed, ops alert, delivery ready, a roster recipient): the intent recorded before sending, then what the server answered. The deliver-once ledger.',
    schema: notificationRecord,
    immutable: false,
};


/***/ }),

/***/ 94410:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ processedJournalPath),
/* harmony export */   DJ: () => (/* binding */ isBouncedEntry),
/* harmony export */   Jv: () => (/* binding */ PROCESSED_JOURNAL),
/* harmony export */   L4: () => (/* binding */ appendBounced),
/* harmony export */   LS: () => (/* binding */ appendProcessed),
/* harmony export */   fA: () => (/* binding */ readProcessed),
/* harmony export */   kj: () => (/* binding */ readWholeSendLog)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7982);
/* harmony import */ var _jsonl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99876);
/* harmony import */ var _send_log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36981);
// What bounce-scan keeps: `bounced` lines appended to send-mail's JSONL send log (history is never
// rewritten) and, beside it, a journal of the notices already handled, keyed by the notice's own
// Message-ID, which makes a second scan of the same mailbox a no-op.





function isBouncedEntry(entry) {
    return entry.status === 'bounced' && typeof entry.bounce === 'object';
}
/** The whole send log (lines that are not JSON skipped and counted). */
async function readWholeSendLog(path) {
    const { entries, unreadable, found } = await (0,_send_log_js__WEBPACK_IMPORTED_MODULE_4__/* .readSendLogTail */ .lE)(path, Number.MAX_SAFE_INTEGER);
    return { entries: entries, unreadable, found };
}
/** Appends bounced lines through send-mail's own writer (synchronous, masked). */
function appendBounced(path, masker, entries) {
    if (entries.length === 0)
        return;
    const log = new _send_log_js__WEBPACK_IMPORTED_MODULE_4__/* .SendLog */ .hb(path, masker);
    try {
        for (const entry of entries)
            log.append(entry);
    }
    finally {
        log.close();
    }
}
const PROCESSED_JOURNAL = 'bounces-processed.jsonl';
/** The journal of handled notices, kept beside the send log so a scheduled run carries both. */
function processedJournalPath(sendLogPath) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(sendLogPath), PROCESSED_JOURNAL);
}
async function readProcessed(path) {
    const processed = new Map();
    const text = (await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextIfPresent */ .Ge)(path)) ?? '';
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        try {
            const entry = JSON.parse(line);
            if (typeof entry.noticeMessageId === 'string')
                processed.set(entry.noticeMessageId, entry);
        }
        catch {
            // A torn last line from a killed run: the notice is simply handled again (idempotently).
        }
    }
    return processed;
}
function appendProcessed(path, masker, entries) {
    if (entries.length === 0)
        return;
    const fd = (0,_jsonl_js__WEBPACK_IMPORTED_MODULE_3__/* .openForAppend */ .eq)(path);
    try {
        for (const entry of entries)
            (0,_jsonl_js__WEBPACK_IMPORTED_MODULE_3__/* .appendJsonLine */ .fl)(fd, path, masker.mask(JSON.stringify(entry)));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 68008:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lF: () => (/* binding */ stampCarriedState),
/* harmony export */   lI: () => (/* binding */ findCarriedState),
/* harmony export */   xD: () => (/* binding */ verifyCarriedState)
/* harmony export */ });
/* unused harmony exports TRUSTED_STATE_EVENTS, untrustedReason, MAIL_STATE_SCHEMA, MAIL_STATE_FILE, CARRIED_LEDGER, CARRIED_SEND_LOG, mailStateStamp */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(64377);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7982);
/* harmony import */ var _bounces_bounce_log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94410);
/* harmony import */ var _jsonl_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99876);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(93037);
/* harmony import */ var _send_log_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(36981);
// The mail state a scheduled send carries between runs (ledger, send log, bounce bookkeeping): which
// earlier run holds it (only a completed run of the same workflow file, on the default branch,
// started by the schedule or by hand in this repository: an artifact of that name from a pull
// request or a fork never drives a live send), and the state.json stamp that what was downloaded is
// checked against before anything is sent.









/** The events whose runs may leave mail state behind: never pull_request, pull_request_target or workflow_run. */
const TRUSTED_STATE_EVENTS = ['schedule', 'workflow_dispatch'];
/** Why a run was passed over, for the log; undefined when it may hold the state. */
function untrustedReason(run, query) {
    if (run.path !== query.workflowPath)
        return `another workflow (${run.path || 'unknown'})`;
    if (!TRUSTED_STATE_EVENTS.includes(run.event))
        return `started by ${run.event}`;
    if (run.headBranch !== query.branch)
        return `on branch ${run.headBranch ?? 'unknown'}`;
    if (run.headRepository !== query.repository)
        return `code from ${run.headRepository ?? 'an unknown repository'}`;
    return undefined;
}
/** The newest trusted run that still has the artifact, or undefined when there is none yet. */
async function findCarriedState(query, api, log) {
    const runs = await api.completedRuns(query.workflowPath, query.branch, query.limit);
    for (const run of runs) {
        const reason = untrustedReason(run, query);
        if (reason) {
            if (run.path === query.workflowPath)
                log(`run ${run.id}: passed over (${reason})`);
            continue;
        }
        const artifact = (await api.runArtifacts(run.id, query.artifact)).find((candidate) => !candidate.expired);
        if (artifact)
            return { runId: run.id, artifactId: artifact.id, createdAt: run.createdAt };
    }
    return undefined;
}
/** The stamp a run writes into the carried state before keeping it: whose state this is. */
const MAIL_STATE_SCHEMA = 'shipgate.mail-state/v1';
const MAIL_STATE_FILE = 'state.json';
/** The files of the carried state whose every line is checked (a claims folder or old roster.csv is left alone). */
const CARRIED_LEDGER = 'ledger.jsonl';
const CARRIED_SEND_LOG = 'send-log.jsonl';
const mailStateStamp = zod__WEBPACK_IMPORTED_MODULE_8__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_8__/* .literal */ .euz(MAIL_STATE_SCHEMA),
    repository: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().regex(/^[^/\s]+\/[^/\s]+$/, 'owner/name'),
    workflow: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1),
    runId: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().regex(/^\d+$/, 'a run id'),
    writtenAt: zod__WEBPACK_IMPORTED_MODULE_9__/* .datetime */ .w$(),
})
    .strict();
const processedNoticeLine = zod__WEBPACK_IMPORTED_MODULE_8__/* .looseObject */ ._H3({ noticeMessageId: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1), at: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(), outcome: zod__WEBPACK_IMPORTED_MODULE_8__/* ["enum"] */ .k5n(['bounced', 'unmatched']) });
/** Writes state.json (atomically) into the state folder. */
async function stampCarriedState(dir, stamp) {
    const value = mailStateStamp.parse({ schema: MAIL_STATE_SCHEMA, ...stamp });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, MAIL_STATE_FILE), `${JSON.stringify(value, null, 2)}\n`);
    return value;
}
/**
 * Refuses (ConfigurationError naming the file, line and field) a downloaded state that is not
 * ours: state.json invalid or naming another repository, or a ledger, send-log or processed-notice
 * line that does not parse. Two things pass with a warning: a state with no state.json (kept by a
 * shipgate from before the stamp; the lookup took it from a trusted run of this workflow, and the
 * next state this run keeps is stamped), and a record cut short (a run killed or a disk full
 * mid-write: the start of a JSON object, last in the file or ended by the next append; the readers
 * skip it, so what it held is as if never written).
 */
async function verifyCarriedState(dir, repository) {
    const stampPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, MAIL_STATE_FILE);
    const stampText = await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextIfPresent */ .Ge)(stampPath);
    const warnings = [];
    let stamp;
    if (stampText === undefined) {
        warnings.push(`${stampPath}: missing: a state kept before shipgate stamped its mail state; taken because it came from a trusted run of this workflow, and stamped when this run keeps it`);
    }
    else {
        stamp = parseStamp(stampPath, stampText, repository);
    }
    let lines = 0;
    const checks = [
        [CARRIED_LEDGER, _ledger_js__WEBPACK_IMPORTED_MODULE_6__/* .ledgerEntry */ .ay],
        [CARRIED_SEND_LOG, _send_log_js__WEBPACK_IMPORTED_MODULE_7__/* .sendLogLine */ .$Z],
        [_bounces_bounce_log_js__WEBPACK_IMPORTED_MODULE_4__/* .PROCESSED_JOURNAL */ .Jv, processedNoticeLine],
    ];
    for (const [file, schema] of checks) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, file);
        const text = await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextIfPresent */ .Ge)(path);
        if (text === undefined)
            continue;
        const rows = text.split('\n');
        for (let index = 0; index < rows.length; index++) {
            const row = rows[index];
            if (row.trim() === '')
                continue;
            let value;
            try {
                value = JSON.parse(row);
            }
            catch {
                // The last line, with no newline after it: a write cut short by a kill.
                if (index === rows.length - 1) {
                    warnings.push(`${path}:${index + 1}: a last line cut short (a run killed while writing it); skipped, as every reader skips it`);
                    continue;
                }
                // The start of a record, which the next append ended with its own line break.
                if ((0,_jsonl_js__WEBPACK_IMPORTED_MODULE_5__/* .isCutShortRecord */ .GP)(row)) {
                    warnings.push(`${path}:${index + 1}: a record cut short (a run killed or a disk full while writing it); skipped, as every reader skips it`);
                    continue;
                }
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${path}:${index + 1}: not a JSON line`, { file: path, line: index + 1 });
            }
            const parsed = schema.safeParse(value);
            if (!parsed.success)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${path}:${index + 1}: ${describeIssues(parsed.error.issues)}`, { file: path, line: index + 1 });
            lines++;
        }
    }
    return { stamp, lines, warnings };
}
function parseStamp(stampPath, stampText, repository) {
    let stampJson;
    try {
        stampJson = JSON.parse(stampText);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${stampPath}: not JSON (${error.message})`, { file: stampPath });
    }
    const stamp = mailStateStamp.safeParse(stampJson);
    if (!stamp.success)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${stampPath}: ${describeIssues(stamp.error.issues)} (expected schema ${MAIL_STATE_SCHEMA})`, { file: stampPath });
    if (stamp.data.repository !== repository) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${stampPath}: repository: is '${stamp.data.repository}', expected '${repository}': this state was written for another repository`, { file: stampPath });
    }
    return stamp.data;
}
function describeIssues(issues) {
    return issues
        .slice(0, 3)
        .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(the line)'}: ${issue.message}`)
        .join('; ');
}


/***/ }),

/***/ 93037:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ readNotificationRecord),
/* harmony export */   QQ: () => (/* binding */ DEFAULT_JOURNAL),
/* harmony export */   TM: () => (/* binding */ notificationsFolder),
/* harmony export */   ay: () => (/* binding */ ledgerEntry),
/* harmony export */   qk: () => (/* reexport safe */ _paths_js__WEBPACK_IMPORTED_MODULE_10__.q),
/* harmony export */   t4: () => (/* binding */ claimsFolderOf),
/* harmony export */   zw: () => (/* binding */ NotificationLedger)
/* harmony export */ });
/* unused harmony exports parseNotificationRecord, writeNotificationRecord */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(92857);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11920);
/* harmony import */ var _contracts_notification_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38025);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(19473);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7982);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(11549);
/* harmony import */ var _jsonl_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(99876);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(80758);
// The deliver-once ledger: one notification record per event under
// `<artifacts-dir>/notifications/<sha>/<event>.json` (validated, atomic writes), and the JSONL journal
// (beside the records, or the ledger file that scheduled runs carry between runs). The intent, with
// its Message-ID, is recorded synchronously when a connection takes the message, and settled after
// the answer: a run that stops in between leaves the message unconfirmed, never sent twice. Runs
// that share the ledger see each other's lines: the journal is read again, from where it was left,
// before every decision.













/** One line of the ledger journal. */
const ledgerEntry = zod__WEBPACK_IMPORTED_MODULE_11__/* .object */ .Ikc({
    eventKey: zod__WEBPACK_IMPORTED_MODULE_11__/* .string */ .YjP().min(1),
    event: zod__WEBPACK_IMPORTED_MODULE_11__/* .string */ .YjP().min(1),
    sha: zod__WEBPACK_IMPORTED_MODULE_11__/* .string */ .YjP(),
    state: _contracts_notification_js__WEBPACK_IMPORTED_MODULE_5__/* .notificationState */ .fs,
    messageId: zod__WEBPACK_IMPORTED_MODULE_11__/* .string */ .YjP().min(1),
    at: zod__WEBPACK_IMPORTED_MODULE_11__/* .string */ .YjP(),
})
    .strict();
function notificationsFolder(artifactsDir, sha) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(artifactsDir, _paths_js__WEBPACK_IMPORTED_MODULE_10__/* .NOTIFICATIONS_FOLDER */ .q, sha);
}
/** The journal kept beside the records when no ledger file is given. */
const DEFAULT_JOURNAL = 'ledger.jsonl';
/** Parses a notification record; the problems name the file and the field. */
function parseNotificationRecord(text, path) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EvidenceError */ .oe(`${path}: (root): not valid JSON (${error.message})`, { file: path });
    }
    const schemaField = json?.schema;
    if (typeof schemaField === 'string' && schemaField !== _contracts_notification_js__WEBPACK_IMPORTED_MODULE_5__/* .NOTIFICATION_SCHEMA */ .Qp) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EvidenceError */ .oe(`${path}: schema: is '${schemaField}', expected '${_contracts_notification_js__WEBPACK_IMPORTED_MODULE_5__/* .NOTIFICATION_SCHEMA */ .Qp}'`, { file: path });
    }
    const parsed = _contracts_notification_js__WEBPACK_IMPORTED_MODULE_5__/* .notificationRecord */ .TA.safeParse(json);
    if (!parsed.success)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EvidenceError */ .oe((0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_8__/* .describeProblems */ .yg)(path, (0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_4__/* .schemaProblems */ .Ic)(parsed.error)), { file: path });
    return parsed.data;
}
async function readNotificationRecord(path) {
    const text = await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_7__/* .readTextIfPresent */ .Ge)(path);
    return text === undefined ? undefined : parseNotificationRecord(text, path);
}
function checkedRecordText(path, record) {
    const checked = _contracts_notification_js__WEBPACK_IMPORTED_MODULE_5__/* .notificationRecord */ .TA.safeParse(record);
    if (!checked.success)
        throw new Error(`bug: refusing to write a notification record that fails its schema:\n${(0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_8__/* .describeProblems */ .yg)(path, (0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_4__/* .schemaProblems */ .Ic)(checked.error))}`);
    return `${JSON.stringify(checked.data, null, 2)}\n`;
}
/** Validates before writing: send-mail never writes a record that fails its own schema. */
async function writeNotificationRecord(path, record) {
    await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_7__/* .writeFileAtomic */ .Zf)(path, checkedRecordText(path, record));
}
// The same, synchronously: the intent is on disk before the first byte of the body goes out.
function writeNotificationRecordSync(path, record) {
    const text = checkedRecordText(path, record);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(temporary, text, { flag: 'wx' });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temporary, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temporary, { force: true });
        throw error;
    }
}
/** The folder of claim files of a journal: `ledger.claims/` beside `ledger.jsonl`. */
function claimsFolderOf(journalPath) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(journalPath), `${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(journalPath, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.extname)(journalPath))}.claims`);
}
function entryOf(record) {
    return { eventKey: record.eventKey, event: record.event, sha: record.sha, state: record.state, messageId: record.messageId, at: record.settledAt ?? record.intentAt };
}
class NotificationLedger {
    folder;
    journalPath;
    warn;
    journal = new Map();
    sentMessageIds = new Set();
    journalFd;
    /** How far the journal was read, in bytes and lines: only what was appended since is read again. */
    journalOffset = 0;
    journalLines = 0;
    /** The read under way: a roster send asks from many workers at once, and each read must start where the last one ended. */
    journalRead = Promise.resolve();
    /** Where an unterminated last line was last warned about, so that each is told once. */
    warnedTailAt = -1;
    constructor(folder, journalPath, warn) {
        this.folder = folder;
        this.journalPath = journalPath;
        this.warn = warn;
    }
    /**
     * Reads what earlier runs recorded in the journal, if given; record files are read when asked
     * about. `warn` hears of records cut short (a crash or a full disk mid-append), which are skipped.
     */
    static async open(folder, journalPath, warn = () => { }) {
        const ledger = new NotificationLedger(folder, journalPath, warn);
        await ledger.readJournal();
        return ledger;
    }
    recordPath(event) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.folder, `${event}.json`);
    }
    async readRecord(event) {
        return readNotificationRecord(this.recordPath(event));
    }
    /** The journal's last line about an event (by its file stem), for an operator who names it. */
    async lastEntryFor(event) {
        await this.readJournal();
        return [...this.journal.values()].filter((entry) => entry.event === event).at(-1);
    }
    /** What is known about an event now, including what other runs appended since; an unsettled intent is reconciled by its Message-ID. */
    async previous(event, eventKey) {
        await this.readJournal();
        const path = this.recordPath(event);
        const record = await readNotificationRecord(path);
        if (record && record.eventKey !== eventKey) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EvidenceError */ .oe(`${path}: eventKey: is '${record.eventKey}', expected '${eventKey}' (two events share a file name; give a different event-key)`, { file: path });
        }
        const fromJournal = this.journal.get(eventKey);
        const known = [record, fromJournal].filter((entry) => entry !== undefined);
        if (known.length === 0)
            return { state: 'new' };
        const sent = known.find((entry) => entry.state === 'sent' || this.sentMessageIds.has(entry.messageId));
        if (sent)
            return { state: 'sent', messageId: sent.messageId };
        const open = known.find((entry) => entry.state === 'intent' || entry.state === 'unconfirmed');
        if (open)
            return { state: 'unconfirmed', messageId: open.messageId };
        return { state: 'failed', messageId: known[0].messageId };
    }
    /**
     * The moment a connection takes the message: the intent goes to the journal, then to the record,
     * synchronously, so that it survives the process being killed the next instant.
     */
    recordHandover(intent) {
        this.appendJournal(entryOf(intent));
        writeNotificationRecordSync(this.recordPath(intent.event), intent);
    }
    /** An outcome: to the journal first (one synchronous append), then the record file. */
    async record(record) {
        this.appendJournal(entryOf(record));
        await writeNotificationRecord(this.recordPath(record.event), record);
    }
    /** An outcome for an event that has no record file here (only the carried journal knows it). */
    recordInJournal(entry) {
        this.appendJournal(entry);
    }
    close() {
        if (this.journalFd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(this.journalFd);
        this.journalFd = undefined;
    }
    remember(entry) {
        this.journal.delete(entry.eventKey);
        this.journal.set(entry.eventKey, entry);
        if (entry.state === 'sent')
            this.sentMessageIds.add(entry.messageId);
    }
    readJournal() {
        this.journalRead = this.journalRead.catch(() => undefined).then(() => this.readJournalTail());
        return this.journalRead;
    }
    // Whole lines only: a line another run is appending right now is read next time, and one a crash
    // cut short is never read (the next append starts on a new line). The first read goes through
    // readTextIfPresent, which refuses a FIFO or a folder in the journal's place.
    async readJournalTail() {
        if (!this.journalPath)
            return;
        const appended = this.journalOffset === 0 ? Buffer.from((await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_7__/* .readTextIfPresent */ .Ge)(this.journalPath)) ?? '', 'utf8') : await this.readAppended(this.journalPath);
        const complete = appended.lastIndexOf(0x0a) + 1;
        this.warnOfUnterminated(appended.subarray(complete), this.journalOffset + complete);
        if (complete === 0)
            return;
        this.journalOffset += complete;
        for (const line of appended.subarray(0, complete).toString('utf8').split('\n').slice(0, -1))
            this.parseJournalLine(line, ++this.journalLines);
    }
    // A whole record without its line end is read once the next append ends the line; anything else is told once.
    warnOfUnterminated(tail, at) {
        const text = tail.toString('utf8');
        if (text.trim() === '' || this.warnedTailAt === at || isWholeRecord(text))
            return;
        this.warnedTailAt = at;
        this.warn(`${this.journalPath}: the last line has no line end and is not a whole record (a write cut short by a crash or a full disk); ignored, and the next record starts on a new line`);
    }
    async readAppended(path) {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'r');
        try {
            const { size } = await handle.stat();
            const tail = Buffer.alloc(Math.max(0, size - this.journalOffset));
            if (tail.length === 0)
                return tail;
            const { bytesRead } = await handle.read(tail, 0, tail.length, this.journalOffset);
            return tail.subarray(0, bytesRead);
        }
        finally {
            await handle.close();
        }
    }
    parseJournalLine(line, number) {
        const path = this.journalPath;
        if (line.trim() === '')
            return;
        let json;
        try {
            json = JSON.parse(line);
        }
        catch (error) {
            if ((0,_jsonl_js__WEBPACK_IMPORTED_MODULE_9__/* .isCutShortRecord */ .GP)(line)) {
                this.warn(`${path}:${number}: a record cut short (a write interrupted by a crash or a full disk); skipped`);
                return;
            }
            // Written before appends started on a new line: a torn record with the next one written onto it.
            const joinedAt = line.indexOf('{"eventKey":', 1);
            const advice = joinedAt > 0 && (0,_jsonl_js__WEBPACK_IMPORTED_MODULE_9__/* .isCutShortRecord */ .GP)(line.slice(0, joinedAt))
                ? `a record cut short with the next one written onto it: put a line break before column ${joinedAt + 1}`
                : 'the ledger must not be edited by hand';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EvidenceError */ .oe(`${path}:${number}: not valid JSON (${error.message}); ${advice}`, { file: path, line: number });
        }
        const parsed = ledgerEntry.safeParse(json);
        if (!parsed.success) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EvidenceError */ .oe(`${path}:${number}: ${(0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_4__/* .schemaProblems */ .Ic)(parsed.error).map((problem) => `${problem.field}: ${problem.message}`).join('; ')}`, { file: path, line: number });
        }
        this.remember(parsed.data);
    }
    // A synchronous append: once it returns, the line survives the process being killed.
    appendJournal(entry) {
        this.remember(entry);
        if (!this.journalPath)
            return;
        this.journalFd ??= (0,_jsonl_js__WEBPACK_IMPORTED_MODULE_9__/* .openForAppend */ .eq)(this.journalPath);
        (0,_jsonl_js__WEBPACK_IMPORTED_MODULE_9__/* .appendJsonLine */ .fl)(this.journalFd, this.journalPath, JSON.stringify(entry));
    }
}
function isWholeRecord(text) {
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}


/***/ })

};
