export const id = 7677;
export const ids = [7677];
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
/**
 * Replaces the roster with the new text, keeping what it held as `<roster>.bak`; writes nothing for
 * no change. A roster changed since it was read (a bounce scan, another roster command) is left as it
 * is: writing over it would lose that change.
 */
async function rewriteRoster(path, previous, change) {
    if (change.text === undefined)
        return { written: false };
    const target = await (0,mail_roster/* rosterTarget */.Xe)(path);
    if ((await readText(target, 'the roster')) !== previous) {
        throw new errors/* ConfigurationError */.j1(`the roster ${path} changed while this command ran (another roster command or a bounce scan); nothing was written: run it again`, { file: path });
    }
    const backupPath = `${path}.bak`;
    await (0,atomic_file/* writeFileAtomic */.Zf)(backupPath, previous);
    await (0,atomic_file/* writeFileAtomic */.Zf)(target, change.text);
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


/***/ })

};
