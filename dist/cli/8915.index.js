export const id = 8915;
export const ids = [8915];
export const modules = {

/***/ 48915:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SHOW_USAGE: () => (/* binding */ SHOW_USAGE),
/* harmony export */   formatDuration: () => (/* binding */ formatDuration),
/* harmony export */   showCommand: () => (/* binding */ showCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11920);
/* harmony import */ var _evidence_atomic_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33910);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7982);
/* harmony import */ var _evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46174);
/* harmony import */ var _contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59084);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(19473);
/* harmony import */ var _mail_ledger_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(93037);
/* harmony import */ var _stages_timing_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8810);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1973);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(16755);
// `shipgate show <sha>`: the evidence for a SHA as a person reads it, or as one JSON object.











const SHOW_USAGE = `Usage: shipgate show <sha> [--artifacts-dir DIR] [--json]

Prints the evidence recorded for the commit: the release package, commit stage, acceptance,
production, the release decision, the pipeline timing, the delivery result and the notification
records (one per mail event); with environments:, each environment's deployment, acceptance,
verification and decision, in the order the release went through them. It does not judge the evidence;
'shipgate verify' does.

When a SHA was run more than once (a local 'shipgate pipeline' again, a GitHub re-run), the timing is
shown run by run, each piece of evidence names the run that wrote it, and evidence from an earlier run
than the decision's is marked "older than the decision" (newer evidence: "newer than the decision").

Options:
  --artifacts-dir DIR   Where the evidence lives (default ${_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_ARTIFACTS_DIR */ .qx}).
  --json                Print one JSON object with every contract's state and value.
  --help                This help.`;
// The order a release moves through, which is the order a reader expects. describeValue's switch
// has no default, so a contract added to the registry without a view here does not compile.
const SHOWN_KINDS = ['release-package', 'commit-stage', 'acceptance', 'production', 'release', 'pipeline', 'delivery'];
async function readNotifications(artifactsDir, sha) {
    const folder = (0,_mail_ledger_js__WEBPACK_IMPORTED_MODULE_7__/* .notificationsFolder */ .TM)(artifactsDir, sha);
    const names = ((await (0,_evidence_atomic_file_js__WEBPACK_IMPORTED_MODULE_2__/* .namesInFolder */ .OS)(folder)) ?? []).filter((name) => name.endsWith('.json')).sort();
    const records = await Promise.all(names.map(async (name) => {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(folder, name);
        try {
            const value = await (0,_mail_ledger_js__WEBPACK_IMPORTED_MODULE_7__/* .readNotificationRecord */ .FV)(path);
            return value ? { path, state: 'valid', value } : { path, state: 'invalid', problem: 'removed while being read' };
        }
        catch (error) {
            return { path, state: 'invalid', problem: (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error) };
        }
    }));
    return { folder, records };
}
// What each environment of environments: keeps of its own.
const ENVIRONMENT_KINDS = ['deployment', 'acceptance', 'production', 'release'];
/**
 * The environments with evidence folders, in the order the release went through them (following
 * each decision's promotedFrom back from the release's), then any others by name.
 */
async function environmentsShown(store, sha, release) {
    const present = ((await (0,_evidence_atomic_file_js__WEBPACK_IMPORTED_MODULE_2__/* .namesInFolder */ .OS)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(store.location, 'environments'))) ?? []).filter((name) => _evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_4__/* .ENVIRONMENT_NAME */ .YR.test(name)).sort();
    const chain = [];
    let decision = release.state === 'valid' ? release.value : undefined;
    while (decision && 'environment' in decision && !chain.includes(decision.environment)) {
        chain.unshift(decision.environment);
        const from = decision.promotedFrom;
        const read = from ? await (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_4__/* .scopedStore */ .sy)(store, { environment: from }).read('release', sha) : undefined;
        decision = from && read?.state === 'valid' ? read.value : undefined;
        if (from && !decision && !chain.includes(from))
            chain.unshift(from);
    }
    return [...chain.filter((name) => present.includes(name)), ...present.filter((name) => !chain.includes(name))];
}
async function showCommand(args, io) {
    const parsed = (0,_verify_js__WEBPACK_IMPORTED_MODULE_10__.parseEvidenceCommandArgs)(args, io, 'shipgate show', SHOW_USAGE);
    if (typeof parsed === 'number')
        return parsed;
    const { sha, store } = parsed;
    const reads = await Promise.all(SHOWN_KINDS.map((kind) => store.read(kind, sha)));
    const notifications = await readNotifications(store.location, sha);
    const environmentNames = await environmentsShown(store, sha, reads[SHOWN_KINDS.indexOf('release')]);
    const environments = await Promise.all(environmentNames.map(async (name) => ({ name, reads: await Promise.all(ENVIRONMENT_KINDS.map((kind) => (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_4__/* .scopedStore */ .sy)(store, { environment: name }).read(kind, sha))) })));
    // Which run wrote what: the timing's runs, and each piece of evidence placed in one of them.
    const timingRead = reads[SHOWN_KINDS.indexOf('pipeline')];
    const runs = timingRead.state === 'valid' ? (0,_stages_timing_js__WEBPACK_IMPORTED_MODULE_8__/* .runsOf */ .ky)(timingRead.value) : [];
    const placed = (group) => {
        const decision = group.find((read) => read.kind === 'release');
        const decisionRun = decision?.state === 'valid' ? runOfEvidence(runs, decision) : undefined;
        return group.map((read) => ({ read, placement: placementOf(runs, read, decisionRun) }));
    };
    const top = placed(reads);
    const decisionRun = top.find(({ read }) => read.kind === 'release')?.placement?.run;
    if (parsed.json) {
        const shown = Object.fromEntries(top.map(({ read, placement }) => [read.kind, shownRead(read, placement)]));
        const byEnvironment = Object.fromEntries(environments.map((environment) => [environment.name, Object.fromEntries(placed(environment.reads).map(({ read, placement }) => [read.kind, shownRead(read, placement)]))]));
        const shownRuns = runs.map((entry) => ({ ...entry.run, label: (0,_stages_timing_js__WEBPACK_IMPORTED_MODULE_8__/* .runLabel */ .Az)(entry.run), startedAt: entry.startedAt, finishedAt: entry.finishedAt, stages: entry.stages.length, closed: entry.closed }));
        io.out(JSON.stringify({ sha, artifactsDir: store.location, runs: shownRuns, decisionRun: decisionRun ? decisionRun.run : null, contracts: shown, environments: byEnvironment, notifications: notifications.records }, null, 2));
        return _io_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .dc.ok;
    }
    const lines = [`Evidence for ${sha} in ${store.location}`];
    if (runs.length > 1) {
        lines.push(`Runs: ${runs.map((entry) => (0,_stages_timing_js__WEBPACK_IMPORTED_MODULE_8__/* .runLabel */ .Az)(entry.run)).join(', ')}${decisionRun ? `; the decision is from ${(0,_stages_timing_js__WEBPACK_IMPORTED_MODULE_8__/* .runLabel */ .Az)(decisionRun.run)}` : ''}`);
    }
    for (const { read, placement } of top)
        lines.push('', ...describeRead(read, placement, decisionRun));
    for (const environment of environments) {
        lines.push('', `Environment ${environment.name}`);
        for (const { read, placement } of placed(environment.reads))
            lines.push(...describeRead(read, placement, decisionRun).map((line) => `  ${line}`));
    }
    lines.push('', `Notification records  ${notifications.folder}`, ...describeNotifications(notifications.records));
    io.out(lines.join('\n'));
    return _io_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .dc.ok;
}
/** When a contract was written, and the run it names where it names one; undefined for the timing itself. */
function writtenBy(read) {
    switch (read.kind) {
        case 'release-package':
            return { at: read.value.createdAt, runId: read.value.source.runId, runAttempt: Number(read.value.source.runAttempt) };
        case 'commit-stage':
            return { at: read.value.recordedAt };
        case 'acceptance':
        case 'production':
        case 'delivery':
            return { at: read.value.finishedAt };
        case 'release':
            return { at: read.value.decidedAt };
        case 'deployment':
            return { at: read.value.deployedAt ?? read.value.decidedAt, runId: read.value.runId };
        case 'pipeline':
            return undefined;
    }
}
/**
 * The run that wrote a piece of evidence: the run it names, when the timing has it (a package's
 * source, a deploy-gate record), else the run that had started last when it was written.
 */
function runOfEvidence(runs, read) {
    const written = writtenBy(read);
    if (!written)
        return undefined;
    const named = runs.filter((entry) => entry.run.id === written.runId && (written.runAttempt === undefined || entry.run.attempt === written.runAttempt));
    return named.length > 0 ? ((0,_stages_timing_js__WEBPACK_IMPORTED_MODULE_8__/* .runAt */ .D)(named, written.at) ?? named[0]) : (0,_stages_timing_js__WEBPACK_IMPORTED_MODULE_8__/* .runAt */ .D)(runs, written.at);
}
function placementOf(runs, read, decisionRun) {
    if (read.state !== 'valid')
        return undefined;
    const run = runOfEvidence(runs, read);
    if (!run)
        return undefined;
    if (!decisionRun)
        return { run };
    const beside = (0,_stages_timing_js__WEBPACK_IMPORTED_MODULE_8__/* .sameRun */ .W_)(run.run, decisionRun.run) ? 'same' : Date.parse(run.startedAt) < Date.parse(decisionRun.startedAt) ? 'older' : 'newer';
    return { run, beside, decisionRun: decisionRun.run };
}
function shownRead(read, placement) {
    const run = placement ? { run: { ...placement.run.run, label: (0,_stages_timing_js__WEBPACK_IMPORTED_MODULE_8__/* .runLabel */ .Az)(placement.run.run), besideDecision: placement.beside ?? null } } : {};
    if (read.state === 'valid')
        return { state: read.state, path: read.path, digest: read.digest, ...run, value: read.value };
    if (read.state === 'invalid')
        return { state: read.state, path: read.path, problems: read.problems };
    return { state: read.state, path: read.path };
}
function describeRead(read, placement, decisionRun) {
    const heading = `${_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contracts */ .Mh[read.kind].title}  ${read.path}`;
    if (read.state === 'missing')
        return [heading, '  not present'];
    if (read.state === 'invalid')
        return [heading, '  INVALID', ...read.problems.map((problem) => `    ${problem.field}: ${problem.message}`)];
    if (read.kind === 'pipeline')
        return [heading, ...describeTiming(read, decisionRun)];
    return [`${heading}${ageMark(read.kind, placement)}`, ...(placement ? [`  run         ${describePlacement(read.kind, placement)}`] : []), ...describeValue(read)];
}
/** The mark on a heading whose evidence is not from the run that decided. */
function ageMark(kind, placement) {
    if (!placement || kind === 'release-package')
        return '';
    if (placement.beside === 'older')
        return `  (older than the decision — from ${(0,_stages_timing_js__WEBPACK_IMPORTED_MODULE_8__/* .runLabel */ .Az)(placement.run.run)})`;
    if (placement.beside === 'newer')
        return `  (newer than the decision — from ${(0,_stages_timing_js__WEBPACK_IMPORTED_MODULE_8__/* .runLabel */ .Az)(placement.run.run)}; the decision has not seen it)`;
    return '';
}
function describePlacement(kind, placement) {
    const run = (0,_stages_timing_js__WEBPACK_IMPORTED_MODULE_8__/* .runLabel */ .Az)(placement.run.run);
    if (!placement.decisionRun || placement.beside === 'same' || kind === 'release')
        return run;
    // The package is built once and every later run reuses it: an older package is the point, not a warning.
    if (kind === 'release-package' && placement.beside === 'older')
        return `${run} (built once; ${(0,_stages_timing_js__WEBPACK_IMPORTED_MODULE_8__/* .runLabel */ .Az)(placement.decisionRun)}, which decided, reused it)`;
    return `${run}, ${placement.beside} than the decision, which is from ${(0,_stages_timing_js__WEBPACK_IMPORTED_MODULE_8__/* .runLabel */ .Az)(placement.decisionRun)}`;
}
/** The timing run by run: each run's stages, and its close or that it has none. */
function describeTiming(read, decisionRun) {
    const runs = (0,_stages_timing_js__WEBPACK_IMPORTED_MODULE_8__/* .runsOf */ .ky)(read.value);
    if (runs.length === 0)
        return ['  no stage recorded'];
    const width = Math.max(0, ...runs.flatMap((entry) => entry.stages.map((stage) => stage.stage.length)));
    return runs.flatMap((entry, index) => {
        const notes = [
            ...(decisionRun && (0,_stages_timing_js__WEBPACK_IMPORTED_MODULE_8__/* .sameRun */ .W_)(entry.run, decisionRun.run) ? ['the decision\'s run'] : []),
            ...(index === runs.length - 1 && runs.length > 1 ? ['latest'] : []),
        ];
        const closed = entry.closed;
        return [
            `  ${(0,_stages_timing_js__WEBPACK_IMPORTED_MODULE_8__/* .runLabel */ .Az)(entry.run)}${notes.length > 0 ? `  (${notes.join(', ')})` : ''}`,
            ...entry.stages.map((stage) => `    ${stage.stage.padEnd(width)}  ${formatDuration(stage.durationMs).padStart(9)}  ${stage.outcome}`),
            closed
                ? `    closed      ${closed.closedAt}: total ${formatDuration(closed.totalMs)}, lead time ${closed.leadTimeMs === null ? 'unknown' : formatDuration(closed.leadTimeMs)}`
                : '    open (no release decision in this run)',
        ];
    });
}
function describeValue(read) {
    switch (read.kind) {
        case 'release-package': {
            const manifest = read.value;
            const runtime = manifest.runtime.mode === 'built' ? 'built' : `captured from ${manifest.runtime.fromSha} (${manifest.runtime.fromPackageDigest})`;
            return [
                `  digest      ${manifest.digest}`,
                `  runtime     ${runtime}`,
                `  created     ${manifest.createdAt} by ${manifest.source.workflow} run ${manifest.source.runId}`,
                '  components',
                ...manifest.components.map((component) => component.kind === 'image'
                    ? `    ${component.name}  image  ${component.ref}`
                    : `    ${component.name}  file   ${component.path}  ${component.size} bytes  sha256:${component.sha256}`),
            ];
        }
        case 'commit-stage': {
            const evidence = read.value;
            const changed = ['runtime', 'infra', 'docs'].filter((part) => evidence.scope[part].changed);
            return [
                `  passed      ${evidence.passed ? 'yes' : 'NO'}: ${evidence.check.name} ${evidence.check.conclusion} (${evidence.check.source}, ${evidence.check.via})`,
                `  changes     ${changed.length > 0 ? changed.join(', ') : 'nothing classified'}`,
                `  drift       ${evidence.drift.findings.length} finding${evidence.drift.findings.length === 1 ? '' : 's'} (${evidence.drift.mode})`,
            ];
        }
        case 'acceptance':
            return [
                `  decision    ${read.value.decision}${read.value.degraded ? ' (degraded)' : ''}`,
                `  package     ${read.value.packageDigest}`,
                ...describeChecks(read.value.checks),
            ];
        case 'production':
            return [
                `  verdict     ${read.value.verdict}${read.value.degraded ? ' (degraded)' : ''}`,
                `  package     ${read.value.packageDigest}`,
                ...describeChecks(read.value.checks),
            ];
        case 'release':
            return [
                `  decision    ${read.value.decision} (${read.value.status}) at ${read.value.decidedAt}`,
                `  package     ${read.value.packageDigest ?? 'none'}`,
                ...(read.value.reasons.length > 0 ? ['  reasons'] : []),
                ...read.value.reasons.map((reason) => `    ${(0,_contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReason */ .K9)(reason)}`),
            ];
        case 'pipeline':
            // Shown run by run by describeTiming.
            return [];
        case 'deployment':
            return [
                `  outcome     ${read.value.outcome} in ${read.value.environment}${read.value.replay ? ' (explicit replay)' : ''}${read.value.deployedAt ? ` at ${read.value.deployedAt}` : ''}`,
                `  package     ${read.value.packageDigest}`,
                `  reason      ${read.value.reason}`,
            ];
        case 'delivery': {
            const delivery = read.value;
            return [
                `  outcome     ${delivery.outcome}${delivery.version === null ? '' : ` v${delivery.version}`} of ${delivery.project} to ${delivery.destination.location}${delivery.error ? `: ${delivery.error}` : ''}`,
                `  link        ${delivery.shareUrl ?? 'none'}${delivery.shareStatus ? ` (${delivery.shareStatus})` : ''}`,
                `  manifest    ${delivery.manifestPath}`,
                `  files       ${delivery.files.map((file) => file.name).join(', ') || 'none'} (${delivery.bytesUploaded} bytes uploaded)`,
            ];
        }
        default:
            // Contracts added after this summary was written still show, if only by their top-level fields.
            return Object.entries(read.value)
                .filter(([, value]) => value === null || typeof value !== 'object')
                .map(([field, value]) => `  ${field.padEnd(11)} ${String(value)}`);
    }
}
function describeNotifications(records) {
    if (records.length === 0)
        return ['  none (no mail was sent for this commit from here)'];
    return records.map((read) => {
        if (read.state === 'invalid')
            return `  INVALID  ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(read.path)}: ${read.problem}`;
        const record = read.value;
        const to = [...record.recipients.to, ...record.recipients.cc].join(', ');
        const answer = record.state === 'sent' ? (record.response ?? '') : (record.error ?? record.response ?? '');
        return `  ${record.state.padEnd(11)} ${record.template}  to ${to}  ${record.settledAt ?? record.intentAt}${answer ? `  ${answer}` : ''}`;
    });
}
function describeChecks(checks) {
    if (checks.length === 0)
        return ['  checks      none'];
    return [
        '  checks',
        ...checks.map((check) => `    ${check.status.padEnd(7)} ${check.name} (${check.type}, ${check.required ? 'required' : 'optional'}, ${formatDuration(check.durationMs)})${check.reason ? `: ${check.reason}` : ''}`),
    ];
}
/** 850 ms, 12.3 s, 4 min 05 s, 2 h 03 min. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 3600)
        return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
    const minutes = Math.round(seconds / 60);
    return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}


/***/ }),

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

/***/ 80758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ NOTIFICATIONS_FOLDER)
/* harmony export */ });
// Where send-mail keeps its records under the artifacts folder. A module of its own so that an
// action can name the folder without loading the ledger and its schemas at start-up.
const NOTIFICATIONS_FOLDER = 'notifications';


/***/ })

};
