export const id = 5790;
export const ids = [5790];
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

/***/ 40765:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ MessageClaims)
/* harmony export */ });
/* unused harmony export MessageClaim */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var _platform_process_holder_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72030);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76760);
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41854);
/* harmony import */ var _evidence_atomic_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(33910);
// One claim per message, across every process that shares a ledger: of the runs that want to send
// the same event at once, exactly one holds its claim and sends; the others wait for its outcome.
// A claim is a file `<ledger>.claims/<event-key hash>/<generation>`, created whole or not at all;
// the highest generation is the claim. A holder that was killed cannot wedge it: the next run takes
// it over by creating the next generation, which of two such runs only one can do. A claim whose
// message is sent is removed: sent is final, and whoever claims it next reads that in the ledger.








const POLL_MS = 100;
/** A claim this run holds. Its marks are synchronous appends: they survive the process being killed. */
class MessageClaim {
    path;
    constructor(path) {
        this.path = path;
    }
    /**
     * Done with the message. Once it is known sent (the ledger says so before this is called) the
     * claim is removed, so that a carried ledger folder does not keep one file per message ever sent.
     */
    release(at, outcome) {
        if (outcome !== 'sent' && outcome !== 'duplicate')
            return this.mark({ state: 'released', at, outcome });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(this.path, { force: true });
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.dirname)(this.path));
        }
        catch {
            // Not empty (another run's claim is being created there) or gone: either is fine.
        }
    }
    mark(line) {
        let fd;
        try {
            // No O_CREAT: a claim taken over and removed is not brought back.
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(this.path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_APPEND);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return;
            throw error;
        }
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, `${JSON.stringify(line)}\n`);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
}
class MessageClaims {
    folder;
    constructor(folder) {
        this.folder = folder;
    }
    /** Claims the message, waiting while a run that still runs holds it; takes over a dead holder's claim. */
    async claim(eventKey, messageId, wait) {
        const folder = this.folderOf(eventKey);
        let told = false;
        for (;;) {
            const top = await readTopClaim(folder);
            if (top === 'vanished')
                continue;
            if (top && holderRuns(top, wait.clock)) {
                const holder = describeHolder(top.holder);
                if (wait.clock.now().getTime() >= wait.until)
                    return { state: 'held', holder };
                if (!told)
                    wait.onWait?.(holder);
                told = true;
                await wait.clock.sleep(POLL_MS);
                continue;
            }
            const generation = (top?.generation ?? 0) + 1;
            const now = wait.clock.now();
            const holder = {
                pid: process.pid,
                hostname: (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)(),
                messageId,
                claimedAt: now.toISOString(),
                leaseUntil: new Date(now.getTime() + wait.leaseMs).toISOString(),
                token: (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomBytes)(8).toString('hex'),
            };
            if (await createExclusive((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(folder, String(generation)), `${JSON.stringify(holder)}\n`)) {
                // The older generations are nobody's any more; the newest is never removed, so numbers only grow.
                for (let older = generation - 1; older >= 1 && (await removeIfPresent((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(folder, String(older)))); older--)
                    ;
                return { state: 'claimed', claim: new MessageClaim((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(folder, String(generation))) };
            }
        }
    }
    /** Who holds the message's claim right now, if a run that still runs does. */
    async liveHolder(eventKey, clock) {
        for (;;) {
            const top = await readTopClaim(this.folderOf(eventKey));
            if (top === 'vanished')
                continue;
            return top && holderRuns(top, clock) ? describeHolder(top.holder) : undefined;
        }
    }
    folderOf(eventKey) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(this.folder, (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256Hex */ .fg)(eventKey).slice(0, 32));
    }
}
// The key's folder may be removed between the create's mkdir and its write (a sent claim released): try again.
async function createExclusive(path, content) {
    for (;;) {
        try {
            return await (0,_evidence_atomic_file_js__WEBPACK_IMPORTED_MODULE_7__/* .createFileExclusive */ .Dn)(path, content);
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw error;
        }
    }
}
async function removeIfPresent(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path);
        return true;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw error;
    }
}
/** The highest generation, or 'vanished' when it was removed between listing and reading (read again). */
async function readTopClaim(folder) {
    const names = await (0,_evidence_atomic_file_js__WEBPACK_IMPORTED_MODULE_7__/* .namesInFolder */ .OS)(folder);
    if (!names)
        return undefined;
    const generation = Math.max(0, ...names.filter((name) => /^[1-9][0-9]*$/.test(name)).map(Number));
    if (generation === 0)
        return undefined;
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_5__.join)(folder, String(generation)), 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return 'vanished';
        throw error;
    }
    const [first, ...marks] = text.split('\n').filter((line) => line.trim() !== '');
    return { generation, holder: parseJson(first), states: marks.map((line) => parseJson(line)?.state ?? '') };
}
function parseJson(line) {
    try {
        return line === undefined ? undefined : JSON.parse(line);
    }
    catch {
        return undefined;
    }
}
/**
 * Whether the claim's holder may still be sending: not released, and its process runs here (kill 0
 * finds it), or it runs on another machine and its lease has not ended. A file that is no claim is nobody's.
 */
function holderRuns(claim, clock) {
    const holder = claim.holder;
    if (!holder || !Number.isSafeInteger(holder.pid) || claim.states.includes('released'))
        return false;
    const state = (0,_platform_process_holder_js__WEBPACK_IMPORTED_MODULE_4__/* .holderProcessState */ .H)(holder);
    return state === 'elsewhere' ? clock.now().getTime() < Date.parse(holder.leaseUntil) : state === 'alive';
}
function describeHolder(holder) {
    return holder ? `process ${holder.pid} on ${holder.hostname} (since ${holder.claimedAt})` : 'an unreadable claim';
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


/***/ }),

/***/ 85790:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveUnconfirmed: () => (/* binding */ resolveUnconfirmed)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36291);
/* harmony import */ var _contracts_notification_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38025);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19473);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7982);
/* harmony import */ var _claims_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40765);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(93037);
// Settles an unconfirmed message on an operator's word (`shipgate mail resolve`): it arrived (sent:
// no run sends it again) or it did not (resend: the next run sends it). Only an unconfirmed message
// can be resolved, and not while a run is sending it.








async function resolveUnconfirmed(request, clock) {
    if (!_contracts_notification_js__WEBPACK_IMPORTED_MODULE_3__/* .EVENT_NAME_PATTERN */ .Q0.test(request.event)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`event '${request.event}': not an event name (e.g. daily-digest-0123456789abcdef); copy it from the run's log or the send log`);
    }
    if (request.sha !== undefined && !_contracts_common_js__WEBPACK_IMPORTED_MODULE_2__/* .SHA_PATTERN */ .yw.test(request.sha)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`--sha '${request.sha}': not a commit SHA (40 lowercase hex characters, as git rev-parse HEAD prints it); copy it from the run's log`);
    }
    // Nothing is settled that the ledger does not list: a journal that is not there is not made.
    if (request.ledger)
        await requireJournal(request.ledger, '--ledger');
    const sha = request.sha ?? (await shaOfEvent(request));
    const recordsFolder = (0,_ledger_js__WEBPACK_IMPORTED_MODULE_7__/* .notificationsFolder */ .TM)(request.artifactsDir, sha);
    const journal = request.ledger ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(recordsFolder, _ledger_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_JOURNAL */ .QQ);
    if (!request.ledger)
        await requireJournal(journal, '--artifacts-dir and --sha');
    const ledger = await _ledger_js__WEBPACK_IMPORTED_MODULE_7__/* .NotificationLedger */ .zw.open(recordsFolder, journal);
    try {
        const record = await ledger.readRecord(request.event);
        const entry = await ledger.lastEntryFor(request.event);
        if (!entry) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`event '${request.event}': not in ${journal}; check the event, --sha and --ledger (the ledger the run used) or --artifacts-dir`, { file: journal });
        }
        const eventKey = entry.eventKey;
        const recipients = recipientsOf(record, eventKey);
        if (recipients && normalized(recipients) !== normalized(request.recipient.split(','))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`recipient '${request.recipient}': event '${request.event}' is for ${recipients.join(',')}; copy both from the same line of the run's log`);
        }
        const known = await ledger.previous(request.event, eventKey);
        if (known.state !== 'unconfirmed') {
            // The same decision again (a re-run of a workflow that resolved it) changes nothing and is no error:
            // sent stays sent; a resend is in effect once the message is failed (to be sent) or sent again.
            const inEffect = known.state === 'sent' || (request.decision === 'resend' && known.state === 'failed');
            if (inEffect)
                return { sha, messageId: known.messageId, journal, alreadySettled: known.state };
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`event '${request.event}' (${request.recipient}): nothing to resolve, it is not unconfirmed: the next run sends it anyway`);
        }
        const holder = await new _claims_js__WEBPACK_IMPORTED_MODULE_6__/* .MessageClaims */ .N((0,_ledger_js__WEBPACK_IMPORTED_MODULE_7__/* .claimsFolderOf */ .t4)(journal)).liveHolder(eventKey, clock);
        if (holder)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`event '${request.event}' (${request.recipient}): ${holder} is sending it right now; wait for that run to end`);
        const at = clock.now().toISOString();
        const settled = settledBy(request.decision);
        if (record) {
            await ledger.record({ ...record, ...settled, settledAt: at });
        }
        else {
            ledger.recordInJournal({ eventKey, event: request.event, sha, state: settled.state, messageId: known.messageId, at });
        }
        return { sha, messageId: known.messageId, journal, record: record ? ledger.recordPath(request.event) : undefined };
    }
    finally {
        ledger.close();
    }
}
/** The journal must be a file that is there: resolve appends to it and never creates one. */
async function requireJournal(path, given) {
    const found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch((error) => {
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
            return undefined;
        throw error;
    });
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${path}: no such ledger; give the ledger the run used (${given}), as its log names it`, { file: path });
    if (!found.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${path}: not a file; give the ledger file the run used (${given})`, { file: path });
}
function settledBy(decision) {
    return decision === 'sent'
        ? { state: 'sent', response: 'recorded as sent by shipgate mail resolve --sent (an operator checked it arrived)', error: null }
        : { state: 'failed', response: null, error: 'unconfirmed; shipgate mail resolve --resend: not delivered, the next run sends it' };
}
/** The recipients as the record names them, else as the event key does (a roster send's key ends with the address). */
function recipientsOf(record, eventKey) {
    if (record)
        return [...record.recipients.to, ...record.recipients.cc, ...record.recipients.bcc];
    const last = eventKey.split('|').at(-1) ?? '';
    return last.includes('@') ? last.split(',') : undefined;
}
function normalized(addresses) {
    return addresses.map((address) => address.trim().toLowerCase()).filter((address) => address !== '').sort().join(',');
}
/** The release whose records, or journal, name the event: the carried journal first, then the artifacts folder. */
async function shaOfEvent(request) {
    if (request.ledger) {
        const entry = await (await _ledger_js__WEBPACK_IMPORTED_MODULE_7__/* .NotificationLedger */ .zw.open(request.artifactsDir, request.ledger)).lastEntryFor(request.event);
        if (entry)
            return entry.sha;
    }
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(request.artifactsDir, _ledger_js__WEBPACK_IMPORTED_MODULE_7__/* .NOTIFICATIONS_FOLDER */ .qk);
    const shas = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(folder).catch((error) => {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    });
    const found = [];
    for (const sha of shas.filter((name) => /^[0-9a-f]{40}$/.test(name)).sort()) {
        const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, sha)).catch(() => []);
        const journal = names.includes(_ledger_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_JOURNAL */ .QQ) ? ((await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_5__/* .readTextIfPresent */ .Ge)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, sha, _ledger_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_JOURNAL */ .QQ))) ?? '') : '';
        if (names.includes(`${request.event}.json`) || journal.includes(`"event":"${request.event}"`))
            found.push(sha);
    }
    if (found.length === 1)
        return found[0];
    const where = request.ledger ? `${request.ledger} or ${folder}` : folder;
    if (found.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`event '${request.event}': not found in ${where}; check the event and --ledger or --artifacts-dir`);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`event '${request.event}': found for ${found.length} releases (${found.join(', ')}); give --sha`);
}


/***/ })

};
