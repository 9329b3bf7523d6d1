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
  rosterCommand: () => (/* binding */ rosterCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./build/config/shipgate-config.js + 4 modules
var shipgate_config = __webpack_require__(33210);
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
    throw new errors/* ConfigurationError */.j1(`${what} ${roster.path} has ${roster.problems.length} problem(s); nothing was written. Fix them (shipgate mail validate-roster --roster ${roster.path}):\n` +
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
    import: 'Usage: shipgate mail roster import CSV [--roster FILE] [--config FILE]',
    export: 'Usage: shipgate mail roster export [--roster FILE] [--config FILE] [--out FILE] [--json]',
};
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
        return sub === undefined ? cli_io/* EXIT */.d.usage : cli_io/* EXIT */.d.ok;
    }
    const usage = SUBCOMMAND_USAGE[sub];
    if (!usage) {
        io.err(`shipgate mail roster: unknown subcommand '${sub}'\n\n${ROSTER_USAGE}`);
        return cli_io/* EXIT */.d.usage;
    }
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: rest, allowPositionals: true, options: OPTIONS });
    }
    catch (error) {
        io.err(`shipgate mail roster ${sub}: ${error.message}\n${usage}`);
        return cli_io/* EXIT */.d.usage;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.out(usage);
        return cli_io/* EXIT */.d.ok;
    }
    switch (sub) {
        case 'set-status': {
            const checked = setStatusArguments.safeParse(positionals);
            if (!checked.success) {
                const message = checked.error.issues.map((issue) => issue.message).join('; ');
                io.err(`shipgate mail roster set-status: ${positionals.length === 2 ? message : 'give the address and the status'}\n${usage}`);
                return cli_io/* EXIT */.d.usage;
            }
            const [email, status] = checked.data;
            const path = await rosterPath(values.roster, values.config);
            const change = await setRosterStatus(path, email, status, values.note);
            const noted = values.note === undefined ? '' : ` (note: ${values.note})`;
            io.out(change.written
                ? `${path}: ${change.email} is now ${status}${noted} (was ${change.previousStatus}); the previous roster is in ${change.backupPath}`
                : `${path}: ${change.email} is already ${status}${values.note === undefined ? '' : ' with that note'}; nothing written`);
            return cli_io/* EXIT */.d.ok;
        }
        case 'import': {
            if (positionals.length !== 1 || values.note !== undefined || values.out !== undefined) {
                io.err(`shipgate mail roster import: give one CSV file to import\n${usage}`);
                return cli_io/* EXIT */.d.usage;
            }
            const path = await rosterPath(values.roster, values.config);
            const result = await importIntoRoster(path, positionals[0]);
            if (values.json) {
                const { text: _text, ...report } = result;
                io.out(JSON.stringify({ roster: path, import: positionals[0], ...report }, null, 2));
                return cli_io/* EXIT */.d.ok;
            }
            const list = (emails) => (emails.length > 0 ? `: ${emails.join(', ')}` : '');
            io.out(`${path}: ${result.added.length} added${list(result.added)}`);
            io.out(`${path}: ${result.updated.length} updated${list(result.updated)}`);
            io.out(`${path}: ${result.unchanged.length} unchanged${list(result.unchanged)}`);
            if (result.newColumns.length > 0)
                io.out(`${path}: new column(s) at the end: ${result.newColumns.join(', ')}`);
            io.out(result.written ? `${path}: written; the previous roster is in ${result.backupPath}` : `${path}: nothing changes; nothing written`);
            return cli_io/* EXIT */.d.ok;
        }
        default: {
            if (positionals.length > 0 || values.note !== undefined) {
                io.err(`shipgate mail roster export: takes no arguments besides its options\n${usage}`);
                return cli_io/* EXIT */.d.usage;
            }
            const path = await rosterPath(values.roster, values.config);
            const { text, roster } = await exportRoster(path);
            const content = values.json ? `${JSON.stringify(roster.people.map((person) => person.columns), null, 2)}\n` : text;
            if (values.out === undefined) {
                io.out(content);
                return cli_io/* EXIT */.d.ok;
            }
            await (0,atomic_file/* writeFileAtomic */.Zf)(values.out, content);
            io.out(`${path}: ${roster.people.length} people written to ${values.out}`);
            return cli_io/* EXIT */.d.ok;
        }
    }
}


/***/ }),

/***/ 33210:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
  buildConfig: () => (/* binding */ buildConfig),
  loadConfig: () => (/* binding */ loadConfig),
  shipgateConfig: () => (/* binding */ shipgateConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./build/stages/checks/json-pointer.js
var json_pointer = __webpack_require__(6558);
;// CONCATENATED MODULE: ./build/config/acceptance-config.js
// shipgate.yml `acceptance`: the checks a release must pass before production, by scope, and the
// command that starts what they test.


const scopeName = schemas/* enum */.k5n(['runtime', 'infra', 'docs', 'always']);
const checkBase = {
    name: schemas/* string */.YjP().min(1),
    scopes: schemas/* array */.YOg(scopeName)
        .min(1)
        .default(['always'])
        .describe('Run when the release changes one of these; always: every release.'),
    required: schemas/* boolean */.zMY().default(true).describe('A required check failing makes the decision NO; an optional one makes it YES, degraded.'),
    timeoutSeconds: schemas/* number */.aig().positive().default(30).describe('The deadline for the check, all attempts included.'),
};
const ENV_NOTE = '${env:NAME} is replaced by the environment variable NAME.';
const httpCheck = schemas/* object */.Ikc({
    ...checkBase,
    type: schemas/* literal */.euz('http'),
    method: schemas/* string */.YjP()
        .regex(/^[A-Za-z]+$/, 'must be an HTTP method such as GET or POST')
        .default('GET')
        .transform((method) => method.toUpperCase()),
    url: schemas/* string */.YjP().min(1).describe(`The URL to call. ${ENV_NOTE}`),
    headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}).describe(`Request headers. ${ENV_NOTE} Values of secret-looking variables are masked.`),
    body: schemas/* string */.YjP().optional().describe(`The request body. ${ENV_NOTE}`),
    expectStatus: schemas/* number */.aig().int().min(100).max(599).default(200),
    bodyContains: schemas/* string */.YjP().optional().describe('Text the response body must contain.'),
    jsonPointer: schemas/* object */.Ikc({
        pointer: schemas/* string */.YjP().refine((pointer) => {
            try {
                (0,json_pointer/* parsePointer */.v)(pointer);
                return true;
            }
            catch {
                return false;
            }
        }, 'must be an RFC 6901 JSON pointer: empty, or /-separated tokens with ~0 for ~ and ~1 for /'),
        equals: schemas/* json */.Pq9().describe('The JSON value the pointer must name (compared as canonical JSON).'),
    })
        .strict()
        .optional()
        .describe('The response must be JSON, and the value at the pointer must equal `equals`.'),
    attempts: schemas/* number */.aig().int().positive().default(5).describe('Tries within the deadline, with exponential backoff.'),
})
    .strict();
const commandCheck = schemas/* object */.Ikc({
    ...checkBase,
    type: schemas/* literal */.euz('command'),
    run: schemas/* string */.YjP()
        .min(1)
        .describe('A bash command; passes on exit 0. SHIPGATE_REFS (JSON), SHIPGATE_SHA and SHIPGATE_PACKAGE_DIGEST are in its environment.'),
})
    .strict();
const acceptanceCheck = schemas/* discriminatedUnion */.gMt('type', [httpCheck, commandCheck]);
const acceptanceConfig = schemas/* object */.Ikc({
    concurrency: schemas/* number */.aig().int().positive().default(4).describe('How many checks may run at once.'),
    setup: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('A bash command started in the background before the checks (e.g. start the package on 127.0.0.1) with the same SHIPGATE_* environment, and stopped (its whole process group) after them, also on failure.'),
    checks: schemas/* array */.YOg(acceptanceCheck)
        .default([])
        .refine((checks) => new Set(checks.map((check) => check.name)).size === checks.length, 'check names must be unique'),
})
    .strict();

;// CONCATENATED MODULE: ./build/config/commit-stage-config.js
// shipgate.yml `commitStage` and `scope`: the required check, the local stand-in for it, and how
// changed paths are classified (runtime, infra, docs) and checked for docs drift.

const globs = schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]);
const commitStageConfig = schemas/* object */.Ikc({
    requiredCheck: schemas/* string */.YjP().min(1).default('commit-stage').describe('The check (run or status) name that proves the commit stage passed.'),
    localCommand: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('Run when no GitHub API is available (the local command); the evidence records that it came from here.'),
})
    .strict();
const scopeConfig = schemas/* object */.Ikc({
    runtime: globs.describe('Globs of paths whose change means the runtime must be rebuilt.'),
    infra: globs,
    docs: globs,
    drift: schemas/* enum */.k5n(['warn', 'fail']).default('warn'),
    watches: schemas/* array */.YOg(schemas/* object */.Ikc({
        doc: schemas/* string */.YjP().min(1).describe('The document that describes the watched paths (its source of truth).'),
        paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).describe('Globs of the paths the doc describes; a change to them without a change to the doc is drift.'),
    })
        .strict())
        .default([]),
})
    .strict();

// EXTERNAL MODULE: ./build/mail/addresses.js
var addresses = __webpack_require__(41670);
// EXTERNAL MODULE: ./build/mail/period.js
var period = __webpack_require__(14181);
;// CONCATENATED MODULE: ./build/config/mail-config.js
// shipgate.yml `mail`: who gets the pipeline's mail and who sends it, so that workflows need not
// repeat it; send-mail's inputs override each key. No secrets here: passwords stay inputs.



const address = schemas/* string */.YjP().refine(addresses/* isValidAddress */.$m, 'must be a mail address such as name@example.com (no display name)');
const senderRule = schemas/* string */.YjP()
    .refine((rule) => (rule.startsWith('@') ? (0,addresses/* isValidAddress */.$m)(`x${rule}`) : (0,addresses/* isValidAddress */.$m)(rule)), 'must be a mail address or @domain, e.g. @example.com');
const mailSmtpConfig = schemas/* object */.Ikc({
    host: schemas/* string */.YjP().min(1).optional().describe('The SMTP relay, when the smtp-host input is empty.'),
    port: schemas/* number */.aig().int().min(1).max(65535).optional().describe('The SMTP port, when the smtp-port input is empty.'),
    security: schemas/* enum */.k5n(['starttls', 'tls', 'none']).optional().describe('starttls, tls or none, when the smtp-security input is empty.'),
})
    .strict();
const mailConfig = schemas/* object */.Ikc({
    owners: schemas/* array */.YOg(address).default([]).describe("Who gets release completed/failed mail (and template mail) when the 'to' input is empty."),
    ops: schemas/* array */.YOg(address).default([]).describe("Who gets ops alerts when the 'ops' input is empty."),
    from: address.optional().describe("The sender, when the 'from' input is empty; must be in allowedFrom."),
    allowedFrom: schemas/* array */.YOg(senderRule).default([]).describe("The senders allowed (addresses and @domain entries), when the 'allowed-from' input is empty."),
    replyTo: address.optional().describe("The Reply-To address, when the 'reply-to' input is empty."),
    smtp: mailSmtpConfig.default({}).describe('SMTP defaults; the user name and password are inputs (secrets), never config.'),
    roster: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe("The roster CSV that 'shipgate mail roster' changes when --roster is not given (send-mail's roster input never defaults to it: a roster send is asked for by name)."),
    period: schemas/* enum */.k5n(period/* PERIODS */.nR).optional().describe("A roster send's period (daily or weekly), when the 'period' input is empty; default daily."),
    timeZone: schemas/* string */.YjP()
        .refine(period/* isTimeZone */.kQ, 'must be an IANA time zone such as Europe/Berlin or UTC')
        .optional()
        .describe("The time zone of the period and of the date variable, when the 'time-zone' input is empty; default UTC."),
})
    .strict();

;// CONCATENATED MODULE: ./build/config/prod-verify-config.js
// shipgate.yml `deploy` and `prodVerify`: how the package reaches production, and how production
// is verified afterwards (auth canary, probe freshness, API smoke, browser smoke).

const source = schemas/* object */.Ikc({
    url: schemas/* string */.YjP().optional().describe('Fetched with GET; must answer 2xx with JSON.'),
    file: schemas/* string */.YjP().optional().describe('A local JSON file, relative to the working directory.'),
})
    .strict()
    .refine((value) => (value.url === undefined) !== (value.file === undefined), 'give exactly one of url or file');
const jsonPointer = schemas/* string */.YjP().regex(/^(\/.*)?$/, "must be a JSON pointer: '' or starting with '/'");
const fetchTimeout = schemas/* number */.aig().positive().default(10).describe('How long to wait for a URL source, in seconds.');
const deployConfig = schemas/* object */.Ikc({
    command: schemas/* string */.YjP().min(1).describe('The deploy command; it gets the promoted refs in SHIPGATE_REFS (JSON), SHIPGATE_SHA and SHIPGATE_PACKAGE_DIGEST.'),
    stop: schemas/* string */.YjP().min(1).optional().describe('Run at the end of a local `shipgate pipeline`, also on failure, to stop what the deploy started.'),
})
    .strict();
const authCanaryConfig = schemas/* object */.Ikc({
    source,
    pointer: jsonPointer.default('/lastSuccess').describe('JSON pointer to the last success time (RFC 3339, or epoch seconds or milliseconds).'),
    maxAgeSeconds: schemas/* number */.aig().positive().describe('Fail when the last success is older than this.'),
    timeoutSeconds: fetchTimeout,
    required: schemas/* boolean */.zMY().default(true),
})
    .strict();
const probeConfig = schemas/* object */.Ikc({
    source,
    shaPointer: jsonPointer.default('/sha').describe('JSON pointer to the commit SHA the probe checked; must be the SHA being released.'),
    timePointer: jsonPointer.default('/checkedAt').describe('JSON pointer to when the probe ran.'),
    maxAgeSeconds: schemas/* number */.aig().positive().describe('Fail when the probe report is older than this.'),
    timeoutSeconds: fetchTimeout,
    required: schemas/* boolean */.zMY().default(true),
})
    .strict();
const apiSmokeConfig = schemas/* object */.Ikc({
    issuer: schemas/* string */.YjP()
        .optional()
        .describe('Discover the token endpoint from <issuer>/.well-known/openid-configuration; {tenantId} is replaced by the client\'s tenant id.'),
    tokenUrl: schemas/* string */.YjP().optional().describe('The token endpoint, when not discovered; {tenantId} is replaced by the client\'s tenant id.'),
    clientAuthentication: schemas/* enum */.k5n(['client_secret_post', 'client_secret_basic'])
        .default('client_secret_post')
        .describe('How the client id and secret are sent to the token endpoint.'),
    audience: schemas/* string */.YjP().optional().describe('Sent as `audience` in the token request, for providers that want one.'),
    endpoints: schemas/* array */.YOg(schemas/* object */.Ikc({
        method: schemas/* string */.YjP().default('GET'),
        url: schemas/* string */.YjP().min(1),
        expectStatus: schemas/* number */.aig().int().min(100).max(599).default(200).describe('What the allowed client must get.'),
    })
        .strict())
        .min(1),
    deniedExpectedStatus: schemas/* number */.aig()
        .int()
        .min(100)
        .max(599)
        .refine((code) => code < 200 || code >= 300, 'must not be a 2xx: the denied client must be refused')
        .default(403)
        .describe('Exactly what the denied client must get from every endpoint.'),
    timeoutSeconds: schemas/* number */.aig().positive().default(30).describe('The deadline of each request.'),
    required: schemas/* boolean */.zMY().default(true),
})
    .strict()
    .refine((value) => value.issuer !== undefined || value.tokenUrl !== undefined, 'give tokenUrl, or issuer to discover it');
const browserPageConfig = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1).optional().describe('Shown in the result; default: the URL.'),
    url: schemas/* string */.YjP().min(1),
    waitForSelector: schemas/* string */.YjP().optional(),
    waitForText: schemas/* string */.YjP().optional(),
    timeoutSeconds: schemas/* number */.aig().positive().default(30),
})
    .strict();
const browserConfig = schemas/* object */.Ikc({
    executable: schemas/* string */.YjP().optional().describe('Chrome or Chromium; default: the browser-path input, else chromium, chromium-browser or google-chrome on PATH.'),
    required: schemas/* boolean */.zMY().default(false),
    pages: schemas/* array */.YOg(browserPageConfig).min(1),
})
    .strict();
const prodVerifyConfig = schemas/* object */.Ikc({
    authCanary: authCanaryConfig.optional(),
    probe: probeConfig.optional(),
    apiSmoke: apiSmokeConfig.optional(),
    browser: browserConfig.optional(),
})
    .strict();

// EXTERNAL MODULE: ./build/config/yaml-file.js
var yaml_file = __webpack_require__(11919);
;// CONCATENATED MODULE: ./build/config/shipgate-config.js
// shipgate.yml: what a repository tells shipgate about itself. Each stage reads its own section;
// unknown keys are errors so that a misspelt key never silently does nothing.







const DEFAULT_CONFIG_PATH = 'shipgate.yml';
const componentName = schemas/* string */.YjP().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, dot, dash or underscore');
const buildConfig = schemas/* object */.Ikc({
    commands: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('Shell commands that build the runtime, run in order when it changed.'),
    images: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: componentName,
        metadataFile: schemas/* string */.YjP().min(1).describe('The JSON file `docker buildx build --metadata-file` wrote.'),
        repository: schemas/* string */.YjP().min(1).optional().describe('registry/name; default: image.name from the metadata file.'),
    })
        .strict())
        .default([]),
    files: schemas/* array */.YOg(schemas/* object */.Ikc({ name: componentName, path: schemas/* string */.YjP().min(1) }).strict())
        .default([]),
})
    .strict();
const shipgateConfig = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1).default(1),
    commitStage: commitStageConfig.default({ requiredCheck: 'commit-stage' }),
    scope: scopeConfig.default({ runtime: [], infra: [], docs: [], drift: 'warn', watches: [] }),
    build: buildConfig.default({ commands: [], images: [], files: [] }),
    acceptance: acceptanceConfig.default({ concurrency: 4, checks: [] }),
    deploy: deployConfig.optional(),
    prodVerify: prodVerifyConfig.default({}),
    mail: mailConfig.default({ owners: [], ops: [], allowedFrom: [], smtp: {} }),
})
    .strict();
/** Loads shipgate.yml; the default path may be absent (empty config), an explicit one may not. */
async function loadConfig(path) {
    const configPath = path ?? DEFAULT_CONFIG_PATH;
    if (path === undefined) {
        try {
            await (0,promises_.access)(configPath);
        }
        catch {
            return { config: shipgateConfig.parse({}), path: configPath, found: false };
        }
    }
    return { config: await (0,yaml_file/* readYamlFile */.kv)(configPath, shipgateConfig, 'shipgate config'), path: configPath, found: true };
}


/***/ }),

/***/ 11919:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kv: () => (/* binding */ readYamlFile)
/* harmony export */ });
/* unused harmony exports CONFIG_SIZE_LIMIT, parseYaml */
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
/* harmony import */ var _evidence_encodable_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21130);
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35562);




/** A config file is read as text up to this size; anything bigger is not a config. */
const CONFIG_SIZE_LIMIT = 16 * 1024 * 1024;
async function readYamlFile(path, schema, what) {
    // Never blocks: a FIFO or a device in place of the file is refused, not waited on.
    const read = await (0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFile */ .XF)(path, CONFIG_SIZE_LIMIT, `a ${what}`, true);
    if (read.state !== 'read') {
        const reason = read.state === 'missing' ? 'file not found' : read.reason;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}: ${reason}; check the ${what} path`, { file: path });
    }
    return parseYaml(read.bytes.toString('utf8'), path, schema, what);
}
async function parseYaml(text, path, schema, what) {
    const { LineCounter, parseDocument } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: true });
    if (document.errors.length > 0) {
        const first = document.errors[0];
        const line = first.linePos?.[0]?.line;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}${line ? `:${line}` : ''}: not valid YAML: ${first.message.split('\n')[0]}`, { file: path, line });
    }
    let json;
    try {
        json = document.toJS();
    }
    catch (error) {
        // The yaml package refuses an alias bomb ("billion laughs") here, with a ReferenceError.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}: not valid YAML: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`, { file: path });
    }
    // Refused here, with the field named, rather than where a contract made from it is digested.
    const unencodable = (0,_evidence_encodable_json_js__WEBPACK_IMPORTED_MODULE_2__/* .unencodableJsonProblems */ .z)(json);
    if (unencodable.length > 0) {
        const messages = unencodable.map((problem) => `${problem.field}: ${problem.message}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}: invalid ${what}: ${messages.join('; ')}`, { file: path });
    }
    const parsed = schema.safeParse(json ?? {});
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    // A misspelt key is found on its own line, not on the first line of the map that holds it.
    const where = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    const node = document.getIn(where, true);
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    const messages = parsed.error.issues.map((each) => `${(0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .cn)(each.path)}: ${each.message}`);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}${line ? `:${line}` : ''}: invalid ${what}: ${messages.join('; ')}`, { file: path, line });
}


/***/ }),

/***/ 6558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ resolvePointer),
/* harmony export */   v: () => (/* binding */ parsePointer)
/* harmony export */ });
// JSON Pointer (RFC 6901): finds the value a pointer such as `/items/0/name` names in a JSON document.
/** Splits a pointer into its reference tokens, `~1` -> `/` and `~0` -> `~` (in that order). */
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new SyntaxError(`JSON pointer '${pointer}' must be empty or start with '/'`);
    return pointer
        .slice(1)
        .split('/')
        .map((token) => {
        if (/~[^01]|~$/.test(token))
            throw new SyntaxError(`JSON pointer '${pointer}' has an invalid escape in '${token}' (only ~0 and ~1)`);
        return token.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}
function resolvePointer(document, pointer) {
    let current = document;
    let at = '';
    for (const token of parsePointer(pointer)) {
        at += `/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (Array.isArray(current)) {
            // RFC 6901: an array index is 0 or digits without a leading zero; '-' names no element.
            if (!/^(0|[1-9][0-9]*)$/.test(token))
                return { found: false, reason: `${at}: '${token}' is not an array index` };
            const index = Number(token);
            if (index >= current.length)
                return { found: false, reason: `${at}: index ${index} is past the end of an array of ${current.length}` };
            current = current[index];
        }
        else if (current !== null && typeof current === 'object') {
            if (!Object.prototype.hasOwnProperty.call(current, token))
                return { found: false, reason: `${at}: no member '${token}'` };
            current = current[token];
        }
        else {
            return { found: false, reason: `${at}: cannot look into ${current === null ? 'null' : typeof current}` };
        }
    }
    return { found: true, value: current };
}


/***/ })

};
