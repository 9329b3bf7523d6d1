export const id = 510;
export const ids = [510];
export const modules = {

/***/ 8025:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qp: () => (/* binding */ NOTIFICATION_SCHEMA),
/* harmony export */   TA: () => (/* binding */ notificationRecord),
/* harmony export */   fs: () => (/* binding */ notificationState)
/* harmony export */ });
/* unused harmony exports EVENT_NAME_PATTERN, notificationContract */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2318);
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

/***/ 1670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ isValidAddress),
/* harmony export */   Ow: () => (/* binding */ domainOf),
/* harmony export */   c3: () => (/* binding */ requireAddress),
/* harmony export */   hE: () => (/* binding */ distinctRecipients),
/* harmony export */   tM: () => (/* binding */ assertAllowedFrom)
/* harmony export */ });
/* unused harmony export parseAddressList */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
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
/**
 * Each address once, with case aside on the whole address (as the event key and the roster compare
 * them), in its first spelling: an address in `to` and `cc` is sent once, in `to` (to, then cc,
 * then bcc). The event key and the headers are made from this, so the same people listed
 * differently are one event and one message.
 */
function distinctRecipients(recipients) {
    const seen = new Set();
    const once = (list) => list.filter((address) => {
        const key = address.trim().toLowerCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    return { to: once(recipients.to), cc: once(recipients.cc), bcc: once(recipients.bcc) };
}


/***/ }),

/***/ 9876:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ isCutShortRecord),
/* harmony export */   eq: () => (/* binding */ openForAppend),
/* harmony export */   fl: () => (/* binding */ appendJsonLine)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
// The JSONL files that runs share (the ledger journal, the send log, bounce-scan's processed
// journal): each record is one write to a file opened with O_APPEND, so records from several
// processes never interleave. A write cut short (a crash or a full disk mid-append) leaves the start
// of a record with no newline; the next writer starts its record on a new line, so the torn line is
// left on its own, where readers know it by its shape (a JSON object whose end is missing).


/** Opens a JSONL file for appending (and for reading its last byte), creating it and its folder. */
function openForAppend(path) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'a+');
}
/**
 * Appends one record in a single write, with a newline first when the file does not end with one
 * (a record cut short before). Another process may append between the check and the write: then
 * the newline is an empty line, which readers skip. A short write (a full disk) is an error, not a
 * record written.
 */
function appendJsonLine(fd, path, line) {
    const { size } = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
    const last = Buffer.alloc(1);
    const torn = size > 0 && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a;
    const bytes = Buffer.from(`${torn ? '\n' : ''}${line}\n`, 'utf8');
    const written = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes);
    if (written !== bytes.length)
        throw new Error(`${path}: only ${written} of ${bytes.length} bytes of a record were written (is the disk full?)`);
}
class EndOfText extends Error {
}
class NotJson extends Error {
}
/**
 * Whether a line that is not JSON is a record cut short: the start of a JSON object, valid as far as
 * it goes, whose end is missing. A line with anything else wrong (edited by hand, or a torn record
 * with another written onto it) is not.
 */
function isCutShortRecord(line) {
    if (!line.startsWith('{'))
        return false;
    let at = 0;
    const peek = () => {
        if (at >= line.length)
            throw new EndOfText();
        return line[at];
    };
    const skipBlanks = () => {
        while (at < line.length && ' \t\r'.includes(line[at]))
            at++;
    };
    const take = (char) => {
        if (peek() !== char)
            throw new NotJson();
        at++;
    };
    const string = () => {
        take('"');
        for (;;) {
            const char = peek();
            at++;
            if (char === '"')
                return;
            if (char < ' ')
                throw new NotJson();
            if (char !== '\\')
                continue;
            const escaped = peek();
            at++;
            if (escaped === 'u') {
                for (let digit = 0; digit < 4; digit++, at++)
                    if (!/[0-9a-fA-F]/.test(peek()))
                        throw new NotJson();
            }
            else if (!'"\\/bfnrt'.includes(escaped)) {
                throw new NotJson();
            }
        }
    };
    const literal = () => {
        const rest = line.slice(at);
        const word = ['true', 'false', 'null'].find((candidate) => rest.startsWith(candidate) || candidate.startsWith(rest));
        if (!word)
            throw new NotJson();
        if (!rest.startsWith(word))
            throw new EndOfText();
        at += word.length;
    };
    const number = () => {
        const text = /^[-+0-9.eE]+/.exec(line.slice(at))[0];
        at += text.length;
        if (at >= line.length)
            throw new EndOfText();
        if (!/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/.test(text))
            throw new NotJson();
    };
    const members = (close, member) => {
        at++;
        skipBlanks();
        if (peek() === close)
            return void at++;
        for (;;) {
            skipBlanks();
            member();
            skipBlanks();
            const char = peek();
            at++;
            if (char === close)
                return;
            if (char !== ',')
                throw new NotJson();
        }
    };
    const value = () => {
        skipBlanks();
        const char = peek();
        if (char === '{') {
            members('}', () => {
                string();
                skipBlanks();
                take(':');
                value();
            });
        }
        else if (char === '[') {
            members(']', value);
        }
        else if (char === '"') {
            string();
        }
        else if (char === '-' || (char >= '0' && char <= '9')) {
            number();
        }
        else {
            literal();
        }
    };
    try {
        value();
        return false;
    }
    catch (error) {
        if (error instanceof EndOfText)
            return true;
        if (error instanceof NotJson)
            return false;
        throw error;
    }
}


/***/ }),

/***/ 3037:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QQ: () => (/* binding */ DEFAULT_JOURNAL),
/* harmony export */   TM: () => (/* binding */ notificationsFolder),
/* harmony export */   ay: () => (/* binding */ ledgerEntry),
/* harmony export */   t4: () => (/* binding */ claimsFolderOf),
/* harmony export */   zw: () => (/* binding */ NotificationLedger)
/* harmony export */ });
/* unused harmony exports parseNotificationRecord, readNotificationRecord, writeNotificationRecord */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2857);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8981);
/* harmony import */ var _contracts_notification_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8025);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9473);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7982);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1549);
/* harmony import */ var _jsonl_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9876);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(758);
// The deliver-once ledger: one notification record per event under
// `<artifacts-dir>/notifications/<sha>/<event>.json` (validated, atomic writes), and the JSONL journal
// (beside the records, or the ledger file that scheduled runs carry between runs). The intent, with
// its Message-ID, is recorded synchronously when a connection takes the message, and settled after
// the answer: a run that stops in between leaves the message unconfirmed, never sent twice. Runs
// that share the ledger see each other's lines: the journal is read again, from where it was left,
// before every decision.













/** One line of the ledger journal. */
const ledgerEntry = zod__WEBPACK_IMPORTED_MODULE_10__/* .object */ .Ikc({
    eventKey: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().min(1),
    event: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().min(1),
    sha: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(),
    state: _contracts_notification_js__WEBPACK_IMPORTED_MODULE_5__/* .notificationState */ .fs,
    messageId: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().min(1),
    at: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(),
})
    .strict();
function notificationsFolder(artifactsDir, sha) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(artifactsDir, _paths_js__WEBPACK_IMPORTED_MODULE_11__/* .NOTIFICATIONS_FOLDER */ .q, sha);
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

/***/ 4658:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a3: () => (/* binding */ formatDuration),
  Nk: () => (/* binding */ planMail)
});

// UNUSED EXPORTS: eventNameFor

// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(1854);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/evidence/store.js
var evidence_store = __webpack_require__(1549);
// EXTERNAL MODULE: ./build/stages/timing.js
var stages_timing = __webpack_require__(8810);
// EXTERNAL MODULE: ./build/mail/addresses.js
var addresses = __webpack_require__(1670);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(5175);
// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/sync.js + 4 modules
var lib_sync = __webpack_require__(4864);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/evidence/evidence-file.js
var evidence_file = __webpack_require__(5562);
// EXTERNAL MODULE: ./build/platform/markdown.js
var markdown = __webpack_require__(3021);
;// CONCATENATED MODULE: ./build/mail/roster.js
// The roster of a scheduled send: a CSV file (RFC 4180) with email, name and status columns and any
// further columns, which templates can use. Validation reports every problem with its line number.







const REQUIRED_ROSTER_COLUMNS = ['email', 'name', 'status'];
/** Why a person's status is what it is: written by roster care and by the bounce scan. */
const NOTE_COLUMN = 'note';
/**
 * The file a roster path stands for when it is rewritten: a symlink's target, so that the shared
 * file changes rather than the link being replaced by a copy. A path that does not resolve stands
 * for itself (reading it has already said what is wrong with it).
 */
async function rosterTarget(path) {
    try {
        return await realpath(path);
    }
    catch {
        return path;
    }
}
/** The line each byte offset of the text is on: line breaks are \r\n and \n, or \r alone in a file with no \n. */
function lineCounter(bytes, lineBreak) {
    const breaks = [];
    for (let index = 0; index < bytes.length; index++)
        if (bytes[index] === lineBreak)
            breaks.push(index);
    return (offset) => {
        // Binary search: the number of line breaks before the offset.
        let low = 0;
        let high = breaks.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (breaks[middle] < offset)
                low = middle + 1;
            else
                high = middle;
        }
        return low + 1;
    };
}
const CSV_ERROR_MESSAGES = {
    CSV_QUOTE_NOT_CLOSED: 'a quoted field is not closed (a " is missing)',
    CSV_INVALID_CLOSING_QUOTE: 'a quoted field is followed by more text before the next comma; quote the whole field',
};
/**
 * Splits CSV text into rows with the line each starts on; quoted fields may hold commas, quotes
 * and newlines. Lines with nothing on them are left out. csv-parse counts a \r\n inside a quoted
 * field as two lines, so the line of a row is found from its byte offset instead.
 */
function parseCsvRows(text) {
    const bytes = Buffer.from(text, 'utf8');
    const macLineBreaks = !text.includes('\n') && text.includes('\r');
    const lineAt = lineCounter(bytes, macLineBreaks ? 0x0d : 0x0a);
    const rows = [];
    const problems = [];
    let records;
    try {
        records = (0,sync/* parse */.qg)(bytes, {
            bom: true,
            info: true,
            relax_column_count: true,
            // A quote inside an unquoted field is kept as it is, as spreadsheets write them.
            relax_quotes: true,
            record_delimiter: macLineBreaks ? ['\r'] : ['\r\n', '\n'],
            skip_records_with_error: true,
            on_skip: (error) => {
                if (!error)
                    return;
                problems.push({ line: lineAt(error.bytes ?? 0), message: CSV_ERROR_MESSAGES[error.code ?? ''] ?? `not readable as CSV (${error.message})` });
            },
        });
    }
    catch (error) {
        const { bytes: offset } = error;
        return { rows, problems: [...problems, { line: lineAt(offset ?? 0), message: `not readable as CSV (${error.message})` }] };
    }
    let start = 0;
    for (const { record, info } of records) {
        const line = lineAt(start);
        start = info.bytes;
        if (record.length === 1 && record[0].trim() === '')
            continue;
        rows.push({ line, fields: record });
    }
    return { rows, problems };
}
/** Writes rows as CSV, quoting only the fields that need it; the inverse of parseCsvRows. */
function formatCsvRows(rows, lineBreak = '\n') {
    // A field with a \r or surrounding blanks is quoted too, so that it reads back as it was.
    return stringify(rows, { record_delimiter: lineBreak === '\r\n' ? 'windows' : 'unix', quoted_match: /\r|^\s|\s$/ });
}
/** Parses and checks a roster; never throws for bad content, the problems say what and where. */
function parseRoster(text, path, rules = {}) {
    const required = rules.requiredColumns ?? REQUIRED_ROSTER_COLUMNS;
    const { rows, problems } = parseCsvRows(text);
    const [header, ...body] = rows;
    if (!header)
        return { path, columns: [], people: [], problems: [...problems, { line: 1, message: `empty roster: expected a header line with ${required.join(',')}` }] };
    const columns = header.fields.map((name) => name.trim().toLowerCase());
    const missing = required.filter((name) => !columns.includes(name));
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
            problems.push({ line: row.line, message: `has ${(0,markdown/* plural */.LS)(row.fields.length, 'field')}, the header has ${columns.length}: missing or extra columns` });
            continue;
        }
        const values = Object.fromEntries(columns.map((name, position) => [name, row.fields[position].trim()]));
        const email = values.email;
        // An import may leave status out (the roster's is kept); a roster never does.
        const status = values.status?.toLowerCase();
        let valid = true;
        if (!(0,addresses/* isValidAddress */.$m)(email)) {
            problems.push({ line: row.line, message: email === '' ? 'email is empty' : `email '${email}' is not a mail address` });
            valid = false;
        }
        if (status !== undefined && status !== 'active' && status !== 'inactive') {
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
            people.push({ email, name: values.name ?? '', status: (status ?? 'active'), columns: values, line: row.line });
    }
    return { path, columns, people, problems: problems.sort((a, b) => a.line - b.line) };
}
async function readRoster(path) {
    let text;
    try {
        text = await (0,evidence_file/* readUserTextFile */.Vf)(path, 'a roster');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`input 'roster': cannot read ${path} (${error.message})`, { file: path });
    }
    return parseRoster(text, path);
}
/** Every problem of a roster as `file:line: message`, one a line. */
function rosterProblemLines(roster) {
    return roster.problems.map((problem) => `${roster.path}:${problem.line}: ${problem.message}`).join('\n');
}
/**
 * The roster, or a ConfigurationError listing every problem as file:line: nothing is sent from a
 * broken roster, and bounce-scan neither scans for nor rewrites one. `outcome` says what did not happen.
 */
async function requireValidRoster(path, outcome = 'nothing was sent') {
    const roster = await readRoster(path);
    requireNoRosterProblems(roster, outcome);
    return roster;
}
function requireNoRosterProblems(roster, outcome) {
    if (roster.problems.length === 0)
        return;
    throw new errors/* ConfigurationError */.j1(`roster ${roster.path} has ${(0,markdown/* plural */.LS)(roster.problems.length, 'problem')}; ${outcome}. Fix them (shipgate mail validate-roster --roster ${roster.path}):\n` + rosterProblemLines(roster), { file: roster.path, line: roster.problems[0].line });
}

// EXTERNAL MODULE: ./build/mail/send-log.js
var send_log = __webpack_require__(6981);
// EXTERNAL MODULE: ./node_modules/handlebars/lib/index.js
var lib = __webpack_require__(8508);
;// CONCATENATED MODULE: ./build/mail/templates.js
// Mail templates: the built-in ones and user files, rendered with Handlebars. Before any part is
// rendered, every variable a template uses (block helpers' arguments included) must be given, so a
// missing variable is an error rather than an empty string or an empty list. HTML parts escape every
// value; text parts and subjects do not (they are not HTML).



const REASONS_TEXT = '{{#each reasons}}- {{message}}{{#if file}} ({{file}}{{#if field}}: {{field}}{{/if}}){{/if}}\n{{/each}}';
const REASONS_HTML = '<ul>{{#each reasons}}<li>{{message}}{{#if file}} (<code>{{file}}</code>{{#if field}}: <code>{{field}}</code>{{/if}}){{/if}}</li>{{/each}}</ul>';
const EVIDENCE_TEXT = '{{#each evidence}}- {{kind}}: {{path}} ({{state}})\n{{/each}}';
const EVIDENCE_HTML = '<ul>{{#each evidence}}<li>{{kind}}: <code>{{path}}</code> ({{state}})</li>{{/each}}</ul>';
const BUILT_IN = {
    'release-completed': {
        subject: '[{{repository}}] release {{shortSha}} completed',
        text: [
            'The release of {{repository}} at {{sha}} completed.',
            '',
            'Package: {{packageDigest}}',
            'Decision: {{decision}} ({{status}})',
            'Lead time: {{leadTime}}',
            'Run: {{runUrl}}',
            '',
        ].join('\n'),
        html: [
            '<p>The release of <strong>{{repository}}</strong> at <code>{{sha}}</code> completed.</p>',
            '<table><tr><th align="left">Package</th><td><code>{{packageDigest}}</code></td></tr>',
            '<tr><th align="left">Decision</th><td>{{decision}} ({{status}})</td></tr>',
            '<tr><th align="left">Lead time</th><td>{{leadTime}}</td></tr></table>',
            '<p><a href="{{runUrl}}">The pipeline run</a></p>',
        ].join('\n'),
    },
    'release-failed': {
        subject: '[{{repository}}] release {{shortSha}} failed',
        text: ['The release of {{repository}} at {{sha}} failed.', '', 'Why:', REASONS_TEXT, 'Run: {{runUrl}}', ''].join('\n'),
        html: [
            '<p>The release of <strong>{{repository}}</strong> at <code>{{sha}}</code> failed.</p>',
            '<p>Why:</p>',
            REASONS_HTML,
            '<p><a href="{{runUrl}}">The pipeline run</a></p>',
        ].join('\n'),
    },
    'ops-alert': {
        subject: '[{{repository}}] ops alert: release {{shortSha}} {{status}}',
        text: [
            'Release {{sha}} of {{repository}} ended with status {{status}} (decision {{decision}}).',
            '',
            'Reasons:',
            REASONS_TEXT,
            'Evidence:',
            EVIDENCE_TEXT,
            'Run: {{runUrl}}',
            '',
        ].join('\n'),
        html: [
            '<p>Release <code>{{sha}}</code> of <strong>{{repository}}</strong> ended with status <strong>{{status}}</strong> (decision {{decision}}).</p>',
            '<p>Reasons:</p>',
            REASONS_HTML,
            '<p>Evidence:</p>',
            EVIDENCE_HTML,
            '<p><a href="{{runUrl}}">The pipeline run</a></p>',
        ].join('\n'),
    },
    'delivery-ready': {
        subject: '{{project}}: version {{version}} is ready',
        text: [
            'Version {{version}} of {{project}} is ready.',
            '',
            'Download: {{shareLink}}',
            '',
            'Files:',
            '{{#each files}}- {{name}} ({{size}} bytes)\n{{/each}}',
        ].join('\n'),
        html: [
            '<p>Version {{version}} of <strong>{{project}}</strong> is ready.</p>',
            '<p><a href="{{shareLink}}">Download</a></p>',
            '<ul>{{#each files}}<li>{{name}} ({{size}} bytes)</li>{{/each}}</ul>',
        ].join('\n'),
    },
    // items (from variables, data-file or data-command) and releases (releases: true) are optional
    // here: a digest without them says so rather than stopping the send.
    'daily-digest': {
        subject: '{{repository}} daily digest, {{date}}',
        text: [
            'Hello {{name}},',
            '',
            'The digest for {{repository}} on {{date}}:',
            '{{#each items}}- {{this}}\n{{/each}}{{#if releases}}',
            'Releases since the last digest:',
            '{{#each releases}}- {{shortSha}}: {{decision}} ({{status}}), lead time {{leadTime}}, decided {{decidedAt}}\n{{/each}}{{/if}}',
        ].join('\n'),
        html: [
            '<p>Hello {{name}},</p>',
            '<p>The digest for <strong>{{repository}}</strong> on {{date}}:</p>',
            '<ul>{{#each items}}<li>{{this}}</li>{{/each}}</ul>',
            '{{#if releases}}<p>Releases since the last digest:</p>',
            '<ul>{{#each releases}}<li><code>{{shortSha}}</code>: {{decision}} ({{status}}), lead time {{leadTime}}, decided {{decidedAt}}</li>{{/each}}</ul>{{/if}}',
        ].join('\n'),
        optional: { items: [], releases: [] },
    },
    // From bounce-scan's alert-variables: what one scan retired and what it could not match.
    'bounce-alert': {
        subject: '[{{repository}}] bounce-scan {{scanId}}: addresses to review',
        text: [
            'bounce-scan {{scanId}} found bounces that need you.',
            '{{#if retired}}',
            'Retired (no roster send writes to them again); mark each inactive in the repository roster:',
            '{{#each retired}}- {{address}}: {{reason}} ({{date}})\n  shipgate mail roster set-status {{address}} inactive\n{{/each}}{{/if}}{{#if unmatched}}',
            'Unmatched (no send in the send log answers them; check by hand):',
            '{{#each unmatched}}- {{address}}: {{reason}} ({{date}})\n{{/each}}{{/if}}',
            'Run: {{runUrl}}',
            '',
        ].join('\n'),
        html: [
            '<p>bounce-scan {{scanId}} found bounces that need you.</p>',
            '{{#if retired}}<p>Retired (no roster send writes to them again); mark each inactive in the repository roster with <code>shipgate mail roster set-status &lt;email&gt; inactive</code>:</p>',
            '<ul>{{#each retired}}<li>{{address}}: {{reason}} ({{date}})</li>{{/each}}</ul>{{/if}}',
            '{{#if unmatched}}<p>Unmatched (no send in the send log answers them; check by hand):</p>',
            '<ul>{{#each unmatched}}<li>{{address}}: {{reason}} ({{date}})</li>{{/each}}</ul>{{/if}}',
            '<p><a href="{{runUrl}}">The run</a></p>',
        ].join('\n'),
    },
};
const builtInTemplateNames = Object.keys(BUILT_IN);
function builtInTemplate(name) {
    const template = BUILT_IN[name];
    if (!template) {
        throw new errors/* ConfigurationError */.j1(`input 'template': '${name}' is not a built-in template; use one of ${builtInTemplateNames.join(', ')}, or template-text/template-html files`);
    }
    return { name, ...template, sources: { subject: `template ${name} (subject)`, text: `template ${name} (text)`, html: `template ${name} (html)` } };
}
async function readTemplateFile(path, input) {
    try {
        return await (0,evidence_file/* readUserTextFile */.Vf)(path, 'a template');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`input '${input}': cannot read ${path} (${error.message})`, { file: path });
    }
}
/** A user template from files; the subject comes from the `subject` input. */
async function fileTemplate(files, subject) {
    if (!subject)
        throw new errors/* ConfigurationError */.j1("input 'subject': required with template-text/template-html (the subject line, which may use {{variables}})");
    return {
        name: 'custom',
        subject,
        text: files.text ? await readTemplateFile(files.text, 'template-text') : undefined,
        html: files.html ? await readTemplateFile(files.html, 'template-html') : undefined,
        sources: { subject: "input 'subject'", text: files.text, html: files.html },
    };
}
const engine = lib.create();
const compiled = new Map();
function compile(source, escape) {
    const key = `${escape ? 'h' : 't'}:${source}`;
    let template = compiled.get(key);
    if (!template) {
        template = engine.compile(source, { strict: true, noEscape: !escape });
        compiled.set(key, template);
    }
    return template;
}
function renderPart(source, variables, where, escape) {
    try {
        return compile(source, escape)(variables);
    }
    catch (error) {
        const message = error.message;
        const missing = /^"([^"]+)" not defined in .* - (\d+):(\d+)$/.exec(message);
        if (missing) {
            const known = Object.keys(variables).sort().join(', ');
            throw new errors/* ConfigurationError */.j1(`${where}: unknown variable '${missing[1]}' at line ${missing[2]}, column ${Number(missing[3]) + 1}; the variables are: ${known}`, {
                file: where.startsWith('template ') || where.startsWith('input ') ? undefined : where,
                line: Number(missing[2]),
            });
        }
        throw new errors/* ConfigurationError */.j1(`${where}: not a valid template (${message.split('\n')[0]})`);
    }
}
// Block helpers and sections that render their body with another context (each item, the with
// value): inside them, a plain name is the item's, not a top-level variable.
const CONTEXT_HELPERS = new Set(['each', 'with']);
const HELPERS = new Set(['each', 'with', 'if', 'unless', 'lookup', 'log', 'blockHelperMissing', 'helperMissing']);
/** Every top-level variable a template part uses, blocks included; a parse error is the caller's to report. */
function variablesUsed(source) {
    const uses = [];
    // depth: how many context changes (each/with bodies) enclose the node; 0 is the top level.
    const path = (node, depth, helper) => {
        const at = { line: node.loc.start.line, column: node.loc.start.column + 1, helper };
        if (node.data) {
            // @root.x is a top-level variable wherever it is; @index, @key, @first… belong to the loop.
            if (node.parts[0] === 'root' && node.parts.length > 1)
                uses.push({ path: node.parts.slice(1), ...at });
            return;
        }
        if (node.depth === depth && node.parts.length > 0)
            uses.push({ path: node.parts, ...at });
    };
    const expression = (node, depth, helper) => {
        if (node.type === 'PathExpression')
            path(node, depth, helper);
        else if (node.type === 'SubExpression')
            call(node, depth);
    };
    const call = (node, depth) => {
        const name = node.path.type === 'PathExpression' ? node.path.original : undefined;
        const helper = name !== undefined && HELPERS.has(name) && (node.params.length > 0 || name === 'log') ? name : undefined;
        if (!helper)
            expression(node.path, depth);
        for (const param of node.params)
            expression(param, depth, helper);
        for (const pair of node.hash?.pairs ?? [])
            expression(pair.value, depth, helper);
        return helper;
    };
    const program = (node, depth) => {
        for (const statement of node?.body ?? []) {
            if (statement.type === 'MustacheStatement')
                call(statement, depth);
            else if (statement.type === 'BlockStatement') {
                const block = statement;
                const helper = call(block, depth);
                // A section ({{#items}}…{{/items}}) renders its body with the value, like each or with.
                const changesContext = helper === undefined ? block.params.length === 0 : CONTEXT_HELPERS.has(helper);
                program(block.program, changesContext ? depth + 1 : depth);
                program(block.inverse, depth);
            }
        }
    };
    program(engine.parse(source), 0);
    return uses;
}
function isGiven(variables, path) {
    let value = variables;
    for (const part of path) {
        if (value === null || value === undefined)
            return false;
        if (typeof value !== 'object')
            return true; // a property of a string or number: Handlebars' business
        // Own properties only: `constructor` or `toString` are on every object, and Handlebars renders
        // them as nothing (prototype access is denied), so they are not given by being inherited.
        if (!Object.hasOwn(value, part) || value[part] === undefined)
            return false;
        value = value[part];
    }
    return true;
}
function requireGiven(source, variables, where) {
    let uses;
    try {
        uses = variablesUsed(source);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${where}: not a valid template (${error.message.split('\n')[0]})`, fileLocation(where));
    }
    const missing = uses.find((use) => !isGiven(variables, use.path));
    if (!missing)
        return;
    const name = missing.path.join('.');
    const usedBy = missing.helper ? ` (in {{#${missing.helper} ${name}}})` : '';
    const known = Object.keys(variables).sort().join(', ');
    throw new errors/* ConfigurationError */.j1(`${where}: unknown variable '${name}'${usedBy} at line ${missing.line}, column ${missing.column}; the variables are: ${known}; give it in 'variables', 'data-file' or 'data-command'`, { ...fileLocation(where), line: missing.line });
}
function fileLocation(where) {
    return where.startsWith('template ') || where.startsWith('input ') ? {} : { file: where };
}
/**
 * Renders every part of a template. Every part is checked first: a variable any part uses and
 * nobody gives is a ConfigurationError naming the variable and the part, before anything is rendered.
 */
function renderTemplate(template, given, subjectOverride) {
    const variables = { ...template.optional, ...given };
    const subjectSource = subjectOverride ?? template.subject;
    requireGiven(subjectSource, variables, subjectOverride ? "input 'subject'" : template.sources.subject);
    if (template.text !== undefined)
        requireGiven(template.text, variables, template.sources.text ?? 'text');
    if (template.html !== undefined)
        requireGiven(template.html, variables, template.sources.html ?? 'html');
    const subject = renderPart(subjectSource, variables, subjectOverride ? "input 'subject'" : template.sources.subject, false).replace(/[\r\n]+/g, ' ').trim();
    return {
        subject,
        text: template.text === undefined ? undefined : renderPart(template.text, variables, template.sources.text ?? 'text', false),
        html: template.html === undefined ? undefined : renderPart(template.html, variables, template.sources.html ?? 'html', true),
    };
}

;// CONCATENATED MODULE: ./build/mail/plan.js
// What a send-mail run would send: which templates to whom (status semantics, roster or explicit
// recipients), the variables each message is rendered with, and the event key that makes each
// message unique. Everything is rendered here, before anything is sent, so a bad template or
// roster fails the run with nothing sent.








function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, char) => char.toUpperCase());
}
function formatDuration(ms) {
    if (ms === null || ms === undefined)
        return 'unknown';
    const minutes = Math.floor(ms / 60000);
    const seconds = Math.round((ms % 60000) / 1000);
    return minutes > 0 ? `${minutes} min ${seconds} s` : `${seconds} s`;
}
/** Variables from the release decision and the pipeline timing, when they exist for the SHA. */
async function releaseVariables(store, sha, needDecision) {
    const decisionRead = await store.read('release', sha);
    if (decisionRead.state === 'invalid' || (needDecision && decisionRead.state === 'missing')) {
        if (decisionRead.state === 'missing') {
            throw new errors/* ConfigurationError */.j1(`${decisionRead.path}: missing: no release decision for ${sha}; give 'status' (success, failure, partial_success) or a 'template'`, { file: decisionRead.path });
        }
        (0,evidence_store.requireValid)(decisionRead);
    }
    const timingRead = await store.read('pipeline', sha);
    const timing = timingRead.state === 'valid' ? ((0,stages_timing/* latestRun */.hH)(timingRead.value)?.closed ?? null) : null;
    const variables = {
        decision: 'unknown',
        reasons: [],
        evidence: [],
        packageDigest: 'unknown',
        decidedAt: 'unknown',
        leadTime: formatDuration(timing?.leadTimeMs),
        totalTime: formatDuration(timing?.totalMs),
    };
    if (decisionRead.state !== 'valid')
        return { variables };
    const decision = decisionRead.value;
    return {
        status: decision.status,
        variables: {
            ...variables,
            decision: decision.decision,
            reasons: decision.reasons.map((reason) => ({ message: reason.message, file: reason.file ?? null, field: reason.field ?? null })),
            evidence: decision.evidence.map((item) => ({ kind: item.kind, path: item.path, state: item.state, digest: item.digest })),
            packageDigest: decision.packageDigest ?? 'unknown',
            decidedAt: decision.decidedAt,
        },
    };
}
/**
 * The event key: what makes a message unique. Unless given: repository, period (a roster send: one
 * digest per period whatever the commit) or SHA, the status (status-driven mail: a partial alert and
 * a later failure alert for one SHA are two events), template and recipients.
 */
function eventKeyFor(request, template, addressing, qualify) {
    const recipients = [...addressing.to, ...addressing.cc, ...addressing.bcc].map((address) => address.toLowerCase()).sort().join(',');
    if (!request.eventKey) {
        return [request.repository, request.period?.key ?? request.sha, ...(qualify.status ? [qualify.status] : []), template, recipients].join('|');
    }
    return [request.eventKey, ...(qualify.template ? [template] : []), ...(qualify.recipient ? [recipients] : [])].join('|');
}
function eventNameFor(template, eventKey) {
    return `${template}-${(0,canonical/* sha256Hex */.fg)(eventKey).slice(0, 16)}`;
}
function messageIdFor(eventKey, from) {
    return `<${(0,canonical/* sha256Hex */.fg)(eventKey).slice(0, 32)}.shipgate@${(0,addresses/* domainOf */.Ow)(from)}>`;
}
async function chosenTemplate(request, fallback) {
    if (request.templateText || request.templateHtml) {
        if (request.template)
            throw new errors/* ConfigurationError */.j1("inputs 'template' and 'template-text'/'template-html': give a built-in template or template files, not both");
        return fileTemplate({ text: request.templateText, html: request.templateHtml }, request.subject);
    }
    const name = request.template ?? fallback;
    return name ? builtInTemplate(name) : undefined;
}
/**
 * Fails closed on a message that would carry a secret: a part or header that the run's masker
 * (which knows every secret registered, SMTP credentials and their AUTH forms included) would
 * change holds one, in one of its forms. The error names the part, and the template's variables
 * that hold one, never a value. Nothing has been previewed, written or sent yet.
 */
function refuseSecrets(template, subject, mail, variables, secrets) {
    const holds = (text) => text !== undefined && secrets.mask(text) !== text;
    const parts = [
        [`the subject (${subject.where})`, mail.subject],
        [`the text part (${template.sources.text ?? 'text'})`, mail.text],
        [`the HTML part (${template.sources.html ?? 'html'})`, mail.html],
        ['the From header', mail.from],
        ['the Reply-To header', mail.replyTo],
        ['the To header', mail.to.join(', ')],
        ['the Cc header', mail.cc.join(', ')],
        ['the Bcc header', mail.bcc.join(', ')],
        ['the Message-ID header', mail.messageId],
    ];
    const carriers = parts.filter(([, text]) => holds(text)).map(([part]) => part);
    if (carriers.length === 0)
        return;
    const sources = [subject.source, template.text, template.html].filter((source) => source !== undefined);
    const used = new Set(sources.flatMap((source) => variablesUsed(source).map((use) => use.path[0])));
    const culprits = [...used]
        .filter((name) => Object.hasOwn(variables, name) && !holds(name))
        .filter((name) => {
        const value = variables[name];
        return holds(typeof value === 'string' ? value : JSON.stringify(value));
    })
        .sort();
    const from = culprits.length > 0 ? `from the variable${culprits.length === 1 ? '' : 's'} ${culprits.map((name) => `'${name}'`).join(', ')}` : 'written in the template or an input itself';
    throw new errors/* ConfigurationError */.j1(`template ${template.name}: ${carriers.join(', ')} would carry a secret (a password, token or SMTP credential given to this run, in one of its forms), ${from}; ` +
        "nothing was previewed, written or sent. A secret never goes into a message: take it out of 'variables', data-file, data-command, the roster or the template");
}
async function planMail(request, store, today, secrets) {
    if (!request.from)
        throw new errors/* ConfigurationError */.j1("input 'from': required; the sender address (or mail.from in shipgate.yml), which must be in allowed-from");
    const from = (0,addresses/* requireAddress */.c3)(request.from, "input 'from'");
    (0,addresses/* assertAllowedFrom */.tM)(from, request.allowedFrom);
    const replyTo = request.replyTo ? (0,addresses/* requireAddress */.c3)(request.replyTo, "input 'reply-to'") : undefined;
    const address = (list, input) => list.map((item) => (0,addresses/* requireAddress */.c3)(item, `input '${input}'`));
    const given = { to: address(request.to, 'to'), cc: address(request.cc, 'cc'), bcc: address(request.bcc, 'bcc') };
    const ops = address(request.ops, 'ops');
    const statusDriven = !request.roster && !request.template && !request.templateText && !request.templateHtml;
    const release = await releaseVariables(store, request.sha, statusDriven && !request.status);
    const status = request.status ?? release.status;
    const inputs = Object.fromEntries(Object.entries(request.inputVariables).map(([name, value]) => [camelCase(name), value]));
    const base = {
        ...release.variables,
        ...inputs,
        ...request.evidenceVariables,
        ...request.dataVariables,
        ...request.variables,
        status: status ?? 'unknown',
        date: request.period?.date ?? request.date ?? today,
        runUrl: request.runUrl,
        sha: request.sha,
        shortSha: request.sha.slice(0, 7),
        repository: request.repository,
    };
    const render = (template, addressing, variables, eventKey, recipient) => {
        const subjectOverride = template.name === 'custom' ? undefined : request.subject;
        const rendered = renderTemplate(template, variables, subjectOverride);
        const event = eventNameFor(template.name, eventKey);
        const mail = { event, from, replyTo, ...addressing, ...rendered, messageId: messageIdFor(eventKey, from) };
        const subject = subjectOverride ? { source: subjectOverride, where: "input 'subject'" } : { source: template.subject, where: template.sources.subject };
        refuseSecrets(template, subject, mail, variables, secrets);
        return { template: template.name, eventKey, recipient, variables, mail };
    };
    if (request.period && !request.roster)
        throw new errors/* ConfigurationError */.j1("input 'period': only for roster sends (one digest per period); give 'roster', or leave 'period' empty");
    if (request.roster) {
        if (given.to.length + given.cc.length + given.bcc.length > 0) {
            throw new errors/* ConfigurationError */.j1("inputs 'to', 'cc', 'bcc' cannot be combined with 'roster': a roster send writes to each active person on the roster");
        }
        const roster = await requireValidRoster(request.roster);
        const template = (await chosenTemplate(request, 'daily-digest'));
        // An address bounce-scan retired stays retired until the repository roster says inactive too.
        const retired = request.sendLog ? await (0,send_log/* retiredAddresses */.KL)(request.sendLog) : new Map();
        const skipped = roster.people
            .filter((person) => person.status === 'active' && retired.has(person.email.toLowerCase()))
            .map((person) => ({ recipient: person.email, reason: `retired by bounce-scan (${retired.get(person.email.toLowerCase())}); set it inactive in ${request.roster}` }));
        const active = roster.people.filter((person) => person.status === 'active' && !retired.has(person.email.toLowerCase()));
        const mails = active.map((person) => {
            const addressing = { to: [person.email], cc: [], bcc: [] };
            const variables = { ...base, ...person.columns, recipient: person.columns, sha: request.sha, repository: request.repository };
            return render(template, addressing, variables, eventKeyFor(request, template.name, addressing, { template: false, recipient: true }), person.email);
        });
        return {
            mails,
            rosterSend: true,
            inactive: roster.people.length - active.length - skipped.length,
            skipped,
            emptyReason: mails.length === 0 ? `no active person on the roster ${request.roster}` : undefined,
        };
    }
    const explicit = await chosenTemplate(request);
    const targets = [];
    if (explicit) {
        if (given.to.length === 0)
            throw new errors/* ConfigurationError */.j1("input 'to': required; who gets the message (one address per line or comma-separated), or mail.owners in shipgate.yml");
        targets.push({ template: explicit, addressing: given });
    }
    else if (status === 'success') {
        targets.push({ template: builtInTemplate('release-completed'), addressing: given });
    }
    else if (status === 'failure') {
        targets.push({ template: builtInTemplate('release-failed'), addressing: given });
        targets.push({ template: builtInTemplate('ops-alert'), addressing: { to: ops, cc: [], bcc: [] } });
    }
    else if (status === 'partial_success') {
        targets.push({ template: builtInTemplate('ops-alert'), addressing: { to: ops, cc: [], bcc: [] } });
    }
    const addressed = targets.filter((target) => target.addressing.to.length + target.addressing.cc.length + target.addressing.bcc.length > 0);
    const mails = addressed.map(({ template, addressing }) => render(template, addressing, base, eventKeyFor(request, template.name, addressing, { template: targets.length > 1, recipient: false, status: explicit ? undefined : status }), [...addressing.to, ...addressing.cc, ...addressing.bcc].join(',')));
    const missing = targets.filter((target) => !addressed.includes(target)).map((target) => (target.template.name === 'ops-alert' ? "ops (input 'ops' or mail.ops)" : "owners (input 'to' or mail.owners)"));
    return {
        mails,
        rosterSend: false,
        inactive: 0,
        emptyReason: mails.length === 0 ? `nothing to send for status ${status}: no recipients for ${missing.join(' and ')}` : undefined,
    };
}


/***/ }),

/***/ 6981:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KL: () => (/* binding */ retiredAddresses),
/* harmony export */   hb: () => (/* binding */ SendLog)
/* harmony export */ });
/* unused harmony exports sendLogLine, isRetirementEntry, reinstateAddress, readSendLogTail */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2857);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7982);
/* harmony import */ var _jsonl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9876);
// The JSONL send log: one line per recipient and attempt outcome (time, status, SMTP response,
// Message-ID, error), appended as each send settles and read back by `shipgate mail status`;
// bounce-scan adds its `bounced` lines and one `retired` line per address it retires, which every
// later roster send skips until `shipgate mail reinstate` writes a `reinstated` line for it.




/**
 * One line of the send log, as any writer leaves it: a send outcome, a `bounced` line (the send it
 * answers plus the bounce) or a `retired` line. Checked when the carried state is verified.
 */
const sendLogLine = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    time: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
    event: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    template: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    recipient: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['sent', 'failed', 'unconfirmed', 'duplicate', 'skipped', 'dry-run', 'bounced', 'retired', 'reinstated']),
    response: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullable(),
    messageId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullable(),
    error: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullable(),
    attempts: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0),
    emlPath: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    bounce: zod__WEBPACK_IMPORTED_MODULE_3__/* .looseObject */ ._H3({ type: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['hard', 'soft']), noticeMessageId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), retire: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY() }).optional(),
    retirement: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ reason: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1), scan: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1), noticeMessageIds: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()) }).optional(),
    reinstatement: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ note: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() }).optional(),
})
    .refine((line) => (line.status === 'retired') === (line.retirement !== undefined), { message: "a 'retired' line, and only that, carries 'retirement'", path: ['retirement'] })
    .refine((line) => line.status !== 'bounced' || line.bounce !== undefined, { message: "a 'bounced' line carries 'bounce'", path: ['bounce'] })
    .refine((line) => (line.status === 'reinstated') === (line.reinstatement !== undefined), { message: "a 'reinstated' line, and only that, carries 'reinstatement'", path: ['reinstatement'] });
function isRetirementEntry(entry) {
    return entry.status === 'retired' && typeof entry.retirement === 'object' && entry.retirement !== null;
}
/**
 * Addresses (lower-cased) the send log says bounce-scan retired, with the reason of the latest
 * retirement; a `reinstated` line after it gives the address back.
 */
async function retiredAddresses(path) {
    const { entries } = await readSendLogTail(path, Number.MAX_SAFE_INTEGER);
    const retired = new Map();
    for (const entry of entries) {
        const address = entry.recipient.toLowerCase();
        if (isRetirementEntry(entry))
            retired.set(address, entry.retirement.reason);
        else if (entry.status === 'reinstated')
            retired.delete(address);
    }
    return retired;
}
/**
 * Gives a retired address back to roster sends (the person's mailbox works again): appends a
 * `reinstated` line. 'not-retired' when the send log does not hold it retired (nothing written).
 */
async function reinstateAddress(path, address, note, now, masker) {
    if (!(await retiredAddresses(path)).has(address.toLowerCase()))
        return 'not-retired';
    const log = new SendLog(path, masker);
    try {
        log.append({ time: now.toISOString(), event: 'reinstate', template: '', recipient: address, status: 'reinstated', response: null, messageId: null, error: null, attempts: 0, reinstatement: { note } });
    }
    finally {
        log.close();
    }
    return 'reinstated';
}
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
        this.fd ??= (0,_jsonl_js__WEBPACK_IMPORTED_MODULE_2__/* .openForAppend */ .eq)(this.path);
        (0,_jsonl_js__WEBPACK_IMPORTED_MODULE_2__/* .appendJsonLine */ .fl)(this.fd, this.path, this.masker.mask(JSON.stringify(entry)));
    }
    close() {
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        this.fd = undefined;
    }
}
/**
 * The last `limit` entries, newest last. Lines that are not JSON (a record cut short by a killed run
 * or a full disk, which the next append leaves on a line of its own) are skipped and counted, and do
 * not take the place of an entry.
 */
async function readSendLogTail(path, limit) {
    const text = await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextIfPresent */ .Ge)(path);
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


/***/ }),

/***/ 8810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hH: () => (/* binding */ latestRun),
/* harmony export */   pipelineRunOf: () => (/* binding */ pipelineRunOf),
/* harmony export */   recordStageTiming: () => (/* binding */ recordStageTiming)
/* harmony export */ });
/* unused harmony exports UNNUMBERED_LOCAL_RUN_ID, localRunId, nextLocalRunNumber, sameRun, runLabel, resolveRun, stageTiming, emptyTiming, upgradeTiming, loadTiming, TIMING_LOCK_WAIT, closeRun, runsOf, runAt, timingAsDecided, timingFinishedBy */
/* harmony import */ var _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7891);
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1854);
// Pipeline timing: each stage appends its run to `.artifacts/pipeline/<sha>/timing.json`, naming the
// pipeline run it is part of, so that the runs of one SHA stay apart; readers take them run by run.


/**
 * The run id of a local stage that no `shipgate pipeline` numbered (`shipgate run <action>`): it
 * joins the latest local run of the SHA, or starts local-1 when there is none.
 */
const UNNUMBERED_LOCAL_RUN_ID = 'local';
/** The pipeline run a stage is part of: GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT, or the local run. */
function pipelineRunOf(environment) {
    const attempt = Number(environment.runAttempt);
    return { id: environment.runId || UNNUMBERED_LOCAL_RUN_ID, attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1 };
}
/** local-<n> for the nth local pipeline run of a SHA. */
function localRunId(number) {
    return `local-${number}`;
}
function localRunNumber(run) {
    const match = /^local-([1-9][0-9]*)$/.exec(run.id);
    return match ? Number(match[1]) : undefined;
}
/** The number the next `shipgate pipeline` run of the SHA takes: one more than the highest local run recorded. */
function nextLocalRunNumber(timing) {
    return 1 + Math.max(0, ...runsOf(timing).map((run) => localRunNumber(run.run) ?? 0));
}
function sameRun(a, b) {
    return a.id === b.id && a.attempt === b.attempt;
}
/** The run as a person names it: "local run 2", "run 4242 attempt 2", "legacy run". */
function runLabel(run) {
    const local = localRunNumber(run);
    if (local !== undefined)
        return `local run ${local}`;
    if (run.id === LEGACY_RUN_ID)
        return 'legacy run (recorded before runs were told apart)';
    return `run ${run.id}${run.attempt > 1 ? ` attempt ${run.attempt}` : ''}`;
}
/** An unnumbered local run joins the latest local run recorded (local-1 when there is none); any other run is itself. */
function resolveRun(timing, run) {
    if (run.id !== UNNUMBERED_LOCAL_RUN_ID)
        return run;
    const numbers = runsOf(timing).map((recorded) => localRunNumber(recorded.run) ?? 0);
    return { id: localRunId(Math.max(1, ...numbers)), attempt: 1 };
}
function stageTiming(run) {
    return {
        stage: run.stage,
        startedAt: run.startedAt.toISOString(),
        finishedAt: run.finishedAt.toISOString(),
        durationMs: Math.max(0, run.finishedAt.getTime() - run.startedAt.getTime()),
        outcome: run.outcome,
    };
}
function emptyTiming(sha) {
    return { schema: _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk, sha, stages: [], closes: [] };
}
/** The timing in the version written now: a v1 file's stages and close belong to the legacy run. */
function upgradeTiming(timing) {
    if (timing.schema === _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk)
        return timing;
    const run = { id: _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .LEGACY_RUN_ID */ .aQ, attempt: 1 };
    return {
        schema: _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk,
        sha: timing.sha,
        stages: timing.stages.map((stage) => ({ ...stage, run })),
        closes: timing.closed ? [{ ...timing.closed, run }] : [],
    };
}
/** The timing so far (upgraded to v2), or a fresh one; invalid timing is an error naming the file and field. */
async function loadTiming(store, sha) {
    const read = await store.read('pipeline', sha);
    if (read.state === 'missing')
        return emptyTiming(sha);
    // The store's checks (and every contract's schema) load only here, so that the summaries' run helpers above stay light.
    const { requireValid } = await Promise.all(/* import() */[__webpack_require__.e(130), __webpack_require__.e(549)]).then(__webpack_require__.bind(__webpack_require__, 1549));
    return upgradeTiming(requireValid(read).value);
}
/** How long a stage waits for the others to append theirs; each holds the lock for one read and one write. */
const TIMING_LOCK_WAIT = { limitMs: 2 * 60 * 1000 };
/** Appends one stage's run. Concurrent stages take turns, so that none of their runs is lost. */
async function recordStageTiming(store, sha, run) {
    await store.exclusively('pipeline', sha, TIMING_LOCK_WAIT, async () => {
        const timing = await loadTiming(store, sha);
        await store.write('pipeline', sha, { ...timing, stages: [...timing.stages, { ...stageTiming(run), run: resolveRun(timing, run.run) }] });
    });
}
/**
 * Appends the deciding stage and closes its run: the total from that run's first start, the lead
 * time from the commit. A run decided again (a rerun of release-decision alone) replaces its close.
 */
function closeRun(timing, close) {
    const current = upgradeTiming(timing);
    const run = resolveRun(current, close.stage.run);
    const stages = [...current.stages, { ...stageTiming(close.stage), run }];
    // A loop, not Math.min(...): a timing may hold more stages than a call takes arguments.
    const firstStart = stages.filter((stage) => sameRun(stage.run, run)).reduce((earliest, stage) => Math.min(earliest, Date.parse(stage.startedAt)), Infinity);
    const closedAtMs = close.closedAt.getTime();
    const closed = {
        run,
        closedAt: close.closedAt.toISOString(),
        totalMs: Math.max(0, closedAtMs - firstStart),
        commitTime: close.commitTime?.toISOString() ?? null,
        leadTimeMs: close.commitTime ? closedAtMs - close.commitTime.getTime() : null,
    };
    return { ...current, stages, closes: [...current.closes.filter((recorded) => !sameRun(recorded.run, run)), closed] };
}
/** The runs of a timing (v1 or v2), in the order they first appended a stage. */
function runsOf(timing) {
    const current = upgradeTiming(timing);
    const runs = [];
    const ofRun = (run) => {
        let found = runs.find((entry) => sameRun(entry.run, run));
        if (!found) {
            found = { run, stages: [], closed: null, startedAt: '', finishedAt: '' };
            runs.push(found);
        }
        return found;
    };
    for (const stage of current.stages)
        ofRun(stage.run).stages.push(stage);
    for (const close of current.closes)
        ofRun(close.run).closed = close;
    for (const entry of runs) {
        const starts = entry.stages.map((stage) => Date.parse(stage.startedAt));
        const ends = [...entry.stages.map((stage) => Date.parse(stage.finishedAt)), ...(entry.closed ? [Date.parse(entry.closed.closedAt)] : [])];
        entry.startedAt = new Date((starts.length > 0 ? starts : ends).reduce((earliest, start) => Math.min(earliest, start), Infinity)).toISOString();
        entry.finishedAt = new Date(ends.reduce((latest, end) => Math.max(latest, end), -Infinity)).toISOString();
    }
    return runs;
}
/** The run that appended last (after a close, the run just decided); undefined for an empty timing. */
function latestRun(timing) {
    const current = upgradeTiming(timing);
    const last = current.stages.at(-1)?.run ?? current.closes.at(-1)?.run;
    return last ? runsOf(current).find((entry) => sameRun(entry.run, last)) : undefined;
}
/**
 * The run a moment belongs to: the run that had started last by then (evidence written between two
 * runs belongs to the earlier one, e.g. a stage run on its own); undefined before the first run.
 */
function runAt(runs, at) {
    const time = typeof at === 'string' ? Date.parse(at) : at.getTime();
    if (Number.isNaN(time))
        return undefined;
    const started = runs.filter((entry) => Date.parse(entry.startedAt) <= time);
    return started.reduce((latest, entry) => (!latest || Date.parse(entry.startedAt) >= Date.parse(latest.startedAt) ? entry : latest), undefined);
}
/** How many earlier states of a timing timingAsDecided tries before it gives up (a bound on the work for a huge file). */
const TIMING_STATES_TRIED = 1024;
/**
 * The timing as a decision read it, when the file has only grown since: the timing is shared by
 * every stage of the SHA, so the stages of later environments append to it after an earlier
 * environment's decision. That is the file as it is now cut back to the stages and closes it had
 * then, found by the digest the decision recorded; undefined when no such state gives that digest
 * (the recorded stages or closes were changed, not appended to). A decision taken without a timing
 * file gives the missing read.
 */
function timingAsDecided(read, recorded, decidedAt, clockSkewMs) {
    if (read.state !== 'valid')
        return undefined;
    if (recorded.state === 'missing')
        return { state: 'missing', kind: 'pipeline', path: read.path };
    if (recorded.state !== 'valid' || recorded.digest === read.digest)
        return undefined;
    const timing = read.value;
    // What was there at the decision had finished by then: only the cuts before the first later entry are tried.
    const latest = Date.parse(decidedAt) + clockSkewMs;
    const before = (times) => {
        const later = times.findIndex((time) => Date.parse(time) > latest);
        return later < 0 ? times.length : later;
    };
    const maxStages = before(timing.stages.map((stage) => stage.finishedAt));
    const maxCloses = timing.schema === PIPELINE_TIMING_SCHEMA_V2 ? before(timing.closes.map((close) => close.closedAt)) : timing.closed && Date.parse(timing.closed.closedAt) <= latest ? 1 : 0;
    let tried = 0;
    for (let stages = maxStages; stages >= 0; stages--) {
        for (let closes = maxCloses; closes >= 0; closes--) {
            if (++tried > TIMING_STATES_TRIED)
                return undefined;
            const then = timing.schema === PIPELINE_TIMING_SCHEMA_V2
                ? { ...timing, stages: timing.stages.slice(0, stages), closes: timing.closes.slice(0, closes) }
                : { ...timing, stages: timing.stages.slice(0, stages), closed: closes > 0 ? timing.closed : null };
            const digest = digestOf(then);
            if (digest === recorded.digest)
                return { state: 'valid', kind: 'pipeline', path: read.path, value: then, digest };
        }
    }
    return undefined;
}
/**
 * The timing as far as it had got by a decision: the stages and closes finished by then (with the
 * clock skew allowed), in their order. For checking a previous environment's decision while this
 * run appends to the timing, where the file it recorded cannot be had again (a close replaced).
 */
function timingFinishedBy(read, decidedAt, clockSkewMs) {
    const latest = Date.parse(decidedAt) + clockSkewMs;
    const by = (time) => Date.parse(time) <= latest;
    const timing = read.value;
    const then = timing.schema === PIPELINE_TIMING_SCHEMA_V2
        ? { ...timing, stages: timing.stages.filter((stage) => by(stage.finishedAt)), closes: timing.closes.filter((close) => by(close.closedAt)) }
        : { ...timing, stages: timing.stages.filter((stage) => by(stage.finishedAt)), closed: timing.closed && by(timing.closed.closedAt) ? timing.closed : null };
    return { state: 'valid', kind: 'pipeline', path: read.path, value: then, digest: digestOf(then) };
}


/***/ })

};
