export const id = 3959;
export const ids = [3959,1549,9236];
export const modules = {

/***/ 50723:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VG: () => (/* binding */ ACCEPTANCE_RESULT_SCHEMA_V2),
/* harmony export */   Xu: () => (/* binding */ MAX_ACCEPTANCE_SHARDS),
/* harmony export */   YX: () => (/* binding */ versionedAcceptanceResult),
/* harmony export */   fs: () => (/* binding */ acceptanceResult),
/* harmony export */   yg: () => (/* binding */ ACCEPTANCE_RESULT_SCHEMA)
/* harmony export */ });
/* unused harmony export acceptanceShard */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36291);
// The acceptance result: one YES or NO for the package that was tested, with every check's outcome.
// v1 is a plain run's; v2 also names the environment of `environments:` it was taken in and, for
// one shard of a sharded run, which shard it is.


const ACCEPTANCE_RESULT_SCHEMA = 'shipgate.acceptance-result/v1';
const ACCEPTANCE_RESULT_SCHEMA_V2 = 'shipgate.acceptance-result/v2';
/** The most shards a run may be split into (as parseShard allows). */
const MAX_ACCEPTANCE_SHARDS = 256;
const acceptanceShard = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    index: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).describe('Which shard this is, 1-based.'),
    total: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(1).max(MAX_ACCEPTANCE_SHARDS).describe('How many shards the checks were split into.'),
})
    .strict()
    .refine((shard) => shard.index <= shard.total, { message: 'index must not be greater than total', path: ['index'] });
const acceptanceResultV1 = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(ACCEPTANCE_RESULT_SCHEMA),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .commitSha */ .mJ,
    packageDigest: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .digest */ .br.describe('The release package that was tested.'),
    decision: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .decision */ .xR,
    degraded: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().describe('True when an optional check failed: release-decision makes it partial_success.'),
    scope: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .scopeFlags */ .SV,
    startedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    finishedAt: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .timestamp */ .vE,
    checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_common_js__WEBPACK_IMPORTED_MODULE_0__/* .checkOutcome */ .Tx),
    evidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_common_js__WEBPACK_IMPORTED_MODULE_0__/* .evidenceLink */ .Ow).describe('The evidence acceptance read.'),
})
    .strict();
const acceptanceResultV2 = acceptanceResultV1
    .extend({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(ACCEPTANCE_RESULT_SCHEMA_V2),
    environment: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentName */ .VE
        .nullable()
        .describe('The environment of `environments:` whose checks ran; null for a sharded run without environments.'),
    shard: acceptanceShard
        .optional()
        .describe("Set on one shard's partial result (it lists only that shard's checks); absent on a whole or merged result."),
})
    .strict();
const acceptanceResult = zod__WEBPACK_IMPORTED_MODULE_1__/* .discriminatedUnion */ .gMt('schema', [acceptanceResultV1, acceptanceResultV2]);
/**
 * The result in the version its scope calls for: v1, exactly as before, for a plain run (so a
 * plain run's evidence and digests do not change); v2 when an environment or a shard is set.
 */
function versionedAcceptanceResult(body, where) {
    if (where.environment === undefined && where.shard === undefined)
        return { schema: ACCEPTANCE_RESULT_SCHEMA, ...body };
    return { schema: ACCEPTANCE_RESULT_SCHEMA_V2, ...body, environment: where.environment ?? null, ...(where.shard ? { shard: where.shard } : {}) };
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


/***/ })

};
