export const id = 4552;
export const ids = [4552];
export const modules = {

/***/ 28111:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ LocalDestination)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77598);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(92857);
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41854);
/* harmony import */ var _evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7982);
/* harmony import */ var _evidence_atomic_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(33910);
/* harmony import */ var _content_hash_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(31709);
/* harmony import */ var _source_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(41454);
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
const FolderHashes = zod__WEBPACK_IMPORTED_MODULE_10__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_10__/* .literal */ .euz('shipgate.local-content-hashes/v1'),
    files: zod__WEBPACK_IMPORTED_MODULE_10__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_10__/* .object */ .Ikc({ stamp: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(), contentHash: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) })),
});
function hashKey(folder, name) {
    return folder === '' ? name : `${folder}/${name}`;
}
async function readHashes(root) {
    const empty = { schema: 'shipgate.local-content-hashes/v1', files: {} };
    let text;
    try {
        text = await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .readTextIfPresent */ .Ge)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, HASHES_FILE));
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
    if (known && known.stamp === (0,_source_files_js__WEBPACK_IMPORTED_MODULE_9__/* .fileStamp */ .a9)(info))
        return known.contentHash;
    return (await (0,_content_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .contentHashOfFile */ .Pt)(path)).contentHash;
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
        written += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(file.fd, data, written, Math.min(WRITE_PIECE, data.length - written), position + written);
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
        this.root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(projectFolder);
    }
    displayPath(relative) {
        return relative === '' ? this.root : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, relative);
    }
    describe() {
        return `local folder ${this.root}`;
    }
    async readManifest(relative) {
        const text = await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .readTextIfPresent */ .Ge)(this.displayPath(relative));
        return text === undefined ? undefined : { text, revision: (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Hex */ .fg)(text) };
    }
    async writeManifest(relative, text, expectedRevision) {
        const path = this.displayPath(relative);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, '..'), { recursive: true });
        const release = await this.lock(`${path}.lock`);
        try {
            const current = await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .readTextIfPresent */ .Ge)(path);
            const revision = current === undefined ? undefined : (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Hex */ .fg)(current);
            if (revision !== expectedRevision)
                return 'conflict';
            await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)(path, text);
            return 'written';
        }
        finally {
            await release();
        }
    }
    async listFolder(relative) {
        const folder = this.displayPath(relative);
        const names = await (0,_evidence_atomic_file_js__WEBPACK_IMPORTED_MODULE_7__/* .namesInFolder */ .OS)(folder);
        if (!names)
            return undefined;
        const known = await readHashes(this.root);
        const entries = [];
        for (const name of names.sort()) {
            // shipgate's own files live in the project folder; anywhere else such a name is a stray.
            if (relative === '' && name.startsWith('.shipgate-'))
                continue;
            // An entry another run removes while this one lists the folder is not there.
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, name), { bigint: true }).catch(ifGone);
            if (info?.isDirectory())
                entries.push({ kind: 'folder', name });
            else if (info?.isFile()) {
                const contentHash = await contentHashOf((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, name), info, known.files[hashKey(relative, name)]).catch(ifGone);
                if (contentHash !== undefined)
                    entries.push({ kind: 'file', name, size: Number(info.size), contentHash });
            }
        }
        return entries;
    }
    async upload(folder, items, progress) {
        const target = this.displayPath(folder);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(target, { recursive: true });
        const partial = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, PARTIAL_FOLDER);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(partial, { recursive: true });
        await this.removeStalePartials(partial);
        const uploaded = [];
        const written = {};
        for (const item of items) {
            // Copy to a hidden name outside the shared folders, hashing what is read as it is written,
            // then rename: a crash leaves no half file where the link shows it.
            const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(partial, `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_4__.randomBytes)(6).toString('hex')}.tmp`);
            const destination = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target, item.name);
            const copy = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temporary, 'wx');
            let copied;
            try {
                try {
                    // One block's writes after another's: writes to one file queue on its inode lock anyway,
                    // and side by side they spin on it (a tenth of the copy's time in kernel profiles).
                    copied = await (0,_content_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .readHashedBlocks */ .id)(item.localPath, async (block, offset) => {
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
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, destination);
            }
            catch (error) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
                throw error;
            }
            written[hashKey(folder, item.name)] = { stamp: (0,_source_files_js__WEBPACK_IMPORTED_MODULE_9__/* .fileStamp */ .a9)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(destination, { bigint: true })), contentHash: copied.contentHash };
            uploaded.push({ name: item.name, size: copied.size, contentHash: copied.contentHash });
        }
        // The hash file only saves a later run a read: failing to write it fails no delivery.
        await this.rememberHashes(written).catch(() => undefined);
        return uploaded;
    }
    /** Partial copies left by killed runs; a failure to remove one only leaves it. */
    async removeStalePartials(partial) {
        const now = this.clock.now().getTime();
        for (const name of (await (0,_evidence_atomic_file_js__WEBPACK_IMPORTED_MODULE_7__/* .namesInFolder */ .OS)(partial)) ?? []) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(partial, name);
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined);
            if (info?.isFile() && now - info.mtimeMs > PARTIAL_STALE_MS)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path, { force: true }).catch(() => undefined);
        }
    }
    /**
     * Adds what was written to the hash file and drops the entries of files that are gone, under the
     * manifest's lock: a run that loses a race loses only hashes, which are taken again from the
     * disk. A crash before this leaves files without hashes, which are read again.
     */
    async rememberHashes(written) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, HASHES_FILE);
        const release = await this.lock(`${path}.lock`);
        try {
            const hashes = await readHashes(this.root);
            for (const key of Object.keys(hashes.files)) {
                if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, key)).then((info) => info.isFile(), () => false)))
                    delete hashes.files[key];
            }
            Object.assign(hashes.files, written);
            await (0,_evidence_local_store_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)(path, `${JSON.stringify(hashes, null, 2)}\n`);
        }
        finally {
            await release();
        }
    }
    async deleteFile(relative) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.displayPath(relative), { force: true });
    }
    async deleteFolder(relative) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.displayPath(relative), { recursive: true, force: true });
    }
    async shareLink(folder, options) {
        const path = this.displayPath(folder);
        const url = (0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(path).href;
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

/***/ 54552:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openDestination: () => (/* binding */ openDestination)
/* harmony export */ });
/* unused harmony export dropboxAuth */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10495);
/* harmony import */ var _local_destination_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28111);
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
        const url = URL.canParse(settings.dropboxApiUrl) ? new URL(settings.dropboxApiUrl) : undefined;
        if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${settings.dropboxApiUrlSource ?? 'dropbox-api-url'}: '${settings.dropboxApiUrl}' is not an http:// or https:// URL; give e.g. http://127.0.0.1:8080`);
        }
        apiUrl = url.href;
    }
    const { DropboxApi } = await __webpack_require__.e(/* import() */ 1472).then(__webpack_require__.bind(__webpack_require__, 1472));
    const { DropboxDestination } = await __webpack_require__.e(/* import() */ 2792).then(__webpack_require__.bind(__webpack_require__, 32792));
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
