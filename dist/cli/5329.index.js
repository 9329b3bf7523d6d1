export const id = 5329;
export const ids = [5329,7677,1670];
export const modules = {

/***/ 27677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ROSTER_USAGE: () => (/* binding */ ROSTER_USAGE),
  rosterCommand: () => (/* binding */ rosterCommand),
  rosterSubcommands: () => (/* binding */ rosterSubcommands)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./build/config/shipgate-config.js + 2 modules
var shipgate_config = __webpack_require__(87710);
// EXTERNAL MODULE: ./build/evidence/atomic-file.js
var atomic_file = __webpack_require__(33910);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/mail/addresses.js
var addresses = __webpack_require__(41670);
// EXTERNAL MODULE: ./build/evidence/evidence-file.js
var evidence_file = __webpack_require__(35562);
// EXTERNAL MODULE: ./build/mail/roster.js
var mail_roster = __webpack_require__(12631);
// EXTERNAL MODULE: ./build/platform/markdown.js
var markdown = __webpack_require__(13021);
;// CONCATENATED MODULE: ./build/mail/roster-care.js
// Roster care: set a person's status, import people from another CSV, export the roster. Every
// change is checked with the roster's own rules before anything is written; the roster is then
// replaced atomically and its previous content kept as `<roster>.bak`. A change to nothing writes nothing.





async function readText(path, what) {
    try {
        return await (0,evidence_file/* readUserTextFile */.Vf)(path, what);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`cannot read ${what} ${path} (${error.message})`, { file: path });
    }
}
function requireNoProblems(roster, what) {
    if (roster.problems.length === 0)
        return;
    throw new errors/* ConfigurationError */.j1(`${what} ${roster.path} has ${(0,markdown/* plural */.LS)(roster.problems.length, 'problem')}; nothing was written. Fix them (shipgate mail validate-roster --roster ${roster.path}):\n` +
        (0,mail_roster/* rosterProblemLines */.kf)(roster), { file: roster.path, line: roster.problems[0].line });
}
function rosterTable(text, path) {
    const roster = (0,mail_roster/* parseRoster */.Rh)(text, path);
    requireNoProblems(roster, 'roster');
    const [header, ...body] = (0,mail_roster/* parseCsvRows */.$r)(text).rows;
    return {
        roster,
        header: header.fields.map((name) => name.trim()),
        rows: body.map((row) => row.fields),
        lineBreak: /^[^\n]*\r\n/.test(text) ? '\r\n' : '\n',
        bom: text.charCodeAt(0) === 0xfeff,
    };
}
/** The table as CSV, checked by reading it back with the roster's rules: a change never writes a broken roster. */
function tableText(table) {
    const text = (table.bom ? '\ufeff' : '') + (0,mail_roster/* formatCsvRows */.DC)([table.header, ...table.rows], table.lineBreak);
    const reread = (0,mail_roster/* parseRoster */.Rh)(text, table.roster.path);
    if (reread.problems.length > 0) {
        throw new errors/* ConfigurationError */.j1(`the changed roster ${table.roster.path} would have ${reread.problems.length} problem(s) (lines of the result); nothing was written:\n${(0,mail_roster/* rosterProblemLines */.kf)(reread)}`, { file: table.roster.path });
    }
    return text;
}
/** The position of a column (by its name, case and blanks aside), added at the end when absent. */
function columnIndex(table, name) {
    const key = name.trim().toLowerCase();
    const index = table.roster.columns.indexOf(key);
    if (index >= 0)
        return index;
    table.header.push(name.trim());
    table.roster.columns.push(key);
    for (const row of table.rows)
        row.push('');
    return table.header.length - 1;
}
function rowIndexOf(table, email) {
    const key = email.trim().toLowerCase();
    const emailIndex = table.roster.columns.indexOf('email');
    return table.rows.findIndex((row) => row[emailIndex].trim().toLowerCase() === key);
}
/** Sets one person's status (and note, when given). Pure: the caller writes the text. */
function setStatusInText(text, path, email, status, note) {
    const table = rosterTable(text, path);
    const rowIndex = rowIndexOf(table, email);
    if (rowIndex < 0) {
        throw new errors/* ConfigurationError */.j1(`'${email}' is not on the roster ${path}; check the address (shipgate mail roster export --roster ${path} lists everyone)`, { file: path });
    }
    const person = table.roster.people.find((candidate) => candidate.email.toLowerCase() === email.trim().toLowerCase());
    const change = { email: person.email, status, previousStatus: person.status, note };
    const row = table.rows[rowIndex];
    const statusIndex = table.roster.columns.indexOf('status');
    const noteIndex = table.roster.columns.indexOf(mail_roster/* NOTE_COLUMN */.or);
    const noteChanges = note !== undefined && (noteIndex < 0 ? note !== '' : row[noteIndex].trim() !== note.trim());
    if (person.status === status && !noteChanges)
        return change;
    if (person.status !== status)
        row[statusIndex] = status;
    if (noteChanges)
        row[columnIndex(table, mail_roster/* NOTE_COLUMN */.or)] = note.trim();
    return { ...change, text: tableText(table) };
}
/**
 * Merges another CSV into the roster by email (case aside): a new email is added, a known one takes
 * the import's value of every column the import has; columns only the roster has are kept, and
 * columns only the import has are added at the end. The import is checked with the roster's rules
 * (it needs an email column; name and status are needed for new people only).
 */
function importIntoText(text, path, importText, importPath) {
    const table = rosterTable(text, path);
    const incoming = (0,mail_roster/* parseRoster */.Rh)(importText, importPath, { requiredColumns: ['email'] });
    requireNoProblems(incoming, 'the import');
    const result = { added: [], updated: [], unchanged: [], newColumns: [] };
    const [importHeader] = (0,mail_roster/* parseCsvRows */.$r)(importText).rows;
    const positions = importHeader.fields.map((name) => {
        const known = table.roster.columns.includes(name.trim().toLowerCase());
        if (!known)
            result.newColumns.push(name.trim());
        return columnIndex(table, name);
    });
    const statusIndex = table.roster.columns.indexOf('status');
    // A new person needs what every roster row has; said on the import's line, not the result's.
    const incomplete = incoming.people
        .filter((person) => rowIndexOf(table, person.email) < 0 && !['active', 'inactive'].includes(person.columns.status?.toLowerCase() ?? ''))
        .map((person) => ({ line: person.line, message: `'${person.email}' is new to the roster and needs a status column with active or inactive` }));
    requireNoProblems({ ...incoming, problems: incomplete }, 'the import');
    for (const person of incoming.people) {
        const values = incoming.columns.map((name) => (name === 'status' ? person.columns[name].toLowerCase() : person.columns[name]));
        const rowIndex = rowIndexOf(table, person.email);
        if (rowIndex < 0) {
            const row = table.header.map(() => '');
            positions.forEach((position, index) => (row[position] = values[index]));
            table.rows.push(row);
            result.added.push(person.email);
            continue;
        }
        const row = table.rows[rowIndex];
        let changed = false;
        positions.forEach((position, index) => {
            const current = position === statusIndex ? row[position].trim().toLowerCase() : row[position].trim();
            // The roster keeps its own spelling of an address that differs only in case.
            if (incoming.columns[index] === 'email' || current === values[index])
                return;
            row[position] = values[index];
            changed = true;
        });
        (changed ? result.updated : result.unchanged).push(row[table.roster.columns.indexOf('email')].trim());
    }
    const changes = result.added.length + result.updated.length + result.newColumns.length;
    return changes === 0 ? result : { ...result, text: tableText(table) };
}
/** The roster as it is, checked: its CSV written the way roster care writes it, and its people. */
async function exportRoster(path) {
    const table = rosterTable(await readText(path, 'the roster'), path);
    return { text: (0,mail_roster/* formatCsvRows */.DC)([table.header, ...table.rows]), roster: table.roster };
}
/** Replaces the roster with the new text, keeping what it held as `<roster>.bak`; writes nothing for no change. */
async function rewriteRoster(path, previous, change) {
    if (change.text === undefined)
        return { written: false };
    const backupPath = `${path}.bak`;
    await (0,atomic_file/* writeFileAtomic */.Zf)(backupPath, previous);
    await (0,atomic_file/* writeFileAtomic */.Zf)(path, change.text);
    return { written: true, backupPath };
}
async function setRosterStatus(path, email, status, note) {
    const text = await readText(path, 'the roster');
    const change = setStatusInText(text, path, email, status, note);
    return { ...change, ...(await rewriteRoster(path, text, change)) };
}
async function importIntoRoster(path, importPath) {
    const text = await readText(path, 'the roster');
    const change = importIntoText(text, path, await readText(importPath, 'the import'), importPath);
    return { ...change, ...(await rewriteRoster(path, text, change)) };
}

// EXTERNAL MODULE: ./build/cli/io.js
var cli_io = __webpack_require__(1973);
// EXTERNAL MODULE: ./build/cli/suggest.js
var suggest = __webpack_require__(4327);
;// CONCATENATED MODULE: ./build/cli/commands/mail-roster.js
// `shipgate mail roster set-status | import | export`: roster care from the command line. The
// roster is --roster FILE, or the config's mail roster; every change is validated and atomic.









const ROSTER_USAGE = `Usage: shipgate mail roster <set-status|import|export> [options]

  set-status EMAIL active|inactive [--note TEXT] [--roster FILE]
                          Set one person's status; --note is kept in the roster's note column.
  import CSV [--roster FILE]
                          Merge CSV into the roster by email (case aside): new people are added,
                          known people take the CSV's columns, other columns are kept; new
                          columns go at the end. Reports added, updated and unchanged.
  export [--roster FILE] [--out FILE] [--json]
                          Print (or write to FILE) the validated roster as CSV, or as JSON.

  --roster FILE           The roster CSV; default: the roster of shipgate.yml's mail section.
  --config FILE           The shipgate config to find the roster in (default shipgate.yml).

Each change is checked with the rules of 'shipgate mail validate-roster' before anything is
written, replaces the roster atomically and keeps its previous content as <roster>.bak. A change
that changes nothing writes nothing.`;
const SUBCOMMAND_USAGE = {
    'set-status': 'Usage: shipgate mail roster set-status EMAIL active|inactive [--note TEXT] [--roster FILE] [--config FILE]',
    import: 'Usage: shipgate mail roster import CSV [--roster FILE] [--config FILE] [--json]',
    export: 'Usage: shipgate mail roster export [--roster FILE] [--config FILE] [--out FILE] [--json]',
};
const rosterSubcommands = Object.keys(SUBCOMMAND_USAGE);
const OPTIONS = {
    roster: { type: 'string' },
    config: { type: 'string' },
    note: { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const setStatusArguments = schemas/* tuple */.PVZ([
    schemas/* string */.YjP().refine(addresses/* isValidAddress */.$m, 'the first argument must be the mail address of a person on the roster'),
    schemas/* enum */.k5n(['active', 'inactive'], { error: "the second argument must be 'active' or 'inactive'" }),
]);
/** --roster, else the config's mail roster (a `roster` key in shipgate.yml's mail section). */
async function rosterPath(given, configPath) {
    if (given)
        return given;
    const { config, path, found } = await (0,shipgate_config.loadConfig)(configPath);
    const configured = config.mail.roster;
    if (configured !== undefined)
        return configured;
    throw new errors/* ConfigurationError */.j1(`give the roster: --roster FILE (${found ? `${path} names no mail roster (mail.roster)` : `there is no ${path} to take it from`})`);
}
async function rosterCommand(args, io) {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
        io.out(ROSTER_USAGE);
        return sub === undefined ? cli_io/* EXIT */.dc.usage : cli_io/* EXIT */.dc.ok;
    }
    const usage = SUBCOMMAND_USAGE[sub];
    if (!usage) {
        const kind = sub.startsWith('-') ? 'option' : 'subcommand';
        throw new cli_io/* UsageError */.eb(`unknown ${kind} '${sub}'${kind === 'subcommand' ? (0,suggest/* didYouMean */.au)(sub, rosterSubcommands) : ''}`, 'shipgate mail roster');
    }
    const name = `shipgate mail roster ${sub}`;
    const { values, positionals } = (0,cli_io/* parseFlags */.bQ)(name, rest, OPTIONS, true);
    if (values.help) {
        io.out(usage);
        return cli_io/* EXIT */.dc.ok;
    }
    switch (sub) {
        case 'set-status': {
            const checked = setStatusArguments.safeParse(positionals);
            if (!checked.success) {
                const message = checked.error.issues.map((issue) => issue.message).join('; ');
                throw new cli_io/* UsageError */.eb(positionals.length === 2 ? message : 'give the address and the status', name);
            }
            const [email, status] = checked.data;
            const path = await rosterPath(values.roster, values.config);
            const change = await setRosterStatus(path, email, status, values.note);
            const noted = values.note === undefined ? '' : ` (note: ${values.note})`;
            io.out(change.written
                ? `${path}: ${change.email} is now ${status}${noted} (was ${change.previousStatus}); the previous roster is in ${change.backupPath}`
                : `${path}: ${change.email} is already ${status}${values.note === undefined ? '' : ' with that note'}; nothing written`);
            return cli_io/* EXIT */.dc.ok;
        }
        case 'import': {
            if (positionals.length !== 1 || values.note !== undefined || values.out !== undefined)
                throw new cli_io/* UsageError */.eb('give one CSV file to import (and no --note or --out)', name);
            const path = await rosterPath(values.roster, values.config);
            const result = await importIntoRoster(path, positionals[0]);
            if (values.json) {
                const { text: _text, ...report } = result;
                io.out(JSON.stringify({ roster: path, import: positionals[0], ...report }, null, 2));
                return cli_io/* EXIT */.dc.ok;
            }
            const list = (emails) => (emails.length > 0 ? `: ${emails.join(', ')}` : '');
            io.out(`${path}: ${result.added.length} added${list(result.added)}`);
            io.out(`${path}: ${result.updated.length} updated${list(result.updated)}`);
            io.out(`${path}: ${result.unchanged.length} unchanged${list(result.unchanged)}`);
            if (result.newColumns.length > 0)
                io.out(`${path}: new column(s) at the end: ${result.newColumns.join(', ')}`);
            io.out(result.written ? `${path}: written; the previous roster is in ${result.backupPath}` : `${path}: nothing changes; nothing written`);
            return cli_io/* EXIT */.dc.ok;
        }
        default: {
            if (positionals.length > 0 || values.note !== undefined)
                throw new cli_io/* UsageError */.eb('takes no arguments besides its options (and no --note)', name);
            const path = await rosterPath(values.roster, values.config);
            const { text, roster } = await exportRoster(path);
            const content = values.json ? `${JSON.stringify(roster.people.map((person) => person.columns), null, 2)}\n` : text;
            if (values.out === undefined) {
                io.out(content);
                return cli_io/* EXIT */.dc.ok;
            }
            await (0,atomic_file/* writeFileAtomic */.Zf)(values.out, content);
            io.out(`${path}: ${(0,markdown/* plural */.LS)(roster.people.length, 'person', 'people')} written to ${values.out}`);
            return cli_io/* EXIT */.dc.ok;
        }
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

/***/ 12631:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ parseCsvRows),
/* harmony export */   DC: () => (/* binding */ formatCsvRows),
/* harmony export */   Rh: () => (/* binding */ parseRoster),
/* harmony export */   kf: () => (/* binding */ rosterProblemLines),
/* harmony export */   ks: () => (/* binding */ readRoster),
/* harmony export */   or: () => (/* binding */ NOTE_COLUMN),
/* harmony export */   rp: () => (/* binding */ requireValidRoster)
/* harmony export */ });
/* unused harmony export REQUIRED_ROSTER_COLUMNS */
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25175);
/* harmony import */ var csv_stringify_sync__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96789);
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35562);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
/* harmony import */ var _addresses_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41670);
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13021);
// The roster of a scheduled send: a CSV file (RFC 4180) with email, name and status columns and any
// further columns, which templates can use. Validation reports every problem with its line number.






const REQUIRED_ROSTER_COLUMNS = ['email', 'name', 'status'];
/** Why a person's status is what it is: written by roster care and by the bounce scan. */
const NOTE_COLUMN = 'note';
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
            problems.push({ line: row.line, message: `has ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(row.fields.length, 'field')}, the header has ${columns.length}: missing or extra columns` });
            continue;
        }
        const values = Object.fromEntries(columns.map((name, position) => [name, row.fields[position].trim()]));
        const email = values.email;
        // An import may leave status out (the roster's is kept); a roster never does.
        const status = values.status?.toLowerCase();
        let valid = true;
        if (!(0,_addresses_js__WEBPACK_IMPORTED_MODULE_4__/* .isValidAddress */ .$m)(email)) {
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
        text = await (0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readUserTextFile */ .Vf)(path, 'a roster');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`input 'roster': cannot read ${path} (${error.message})`, { file: path });
    }
    return parseRoster(text, path);
}
/** Every problem of a roster as `file:line: message`, one a line. */
function rosterProblemLines(roster) {
    return roster.problems.map((problem) => `${roster.path}:${problem.line}: ${problem.message}`).join('\n');
}
/** The roster, or a ConfigurationError listing every problem as file:line; nothing is sent from a broken roster. */
async function requireValidRoster(path) {
    const roster = await readRoster(path);
    if (roster.problems.length > 0) {
        const first = roster.problems[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`roster ${path} has ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(roster.problems.length, 'problem')}; nothing was sent. Fix them (shipgate mail validate-roster --roster ${path}):\n` + rosterProblemLines(roster), { file: path, line: first.line });
    }
    return roster;
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
