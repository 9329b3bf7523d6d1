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
/* harmony import */ var _mail_paths_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(80758);
/* harmony import */ var _mail_roster_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12631);
/* harmony import */ var _mail_send_log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36981);
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77582);
/* harmony import */ var _platform_clock_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20152);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1973);
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(13021);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4327);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(32853);
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
    const io = (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .maskedIo */ .WM)(givenIo);
    const [sub, ...rest] = args;
    if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
        io.out(USAGE);
        return sub === undefined ? _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.usage : _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
    }
    const subcommand = mailSubcommands[sub];
    if (!subcommand) {
        const kind = sub.startsWith('-') ? 'option' : 'subcommand';
        return (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .reportFailure */ .xV)(io, 'shipgate mail', new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`unknown ${kind} '${sub}'${kind === 'subcommand' ? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_10__/* .didYouMean */ .au)(sub, Object.keys(mailSubcommands)) : ''}`));
    }
    try {
        return await subcommand(rest, io);
    }
    catch (error) {
        return (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .reportFailure */ .xV)(io, `shipgate mail ${sub}`, error);
    }
}
/**
 * The send-mail action with its inputs as flags. An explicit send that has nobody to write to is
 * the user's mistake here (exit 2, saying how to name recipients); the action itself, run by a
 * workflow, skips it instead: there an empty owner list is how a repository says "no mail".
 */
async function sendCommand(args, io) {
    const { SENDING_DISABLED } = await Promise.all(/* import() */[__webpack_require__.e(8508), __webpack_require__.e(9407), __webpack_require__.e(5756)]).then(__webpack_require__.bind(__webpack_require__, 53375));
    return (0,_run_js__WEBPACK_IMPORTED_MODULE_9__.runActionWithFlags)(sendMail(), args, io, 'shipgate mail send', (run) => {
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
        return (0,_run_js__WEBPACK_IMPORTED_MODULE_9__.runActionWithFlags)(definition, ['--help'], io, 'shipgate mail preview --out DIR');
    if (!out)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb('--out DIR is required (where preview.html, preview.txt and preview.json go)', 'shipgate mail preview');
    return (0,_run_js__WEBPACK_IMPORTED_MODULE_9__.runActionWithFlags)(definition, [...forwarded, '--preview-dir', out], io, 'shipgate mail preview', (run) => 
    // A preview of nobody is no preview: the plan had no message to render.
    run.outputs.status === 'dry-run' && run.outputs.reason ? new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`nothing to preview: ${run.outputs.reason.replace(/input '(\w+)'/g, '--$1')}. ${RECIPIENTS_HINT}`) : undefined);
}
const VALIDATE_ROSTER_USAGE = `Usage: shipgate mail validate-roster --roster FILE [--json]

Checks a roster CSV (email, name, status active|inactive, more columns for templates) and prints
every problem with its line number; sends nothing.

Exit status: 0 the roster is valid, 1 it has problems, 2 a usage error or an unreadable file.`;
async function validateRosterCommand(args, io) {
    const name = 'shipgate mail validate-roster';
    const { values, positionals } = (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFlags */ .bQ)(name, args, { roster: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, true);
    if (values.help) {
        io.out(VALIDATE_ROSTER_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
    }
    const path = values.roster ?? positionals[0];
    if (!path || positionals.length > (values.roster ? 0 : 1))
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb('give one roster: --roster FILE', name);
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
            : `${path}: ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .plural */ .LS)(roster.problems.length, 'problem')}`);
    }
    return roster.problems.length === 0 ? _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok : _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.no;
}
const STATUS_USAGE = `Usage: shipgate mail status [--limit 20] [--send-log FILE] [--artifacts-dir DIR] [--json]

Prints the most recent sends from the send log (default <artifacts-dir>/${_mail_paths_js__WEBPACK_IMPORTED_MODULE_12__/* .NOTIFICATIONS_FOLDER */ .q}/send-log.jsonl),
oldest first: time, status, recipient, template, Message-ID and the relay's answer or the .eml.
--json prints {sendLog, found, entries, unreadable}.`;
async function statusCommand(args, io) {
    const name = 'shipgate mail status';
    const { values } = (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFlags */ .bQ)(name, args, {
        limit: { type: 'string' },
        'send-log': { type: 'string' },
        'artifacts-dir': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
        io.out(STATUS_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
    }
    const limit = (0,_platform_action_js__WEBPACK_IMPORTED_MODULE_6__/* .plainWholeNumber */ .fW)(values.limit ?? '20');
    if (limit === undefined || limit < 1)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`--limit '${values.limit}' must be a positive whole number`, name);
    const path = values['send-log'] ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(values['artifacts-dir'] ?? _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_ARTIFACTS_DIR */ .qx, _mail_paths_js__WEBPACK_IMPORTED_MODULE_12__/* .NOTIFICATIONS_FOLDER */ .q, 'send-log.jsonl');
    const { entries, unreadable, found } = await (0,_mail_send_log_js__WEBPACK_IMPORTED_MODULE_5__/* .readSendLogTail */ .lE)(path, limit);
    if (values.json) {
        io.out(JSON.stringify({ sendLog: path, found, entries, unreadable }, null, 2));
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
    }
    if (!found) {
        io.out(`${path}: no send log yet (nothing was sent from here)`);
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
    }
    for (const entry of entries) {
        const detail = entry.error ?? entry.response ?? entry.emlPath ?? '';
        io.out(`${entry.time}  ${entry.status.padEnd(9)}  ${entry.recipient}  ${entry.template}  ${entry.messageId ?? ''}  ${detail}`.trimEnd());
    }
    if (unreadable > 0)
        io.err(`${path}: ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .plural */ .LS)(unreadable, 'line')} ${unreadable === 1 ? 'is' : 'are'} not JSON and ${unreadable === 1 ? 'was' : 'were'} skipped`);
    return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
}
const RESOLVE_USAGE = `Usage: shipgate mail resolve EVENT RECIPIENT --sent|--resend [--sha SHA] [--ledger FILE] [--artifacts-dir DIR]

Settles an unconfirmed message (handed to the relay, then no answer), as the run's log names it:
--sent if it arrived (it is never sent again), --resend if not (the next run sends it).`;
async function resolveCommand(args, io) {
    const name = 'shipgate mail resolve';
    const { values, positionals } = (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFlags */ .bQ)(name, args, { sent: { type: 'boolean' }, resend: { type: 'boolean' }, sha: { type: 'string' }, ledger: { type: 'string' }, 'artifacts-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true);
    if (values.help) {
        io.out(RESOLVE_USAGE);
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
    }
    const [event, recipient, ...extra] = positionals;
    if (!event || !recipient || extra.length > 0 || values.sent === values.resend) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb("give the event and the recipient as the run's log names them, and one of --sent (it arrived) or --resend (send it again)", name);
    }
    const decision = values.sent ? 'sent' : 'resend';
    const { resolveUnconfirmed } = await __webpack_require__.e(/* import() */ 5790).then(__webpack_require__.bind(__webpack_require__, 85790));
    const result = await resolveUnconfirmed({ event, recipient, decision, sha: values.sha, ledger: values.ledger, artifactsDir: values['artifacts-dir'] ?? _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_ARTIFACTS_DIR */ .qx }, _platform_clock_js__WEBPACK_IMPORTED_MODULE_7__/* .systemClock */ .m);
    if (result.alreadySettled) {
        io.out(`${event} (${recipient}, ${result.messageId}): already ${result.alreadySettled === 'sent' ? 'recorded as sent' : 'recorded for resending'} in ${result.journal}; nothing written`);
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
    }
    const effect = decision === 'sent' ? 'recorded as sent; no run sends it again' : 'recorded for resending; the next run sends it';
    io.out(`${event} (${recipient}, ${result.messageId}): ${effect}. Written to ${[result.journal, result.record].filter(Boolean).join(' and ')}`);
    return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
}


/***/ }),

/***/ 32853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionUsage: () => (/* binding */ actionUsage),
/* harmony export */   outputsAsJson: () => (/* binding */ outputsAsJson),
/* harmony export */   runActionWithFlags: () => (/* binding */ runActionWithFlags),
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _actions_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21956);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19473);
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35562);
/* harmony import */ var _evidence_atomic_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33910);
/* harmony import */ var _platform_github_action_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(12410);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1973);
/* harmony import */ var _local_context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(88092);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4327);
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
const RUN_USAGE = `Usage: shipgate run <action> [--<input> value ...] [--json] [--summary FILE]

Runs one action on this machine with the same code as its bundle; inputs are flags named as the
action's inputs. --json prints {action, outputs, failed}: an output that is JSON text (counts,
refs, ...) is given as the JSON value it holds.

Actions: ${_actions_index_js__WEBPACK_IMPORTED_MODULE_3__/* .actionNames */ .B.join(', ')}
'shipgate run <action> --help' lists an action's inputs and outputs.`;
async function runCommand(args, io) {
    const [name, ...rest] = args;
    if (!name || name === '--help' || name === '-h') {
        io.out(RUN_USAGE);
        return name ? _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok : _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.usage;
    }
    const load = _actions_index_js__WEBPACK_IMPORTED_MODULE_3__/* .actionLoaders */ .Z[name];
    if (!load) {
        const kind = name.startsWith('-') ? 'option' : 'action';
        const hint = kind === 'action' ? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_10__/* .didYouMean */ .au)(name, _actions_index_js__WEBPACK_IMPORTED_MODULE_3__/* .actionNames */ .B) : '';
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`unknown ${kind} '${name}'${hint || `; one of: ${_actions_index_js__WEBPACK_IMPORTED_MODULE_3__/* .actionNames */ .B.join(', ')}`}`, 'shipgate run');
    }
    return runActionWithFlags(await load(), rest, io, `shipgate run ${name}`);
}
/** An action's outputs for JSON: text that holds a JSON object or array is given as that value, not as a string of JSON. */
function outputsAsJson(outputs) {
    return Object.fromEntries(Object.entries(outputs).map(([name, value]) => {
        if (!/^\s*[[{]/.test(value))
            return [name, value];
        try {
            return [name, JSON.parse(value)];
        }
        catch {
            return [name, value];
        }
    }));
}
/** The values given for an action's secret inputs, as `--name value`, `--name=value` or `--input name=value`, read without parsing the rest. */
function secretFlagValues(definition, args) {
    const isSecret = (name) => definition.inputs[name]?.secret === true;
    const values = [];
    const afterEquals = (text) => text.slice(text.indexOf('=') + 1);
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (arg === '--')
            break;
        if (!arg.startsWith('--'))
            continue;
        const inline = arg.includes('=');
        const flag = inline ? arg.slice(2, arg.indexOf('=')) : arg.slice(2);
        const value = inline ? afterEquals(arg) : args[index + 1];
        if (value === undefined)
            continue;
        if (isSecret(flag))
            values.push(value);
        else if (flag === 'input' && value.includes('=') && isSecret(value.slice(0, value.indexOf('='))))
            values.push(afterEquals(value));
    }
    return values;
}
/**
 * Why an `--input` pair names no input, quoting no value: a misspelt name or a missing '=' is
 * exactly when a secret was not recognised as one, and so not masked.
 */
function inputPairProblem(pair, inputNames) {
    const equals = pair.indexOf('=');
    const name = equals > 0 ? pair.slice(0, equals) : '';
    const inputs = `one of: ${inputNames.join(', ')}`;
    // Only a name-shaped text is quoted; anything else may be part of the value.
    if (/^[a-z][a-z0-9_-]*$/i.test(name))
        return `--input ${name}=…: no input named '${name}'; ${inputs}${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_10__/* .didYouMean */ .au)(name, inputNames)}`;
    const written = inputNames.filter((input) => pair.startsWith(input)).sort((a, b) => b.length - a.length)[0];
    const hint = written ? `; did you mean '--input ${written}=…'?` : '';
    return `--input needs name=value (what was given is not shown: it may be a secret); ${inputs}${hint}`;
}
/**
 * Parses an action's flags and runs it; shared by `shipgate run` and the per-action commands.
 * `refuse` may turn a run the command line should not accept (a send with nobody to send to) into
 * an error, reported instead of the outputs.
 */
async function runActionWithFlags(definition, args, givenIo, invocation, refuse) {
    const masked = (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .maskedIo */ .WM)(givenIo);
    // Masked before the flags are parsed: a usage error may quote what was given.
    for (const value of secretFlagValues(definition, args))
        masked.masker.add(value);
    const io = masked;
    const json = args.includes('--json');
    const jsonIo = { ...io, json: io.json || json };
    let values;
    try {
        values = (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFlags */ .bQ)(invocation.replace(/ --out DIR$/, ''), args, {
            ...Object.fromEntries(Object.keys(definition.inputs).map((input) => [input, { type: 'string', multiple: true }])),
            input: { type: 'string', multiple: true },
            json: { type: 'boolean' },
            summary: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        }).values;
    }
    catch (error) {
        return (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .reportFailure */ .xV)(jsonIo, invocation, error, json ? { action: definition.name, outputs: {}, failed: (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error) } : {});
    }
    if (values.help) {
        io.out(actionUsage(definition, invocation));
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
    }
    const given = new Map();
    for (const pair of values.input ?? []) {
        const equals = pair.indexOf('=');
        const inputName = equals > 0 ? pair.slice(0, equals) : '';
        if (!Object.hasOwn(definition.inputs, inputName)) {
            const error = new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(inputPairProblem(pair, Object.keys(definition.inputs)), invocation);
            return (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .reportFailure */ .xV)(jsonIo, invocation, error, json ? { action: definition.name, outputs: {}, failed: error.message } : {});
        }
        given.set(inputName, [...(given.get(inputName) ?? []), pair.slice(equals + 1)]);
    }
    for (const inputName of Object.keys(definition.inputs)) {
        const flagValues = values[inputName];
        if (flagValues)
            given.set(inputName, [...(given.get(inputName) ?? []), ...flagValues]);
    }
    const summaryPath = values.summary === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.summary);
    if (summaryPath !== undefined) {
        // Checked before the action runs: a bad path found after a delivery would lose its outputs.
        const problem = await summaryPathProblem(summaryPath);
        if (problem) {
            const error = new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`--summary ${values.summary}: ${problem}`, invocation);
            return (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .reportFailure */ .xV)(jsonIo, invocation, error, json ? { action: definition.name, outputs: {}, failed: error.message } : {});
        }
    }
    const context = (0,_local_context_js__WEBPACK_IMPORTED_MODULE_9__/* .localContext */ .NV)(io.env, io.cwd, (0,_local_context_js__WEBPACK_IMPORTED_MODULE_9__/* .commandLogger */ .Ay)(io));
    try {
        const run = await (0,_platform_github_action_js__WEBPACK_IMPORTED_MODULE_7__/* .executeAction */ .yn)(definition, (inputName) => given.get(inputName)?.join('\n'), context);
        const refused = refuse?.(run);
        if (refused)
            throw refused;
        let summaryFailure;
        if (summaryPath !== undefined && run.summary) {
            await (0,_evidence_atomic_file_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)(summaryPath, context.logger.mask(run.summary)).catch((error) => (summaryFailure = error));
        }
        if (summaryFailure !== undefined) {
            // The action has run: its outputs are reported beside the summary's problem, never lost to it.
            if (!json)
                for (const [output, value] of Object.entries(run.outputs))
                    io.out(`${output}=${value}`);
            return (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .reportFailure */ .xV)(jsonIo, invocation, summaryFailure, json ? { action: definition.name, outputs: outputsAsJson(run.outputs), failed: run.failed ?? null } : {});
        }
        if (json) {
            io.out(JSON.stringify({ action: definition.name, outputs: outputsAsJson(run.outputs), failed: run.failed ?? null }, null, 2));
        }
        else {
            for (const [output, value] of Object.entries(run.outputs))
                io.out(`${output}=${value}`);
            if (run.failed)
                io.err(`${definition.name}: ${run.failed}`);
        }
        return run.failed ? _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.no : _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
    }
    catch (error) {
        // With --json the result's fields stay (outputs empty, failed the message) beside the error.
        return (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .reportFailure */ .xV)(jsonIo, invocation, error, json ? { action: definition.name, outputs: {}, failed: (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .failureOf */ .g5)(error).message } : {});
    }
}
/**
 * Why the summary cannot be written at `path`, or undefined: it must be a regular file or absent,
 * in a folder that exists and this user may write to (it is written beside and renamed over).
 */
async function summaryPathProblem(path) {
    try {
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        if (!target.isFile())
            return `is ${(0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_5__/* .describeFileType */ .wU)(target)}, not a file; give the path of a file to write the summary to`;
    }
    catch (error) {
        const code = error.code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
            return `cannot be checked (${code ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error)}); give the path of a file in a folder you can write to`;
    }
    // A file that is there or not (yet): the summary is written beside it and renamed over it.
    return writableFolderProblem((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path));
}
async function writableFolderProblem(folder) {
    const parent = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(folder).catch(() => undefined);
    if (!parent)
        return `the folder ${folder} does not exist; create it or give another path`;
    if (!parent.isDirectory())
        return `${folder} is ${(0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_5__/* .describeFileType */ .wU)(parent)}, not a folder; give another path`;
    const writable = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(folder, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK).then(() => true, () => false);
    return writable ? undefined : `the folder ${folder} cannot be written to by this user; give another path`;
}


/***/ }),

/***/ 99876:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ isCutShortRecord),
/* harmony export */   eq: () => (/* binding */ openForAppend),
/* harmony export */   fl: () => (/* binding */ appendJsonLine)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
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
