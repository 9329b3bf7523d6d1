export const id = 848;
export const ids = [848];
export const modules = {

/***/ 1709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ ContentHasher),
/* harmony export */   Pt: () => (/* binding */ contentHashOfFile),
/* harmony export */   pP: () => (/* binding */ contentHashOf)
/* harmony export */ });
/* unused harmony export CONTENT_HASH_BLOCK_SIZE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
// Dropbox's content_hash, computed while a file streams by: SHA-256 of every 4 MiB block, then the
// SHA-256 of those digests concatenated. Only one block's hash state is held at a time.


const CONTENT_HASH_BLOCK_SIZE = 4 * 1024 * 1024;
class ContentHasher {
    overall = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    block = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    blockFill = 0;
    total = 0;
    update(data) {
        let offset = 0;
        while (offset < data.length) {
            const take = Math.min(CONTENT_HASH_BLOCK_SIZE - this.blockFill, data.length - offset);
            this.block.update(data.subarray(offset, offset + take));
            this.blockFill += take;
            offset += take;
            if (this.blockFill === CONTENT_HASH_BLOCK_SIZE)
                this.closeBlock();
        }
        this.total += data.length;
        return this;
    }
    get size() {
        return this.total;
    }
    /** Lowercase hex. An empty input gives the SHA-256 of nothing, as Dropbox does. */
    digest() {
        if (this.blockFill > 0)
            this.closeBlock();
        return this.overall.digest('hex');
    }
    closeBlock() {
        this.overall.update(this.block.digest());
        this.block = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        this.blockFill = 0;
    }
}
/** Reads a file once, in block-sized positional reads into one reused buffer. */
async function contentHashOfFile(path, onBytes) {
    const hasher = new ContentHasher();
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(CONTENT_HASH_BLOCK_SIZE);
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            hasher.update(buffer.subarray(0, bytesRead));
            onBytes?.(bytesRead);
        }
    }
    finally {
        await handle.close();
    }
    return { size: hasher.size, contentHash: hasher.digest() };
}
function contentHashOf(data) {
    return new ContentHasher().update(data).digest();
}


/***/ }),

/***/ 409:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cK: () => (/* binding */ deliver),
  eY: () => (/* binding */ loadManifest),
  xA: () => (/* binding */ updateManifest)
});

// EXTERNAL MODULE: ./build/contracts/delivery.js
var delivery = __webpack_require__(7822);
// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(1854);
// EXTERNAL MODULE: ./build/contracts/index.js
var contracts = __webpack_require__(1920);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/evidence/store.js
var store = __webpack_require__(1549);
// EXTERNAL MODULE: ./build/delivery/content-hash.js
var content_hash = __webpack_require__(1709);
;// CONCATENATED MODULE: ./build/delivery/destination.js
const silentProgress = { start: () => { }, advance: () => { }, finish: () => { } };

// EXTERNAL MODULE: ./build/delivery/layout.js
var layout = __webpack_require__(495);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
;// CONCATENATED MODULE: ./build/delivery/source-files.js
// The files to deliver: paths or globs (one per line) resolved in the workspace, each one a plain
// file with a name that is unique within the delivery.





async function walk(folder) {
    const found = [];
    let entries;
    try {
        entries = await (0,promises_.readdir)(folder, { withFileTypes: true });
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return found;
        throw error;
    }
    for (const entry of entries) {
        if (entry.name === '.git' || entry.name === 'node_modules')
            continue;
        const path = (0,external_node_path_.join)(folder, entry.name);
        if (entry.isDirectory())
            found.push(...(await walk(path)));
        else if (entry.isFile())
            found.push(path);
    }
    return found;
}
async function resolveSourceFiles(patterns, workspace) {
    if (patterns.length === 0)
        throw new errors/* ConfigurationError */.j1("input 'files': give at least one path or glob, one per line");
    const files = [];
    for (const pattern of patterns) {
        const scan = picomatch.scan(pattern);
        if (!scan.isGlob) {
            const localPath = (0,external_node_path_.resolve)(workspace, pattern);
            const info = await (0,promises_.stat)(localPath).catch(() => undefined);
            if (!info)
                throw new errors/* ConfigurationError */.j1(`files: '${pattern}' does not exist (looked at ${localPath}); check the path or build the file first`);
            if (!info.isFile())
                throw new errors/* ConfigurationError */.j1(`files: '${pattern}' is not a file; give files or a glob such as '${pattern.replace(/\/$/, '')}/*'`);
            files.push({ localPath, name: (0,layout/* deliveryFileName */.SY)((0,external_node_path_.basename)(localPath), pattern), source: pattern });
            continue;
        }
        const base = (0,external_node_path_.resolve)(workspace, scan.base || '.');
        const matches = picomatch((0,external_node_path_.isAbsolute)(pattern) ? pattern : (0,external_node_path_.relative)(workspace, (0,external_node_path_.resolve)(workspace, pattern)).split('\\').join('/') || pattern, { dot: false });
        const matched = (await walk(base)).filter((path) => matches((0,external_node_path_.isAbsolute)(pattern) ? path : (0,external_node_path_.relative)(workspace, path).split('\\').join('/'))).sort();
        if (matched.length === 0)
            throw new errors/* ConfigurationError */.j1(`files: the glob '${pattern}' matched no files under ${base}; check the pattern or build the files first`);
        for (const localPath of matched)
            files.push({ localPath, name: (0,layout/* deliveryFileName */.SY)((0,external_node_path_.basename)(localPath), pattern), source: pattern });
    }
    const byName = new Map();
    for (const file of files) {
        const key = file.name.toLowerCase();
        const earlier = byName.get(key);
        if (earlier && earlier.localPath !== file.localPath) {
            throw new errors/* ConfigurationError */.j1(`files: '${earlier.localPath}' and '${file.localPath}' would both be delivered as '${file.name}' (names are case-insensitive at Dropbox); rename one`);
        }
        byName.set(key, file);
    }
    return [...byName.values()];
}

;// CONCATENATED MODULE: ./build/delivery/deliver.js
// The deliver stage: hash the files while reading them, compare with the current version, and
// either record an unchanged run or upload version N+1, verify it against the destination's
// content hashes, keep the one stable shared link, and only then switch the manifest to it.









const MANIFEST_WRITE_ATTEMPTS = 20;
/** Reads and validates the manifest; a manifest that fails its schema stops the run. */
async function loadManifest(destination, file) {
    const stored = await destination.readManifest(file);
    if (!stored)
        return { manifest: undefined, revision: undefined };
    const where = destination.displayPath(file);
    let json;
    try {
        json = JSON.parse(stored.text);
    }
    catch (error) {
        throw new errors/* EvidenceError */.oe(`${where}: the delivery manifest is not valid JSON (${(0,errors/* errorMessage */.gJ)(error)}); restore it from the destination's version history`, { file: where });
    }
    const parsed = delivery/* deliveryManifest */.kJ.safeParse(json);
    if (!parsed.success) {
        throw new errors/* EvidenceError */.oe(`${(0,store/* describeProblems */.yg)(where, (0,contracts/* schemaProblems */.Ic)(parsed.error))}\nrestore the delivery manifest from the destination's version history`, { file: where });
    }
    return { manifest: parsed.data, revision: stored.revision };
}
function emptyManifest(project) {
    return { schema: delivery/* DELIVERY_MANIFEST_SCHEMA */.jy, project, current: null, runs: [] };
}
function sameRun(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/**
 * Applies a change to the manifest as it is at the destination now, and writes it only at the
 * revision it read. A concurrent run that wrote in between makes the write a conflict: read again
 * and re-apply, so no run record is lost.
 */
async function updateManifest(destination, file, project, change, clock) {
    for (let attempt = 1;; attempt++) {
        const { manifest, revision } = await loadManifest(destination, file);
        const updated = change(structuredClone(manifest ?? emptyManifest(project)));
        const checked = delivery/* deliveryManifest */.kJ.parse(updated);
        const text = `${JSON.stringify(checked, null, 2)}\n`;
        if ((await destination.writeManifest(file, text, revision)) === 'written')
            return checked;
        if (attempt >= MANIFEST_WRITE_ATTEMPTS) {
            throw new Error(`${destination.displayPath(file)}: the delivery manifest kept changing under this run (${attempt} attempts); another delivery to this project is running, try again`);
        }
        await clock.sleep(Math.min(50 * attempt, 1000) * (0.5 + Math.random()));
    }
}
function appendRun(manifest, run) {
    if (!manifest.runs.some((existing) => sameRun(existing, run)))
        manifest.runs.push(run);
    return manifest;
}
function sameFiles(a, b) {
    if (a.length !== b.length)
        return false;
    const hashes = new Map(a.map((file) => [file.name.toLowerCase(), file.contentHash]));
    return b.every((file) => file.contentHash !== undefined && hashes.get(file.name.toLowerCase()) === file.contentHash);
}
/** The claim on a pending version: a digest of the file names (case-folded) and content hashes. */
function contentDigestOf(items) {
    // A file name holds no '/', so each entry reads back unambiguously.
    return (0,canonical/* digestOf */.ol)(items.map((item) => `${item.name.toLowerCase()}/${item.contentHash}`).sort());
}
/** Another run made a version current while this one was choosing its own: decide again. */
class CurrentMoved extends Error {
    version;
    constructor(manifestPath, version) {
        super(`${manifestPath}: other deliveries kept making new versions current while this run was choosing its version; try again`);
        this.version = version;
    }
}
function remoteFiles(entries) {
    return (entries ?? []).filter((entry) => entry.kind === 'file');
}
async function deliver(input, ports) {
    const { destination, logger, clock } = ports;
    const progress = ports.progress ?? silentProgress;
    const startedAt = clock.now().toISOString();
    const manifestPath = destination.displayPath(input.layout.manifestFile);
    const stablePath = destination.displayPath(input.layout.stableFolder);
    // Everything the user can get wrong is checked before anything is written anywhere.
    const sources = await resolveSourceFiles(input.files, input.workspace);
    logger.info(`deliver: ${sources.length} file(s) for project '${input.project}' to ${destination.describe()}`);
    const hashed = [];
    for (const source of sources) {
        const { size, contentHash } = await (0,content_hash/* contentHashOfFile */.Pt)(source.localPath);
        hashed.push({ localPath: source.localPath, name: source.name, size, contentHash });
        logger.debug(`deliver: ${source.name}: ${size} bytes, content_hash ${contentHash}`);
    }
    let bytesUploaded = 0;
    let version = null;
    const resultOf = (fields) => ({
        schema: delivery/* DELIVERY_RESULT_SCHEMA */.L_,
        sha: input.sha,
        project: input.project,
        destination: { kind: destination.kind, location: input.destinationLabel },
        version,
        versionPath: version === null ? null : destination.displayPath((0,layout/* versionFolder */.pN)(input.layout, version)),
        stablePath,
        shareUrl: null,
        shareStatus: null,
        manifestPath,
        files: [],
        bytesUploaded,
        startedAt,
        finishedAt: clock.now().toISOString(),
        ...fields,
    });
    // Who a pending version belongs to: the files it is for. A run delivering exactly these files
    // (a rerun after a crash) may finish it, since it can only write the same bytes; any other run
    // takes the next version.
    const contentDigest = contentDigestOf(hashed);
    const filesAt = (folder) => hashed.map((item) => ({ name: item.name, size: item.size, contentHash: item.contentHash, path: `${destination.displayPath(folder)}/${item.name}` }));
    try {
        for (let attempt = 1;; attempt++) {
            const { manifest } = await loadManifest(destination, input.layout.manifestFile);
            const current = manifest?.current ?? null;
            if (current) {
                const currentFolder = (0,layout/* versionFolder */.pN)(input.layout, current.currentVersion);
                const confirmed = sameFiles(current.files, remoteFiles(await destination.listFolder(currentFolder)));
                if (!confirmed)
                    logger.warning(`deliver: ${destination.displayPath(currentFolder)} no longer holds the files the manifest lists; delivering a new version`);
                if (confirmed && sameFiles(current.files, hashed)) {
                    version = current.currentVersion;
                    const link = await destination.shareLink(input.layout.stableFolder, { known: current.stableShareUrl, refresh: input.refreshShareLink });
                    logger.info(`deliver: unchanged: v${version} already holds these files; nothing uploaded. Shared link (${link.status}) on ${stablePath}: ${link.url}`);
                    const run = { sha: input.sha, time: clock.now().toISOString(), version, outcome: 'unchanged', bytesUploaded: 0 };
                    await updateManifest(destination, input.layout.manifestFile, input.project, (latest) => {
                        if (latest.current && latest.current.currentVersion === version) {
                            latest.current.stableShareUrl = link.url;
                            latest.current.shareStatus = link.status;
                        }
                        return appendRun(latest, run);
                    }, clock);
                    const result = resultOf({ outcome: 'unchanged', shareUrl: link.url, shareStatus: link.status, files: current.files });
                    return { result, resultPath: (await ports.store.write('delivery', input.sha, result)).path, manifestPath };
                }
            }
            // Claim a version, decided on the manifest as it is when the claim is written: the pending
            // one if it is for these same files (or was left without a claim by an older shipgate), else
            // one past everything that exists or is claimed. If another run made a version current since
            // the read above, start over: that version may already hold these files.
            const existing = (await destination.listFolder(input.layout.stableFolder)) ?? [];
            const highestFolder = Math.max(0, ...existing.filter((entry) => entry.kind === 'folder').map((entry) => (0,layout/* versionOfFolder */.Ac)(input.layout, entry.name) ?? 0));
            const currentVersion = current?.currentVersion ?? 0;
            const claim = { finishing: false };
            let claimed;
            try {
                claimed = await updateManifest(destination, input.layout.manifestFile, input.project, (latest) => {
                    const latestCurrent = latest.current?.currentVersion ?? 0;
                    if (latestCurrent !== currentVersion)
                        throw new CurrentMoved(manifestPath, latestCurrent);
                    const pending = latest.pending;
                    claim.finishing = pending !== undefined && pending.version > latestCurrent && (pending.contentDigest === undefined || pending.contentDigest === contentDigest);
                    const claiming = claim.finishing && pending ? pending.version : Math.max(latestCurrent, highestFolder, pending?.version ?? 0) + 1;
                    latest.pending = { version: claiming, sha: input.sha, startedAt, contentDigest };
                    return latest;
                }, clock);
            }
            catch (error) {
                if (!(error instanceof CurrentMoved) || attempt >= MANIFEST_WRITE_ATTEMPTS)
                    throw error;
                logger.info(`deliver: another delivery made v${error.version} current meanwhile; comparing with it again`);
                continue;
            }
            const targetVersion = claimed.pending.version;
            version = targetVersion;
            if (claim.finishing)
                logger.info(`deliver: finishing v${targetVersion}, which an earlier run with these same files left incomplete`);
            return await uploadAndSwitch(targetVersion, current);
        }
    }
    catch (error) {
        await recordFailure(input, ports, error, version, bytesUploaded, resultOf);
        throw error;
    }
    async function uploadAndSwitch(targetVersion, current) {
        const folder = (0,layout/* versionFolder */.pN)(input.layout, targetVersion);
        // Files already in the folder with our content stay; others are replaced; strays removed.
        const there = remoteFiles(await destination.listFolder(folder));
        const wanted = new Map(hashed.map((item) => [item.name.toLowerCase(), item]));
        const toUpload = hashed.filter((item) => !there.some((file) => file.name.toLowerCase() === item.name.toLowerCase() && file.contentHash === item.contentHash));
        for (const stray of there.filter((file) => !wanted.has(file.name.toLowerCase()))) {
            logger.info(`deliver: removing ${stray.name} from the incomplete v${targetVersion}`);
            await destination.deleteFile(`${folder}/${stray.name}`);
        }
        const total = toUpload.reduce((sum, item) => sum + item.size, 0);
        logger.info(`deliver: uploading ${toUpload.length} file(s), ${total} bytes, to ${destination.displayPath(folder)}`);
        progress.start(total, toUpload.length);
        const counting = { ...progress, advance: (bytes) => { bytesUploaded += bytes; progress.advance(bytes); } };
        try {
            await destination.upload(folder, toUpload, counting);
        }
        finally {
            progress.finish();
        }
        bytesUploaded = Math.min(bytesUploaded, total);
        // Verified from the destination's own listing before anything points at the new version.
        const landed = remoteFiles(await destination.listFolder(folder));
        if (!sameFiles(hashed, landed)) {
            throw new Error(`${destination.displayPath(folder)}: after the upload the folder does not hold exactly the delivered files with our content hashes; run again to redo v${targetVersion}`);
        }
        const link = await destination.shareLink(input.layout.stableFolder, { known: current?.stableShareUrl, refresh: input.refreshShareLink });
        const files = filesAt(folder);
        const finishedAt = clock.now().toISOString();
        const run = { sha: input.sha, time: finishedAt, version: targetVersion, outcome: 'created', bytesUploaded };
        // Made current only if no other run has a claim on it and nothing newer is current; a version
        // that is current is never replaced by another of the same number.
        const switch_ = { toTwin: false };
        const switched = await updateManifest(destination, input.layout.manifestFile, input.project, (latest) => {
            switch_.toTwin = false;
            const now = latest.current;
            if (now && now.currentVersion > targetVersion) {
                throw new Error(`${manifestPath}: another delivery made v${now.currentVersion} current while this run was uploading v${targetVersion}, so v${targetVersion} is not made current; run again to deliver these files as a new version`);
            }
            if (now && now.currentVersion === targetVersion) {
                // Only a run claiming the same files can have finished it first: it holds our files already.
                if (!sameFiles(now.files, hashed)) {
                    throw new Error(`${manifestPath}: another delivery made v${targetVersion} current with other files while this run was uploading it; run again to deliver these files as a new version`);
                }
                switch_.toTwin = true;
            }
            else {
                if (latest.pending && latest.pending.version === targetVersion && latest.pending.contentDigest !== contentDigest) {
                    throw new Error(`${manifestPath}: v${targetVersion} is now claimed by another delivery (SHA ${latest.pending.sha}, started ${latest.pending.startedAt}); run again to deliver these files as a new version`);
                }
                latest.current = {
                    stablePath,
                    stableShareUrl: link.url,
                    shareStatus: link.status,
                    currentVersion: targetVersion,
                    versionPath: destination.displayPath(folder),
                    sha: input.sha,
                    updatedAt: finishedAt,
                    files,
                };
            }
            // A lower claim is left behind for good: its run will find a newer version current.
            if (latest.pending && latest.pending.version <= targetVersion)
                delete latest.pending;
            return appendRun(latest, switch_.toTwin ? { ...run, outcome: 'unchanged' } : run);
        }, clock);
        if (switch_.toTwin && switched.current) {
            const by = switched.current;
            logger.info(`deliver: unchanged: another run with these same files made v${targetVersion} current first (SHA ${by.sha}); ${bytesUploaded} bytes uploaded. Shared link (${by.shareStatus}) on ${stablePath}: ${by.stableShareUrl}`);
            const result = resultOf({ outcome: 'unchanged', shareUrl: by.stableShareUrl, shareStatus: by.shareStatus, files: by.files });
            return { result, resultPath: (await ports.store.write('delivery', input.sha, result)).path, manifestPath };
        }
        logger.info(`deliver: created v${targetVersion} (${bytesUploaded} bytes uploaded). Shared link (${link.status}) on ${stablePath}: ${link.url}`);
        const result = resultOf({ outcome: 'created', shareUrl: link.url, shareStatus: link.status, files });
        return { result, resultPath: (await ports.store.write('delivery', input.sha, result)).path, manifestPath };
    }
}
/** A failed run is still recorded, as far as the destination and the store can take it. */
async function recordFailure(input, ports, error, version, bytesUploaded, resultOf) {
    const message = (ports.mask ?? ((text) => text))((0,errors/* errorMessage */.gJ)(error));
    const run = { sha: input.sha, time: ports.clock.now().toISOString(), version, outcome: 'failed', bytesUploaded, error: message.slice(0, 2000) };
    try {
        await updateManifest(ports.destination, input.layout.manifestFile, input.project, (latest) => appendRun(latest, run), ports.clock);
    }
    catch (recordError) {
        ports.logger.warning(`deliver: the failed run is not in the delivery manifest: ${(0,errors/* errorMessage */.gJ)(recordError)}`);
    }
    try {
        await ports.store.write('delivery', input.sha, resultOf({ outcome: 'failed', version, error: message.slice(0, 2000) }));
    }
    catch (recordError) {
        ports.logger.warning(`deliver: the delivery result was not written: ${(0,errors/* errorMessage */.gJ)(recordError)}`);
    }
}


/***/ }),

/***/ 495:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ versionOfFolder),
/* harmony export */   G2: () => (/* binding */ parseDestination),
/* harmony export */   MM: () => (/* binding */ relativeDeliveryPath),
/* harmony export */   Md: () => (/* binding */ defaultLayout),
/* harmony export */   SY: () => (/* binding */ deliveryFileName),
/* harmony export */   pN: () => (/* binding */ versionFolder)
/* harmony export */ });
/* unused harmony exports DEFAULT_STABLE_FOLDER, DEFAULT_VERSION_PREFIX, DEFAULT_MANIFEST_FILE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
// Where a delivery goes: the destination (a Dropbox path or a local folder) and the layout under
// `<destination>/<project>/`, every part of it checked so that nothing derived from input escapes.

const DEFAULT_STABLE_FOLDER = '01_Deliverables/Final';
const DEFAULT_VERSION_PREFIX = 'v';
const DEFAULT_MANIFEST_FILE = '00_Admin/.shipgate/manifest/delivery_manifest.json';
const defaultLayout = {
    stableFolder: DEFAULT_STABLE_FOLDER,
    versionPrefix: DEFAULT_VERSION_PREFIX,
    manifestFile: DEFAULT_MANIFEST_FILE,
};
/** `dropbox:/Clients/Acme` or `local:deliveries`; the error says which forms are accepted. */
function parseDestination(value) {
    const colon = value.indexOf(':');
    const scheme = colon > 0 ? value.slice(0, colon) : '';
    const rest = value.slice(colon + 1).trim();
    if (scheme === 'dropbox') {
        const segments = rest.split('/').filter((segment) => segment !== '');
        for (const segment of segments)
            checkSegment(segment, `destination '${value}'`);
        return { kind: 'dropbox', path: segments.length === 0 ? '' : `/${segments.join('/')}` };
    }
    if (scheme === 'local') {
        if (rest === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`destination '${value}': give a folder after local:, e.g. local:deliveries`);
        return { kind: 'local', folder: rest };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`destination '${value}': expected dropbox:<path> (e.g. dropbox:/Clients/Acme) or local:<folder> (e.g. local:deliveries)`);
}
function checkSegment(segment, what) {
    if (segment === '..' || segment === '.') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${what}: '${segment}' is not allowed; a delivery path must stay inside the destination`);
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\\]/.test(segment)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${what}: '${segment}' holds a control character or a backslash; use plain names separated by /`);
    }
}
/** A relative path of plain segments: no `..`, no `.`, no leading slash, nothing empty. */
function relativeDeliveryPath(value, what) {
    const trimmed = value.trim();
    if (trimmed === '' || trimmed.startsWith('/')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${what}: '${value}' must be a relative path inside the destination, e.g. ${what === 'project' ? 'acme-website' : DEFAULT_STABLE_FOLDER}`);
    }
    const segments = trimmed.split('/').filter((segment) => segment !== '');
    for (const segment of segments)
        checkSegment(segment, `${what} '${value}'`);
    return segments.join('/');
}
/** A file name inside a version folder: one plain segment. */
function deliveryFileName(name, source) {
    if (name.includes('/') || name === '' || name === '.' || name === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`files: '${source}' gives the file name '${name}', which cannot be delivered; rename the file`);
    }
    checkSegment(name, `files '${source}'`);
    return name;
}
function versionFolder(layout, version) {
    return `${layout.stableFolder}/${layout.versionPrefix}${version}`;
}
/** The version number of a folder name in the stable folder, or undefined for any other name. */
function versionOfFolder(layout, name) {
    if (!name.toLowerCase().startsWith(layout.versionPrefix.toLowerCase()))
        return undefined;
    const digits = name.slice(layout.versionPrefix.length);
    return /^[1-9][0-9]{0,8}$/.test(digits) ? Number(digits) : undefined;
}


/***/ }),

/***/ 8111:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ LocalDestination)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3136);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7598);
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1854);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3387);
/* harmony import */ var _content_hash_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1709);
// The local-folder destination: the same layout and manifest as Dropbox, in a folder on this
// machine. The stable link is the stable folder's file:// URL; the manifest revision is its hash.









const LOCK_STALE_MS = 30_000;
class LocalDestination {
    clock;
    kind = 'local';
    root;
    /** `projectFolder` is `<folder>/<project>`, already checked to hold no `..`. */
    constructor(projectFolder, clock) {
        this.clock = clock;
        this.root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(projectFolder);
    }
    displayPath(relative) {
        return relative === '' ? this.root : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, relative);
    }
    describe() {
        return `local folder ${this.root}`;
    }
    async readManifest(relative) {
        const text = await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_7__/* .readTextIfPresent */ .Ge)(this.displayPath(relative));
        return text === undefined ? undefined : { text, revision: (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256Hex */ .fg)(text) };
    }
    async writeManifest(relative, text, expectedRevision) {
        const path = this.displayPath(relative);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, '..'), { recursive: true });
        const release = await this.lock(`${path}.lock`);
        try {
            const current = await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_7__/* .readTextIfPresent */ .Ge)(path);
            const revision = current === undefined ? undefined : (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256Hex */ .fg)(current);
            if (revision !== expectedRevision)
                return 'conflict';
            await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_7__/* .writeFileAtomic */ .Zf)(path, text);
            return 'written';
        }
        finally {
            await release();
        }
    }
    async listFolder(relative) {
        const folder = this.displayPath(relative);
        let names;
        try {
            names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(folder);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        }
        const entries = [];
        for (const name of names.sort()) {
            if (name.startsWith('.shipgate-'))
                continue;
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, name));
            if (info.isDirectory())
                entries.push({ kind: 'folder', name });
            else if (info.isFile())
                entries.push({ kind: 'file', name, size: info.size, contentHash: (await (0,_content_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .contentHashOfFile */ .Pt)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, name))).contentHash });
        }
        return entries;
    }
    async upload(folder, items, progress) {
        const target = this.displayPath(folder);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(target, { recursive: true });
        const uploaded = [];
        for (const item of items) {
            // Copy to a hidden name, hashing what is written, then rename: a crash leaves no half file.
            const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target, `.shipgate-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_5__.randomBytes)(6).toString('hex')}.tmp`);
            const hasher = new _content_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .ContentHasher */ .Nk();
            try {
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(item.localPath, { highWaterMark: 1024 * 1024 }), async function* (source) {
                    for await (const chunk of source) {
                        hasher.update(chunk);
                        progress.advance(chunk.length);
                        yield chunk;
                    }
                }, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(temporary));
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target, item.name));
            }
            catch (error) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
                throw error;
            }
            uploaded.push({ name: item.name, size: hasher.size, contentHash: hasher.digest() });
        }
        return uploaded;
    }
    async deleteFile(relative) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.displayPath(relative), { force: true });
    }
    async shareLink(folder, options) {
        const path = this.displayPath(folder);
        const url = (0,node_url__WEBPACK_IMPORTED_MODULE_4__.pathToFileURL)(path).href;
        if (options.known === undefined)
            return { url, status: 'created' };
        if (!options.refresh)
            return { url: options.known, status: 'reused' };
        // A local link is "revoked" when the manifest's link no longer names the stable folder (the
        // folder moved, or the manifest came from elsewhere): it is replaced by the folder's URL.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(path, { recursive: true });
        return options.known === url ? { url, status: 'reused' } : { url, status: 'recreated' };
    }
    /** An exclusive lock file; a lock older than LOCK_STALE_MS is from a crashed run and is taken over. */
    async lock(path) {
        for (let attempt = 0;; attempt++) {
            try {
                const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'wx');
                await handle.close();
                return async () => {
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(path).catch(() => undefined);
                };
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
                const age = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).then((info) => this.clock.now().getTime() - info.mtimeMs, () => 0);
                if (age > LOCK_STALE_MS)
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(path).catch(() => undefined);
                else
                    await this.clock.sleep(Math.min(20 * (attempt + 1), 200));
            }
        }
    }
}


/***/ }),

/***/ 4552:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ openDestination)
/* harmony export */ });
/* unused harmony export dropboxAuth */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(495);
/* harmony import */ var _local_destination_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8111);
// Turns the deliver settings into a destination: a local folder, or a Dropbox folder with the auth
// mode the inputs give. Says which auth mode and where it came from, never the token.




function dropboxAuth(settings) {
    const refreshGiven = [settings.dropboxRefreshToken, settings.dropboxAppKey, settings.dropboxAppSecret];
    const refresh = settings.dropboxRefreshToken && settings.dropboxAppKey && settings.dropboxAppSecret
        ? { refreshToken: settings.dropboxRefreshToken, appKey: settings.dropboxAppKey, appSecret: settings.dropboxAppSecret }
        : undefined;
    if (!refresh && refreshGiven.some((value) => value)) {
        const missing = ['dropbox-refresh-token', 'dropbox-app-key', 'dropbox-app-secret'].filter((_, index) => !refreshGiven[index]);
        if (!settings.dropboxAccessToken)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`a Dropbox refresh token needs all three inputs; missing: ${missing.join(', ')}`);
    }
    if (settings.dropboxAccessToken) {
        return {
            mode: 'access-token',
            accessToken: settings.dropboxAccessToken,
            refresh,
            source: refresh ? "access token from input 'dropbox-access-token', refreshed with 'dropbox-refresh-token' + 'dropbox-app-key' + 'dropbox-app-secret' when it expires" : "access token from input 'dropbox-access-token' (no refresh: it fails when the token expires)",
        };
    }
    if (refresh)
        return { mode: 'refresh-token', refresh, source: "refresh token from inputs 'dropbox-refresh-token' + 'dropbox-app-key' + 'dropbox-app-secret'" };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`destination '${settings.destination}' needs Dropbox credentials: give dropbox-access-token, or dropbox-refresh-token with dropbox-app-key and dropbox-app-secret (as secrets)`);
}
async function openDestination(settings, ports) {
    const spec = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDestination */ .G2)(settings.destination);
    const project = (0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .relativeDeliveryPath */ .MM)(settings.project, 'project');
    // A local folder is the user's own choice of place: relative to the workspace, or absolute.
    if (spec.kind === 'local')
        return new _local_destination_js__WEBPACK_IMPORTED_MODULE_3__/* .LocalDestination */ .Y((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(settings.workspace, spec.folder), project), ports.clock);
    const auth = dropboxAuth(settings);
    let root = spec.path;
    if (settings.useApiRootFolder) {
        if (!settings.apiRootFolder)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("use-api-root-folder is true: give api-root-folder, the folder every delivery path goes under (e.g. /Apps/shipgate-bot)");
        root = `/${(0,_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .relativeDeliveryPath */ .MM)(settings.apiRootFolder.replace(/^\/+/, ''), 'api-root-folder')}${root}`;
    }
    root = `${root}/${project}`;
    let apiUrl;
    if (settings.dropboxApiUrl) {
        try {
            apiUrl = new URL(settings.dropboxApiUrl).href;
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${settings.dropboxApiUrlSource ?? 'dropbox-api-url'}: '${settings.dropboxApiUrl}' is not a URL; give e.g. http://127.0.0.1:8080`);
        }
    }
    const { DropboxApi } = await __webpack_require__.e(/* import() */ 472).then(__webpack_require__.bind(__webpack_require__, 1472));
    const { DropboxDestination } = await __webpack_require__.e(/* import() */ 411).then(__webpack_require__.bind(__webpack_require__, 2792));
    const api = new DropboxApi({
        auth,
        apiUrl,
        deadline: ports.clock.now().getTime() + settings.timeoutSeconds * 1000,
        clock: ports.clock,
        logger: ports.logger,
        backoffMs: settings.backoffMs,
    });
    const where = apiUrl ? `${apiUrl} (from ${settings.dropboxApiUrlSource ?? 'dropbox-api-url'})` : 'api.dropboxapi.com';
    ports.logger.info(`dropbox: auth mode ${auth.mode}: ${auth.source}; endpoint ${where}${settings.useApiRootFolder ? `; API root folder ${settings.apiRootFolder}` : ''}`);
    return new DropboxDestination(api, { root, authDescription: auth.mode, singleUploadLimit: settings.singleUploadLimit, chunkSize: settings.chunkSize });
}


/***/ })

};
