export const id = 939;
export const ids = [939];
export const modules = {

/***/ 7939:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openDestination: () => (/* binding */ openDestination)
});

// UNUSED EXPORTS: dropboxAuth

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/delivery/layout.js
var layout = __webpack_require__(495);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(1854);
// EXTERNAL MODULE: ./build/evidence/local-store.js + 2 modules
var local_store = __webpack_require__(9296);
// EXTERNAL MODULE: ./build/evidence/atomic-file.js
var atomic_file = __webpack_require__(3910);
// EXTERNAL MODULE: ./build/delivery/content-hash.js
var content_hash = __webpack_require__(1709);
// EXTERNAL MODULE: ./build/delivery/source-files.js
var source_files = __webpack_require__(1454);
;// CONCATENATED MODULE: ./build/delivery/local-destination.js
// The local-folder destination: the same layout and manifest as Dropbox, in a folder on this
// machine. The stable link is the stable folder's file:// URL; the manifest revision is its hash.
// The project folder keeps the content hashes of the files it wrote (.shipgate-content-hashes.json,
// outside the shared folder), so that a later run lists them without reading them again.











const LOCK_STALE_MS = 30_000;
/** In the project folder, beside the folders it names (its listing skips `.shipgate-` names). */
const HASHES_FILE = '.shipgate-content-hashes.json';
/**
 * Copies are written here, in the project folder, and renamed into their version folder once
 * whole: a killed copy never leaves part of a file in a folder the shared link shows.
 */
const PARTIAL_FOLDER = '.shipgate-partial';
/** A partial copy this old belongs to no running copy (which writes to it all the time). */
const PARTIAL_STALE_MS = 10 * 60 * 1000;
/**
 * What the hash file holds: for each file written (by its path under the project folder), its stamp
 * after the write (device, inode, size, mtime and ctime; any write, replacement or touch changes
 * it) and the content hash of what was written. A file whose stamp differs is hashed again; a hash file that does not parse is
 * no hash file. Only a process that can write the folder can write it, and such a process could
 * change the manifest as well.
 */
const FolderHashes = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz('shipgate.local-content-hashes/v1'),
    files: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({ stamp: schemas/* string */.YjP(), contentHash: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/) })),
});
function hashKey(folder, name) {
    return folder === '' ? name : `${folder}/${name}`;
}
async function readHashes(root) {
    const empty = { schema: 'shipgate.local-content-hashes/v1', files: {} };
    let text;
    try {
        text = await (0,local_store/* readTextIfPresent */.Ge)((0,external_node_path_.join)(root, HASHES_FILE));
    }
    catch {
        return empty;
    }
    if (text === undefined)
        return empty;
    try {
        const parsed = FolderHashes.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : empty;
    }
    catch {
        return empty;
    }
}
/**
 * A file this destination wrote is not read again to list it: its hash is the one taken while
 * copying, as long as the file is still the one written (its stamp is unchanged). Anything else
 * is hashed from the disk.
 */
async function contentHashOf(path, info, known) {
    if (known && known.stamp === (0,source_files/* fileStamp */.a9)(info))
        return known.contentHash;
    return (await (0,content_hash/* contentHashOfFile */.Pt)(path)).contentHash;
}
/** Undefined for a path that is gone (ENOENT); any other failure stands. */
function ifGone(error) {
    if (error.code === 'ENOENT')
        return undefined;
    throw error;
}
/**
 * Writes at most this much per call. A 1 GiB copy written 4 MiB per call took 2.1-3.6 s of kernel
 * time on a VM whose freed memory goes back to its host (each large page-cache folio then costs a
 * fault on the host); 64-128 KiB per call took 0.4-0.7 s there, as a `cp` does (measured with
 * plain writes of 1 GiB in 64 KiB to 4 MiB pieces). On other machines the extra calls cost little.
 */
const WRITE_PIECE = 128 * 1024;
/**
 * Writes all of `data` at `position`, a piece per call, on this thread: one block's writes are
 * then no chain of round trips to the thread pool (8192 of them for 1 GiB, which set the pace of
 * the copy while the hashing ran on worker threads).
 */
function writeFully(file, data, position) {
    for (let written = 0; written < data.length;)
        written += (0,external_node_fs_.writeSync)(file.fd, data, written, Math.min(WRITE_PIECE, data.length - written), position + written);
}
class LocalDestination {
    clock;
    kind = 'local';
    /** The copy hashes each block it reads on the block hashers. */
    uploadHashesOnWorkers = true;
    root;
    /** `projectFolder` is `<folder>/<project>`, already checked to hold no `..`. */
    constructor(projectFolder, clock) {
        this.clock = clock;
        this.root = (0,external_node_path_.resolve)(projectFolder);
    }
    displayPath(relative) {
        return relative === '' ? this.root : (0,external_node_path_.join)(this.root, relative);
    }
    describe() {
        return `local folder ${this.root}`;
    }
    async readManifest(relative) {
        const text = await (0,local_store/* readTextIfPresent */.Ge)(this.displayPath(relative));
        return text === undefined ? undefined : { text, revision: (0,canonical/* sha256Hex */.fg)(text) };
    }
    async writeManifest(relative, text, expectedRevision) {
        const path = this.displayPath(relative);
        await (0,promises_.mkdir)((0,external_node_path_.join)(path, '..'), { recursive: true });
        const release = await this.lock(`${path}.lock`);
        try {
            const current = await (0,local_store/* readTextIfPresent */.Ge)(path);
            const revision = current === undefined ? undefined : (0,canonical/* sha256Hex */.fg)(current);
            if (revision !== expectedRevision)
                return 'conflict';
            await (0,local_store/* writeFileAtomic */.Zf)(path, text);
            return 'written';
        }
        finally {
            await release();
        }
    }
    async listFolder(relative) {
        const folder = this.displayPath(relative);
        const names = await (0,atomic_file/* namesInFolder */.OS)(folder);
        if (!names)
            return undefined;
        const known = await readHashes(this.root);
        const entries = [];
        for (const name of names.sort()) {
            // shipgate's own files live in the project folder; anywhere else such a name is a stray.
            if (relative === '' && name.startsWith('.shipgate-'))
                continue;
            // An entry another run removes while this one lists the folder is not there.
            const info = await (0,promises_.stat)((0,external_node_path_.join)(folder, name), { bigint: true }).catch(ifGone);
            if (info?.isDirectory())
                entries.push({ kind: 'folder', name });
            else if (info?.isFile()) {
                const contentHash = await contentHashOf((0,external_node_path_.join)(folder, name), info, known.files[hashKey(relative, name)]).catch(ifGone);
                if (contentHash !== undefined)
                    entries.push({ kind: 'file', name, size: Number(info.size), contentHash });
            }
        }
        return entries;
    }
    async upload(folder, items, progress) {
        const target = this.displayPath(folder);
        await (0,promises_.mkdir)(target, { recursive: true });
        const partial = (0,external_node_path_.join)(this.root, PARTIAL_FOLDER);
        await (0,promises_.mkdir)(partial, { recursive: true });
        await this.removeStalePartials(partial);
        const uploaded = [];
        const written = {};
        for (const item of items) {
            // Copy to a hidden name outside the shared folders, hashing what is read as it is written,
            // then rename: a crash leaves no half file where the link shows it.
            const temporary = (0,external_node_path_.join)(partial, `${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
            const destination = (0,external_node_path_.join)(target, item.name);
            const copy = await (0,promises_.open)(temporary, 'wx');
            let copied;
            try {
                try {
                    // One block's writes after another's: writes to one file queue on its inode lock anyway,
                    // and side by side they spin on it (a tenth of the copy's time in kernel profiles).
                    copied = await (0,content_hash/* readHashedBlocks */.id)(item.localPath, async (block, offset) => {
                        writeFully(copy, block, offset);
                        progress.advance(block.length);
                    }, item.identity);
                }
                finally {
                    await copy.close();
                }
                if (copied.size !== item.size || (item.contentHash !== undefined && copied.contentHash !== item.contentHash)) {
                    throw new Error(`${item.localPath} changed while it was being delivered (${copied.size} bytes, content_hash ${copied.contentHash}; expected ${item.size} bytes${item.contentHash === undefined ? '' : `, ${item.contentHash}`}); run again`);
                }
                await (0,promises_.rename)(temporary, destination);
            }
            catch (error) {
                await (0,promises_.rm)(temporary, { force: true });
                throw error;
            }
            written[hashKey(folder, item.name)] = { stamp: (0,source_files/* fileStamp */.a9)(await (0,promises_.stat)(destination, { bigint: true })), contentHash: copied.contentHash };
            uploaded.push({ name: item.name, size: copied.size, contentHash: copied.contentHash });
        }
        // The hash file only saves a later run a read: failing to write it fails no delivery.
        await this.rememberHashes(written).catch(() => undefined);
        return uploaded;
    }
    /** Partial copies left by killed runs; a failure to remove one only leaves it. */
    async removeStalePartials(partial) {
        const now = this.clock.now().getTime();
        for (const name of (await (0,atomic_file/* namesInFolder */.OS)(partial)) ?? []) {
            const path = (0,external_node_path_.join)(partial, name);
            const info = await (0,promises_.stat)(path).catch(() => undefined);
            if (info?.isFile() && now - info.mtimeMs > PARTIAL_STALE_MS)
                await (0,promises_.rm)(path, { force: true }).catch(() => undefined);
        }
    }
    /**
     * Adds what was written to the hash file and drops the entries of files that are gone, under the
     * manifest's lock: a run that loses a race loses only hashes, which are taken again from the
     * disk. A crash before this leaves files without hashes, which are read again.
     */
    async rememberHashes(written) {
        const path = (0,external_node_path_.join)(this.root, HASHES_FILE);
        const release = await this.lock(`${path}.lock`);
        try {
            const hashes = await readHashes(this.root);
            for (const key of Object.keys(hashes.files)) {
                if (!(await (0,promises_.stat)((0,external_node_path_.join)(this.root, key)).then((info) => info.isFile(), () => false)))
                    delete hashes.files[key];
            }
            Object.assign(hashes.files, written);
            await (0,local_store/* writeFileAtomic */.Zf)(path, `${JSON.stringify(hashes, null, 2)}\n`);
        }
        finally {
            await release();
        }
    }
    async deleteFile(relative) {
        await (0,promises_.rm)(this.displayPath(relative), { force: true });
    }
    async deleteFolder(relative) {
        await (0,promises_.rm)(this.displayPath(relative), { recursive: true, force: true });
    }
    async shareLink(folder, options) {
        const path = this.displayPath(folder);
        const url = (0,external_node_url_.pathToFileURL)(path).href;
        if (options.known === undefined)
            return { url, status: 'created' };
        if (!options.refresh)
            return { url: options.known, status: 'reused' };
        // A local link is "revoked" when the manifest's link no longer names the stable folder (the
        // folder moved, or the manifest came from elsewhere): it is replaced by the folder's URL.
        await (0,promises_.mkdir)(path, { recursive: true });
        return options.known === url ? { url, status: 'reused' } : { url, status: 'recreated' };
    }
    /** An exclusive lock file; a lock older than LOCK_STALE_MS is from a crashed run and is taken over. */
    async lock(path) {
        for (let attempt = 0;; attempt++) {
            try {
                const handle = await (0,promises_.open)(path, 'wx');
                await handle.close();
                return async () => {
                    await (0,promises_.unlink)(path).catch(() => undefined);
                };
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
                const age = await (0,promises_.stat)(path).then((info) => this.clock.now().getTime() - info.mtimeMs, () => 0);
                if (age > LOCK_STALE_MS)
                    await (0,promises_.unlink)(path).catch(() => undefined);
                else
                    await this.clock.sleep(Math.min(20 * (attempt + 1), 200));
            }
        }
    }
}

;// CONCATENATED MODULE: ./build/delivery/open-destination.js
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
            throw new errors/* ConfigurationError */.j1(`a Dropbox refresh token needs all three inputs; missing: ${missing.join(', ')}`);
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
    throw new errors/* ConfigurationError */.j1(`destination '${settings.destination}' needs Dropbox credentials: give dropbox-access-token, or dropbox-refresh-token with dropbox-app-key and dropbox-app-secret (as secrets)`);
}
async function openDestination(settings, ports) {
    const spec = (0,layout/* parseDestination */.G2)(settings.destination);
    const project = (0,layout/* relativeDeliveryPath */.MM)(settings.project, 'project');
    // A local folder is the user's own choice of place: relative to the workspace, or absolute.
    if (spec.kind === 'local')
        return new LocalDestination((0,external_node_path_.join)((0,external_node_path_.resolve)(settings.workspace, spec.folder), project), ports.clock);
    const auth = dropboxAuth(settings);
    let root = spec.path;
    if (settings.useApiRootFolder) {
        if (!settings.apiRootFolder)
            throw new errors/* ConfigurationError */.j1("use-api-root-folder is true: give api-root-folder, the folder every delivery path goes under (e.g. /Apps/shipgate-bot)");
        root = `/${(0,layout/* relativeDeliveryPath */.MM)(settings.apiRootFolder.replace(/^\/+/, ''), 'api-root-folder')}${root}`;
    }
    root = `${root}/${project}`;
    let apiUrl;
    if (settings.dropboxApiUrl) {
        const url = URL.canParse(settings.dropboxApiUrl) ? new URL(settings.dropboxApiUrl) : undefined;
        if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
            throw new errors/* ConfigurationError */.j1(`${settings.dropboxApiUrlSource ?? 'dropbox-api-url'}: '${settings.dropboxApiUrl}' is not an http:// or https:// URL; give e.g. http://127.0.0.1:8080`);
        }
        apiUrl = url.href;
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


/***/ }),

/***/ 3910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dn: () => (/* binding */ createFileExclusive),
/* harmony export */   OS: () => (/* binding */ namesInFolder),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
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

/***/ 9296:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  un: () => (/* binding */ LocalEvidenceStore),
  Ge: () => (/* binding */ readTextIfPresent),
  Zf: () => (/* reexport */ atomic_file/* writeFileAtomic */.Zf)
});

// UNUSED EXPORTS: DEFAULT_ARTIFACTS_DIR, createFileExclusive

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/contracts/common.js + 1 modules
var common = __webpack_require__(2318);
// EXTERNAL MODULE: ./build/contracts/index.js + 6 modules
var contracts = __webpack_require__(8981);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/evidence/artifacts-dir.js
var artifacts_dir = __webpack_require__(2597);
// EXTERNAL MODULE: ./build/evidence/atomic-file.js
var atomic_file = __webpack_require__(3910);
// EXTERNAL MODULE: ./build/evidence/evidence-file.js
var evidence_file = __webpack_require__(5562);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./build/platform/process-holder.js
// Who holds a lock or a claim: a process on a machine. One answer to "can it still be working?"
// for every file that records its holder (the store's lock files, the mail claims).

/**
 * dead: its process is gone from this machine; alive: it runs here (kill 0 finds it, EPERM meaning
 * it belongs to another user); elsewhere: it ran on another machine, which cannot be asked.
 */
function holderProcessState(holder) {
    if (holder.hostname !== (0,external_node_os_.hostname)())
        return 'elsewhere';
    try {
        process.kill(holder.pid, 0);
        return 'alive';
    }
    catch (error) {
        return error.code === 'ESRCH' ? 'dead' : 'alive';
    }
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./build/evidence/lock-file.js
// Lock files in the evidence folder: of the processes on one machine that share the folder, one at a
// time holds a lock, and the lock of a holder that was killed is taken over, by exactly one taker.








/** A lock file holds one short line; anything near this size was not written by shipgate. */
const LOCK_SIZE_LIMIT = 64 * 1024;
const FIRST_POLL_MS = 10;
const LONGEST_POLL_MS = 250;
/** Runs work while holding the lock file at path; the lock is released however work ends. */
async function withLockFile(path, work, wait) {
    const mine = await acquire(path, wait);
    try {
        return await work();
    }
    finally {
        await release(path, mine);
    }
}
async function acquire(path, wait) {
    const holder = { pid: process.pid, hostname: (0,external_node_os_.hostname)(), since: new Date().toISOString(), token: (0,external_node_crypto_.randomBytes)(8).toString('hex') };
    const mine = Buffer.from(`${JSON.stringify(holder)}\n`);
    const deadline = Date.now() + wait.limitMs;
    let told = false;
    for (let attempt = 0;; attempt++) {
        if (await (0,atomic_file/* createFileExclusive */.Dn)(path, mine))
            return mine;
        const current = await readLock(path);
        // Released between the two steps: try again at once.
        if (!current)
            continue;
        const state = holderState(current.holder);
        if (state === 'dead' && (await takeOver(path, [{ path, identity: current.identity }], mine)))
            return mine;
        if (state !== 'dead' && !told) {
            told = true;
            wait.onWait?.(`${describeHolder(current.holder)} (${path})`);
        }
        if (Date.now() > deadline) {
            throw new errors/* ConfigurationError */.j1(`${path}: still held by ${describeHolder(current.holder)} after waiting ${Math.ceil(wait.limitMs / 1000)} s. ` +
                'If no shipgate run holds it any more (a run on another machine that was stopped), remove the file and run again.', { file: path });
        }
        await (0,external_node_timers_promises_.setTimeout)(Math.min(FIRST_POLL_MS * 2 ** attempt, LONGEST_POLL_MS) * (0.5 + Math.random()));
    }
}
/** Removes the lock only while it is still this holder's. */
async function release(path, mine) {
    const current = await (0,evidence_file/* readRegularFile */.XF)(path, LOCK_SIZE_LIMIT, 'a lock file');
    if (current.state === 'read' && current.bytes.equals(mine))
        await (0,promises_.rm)(path, { force: true });
}
/**
 * Replaces a dead holder's lock (chain[0], as it was read) with ours. Two takers must not both win,
 * so who may replace that one lock file is itself decided by an exclusive create: the marker
 * `<lock>.takeover-<identity>`. A taker killed while holding its marker is taken over the same way,
 * one level up (chain[1], …). The winner checks that every file of the chain is still the one it
 * read before replacing anything: a lock replaced meanwhile belongs to someone else.
 */
async function takeOver(lockPath, chain, mine) {
    const guarded = chain[chain.length - 1];
    const marker = `${guarded.path}.takeover-${guarded.identity}`;
    if (await (0,atomic_file/* createFileExclusive */.Dn)(marker, mine)) {
        let won = false;
        try {
            for (const link of chain) {
                if ((await readLock(link.path))?.identity !== link.identity)
                    return false;
            }
            await (0,atomic_file/* writeFileAtomic */.Zf)(lockPath, mine);
            won = true;
            return true;
        }
        finally {
            // The dead takers' markers guard a lock file that is gone now.
            if (won)
                for (const link of chain.slice(1))
                    await (0,promises_.rm)(link.path, { force: true });
            await (0,promises_.rm)(marker, { force: true });
        }
    }
    const claim = await readLock(marker);
    if (!claim || holderState(claim.holder) !== 'dead')
        return false;
    return takeOver(lockPath, [...chain, { path: marker, identity: claim.identity }], mine);
}
/**
 * The lock file at path as it is now, or undefined when there is none. Read without following a
 * symlink and without blocking (a FIFO would hold the reader forever, past any wait limit). What is
 * not a regular file (a folder, a FIFO, a socket, a device, a symlink) is refused as the user's to
 * remove rather than taken over like a stale lock: shipgate never makes one, the takeover could not
 * replace a folder anyway, and what put it there (a person, another tool) may not be done with it.
 */
async function readLock(path) {
    const read = await (0,evidence_file/* readRegularFile */.XF)(path, LOCK_SIZE_LIMIT, 'a lock file');
    if (read.state === 'missing')
        return undefined;
    if (read.state === 'refused') {
        const stats = await (0,promises_.lstat)(path).catch(() => undefined);
        // Gone since the read: look again.
        if (!stats)
            return undefined;
        const what = stats.isFile() ? read.reason : `is ${(0,evidence_file/* describeFileType */.wU)(stats)}, not a lock file`;
        throw new errors/* ConfigurationError */.j1(`${path}: ${what}, so shipgate cannot tell who holds this lock. If no shipgate run is using it, remove it and run again.`, { file: path });
    }
    return { identity: (0,external_node_crypto_.createHash)('sha256').update(read.bytes).digest('hex').slice(0, 16), holder: parseHolder(read.bytes) };
}
function parseHolder(bytes) {
    try {
        const value = JSON.parse(bytes.toString('utf8'));
        if (Number.isSafeInteger(value.pid) && value.pid > 0 && typeof value.hostname === 'string' && typeof value.since === 'string')
            return value;
    }
    catch {
        // Not a lock file this code wrote: nothing holds it.
    }
    return undefined;
}
/**
 * dead: nothing can hold it any more (its process is gone, or the file is not a lock file);
 * alive: its process runs here; elsewhere: it runs on another machine, which cannot be asked.
 */
function holderState(holder) {
    return holder ? holderProcessState(holder) : 'dead';
}
function describeHolder(holder) {
    return holder ? `process ${holder.pid} on ${holder.hostname} (since ${holder.since})` : 'an unreadable lock file';
}

// EXTERNAL MODULE: ./build/evidence/store.js + 1 modules
var store = __webpack_require__(3676);
;// CONCATENATED MODULE: ./build/evidence/local-store.js
// The local-folder evidence backend: the `.artifacts/` folder, written atomically.










const LOCKS_FOLDER = '.locks';
// Where the mail and delivery state writers have always imported them from.


/**
 * A state file's text (the mail ledger, the send log), or undefined when there is none. Symlinks
 * are followed; a FIFO, device or folder in its place is refused at once instead of blocking.
 */
async function readTextIfPresent(path) {
    const read = await (0,evidence_file/* readRegularFile */.XF)(path, Number.MAX_SAFE_INTEGER, 'this file', true);
    if (read.state === 'missing')
        return undefined;
    if (read.state === 'refused')
        throw new errors/* ConfigurationError */.j1(`${path}: ${read.reason}`, { file: path });
    return read.bytes.toString('utf8');
}
class LocalEvidenceStore {
    location;
    constructor(location = artifacts_dir/* DEFAULT_ARTIFACTS_DIR */.q) {
        this.location = location;
    }
    pathOf(kind, sha) {
        return (0,external_node_path_.join)(this.location, contracts/* contracts */.Mh[kind].kind, (0,store/* assertSha */.B1)(sha), contracts/* contracts */.Mh[kind].file);
    }
    async read(kind, sha) {
        const path = this.pathOf(kind, sha);
        const file = await (0,evidence_file/* readEvidenceFile */.M)(this.location, path);
        if (file.state === 'missing')
            return { state: 'missing', kind, path };
        if (file.state === 'refused')
            return { state: 'invalid', kind, path, problems: [file.problem] };
        const parsed = (0,store/* parseEvidence */.vf)(kind, file.text);
        if (!parsed.ok)
            return { state: 'invalid', kind, path, problems: parsed.problems };
        return { state: 'valid', kind, path, value: parsed.value, digest: parsed.digest };
    }
    async write(kind, sha, value) {
        const path = this.pathOf(kind, sha);
        const text = (0,store/* serializeEvidence */.wN)(kind, sha, value);
        const digest = (0,store/* parseEvidence */.vf)(kind, text);
        if (!digest.ok)
            throw new Error('bug: serialized evidence does not parse');
        if (contracts/* contracts */.Mh[kind].immutable) {
            if (await (0,atomic_file/* createFileExclusive */.Dn)(path, text))
                return { path, digest: digest.digest, written: true };
            const file = await (0,evidence_file/* readEvidenceFile */.M)(this.location, path);
            const current = (0,store/* parseEvidence */.vf)(kind, file.state === 'read' ? file.text : '');
            if (current.ok && current.digest === digest.digest)
                return { path, digest: digest.digest, written: false };
            throw new errors/* EvidenceError */.oe(`${path}: refusing to overwrite: a ${kind} must not change once written (recorded ${current.ok ? current.digest : 'an unreadable file'}, new ${digest.digest}). ` +
                'Build a new commit, or remove the file by hand if it is known to be wrong.', { file: path });
        }
        // Whatever is there that is not this contract (bad JSON, a FIFO, a link) is replaced: the rename
        // swaps the directory entry, it never writes through a link.
        const existing = await (0,evidence_file/* readEvidenceFile */.M)(this.location, path);
        if (existing.state === 'read') {
            const current = (0,store/* parseEvidence */.vf)(kind, existing.text);
            if (current.ok && current.digest === digest.digest)
                return { path, digest: digest.digest, written: false };
        }
        await (0,atomic_file/* writeFileAtomic */.Zf)(path, text);
        return { path, digest: digest.digest, written: true };
    }
    exclusively(kind, sha, wait, work) {
        // Beside the contract folders, not in them: a folder under <kind>/ stands for evidence of a SHA.
        return withLockFile((0,external_node_path_.join)(this.location, LOCKS_FOLDER, `${contracts/* contracts */.Mh[kind].kind}-${(0,store/* assertSha */.B1)(sha)}.lock`), work, wait);
    }
    within(segments) {
        return new LocalEvidenceStore((0,external_node_path_.join)(this.location, ...segments));
    }
    async listShas(kind) {
        try {
            const entries = await (0,promises_.readdir)((0,external_node_path_.join)(this.location, contracts/* contracts */.Mh[kind].kind), { withFileTypes: true });
            return entries.filter((entry) => entry.isDirectory() && common/* SHA_PATTERN */.yw.test(entry.name)).map((entry) => entry.name);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return [];
            throw error;
        }
    }
}


/***/ })

};
