export const id = 7929;
export const ids = [7929];
export const modules = {

/***/ 37929:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mailCommand: () => (/* binding */ mailCommand),
/* harmony export */   mailSubcommands: () => (/* binding */ mailSubcommands)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _actions_send_mail_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50490);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7982);
/* harmony import */ var _mail_paths_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(80758);
/* harmony import */ var _mail_roster_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12631);
/* harmony import */ var _mail_send_log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36981);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20152);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1973);
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(13021);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4327);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(32853);
// `shipgate mail send | preview | validate-roster | status | resolve`: the send-mail action's code
// with flags named as its inputs; preview and validate-roster never open a connection; resolve
// settles an unconfirmed message in the ledger.












const USAGE = `Usage: shipgate mail <send|preview|validate-roster|status|resolve|bounces-scan|state-run|state-verify|state-stamp|smoke|roster|reinstate> [options]

  send [--<input> value ...]            Send (or with --dry-run true, write .eml files); flags are the
                                        send-mail inputs: shipgate mail send --help lists them.
  preview --out DIR [--<input> ...]     Write preview.html, preview.txt and preview.json; send nothing.
  validate-roster --roster FILE         Check a roster CSV; every problem with its line number.
  roster set-status|import|export [...] Roster care: set a person's status (with a note), merge a CSV
                                        in by email, export; validated, atomic, with a .bak
                                        ('shipgate mail roster --help').
  status [--limit 20] [--send-log FILE] [--artifacts-dir DIR] [--json]
                                        The most recent sends from the send log.
  resolve EVENT RECIPIENT --sent|--resend [--sha SHA] [--ledger FILE] [--artifacts-dir DIR]
                                        Settle an unconfirmed message (handed to the relay, no answer),
                                        as the run's log names it: --sent if it arrived (never sent
                                        again), --resend if not (the next run sends it).
  bounces-scan [--<input> value ...]    Read bounces over IMAP and retire bad roster addresses; flags
                                        are the bounce-scan inputs: shipgate mail bounces-scan --help.
  smoke --to ADDRESS [--from A] [--smtp-* ...] [--dry-run true]
                                        One short test message through the relay; no SHA, no git
                                        checkout, nothing recorded ('shipgate mail smoke --help').
  state-run --artifact NAME --workflow PATH --branch BRANCH [--output NAME] [--limit 50]
                                        On a runner: the newest completed run of PATH on BRANCH, started
                                        by schedule or workflow_dispatch in this repository (never a pull
                                        request or a fork), that still has the artifact; its id is
                                        printed and, with --output, written as that step output (empty
                                        when there is none yet). Needs GITHUB_TOKEN with actions: read.
  reinstate EMAIL --send-log FILE [--note TEXT]
                                        Give an address bounce-scan retired back to roster sends (its
                                        mailbox works again): a 'reinstated' line in the send log.
  state-verify --dir FOLDER [--repository OWNER/NAME]
                                        Refuse (exit 2) a downloaded mail state whose state.json is
                                        missing, invalid or another repository's, or whose ledger, send
                                        log or bounce journal has a line that does not parse.
  state-stamp --dir FOLDER              Write state.json (repository, workflow, run id, time) into the
                                        mail state a run keeps.`;
const sendMail = () => _actions_send_mail_js__WEBPACK_IMPORTED_MODULE_1__.sendMailAction;
/** Every `shipgate mail` subcommand; the heavier ones load on use. */
const mailSubcommands = {
    send: (args, io) => sendCommand(args, io),
    preview: (args, io) => previewCommand(sendMail(), args, io),
    'validate-roster': (args, io) => validateRosterCommand(args, io),
    roster: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(7710), __webpack_require__.e(7677)]).then(__webpack_require__.bind(__webpack_require__, 27677))).rosterCommand(args, io),
    status: (args, io) => statusCommand(args, io),
    resolve: (args, io) => resolveCommand(args, io),
    'bounces-scan': async (args, io) => (await __webpack_require__.e(/* import() */ 8469).then(__webpack_require__.bind(__webpack_require__, 78469))).bouncesScanCommand(args, io),
    smoke: async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(7710), __webpack_require__.e(1197)]).then(__webpack_require__.bind(__webpack_require__, 21197))).smokeCommand(args, io),
    reinstate: async (args, io) => (await __webpack_require__.e(/* import() */ 3355).then(__webpack_require__.bind(__webpack_require__, 13355))).reinstateCommand(args, io),
    'state-run': async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(8008), __webpack_require__.e(5157)]).then(__webpack_require__.bind(__webpack_require__, 55157))).stateRunCommand(args, io),
    'state-verify': async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(8008), __webpack_require__.e(435)]).then(__webpack_require__.bind(__webpack_require__, 20435))).stateVerifyCommand(args, io),
    'state-stamp': async (args, io) => (await Promise.all(/* import() */[__webpack_require__.e(8008), __webpack_require__.e(435)]).then(__webpack_require__.bind(__webpack_require__, 20435))).stateStampCommand(args, io),
};
async function mailCommand(args, givenIo) {
    const io = (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .maskedIo */ .WM)(givenIo);
    const [sub, ...rest] = args;
    if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
        io.out(USAGE);
        return sub === undefined ? _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.usage : _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
    }
    const subcommand = mailSubcommands[sub];
    if (!subcommand) {
        const kind = sub.startsWith('-') ? 'option' : 'subcommand';
        return (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .reportFailure */ .xV)(io, 'shipgate mail', new _io_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`unknown ${kind} '${sub}'${kind === 'subcommand' ? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_9__/* .didYouMean */ .au)(sub, Object.keys(mailSubcommands)) : ''}`));
    }
    try {
        return await subcommand(rest, io);
    }
    catch (error) {
        return (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .reportFailure */ .xV)(io, `shipgate mail ${sub}`, error);
    }
}
/**
 * The send-mail action with its inputs as flags. An explicit send that has nobody to write to is
 * the user's mistake here (exit 2, saying how to name recipients); the action itself, run by a
 * workflow, skips it instead: there an empty owner list is how a repository says "no mail".
 */
async function sendCommand(args, io) {
    const { SENDING_DISABLED } = await Promise.all(/* import() */[__webpack_require__.e(8508), __webpack_require__.e(9407), __webpack_require__.e(3375)]).then(__webpack_require__.bind(__webpack_require__, 53375));
    return (0,_run_js__WEBPACK_IMPORTED_MODULE_8__.runActionWithFlags)(sendMail(), args, io, 'shipgate mail send', (run) => {
        if (run.outputs.status !== 'skipped' || !run.outputs.reason || run.outputs.reason === SENDING_DISABLED)
            return undefined;
        const reason = run.outputs.reason.replace(/input '(\w+)'/g, '--$1');
        const rosterSend = /\broster\b/.test(reason) && !/--to/.test(reason);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`nothing to send: ${reason}. ${rosterSend ? ROSTER_HINT : RECIPIENTS_HINT}`);
    });
}
const RECIPIENTS_HINT = 'Name the recipients with --to ADDRESS (repeat it, or separate addresses by commas), --ops ADDRESS for failure alerts, or mail.owners and mail.ops in shipgate.yml; or send to a roster with --roster FILE';
const ROSTER_HINT = "Set someone active with 'shipgate mail roster set-status EMAIL active --roster FILE', or give another --roster";
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
    if (!out)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb('--out DIR is required (where preview.html, preview.txt and preview.json go)', 'shipgate mail preview');
    return (0,_run_js__WEBPACK_IMPORTED_MODULE_8__.runActionWithFlags)(definition, [...forwarded, '--preview-dir', out], io, 'shipgate mail preview', (run) => 
    // A preview of nobody is no preview: the plan had no message to render.
    run.outputs.status === 'dry-run' && run.outputs.reason ? new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`nothing to preview: ${run.outputs.reason.replace(/input '(\w+)'/g, '--$1')}. ${RECIPIENTS_HINT}`) : undefined);
}
const VALIDATE_ROSTER_USAGE = `Usage: shipgate mail validate-roster --roster FILE [--json]

Checks a roster CSV (email, name, status active|inactive, more columns for templates) and prints
every problem with its line number; sends nothing.

Exit status: 0 the roster is valid, 1 it has problems, 2 a usage error or an unreadable file.`;
async function validateRosterCommand(args, io) {
    const name = 'shipgate mail validate-roster';
    const { values, positionals } = (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .parseFlags */ .bQ)(name, args, { roster: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, true);
    if (values.help) {
        io.out(VALIDATE_ROSTER_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
    }
    const path = values.roster ?? positionals[0];
    if (!path || positionals.length > (values.roster ? 0 : 1))
        throw new _io_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb('give one roster: --roster FILE', name);
    const roster = await (0,_mail_roster_js__WEBPACK_IMPORTED_MODULE_4__/* .readRoster */ .ks)(path);
    const active = roster.people.filter((person) => person.status === 'active').length;
    if (values.json) {
        io.out(JSON.stringify({ roster: path, valid: roster.problems.length === 0, active, inactive: roster.people.length - active, columns: roster.columns, problems: roster.problems }, null, 2));
    }
    else {
        for (const problem of roster.problems)
            io.err(`${path}:${problem.line}: ${problem.message}`);
        io.out(roster.problems.length === 0
            ? `${path}: valid: ${active} active, ${roster.people.length - active} inactive; columns: ${roster.columns.join(', ')}`
            : `${path}: ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_10__/* .plural */ .LS)(roster.problems.length, 'problem')}`);
    }
    return roster.problems.length === 0 ? _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok : _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.no;
}
const STATUS_USAGE = `Usage: shipgate mail status [--limit 20] [--send-log FILE] [--artifacts-dir DIR] [--json]

Prints the most recent sends from the send log (default <artifacts-dir>/${_mail_paths_js__WEBPACK_IMPORTED_MODULE_11__/* .NOTIFICATIONS_FOLDER */ .q}/send-log.jsonl),
oldest first: time, status, recipient, template, Message-ID and the relay's answer or the .eml.
--json prints {sendLog, found, entries, unreadable}.`;
async function statusCommand(args, io) {
    const name = 'shipgate mail status';
    const { values } = (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .parseFlags */ .bQ)(name, args, {
        limit: { type: 'string' },
        'send-log': { type: 'string' },
        'artifacts-dir': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
        io.out(STATUS_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
    }
    const limit = Number(values.limit ?? '20');
    if (!Number.isInteger(limit) || limit < 1)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--limit '${values.limit}' must be a positive whole number`, name);
    const path = values['send-log'] ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(values['artifacts-dir'] ?? _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_ARTIFACTS_DIR */ .qx, _mail_paths_js__WEBPACK_IMPORTED_MODULE_11__/* .NOTIFICATIONS_FOLDER */ .q, 'send-log.jsonl');
    const { entries, unreadable, found } = await (0,_mail_send_log_js__WEBPACK_IMPORTED_MODULE_5__/* .readSendLogTail */ .lE)(path, limit);
    if (values.json) {
        io.out(JSON.stringify({ sendLog: path, found, entries, unreadable }, null, 2));
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
    }
    if (!found) {
        io.out(`${path}: no send log yet (nothing was sent from here)`);
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
    }
    for (const entry of entries) {
        const detail = entry.error ?? entry.response ?? entry.emlPath ?? '';
        io.out(`${entry.time}  ${entry.status.padEnd(9)}  ${entry.recipient}  ${entry.template}  ${entry.messageId ?? ''}  ${detail}`.trimEnd());
    }
    if (unreadable > 0)
        io.err(`${path}: ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_10__/* .plural */ .LS)(unreadable, 'line')} ${unreadable === 1 ? 'is' : 'are'} not JSON and ${unreadable === 1 ? 'was' : 'were'} skipped`);
    return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
}
const RESOLVE_USAGE = `Usage: shipgate mail resolve EVENT RECIPIENT --sent|--resend [--sha SHA] [--ledger FILE] [--artifacts-dir DIR]

Settles an unconfirmed message (handed to the relay, then no answer), as the run's log names it:
--sent if it arrived (it is never sent again), --resend if not (the next run sends it).`;
async function resolveCommand(args, io) {
    const name = 'shipgate mail resolve';
    const { values, positionals } = (0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .parseFlags */ .bQ)(name, args, { sent: { type: 'boolean' }, resend: { type: 'boolean' }, sha: { type: 'string' }, ledger: { type: 'string' }, 'artifacts-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true);
    if (values.help) {
        io.out(RESOLVE_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
    }
    const [event, recipient, ...extra] = positionals;
    if (!event || !recipient || extra.length > 0 || values.sent === values.resend) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb("give the event and the recipient as the run's log names them, and one of --sent (it arrived) or --resend (send it again)", name);
    }
    const decision = values.sent ? 'sent' : 'resend';
    const { resolveUnconfirmed } = await __webpack_require__.e(/* import() */ 5790).then(__webpack_require__.bind(__webpack_require__, 85790));
    const result = await resolveUnconfirmed({ event, recipient, decision, sha: values.sha, ledger: values.ledger, artifactsDir: values['artifacts-dir'] ?? _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_ARTIFACTS_DIR */ .qx }, _platform_clock_js__WEBPACK_IMPORTED_MODULE_6__/* .systemClock */ .m);
    if (result.alreadySettled) {
        io.out(`${event} (${recipient}, ${result.messageId}): already ${result.alreadySettled === 'sent' ? 'recorded as sent' : 'recorded for resending'} in ${result.journal}; nothing written`);
        return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
    }
    const effect = decision === 'sent' ? 'recorded as sent; no run sends it again' : 'recorded for resending; the next run sends it';
    io.out(`${event} (${recipient}, ${result.messageId}): ${effect}. Written to ${[result.journal, result.record].filter(Boolean).join(' and ')}`);
    return _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
}


/***/ }),

/***/ 12631:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ parseCsvRows),
/* harmony export */   DC: () => (/* binding */ formatCsvRows),
/* harmony export */   Rh: () => (/* binding */ parseRoster),
/* harmony export */   Xe: () => (/* binding */ rosterTarget),
/* harmony export */   kN: () => (/* binding */ requireNoRosterProblems),
/* harmony export */   kf: () => (/* binding */ rosterProblemLines),
/* harmony export */   ks: () => (/* binding */ readRoster),
/* harmony export */   or: () => (/* binding */ NOTE_COLUMN),
/* harmony export */   rp: () => (/* binding */ requireValidRoster)
/* harmony export */ });
/* unused harmony export REQUIRED_ROSTER_COLUMNS */
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25175);
/* harmony import */ var csv_stringify_sync__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96789);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35562);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19473);
/* harmony import */ var _addresses_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41670);
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13021);
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
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(path);
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
        records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(bytes, {
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
    return (0,csv_stringify_sync__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .A)(rows, { record_delimiter: lineBreak === '\r\n' ? 'windows' : 'unix', quoted_match: /\r|^\s|\s$/ });
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
            problems.push({ line: row.line, message: `has ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(row.fields.length, 'field')}, the header has ${columns.length}: missing or extra columns` });
            continue;
        }
        const values = Object.fromEntries(columns.map((name, position) => [name, row.fields[position].trim()]));
        const email = values.email;
        // An import may leave status out (the roster's is kept); a roster never does.
        const status = values.status?.toLowerCase();
        let valid = true;
        if (!(0,_addresses_js__WEBPACK_IMPORTED_MODULE_5__/* .isValidAddress */ .$m)(email)) {
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
        text = await (0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readUserTextFile */ .Vf)(path, 'a roster');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`input 'roster': cannot read ${path} (${error.message})`, { file: path });
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`roster ${roster.path} has ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(roster.problems.length, 'problem')}; ${outcome}. Fix them (shipgate mail validate-roster --roster ${roster.path}):\n` + rosterProblemLines(roster), { file: roster.path, line: roster.problems[0].line });
}


/***/ }),

/***/ 36981:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Z: () => (/* binding */ sendLogLine),
/* harmony export */   KL: () => (/* binding */ retiredAddresses),
/* harmony export */   SM: () => (/* binding */ reinstateAddress),
/* harmony export */   hb: () => (/* binding */ SendLog),
/* harmony export */   lE: () => (/* binding */ readSendLogTail),
/* harmony export */   oA: () => (/* binding */ isRetirementEntry)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7982);
/* harmony import */ var _jsonl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99876);
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


/***/ })

};
