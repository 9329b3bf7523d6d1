export const id = 1262;
export const ids = [1262,1549];
export const modules = {

/***/ 50979:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e4: () => (/* binding */ acceptanceConfig),
/* harmony export */   eD: () => (/* binding */ changedScopes),
/* harmony export */   yI: () => (/* binding */ scopeSkipReason)
/* harmony export */ });
/* unused harmony exports scopeName, httpCheck, commandCheck, acceptanceCheck */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);
/* harmony import */ var _stages_checks_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6558);
// shipgate.yml `acceptance`: the checks a release must pass before production, by scope, and the
// command that starts what they test.


const scopeName = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['runtime', 'infra', 'docs', 'always']);
const checkBase = {
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    scopes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(scopeName)
        .min(1)
        .default(['always'])
        .describe('Run when the release changes one of these; always: every release.'),
    required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true).describe('A required check failing makes the decision NO; an optional one makes it YES, degraded.'),
    timeoutSeconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().default(30).describe('The deadline for the check, all attempts included.'),
};
const ENV_NOTE = '${env:NAME} is replaced by the environment variable NAME.';
const httpCheck = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    ...checkBase,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('http'),
    method: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^[A-Za-z]+$/, 'must be an HTTP method such as GET or POST')
        .default('GET')
        .transform((method) => method.toUpperCase()),
    url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe(`The URL to call. ${ENV_NOTE}`),
    headers: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default({}).describe(`Request headers. ${ENV_NOTE} Values of secret-looking variables are masked.`),
    body: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe(`The request body. ${ENV_NOTE}`),
    expectStatus: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(100).max(599).default(200),
    bodyContains: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Text the response body must contain.'),
    jsonPointer: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        pointer: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().refine((pointer) => {
            try {
                (0,_stages_checks_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePointer */ .v)(pointer);
                return true;
            }
            catch {
                return false;
            }
        }, 'must be an RFC 6901 JSON pointer: empty, or /-separated tokens with ~0 for ~ and ~1 for /'),
        equals: zod__WEBPACK_IMPORTED_MODULE_0__/* .json */ .Pq9().describe('The JSON value the pointer must name (compared as canonical JSON).'),
    })
        .strict()
        .optional()
        .describe('The response must be JSON, and the value at the pointer must equal `equals`.'),
    attempts: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(5).describe('Tries within the deadline, with exponential backoff.'),
})
    .strict();
const commandCheck = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    ...checkBase,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('command'),
    run: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .describe('A bash command; passes on exit 0. SHIPGATE_REFS (JSON), SHIPGATE_SHA and SHIPGATE_PACKAGE_DIGEST are in its environment.'),
})
    .strict();
const acceptanceCheck = zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('type', [httpCheck, commandCheck]);
const acceptanceConfig = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    concurrency: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(4).describe('How many checks may run at once.'),
    setup: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('A bash command started in the background before the checks (e.g. start the package on 127.0.0.1) with the same SHIPGATE_* environment, and stopped (its whole process group) after them, also on failure.'),
    checks: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(acceptanceCheck)
        .default([])
        .refine((checks) => new Set(checks.map((check) => check.name)).size === checks.length, 'check names must be unique'),
})
    .strict();
/** The scopes a release changes. */
function changedScopes(scope) {
    const changed = [];
    if (scope.runtimeChanged)
        changed.push('runtime');
    if (scope.infraChanged)
        changed.push('infra');
    if (scope.docsChanged)
        changed.push('docs');
    return changed;
}
/** Why a check does not apply to a release of this scope, or undefined when it runs. */
function scopeSkipReason(check, scope) {
    if (check.scopes.includes('always'))
        return undefined;
    const changed = changedScopes(scope);
    if (check.scopes.some((name) => changed.includes(name)))
        return undefined;
    return `scope: runs when ${check.scopes.join(' or ')} changed; this release changes ${changed.length > 0 ? changed.join(', ') : 'none of runtime, infra, docs'}`;
}


/***/ }),

/***/ 47891:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ PIPELINE_TIMING_SCHEMA_V2),
/* harmony export */   TV: () => (/* binding */ pipelineTiming),
/* harmony export */   aQ: () => (/* binding */ LEGACY_RUN_ID)
/* harmony export */ });
/* unused harmony exports PIPELINE_TIMING_SCHEMA, pipelineRun, stageTiming, pipelineClose, runStageTiming, runClose */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36291);
// Pipeline timing: every stage appends its run; release-decision closes it with the totals.
// v2 keeps the runs of one SHA apart: each stage names the run it was part of, and each run is
// closed on its own, so a second run neither doubles the chart nor stretches the first run's total.


const PIPELINE_TIMING_SCHEMA = 'shipgate.pipeline-timing/v1';
/** v2: every stage entry names its run (GitHub run id and attempt, or the local run), and every run has its own close. */
const PIPELINE_TIMING_SCHEMA_V2 = 'shipgate.pipeline-timing/v2';
/** The run id a v1 file's stages get when the file is upgraded: v1 did not record which run wrote them. */
const LEGACY_RUN_ID = 'legacy';
const pipelineRun = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .min(1)
        .describe(`GITHUB_RUN_ID on GitHub; local-<n> for the nth local \`shipgate pipeline\` run for the SHA; '${LEGACY_RUN_ID}' for stages recorded by v1, which did not say.`),
    attempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().describe('GITHUB_RUN_ATTEMPT on GitHub; 1 for a local or legacy run.'),
})
    .strict();
const stageTiming = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    stage: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    startedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    finishedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    durationMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    outcome: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['success', 'failure', 'no', 'skipped']).describe('failure: the stage failed; no: it ran and said NO.'),
})
    .strict();
const pipelineClose = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    closedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    totalMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe('From the first stage start to the close.'),
    commitTime: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE.nullable(),
    leadTimeMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable().describe('From the commit time to the decision; null when the commit time is unknown.'),
})
    .strict();
const pipelineTimingV1 = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(PIPELINE_TIMING_SCHEMA),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ,
    stages: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(stageTiming),
    closed: pipelineClose.nullable(),
})
    .strict();
const runStageTiming = stageTiming.extend({ run: pipelineRun }).strict();
const runClose = pipelineClose
    .extend({ run: pipelineRun, totalMs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative().describe("From the first start of the run's stages to its close.") })
    .strict();
const pipelineTimingV2 = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(PIPELINE_TIMING_SCHEMA_V2),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ,
    stages: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(runStageTiming).describe('Every stage run, in the order they were appended, each naming its run.'),
    closes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(runClose).describe('One close per run that reached a release decision; a run decided again replaces its own.'),
})
    .strict();
const pipelineTiming = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('schema', [pipelineTimingV1, pipelineTimingV2]);


/***/ }),

/***/ 59084:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ RELEASE_DECISION_SCHEMA_V2),
/* harmony export */   K9: () => (/* binding */ formatReason),
/* harmony export */   h: () => (/* binding */ RELEASE_DECISION_SCHEMA),
/* harmony export */   ue: () => (/* binding */ releaseDecision)
/* harmony export */ });
/* unused harmony exports releaseStatus, decisionReason */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36291);
// The release decision: the final YES/NO and status, and the digest of every piece of evidence
// it was taken on.


const RELEASE_DECISION_SCHEMA = 'shipgate.release-decision/v1';
/** v2: the decision for one environment of `environments:`, which it names; production's is the release's. */
const RELEASE_DECISION_SCHEMA_V2 = 'shipgate.release-decision/v2';
const releaseStatus = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['success', 'partial_success', 'failure']);
const decisionReason = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('The evidence file the reason is about, relative to the artifacts folder.'),
    field: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('The field in that file, e.g. components[2].ref.'),
    message: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
})
    .strict();
/** `file: field: message`, leaving out what a reason does not name; a reason about the whole file (field `(file)`) reads `file: message`. */
function formatReason(reason) {
    return [reason.file, reason.field === '(file)' ? undefined : reason.field, reason.message].filter((part) => part !== undefined).join(': ');
}
const releaseDecisionV1 = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(RELEASE_DECISION_SCHEMA),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ,
    repository: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR,
    packageDigest: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .digest */ .br.nullable().describe('The package the decision is about; null when no valid manifest was found.'),
    decision: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .decision */ .xR,
    status: releaseStatus,
    reasons: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(decisionReason).describe('Why the decision is NO or partial; empty for a clean YES.'),
    evidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        state: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['valid', 'missing', 'invalid']),
        digest: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .digest */ .br.nullable(),
        required: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    })
        .strict())
        .describe('Every piece of evidence considered, with the digest of what was read.'),
    decidedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
})
    .strict();
const releaseDecisionV2 = releaseDecisionV1
    .extend({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(RELEASE_DECISION_SCHEMA_V2),
    environment: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentName */ .VE.describe('The environment this decision is for; the last one of `environments:` decides the release.'),
    promotedFrom: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentName */ .VE
        .nullable()
        .describe('The environment whose YES for the same package let it in; null for the first environment.'),
})
    .strict();
const releaseDecision = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('schema', [releaseDecisionV1, releaseDecisionV2]);


/***/ }),

/***/ 33910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dn: () => (/* binding */ createFileExclusive),
/* harmony export */   OS: () => (/* binding */ namesInFolder),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
// Files written whole or not at all: the primitives the evidence store, its locks and the mail and
// delivery state are written with.



/** Writes a file so that readers see the old content or the new, never half of either. */
async function writeFileAtomic(path, content) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temporary, content, { flag: 'wx' });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
        throw error;
    }
}
/**
 * Creates a file with its whole content only if nothing is there yet: of two concurrent writers
 * exactly one wins. Returns false when the path already existed (the file is left as it was).
 */
async function createFileExclusive(path, content) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temporary, content, { flag: 'wx' });
        // link() fails with EEXIST instead of replacing, which rename() would do.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(temporary, path);
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
    }
}
/** The names in a folder, or undefined when there is no such folder (yet, or any more). */
async function namesInFolder(folder) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(folder);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 35562:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ readEvidenceFile),
/* harmony export */   Vf: () => (/* binding */ readUserTextFile),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   wU: () => (/* binding */ describeFileType)
/* harmony export */ });
/* unused harmony exports EVIDENCE_SIZE_LIMIT, realPathOfOpenFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
// The one way evidence is read from disk: a regular file inside the artifacts folder, no bigger
// than a limit, in UTF-8. Anything else (a FIFO that would block the reader forever, a device, a
// folder, a symlink leading out of the folder) is a problem with the file, never a hang or a throw.




/** No contract comes near this; a file this big is not evidence, and reading it would only cost memory. */
const EVIDENCE_SIZE_LIMIT = 16 * 1024 * 1024;
/** What a file that is not a regular file is, in words. */
function describeFileType(stats) {
    if (stats.isFile())
        return 'a file';
    if (stats.isFIFO())
        return 'a FIFO';
    if (stats.isDirectory())
        return 'a folder';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    if (stats.isSymbolicLink())
        return 'a symbolic link';
    return 'of an unknown type';
}
function refused(message) {
    return { state: 'refused', problem: { field: '(file)', message } };
}
function errnoOf(error) {
    return error?.code;
}
/**
 * Reads `path`, which lies under `root` (the artifacts folder). Missing when the file (or its
 * `<kind>` or `<sha>` folder, or the root) does not exist. Throws only a ConfigurationError, and
 * only when the root itself exists but is not a folder: that is a wrong `--artifacts-dir`, not bad
 * evidence. Symlinks are followed as long as they end inside the root's real path.
 */
async function readEvidenceFile(root, path, limit = EVIDENCE_SIZE_LIMIT) {
    const lexical = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path));
    if (lexical === '' || lexical.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(lexical))
        throw new Error(`bug: evidence file ${path} is not under ${root}`);
    let realRoot;
    try {
        realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    }
    catch (error) {
        if (errnoOf(error) === 'ENOENT')
            return { state: 'missing' };
        if (errnoOf(error) === 'ENOTDIR')
            throw notAFolder(root, 'a part of its path is a file');
        return refused(`cannot be read: the artifacts folder ${root}: ${error.message}`);
    }
    const rootStats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(realRoot).catch(() => undefined);
    if (rootStats && !rootStats.isDirectory())
        throw notAFolder(root, `it is ${describeFileType(rootStats)}`);
    let realFile;
    try {
        realFile = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path);
    }
    catch (error) {
        if (errnoOf(error) === 'ENOENT')
            return { state: 'missing' };
        if (errnoOf(error) === 'ENOTDIR')
            return refused(`cannot be read: ${await blockingAncestor(root, path)} is not a folder`);
        if (errnoOf(error) === 'ELOOP')
            return refused('is a symlink loop, not a regular file');
        return refused(`cannot be read (${error.message})`);
    }
    const inside = (real) => real.startsWith(realRoot.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? realRoot : `${realRoot}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`);
    if (!inside(realFile))
        return refused(`is a symlink that resolves outside the artifacts folder (to ${realFile})`);
    // The check above is of a path: a folder on the way can be swapped for a symlink out of the root
    // before the open. So the file actually opened is checked too, and read from the same descriptor.
    const opened = await openRegularFile(realFile, false);
    if (opened.state !== 'open')
        return opened.state === 'missing' ? opened : refused(opened.reason);
    let read;
    try {
        const openedAt = await realPathOfOpenFile(opened.handle, realFile);
        if (openedAt === undefined)
            return refused('changed while it was read: the file opened is no longer at its path inside the artifacts folder');
        if (!inside(openedAt))
            return refused(`changed while it was read: a folder on its path was swapped for a symlink, and the file opened is outside the artifacts folder (${openedAt})`);
        read = await readOpenFile(opened.handle, opened.stats, limit, 'evidence');
    }
    finally {
        await opened.handle.close();
    }
    if (read.state !== 'read')
        return read.state === 'missing' ? read : refused(read.reason);
    try {
        // ignoreBOM keeps a byte-order mark in the text, where JSON.parse refuses it, as it always has.
        return { state: 'read', text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(read.bytes) };
    }
    catch {
        return refused('is not valid UTF-8 text');
    }
}
/**
 * Where the file open at handle (opened by the path `path`) really is, every symlink resolved, or
 * undefined when that cannot be told. On Linux the kernel says it: /proc/self/fd/<fd> is a link to
 * the path the descriptor was opened at, with no symlink in it (it is read, not resolved again,
 * since resolving it would walk the folders as they are now). Elsewhere (no /proc): the real path
 * of `path` now, only if it still leads to the very file opened (same device and inode); that leaves
 * a narrower race, a swap after the open and before the realpath, which the /proc answer does not.
 */
async function realPathOfOpenFile(handle, path, descriptorFolder = '/proc/self/fd') {
    try {
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(`${descriptorFolder}/${handle.fd}`);
        // Anything else ('pipe:[…]', 'anon_inode:…') is no file in a folder.
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(target) ? target : undefined;
    }
    catch {
        // No /proc, or not readable here (Node's permission model refuses it): the path's real path.
    }
    try {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path);
        const [now, opened] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real), handle.stat()]);
        return now.dev === opened.dev && now.ino === opened.ino ? real : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Opens a path that must be a regular file without ever blocking: O_NONBLOCK makes opening a FIFO
 * return at once (a FIFO then fails the fstat check). Without followSymlinks, O_NOFOLLOW refuses a
 * final symlink: the evidence reader passes the real path it has checked, so a link swapped in
 * after that check is refused rather than followed out of the folder. Reads at most limit + 1
 * bytes. `what` names the file's role in the size message.
 */
async function readRegularFile(path, limit, what, followSymlinks = false) {
    const opened = await openRegularFile(path, followSymlinks);
    if (opened.state !== 'open')
        return opened;
    try {
        return await readOpenFile(opened.handle, opened.stats, limit, what);
    }
    finally {
        await opened.handle.close();
    }
}
/**
 * Opens path without blocking (see readRegularFile) and keeps it open only if it is a regular file;
 * the caller reads from the handle (never the path again) and closes it.
 */
async function openRegularFile(path, followSymlinks) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY | (followSymlinks ? 0 : node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW));
    }
    catch (error) {
        if (errnoOf(error) === 'ENOENT')
            return { state: 'missing' };
        // Swapped for a symlink between realpath and open.
        if (errnoOf(error) === 'ELOOP')
            return { state: 'refused', reason: 'is a symbolic link that changed while it was read' };
        return { state: 'refused', reason: `cannot be read (${error.message})` };
    }
    try {
        const stats = await handle.stat();
        if (stats.isFile())
            return { state: 'open', handle, stats };
        await handle.close();
        return { state: 'refused', reason: `is ${describeFileType(stats)}, not a regular file` };
    }
    catch (error) {
        await handle.close();
        return { state: 'refused', reason: `cannot be read (${error.message})` };
    }
}
/** Reads an open regular file whose fstat gave stats, refusing it past limit bytes. */
async function readOpenFile(handle, stats, limit, what) {
    try {
        if (stats.size > limit)
            return { state: 'refused', reason: tooBig(stats.size, limit, what) };
        // Read on to the end, not to the size fstat saw: a file that grows meanwhile is still measured.
        const chunks = [];
        let total = 0;
        let chunk = Buffer.alloc(stats.size + 1);
        let filled = 0;
        for (;;) {
            const { bytesRead } = await handle.read(chunk, filled, chunk.length - filled, total);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
            total += bytesRead;
            if (total > limit)
                return { state: 'refused', reason: tooBig(total, limit, what) };
            if (filled === chunk.length) {
                chunks.push(chunk);
                chunk = Buffer.alloc(Math.min(64 * 1024, limit + 1 - total));
                filled = 0;
            }
        }
        chunks.push(chunk.subarray(0, filled));
        return { state: 'read', bytes: Buffer.concat(chunks, total) };
    }
    catch (error) {
        return { state: 'refused', reason: `cannot be read (${error.message})` };
    }
}
function tooBig(size, limit, what) {
    return `is ${size} bytes, more than the ${limit}-byte limit for ${what}`;
}
function notAFolder(root, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${root}: the artifacts folder is not a folder (${why}); give --artifacts-dir (the artifacts-dir input) the path of a folder`);
}
/** The first folder on the way from the root to the file that is not a folder, relative to the root. */
async function blockingAncestor(root, path) {
    const ancestors = [];
    for (let folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path); (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, folder) !== '' && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, folder).startsWith('..'); folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(folder))
        ancestors.unshift(folder);
    for (const folder of ancestors) {
        const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(folder).catch(() => undefined);
        if (stats && !stats.isDirectory())
            return `${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, folder)} (${describeFileType(stats)})`;
    }
    return 'a part of its path';
}
/**
 * A text file the user names (a roster, a template, a probe report, buildx metadata), read the way
 * evidence is: a FIFO or a device is refused instead of waited on, and nothing past the limit is
 * read. Throws an Error whose message says why, for the caller to put in its own words.
 */
async function readUserTextFile(path, what, limit = EVIDENCE_SIZE_LIMIT) {
    const read = await readRegularFile(path, limit, what, true);
    if (read.state === 'missing')
        throw new Error('file not found');
    if (read.state === 'refused')
        throw new Error(read.reason);
    return read.bytes.toString('utf8');
}


/***/ }),

/***/ 11549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ assertSha),
/* harmony export */   requireValid: () => (/* binding */ requireValid),
/* harmony export */   vf: () => (/* binding */ parseEvidence),
/* harmony export */   wN: () => (/* binding */ serializeEvidence),
/* harmony export */   yg: () => (/* binding */ describeProblems)
/* harmony export */ });
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41854);
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36291);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
/* harmony import */ var _encodable_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21130);
// The evidence store: every contract under `<artifacts-dir>/<kind>/<sha>/<file>.json`, validated on
// the way in and on the way out. One interface; the local folder is the first backend, the GitHub
// artifact backend sits behind the same interface.





/** Refuses anything but a full lowercase SHA, so nothing derived from input can leave the folder. */
function assertSha(sha, what = 'sha') {
    if (!_contracts_common_js__WEBPACK_IMPORTED_MODULE_1__/* .SHA_PATTERN */ .yw.test(sha)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${what}: '${sha}' is not a full commit SHA; give the 40-character lowercase hex SHA (git rev-parse HEAD)`);
    }
    return sha;
}
/** `file: field: message` for each problem, one per line. */
function describeProblems(path, problems) {
    return problems.map((problem) => `${path}: ${problem.field}: ${problem.message}`).join('\n');
}
/** The value of a valid read, or an EvidenceError that names the file and the field. */
function requireValid(read) {
    if (read.state === 'valid')
        return read;
    if (read.state === 'missing') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .oe(`${read.path}: missing: no ${read.kind} evidence for this SHA`, { file: read.path });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EvidenceError */ .oe(describeProblems(read.path, read.problems), { file: read.path });
}
/**
 * Parses text as a contract of the given kind: JSON (each key once in its object, every value one
 * canonical JSON can encode), then the schema, then the contract's own checks (the manifest
 * digest). Never throws for bad content; the problems name the field.
 */
function parseEvidence(kind, text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        // The parser quotes the text, which may hold half of a surrogate pair.
        return { ok: false, problems: [{ field: '(root)', message: `not valid JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeLoneSurrogates */ .nn)(error.message)})` }] };
    }
    const jsonProblems = [...(0,_encodable_json_js__WEBPACK_IMPORTED_MODULE_4__/* .duplicateKeyProblems */ .T)(text), ...(0,_encodable_json_js__WEBPACK_IMPORTED_MODULE_4__/* .unencodableJsonProblems */ .z)(json)];
    if (jsonProblems.length > 0)
        return { ok: false, problems: jsonProblems };
    const spec = _contracts_index_js__WEBPACK_IMPORTED_MODULE_2__/* .contracts */ .Mh[kind];
    const schemaField = json?.schema;
    const readable = [spec.id, ...(spec.readable ?? [])];
    if (typeof schemaField === 'string' && !readable.includes(schemaField)) {
        return { ok: false, problems: [{ field: 'schema', message: `is '${schemaField}', expected ${readable.map((id) => `'${id}'`).join(' or ')}` }] };
    }
    const parsed = spec.schema.safeParse(json);
    if (!parsed.success)
        return { ok: false, problems: (0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaProblems */ .Ic)(parsed.error) };
    const value = parsed.data;
    const problems = spec.verify?.(value) ?? [];
    if (problems.length > 0)
        return { ok: false, problems };
    return { ok: true, value, digest: (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(value) };
}
/** Validates a contract before it is written: a stage never writes what fails its own schema. */
function serializeEvidence(kind, sha, value) {
    const text = `${JSON.stringify(value, null, 2)}\n`;
    const checked = parseEvidence(kind, text);
    if (!checked.ok) {
        throw new Error(`bug: refusing to write ${kind} evidence that fails its own schema:\n${describeProblems(kind, checked.problems)}`);
    }
    if (value.sha !== sha) {
        throw new Error(`bug: ${kind} evidence for ${sha} names sha ${value.sha}`);
    }
    return text;
}


/***/ }),

/***/ 78205:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OQ: () => (/* binding */ EVIDENCE_CHECK_TYPE),
/* harmony export */   mergeAcceptanceShards: () => (/* binding */ mergeAcceptanceShards),
/* harmony export */   nA: () => (/* binding */ checksOfShard),
/* harmony export */   rJ: () => (/* binding */ assertShardsFit)
/* harmony export */ });
/* unused harmony export shardOfCheck */
/* harmony import */ var _config_acceptance_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50979);
/* harmony import */ var _contracts_acceptance_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50723);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
/* harmony import */ var _evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46174);
/* harmony import */ var _evidence_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11549);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55139);
/* harmony import */ var _promote_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98822);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(32418);
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(13021);
// Acceptance over several runners: which configured checks each shard runs, and the merge of the
// shards' partial results (environments/<env>/shards/<i>-of-<n>/) into the one acceptance result.









/** The type of the outcomes a run or a merge adds for evidence it could not accept (no configured check has it). */
const EVIDENCE_CHECK_TYPE = 'evidence';
/**
 * The shard (1-based) that runs configured check `checkIndex` (0-based, in config order): round
 * robin over the whole list, before the scope filter, so that every shard and the merge agree on it
 * whatever scope each of them sees. A check the scope skips is recorded as skipped by its shard.
 */
function shardOfCheck(checkIndex, total) {
    return (checkIndex % total) + 1;
}
/** The configured checks one shard runs, in config order. */
function checksOfShard(checks, shard) {
    return checks.filter((_check, index) => shardOfCheck(index, shard.total) === shard.index);
}
/** Refuses more shards than checks: a shard with nothing to run could only say NO. */
function assertShardsFit(checkCount, total, where) {
    if (checkCount > 0 && total > checkCount) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${total} shards for ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(checkCount, 'check')} in ${where.configPath} (${where.configField}.checks): a shard would have no check to run; use at most ${checkCount} shards`, { file: where.configPath });
    }
}
/**
 * Reads the n partial results of a SHA and writes the one result of the environment: the union of
 * their checks, NO when a shard is missing, invalid, NO, of another split, SHA or package, ran
 * other checks than its own (so the union covers every configured check exactly once), or ran them
 * configured otherwise than `input.config` says.
 */
async function mergeAcceptanceShards(input, ports) {
    const { logger, clock } = ports;
    const startedAt = clock.now();
    assertShardsFit(input.config.checks.length, input.shards, input);
    const store = (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(ports.store, { environment: input.environmentName });
    const promoted = await (0,_promote_js__WEBPACK_IMPORTED_MODULE_6__.promote)({ sha: input.sha, filesRoot: input.filesRoot }, { store, logger });
    const manifestPath = promoted.path;
    const packageDigest = promoted.manifest.digest;
    const reads = [];
    for (let index = 1; index <= input.shards; index++) {
        reads.push(await readShard(input, ports.store, { index, total: input.shards }, { manifestPath, packageDigest }));
    }
    const firstValid = reads.find((read) => read.result)?.result;
    for (const read of reads) {
        if (read.result && firstValid && !sameScope(read.result.scope, firstValid.scope)) {
            read.problems.push(`${read.path}: scope: is ${scopeJson(read.result.scope)}, but the first shard's is ${scopeJson(firstValid.scope)}: the shards tested different releases`);
        }
    }
    const problems = [];
    if (input.expectedPackageDigest !== undefined && input.expectedPackageDigest !== packageDigest) {
        problems.push(failed('package digest', `the package-digest input is ${input.expectedPackageDigest}, but ${manifestPath} has ${packageDigest}: refusing to accept a package other than the one asked for`));
    }
    for (const read of reads) {
        if (read.problems.length > 0)
            problems.push(failed(`shard ${read.shard.index}/${read.shard.total}`, read.problems.join('; ')));
    }
    for (const problem of problems)
        logger.error(`${problem.name}: ${problem.reason}`);
    const valid = reads.filter((read) => read.result !== undefined);
    const checks = [...problems, ...unionOfChecks(input.config, valid)];
    const verdict = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_8__/* .acceptanceVerdict */ .ze)(checks);
    const times = valid.map((read) => read.result);
    const result = (0,_contracts_acceptance_result_js__WEBPACK_IMPORTED_MODULE_1__/* .versionedAcceptanceResult */ .YX)({
        sha: input.sha,
        packageDigest,
        decision: verdict.decision,
        degraded: verdict.degraded,
        scope: firstValid?.scope ?? { runtimeChanged: true, infraChanged: true, docsChanged: true },
        startedAt: earliest([startedAt.toISOString(), ...times.map((each) => each.startedAt)]),
        finishedAt: latest([clock.now().toISOString(), ...times.map((each) => each.finishedAt)]),
        checks,
        evidence: [
            { kind: 'release-package', path: (0,_deploy_js__WEBPACK_IMPORTED_MODULE_5__/* .relativeEvidencePath */ .PC)(store, manifestPath), digest: promoted.manifest.digest },
            ...uniqueLinks(valid.flatMap((read) => read.result.evidence.filter((link) => link.kind === 'commit-stage'))),
            ...valid.map((read) => ({ kind: 'acceptance', path: (0,_deploy_js__WEBPACK_IMPORTED_MODULE_5__/* .relativeEvidencePath */ .PC)(ports.store, read.path), digest: read.digest })),
        ],
    }, { environment: input.environmentName });
    const written = await store.write('acceptance', input.sha, result);
    logger.info(`Merged ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .plural */ .LS)(input.shards, 'acceptance shard')}: ${result.decision}${result.degraded ? ' (degraded)' : ''} for ${packageDigest}. Result: ${written.path}`);
    return { result, path: written.path };
}
/** One shard's partial result with everything that keeps it out of the merge, each naming its file. */
async function readShard(input, store, shard, release) {
    const read = await (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(store, { environment: input.environmentName, shard }).read('acceptance', input.sha);
    const label = `shard ${shard.index}/${shard.total}`;
    if (read.state === 'missing')
        return { shard, path: read.path, problems: [`${read.path}: missing: ${label} wrote no acceptance result (did its job run and upload it?)`] };
    if (read.state === 'invalid')
        return { shard, path: read.path, problems: [(0,_evidence_store_js__WEBPACK_IMPORTED_MODULE_4__/* .describeProblems */ .yg)(read.path, read.problems).replace(/\n/g, '; ')] };
    const { value, path } = read;
    const problems = [];
    if (value.schema !== _contracts_acceptance_result_js__WEBPACK_IMPORTED_MODULE_1__/* .ACCEPTANCE_RESULT_SCHEMA_V2 */ .VG || value.shard === undefined) {
        return { shard, path, problems: [`${path}: shard: is absent: this is not a shard's partial result`] };
    }
    if (value.shard.total !== shard.total)
        problems.push(`${path}: shard.total: is ${value.shard.total}, but merge-shards is ${shard.total}: it was split another way`);
    if (value.shard.index !== shard.index)
        problems.push(`${path}: shard.index: is ${value.shard.index}, but this is the file of ${label}`);
    if (value.environment !== (input.environmentName ?? null))
        problems.push(`${path}: environment: is ${value.environment ?? 'null'}, expected ${input.environmentName ?? 'null'}`);
    if (value.sha !== input.sha)
        problems.push(`${path}: sha: names ${value.sha}, not ${input.sha}`);
    // Each shard must name the manifest's digest, so they also name the same one as each other.
    if (value.packageDigest !== release.packageDigest) {
        problems.push(`${path}: packageDigest: is ${value.packageDigest}, but ${release.manifestPath} has ${release.packageDigest}: this shard tested another package`);
    }
    if (value.decision !== 'YES')
        problems.push(`${path}: decision: is ${value.decision}: ${(0,_verdicts_js__WEBPACK_IMPORTED_MODULE_8__/* .checksNotPassed */ .PF)(value.checks, true, ['fail']) || 'the shard did not pass'}`);
    for (const problem of checkProblems(input, shard, value, path))
        problems.push(problem);
    return { shard, path, problems, result: value, digest: read.digest };
}
/**
 * The checks a shard lists against the ones the merge's configuration gives it: none missing, none
 * of another shard's, and each one as configured (type, required, run or skipped by its scopes for
 * the release's scope). A shard run with another configuration answered another question.
 */
function checkProblems(input, shard, result, path) {
    const configured = input.config.checks.map((check) => check.name);
    const own = new Set(checksOfShard(configured, shard));
    const problems = [];
    const seen = new Set();
    result.checks.forEach((check, at) => {
        if (check.type === EVIDENCE_CHECK_TYPE)
            return;
        const { name } = check;
        if (seen.has(name))
            problems.push(`${path}: checks: lists '${name}' twice`);
        seen.add(name);
        const index = configured.indexOf(name);
        if (own.has(name)) {
            for (const problem of configurationProblems(input, index, check, result.scope))
                problems.push(`${path}: checks[${at}].${problem}`);
            return;
        }
        problems.push(index < 0
            ? `${path}: checks: lists '${name}', which is not a configured check`
            : `${path}: checks: lists '${name}', which is shard ${shardOfCheck(index, shard.total)}'s: the shard ran the wrong checks`);
    });
    for (const name of own)
        if (!seen.has(name))
            problems.push(`${path}: checks: does not list '${name}', one of its checks`);
    return problems;
}
/** How a shard's outcome of configured check `index` differs from that check in the merge's configuration, field first. */
function configurationProblems(input, index, outcome, scope) {
    const check = input.config.checks[index];
    const where = `${input.configPath} (${input.configField}.checks[${index}])`;
    const otherConfig = 'the shard ran with another configuration';
    const problems = [];
    if (outcome.type !== check.type)
        problems.push(`type: is ${outcome.type}, but ${where} has '${check.name}' of type ${check.type}: ${otherConfig}`);
    if (outcome.required !== check.required) {
        problems.push(`required: is ${outcome.required}, but ${where} has '${check.name}' ${check.required ? 'required' : 'optional (required: false)'}: ${otherConfig}`);
    }
    const skipReason = (0,_config_acceptance_config_js__WEBPACK_IMPORTED_MODULE_0__/* .scopeSkipReason */ .yI)(check, scope);
    if (outcome.status === 'skipped' && skipReason === undefined) {
        problems.push(`status: is skipped, but ${where} runs '${check.name}' for this release (scopes ${check.scopes.join(', ')}): ${otherConfig}`);
    }
    else if (outcome.status !== 'skipped' && skipReason !== undefined) {
        problems.push(`status: is ${outcome.status}, but ${where} skips '${check.name}' for this release (${skipReason}): ${otherConfig}`);
    }
    return problems;
}
/**
 * Every configured check once, in config order, from the shard that ran it, required as the
 * configuration says (a shard that says otherwise is a NO of its own, see checkProblems); then what
 * a shard recorded about evidence it could not accept, named with its shard.
 */
function unionOfChecks(config, shards) {
    const byName = new Map();
    const others = [];
    for (const { shard, result } of shards) {
        for (const check of result.checks) {
            if (check.type === EVIDENCE_CHECK_TYPE)
                others.push({ ...check, name: `shard ${shard.index}/${shard.total}: ${check.name}` });
            else if (!byName.has(check.name))
                byName.set(check.name, check);
        }
    }
    const configured = config.checks.flatMap((check) => {
        const outcome = byName.get(check.name);
        return outcome ? [{ ...outcome, required: check.required }] : [];
    });
    const unknown = [...byName.values()].filter((check) => !config.checks.some((each) => each.name === check.name));
    return [...configured, ...unknown, ...others];
}
function failed(name, reason) {
    return { name, type: EVIDENCE_CHECK_TYPE, required: true, status: 'fail', reason, attempts: 0, durationMs: 0 };
}
function sameScope(a, b) {
    return a.runtimeChanged === b.runtimeChanged && a.infraChanged === b.infraChanged && a.docsChanged === b.docsChanged;
}
function scopeJson(scope) {
    return JSON.stringify({ runtimeChanged: scope.runtimeChanged, infraChanged: scope.infraChanged, docsChanged: scope.docsChanged });
}
function uniqueLinks(links) {
    const seen = new Set();
    return links.filter((link) => {
        const key = `${link.kind} ${link.path} ${link.digest}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function earliest(times) {
    return times.reduce((first, time) => (Date.parse(time) < Date.parse(first) ? time : first));
}
function latest(times) {
    return times.reduce((last, time) => (Date.parse(time) > Date.parse(last) ? time : last));
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


/***/ }),

/***/ 32418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PF: () => (/* binding */ checksNotPassed),
/* harmony export */   ZK: () => (/* binding */ decisionContradictions),
/* harmony export */   db: () => (/* binding */ productionVerdict),
/* harmony export */   uY: () => (/* binding */ commitStageContradictions),
/* harmony export */   ze: () => (/* binding */ acceptanceVerdict)
/* harmony export */ });
/* unused harmony export PASSING_CONCLUSION */
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13021);

/**
 * NO when a required check failed, or when there is no check at all. A check skipped for the
 * release's scope (a runtime check on a docs-only release) does not fail acceptance.
 */
function acceptanceVerdict(checks) {
    const requiredFailed = checks.some((check) => check.required && check.status === 'fail');
    return {
        decision: requiredFailed || checks.length === 0 ? 'NO' : 'YES',
        degraded: checks.some((check) => !check.required && check.status === 'fail'),
    };
}
/** fail when a required check did not pass, or when nothing passed: verification that verified nothing is not a pass. */
function productionVerdict(checks) {
    const failed = checks.some((check) => check.required && check.status !== 'pass') || !checks.some((check) => check.status === 'pass');
    return {
        verdict: failed ? 'fail' : 'pass',
        degraded: checks.some((check) => !check.required && check.status !== 'pass'),
    };
}
const PASSING_CONCLUSION = 'success';
/**
 * Why commit-stage evidence that says `passed: true` does not prove it: the check did not conclude
 * success, it was taken on another SHA without a pull request to explain it, or docs drift that was
 * configured to fail was found. Empty when `passed` follows from the evidence.
 */
function commitStageContradictions(evidence) {
    if (!evidence.passed)
        return [];
    const problems = [];
    const { check } = evidence;
    if (check.conclusion !== PASSING_CONCLUSION) {
        problems.push({ field: 'check.conclusion', message: `is '${check.conclusion}', but passed is true: only a check that concluded ${PASSING_CONCLUSION} passes` });
    }
    if (check.via === 'pull-request-head') {
        if (check.pullRequest === null) {
            problems.push({ field: 'check.pullRequest', message: 'is null, but the check was taken from a pull request head: the pull request that links it to this SHA is not named' });
        }
    }
    else if (check.checkedSha !== evidence.sha) {
        problems.push({ field: 'check.checkedSha', message: `is ${check.checkedSha}, not this SHA ${evidence.sha}: a check of another commit proves nothing about this one` });
    }
    if (evidence.drift.mode === 'fail' && evidence.drift.findings.length > 0) {
        problems.push({ field: 'drift.findings', message: `holds ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(evidence.drift.findings.length, 'finding')} with drift mode fail, but passed is true` });
    }
    return problems;
}
/** Names of checks of one kind (required or optional) that did not pass, for a reason. */
function checksNotPassed(checks, required, statuses = ['fail', 'skipped']) {
    const names = checks.filter((check) => check.required === required && statuses.includes(check.status)).map((check) => `${check.name} (${check.status})`);
    return names.length === 0 ? '' : `${required ? 'required' : 'optional'} checks not passed: ${names.join(', ')}`;
}
/**
 * Why a decision's own fields disagree: YES is success or partial_success, NO is failure; a clean
 * success gives no reason, a partial success or a NO gives at least one. Empty when they agree.
 */
function decisionContradictions(decision) {
    const { status, reasons } = decision;
    if (decision.decision === 'YES' && status === 'failure')
        return [{ field: 'status', message: 'is failure, but decision is YES: a failed decision is a NO' }];
    if (decision.decision === 'NO' && status !== 'failure')
        return [{ field: 'status', message: `is ${status}, but decision is NO` }];
    if (status === 'success' && reasons.length > 0)
        return [{ field: 'reasons', message: `holds ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(reasons.length, 'reason')}, but status is success: a clean YES has none` }];
    if (status !== 'success' && reasons.length === 0)
        return [{ field: 'reasons', message: `is empty, but status is ${status}: it must say why` }];
    return [];
}


/***/ })

};
