export const id = 125;
export const ids = [125];
export const modules = {

/***/ 1709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pt: () => (/* binding */ contentHashOfFile),
/* harmony export */   id: () => (/* binding */ readHashedBlocks),
/* harmony export */   pP: () => (/* binding */ contentHashOf),
/* harmony export */   pp: () => (/* binding */ BlockDigests),
/* harmony export */   vY: () => (/* binding */ CONTENT_HASH_BLOCK_SIZE)
/* harmony export */ });
/* unused harmony export ContentHasher */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _hash_pool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6368);
/* harmony import */ var _source_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1454);
// Dropbox's content_hash: SHA-256 of every 4 MiB block, then the SHA-256 of those digests
// concatenated. Computed while a file streams by (ContentHasher), or block by block in any order
// (BlockDigests) while the next blocks are read and sent, so that reading, sending and hashing overlap;
// a large file read here has its blocks hashed on worker threads (hash-pool.ts).



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
/**
 * The block digests of one file of a known size, taken as its blocks go by in any order (the
 * chunks of a concurrent upload session, a retried chunk read again). Each block is hashed in place
 * as it is added: WebCrypto's digest on the thread pool copied every 4 MiB block first, which cost
 * more than the hash (the unchanged 1 GiB rerun took 2.3-8.9 s against 2.3-2.9 s hashed in place,
 * side by side on one machine). A block read again replaces its digest: the hash is of the bytes
 * last read for it.
 */
class BlockDigests {
    size;
    digests;
    constructor(size) {
        this.size = size;
        this.digests = new Array(Math.ceil(size / CONTENT_HASH_BLOCK_SIZE)).fill(undefined);
    }
    /** Whether `length` bytes at `offset` are one whole block (the last one may be short). */
    isBlock(offset, length) {
        return offset % CONTENT_HASH_BLOCK_SIZE === 0 && offset < this.size && length === Math.min(CONTENT_HASH_BLOCK_SIZE, this.size - offset);
    }
    /** Hashes the block at `offset` (see isBlock), now: the caller may reuse `data` once this returns. */
    add(offset, data) {
        if (!this.isBlock(offset, data.length))
            throw new Error(`bug: ${data.length} bytes at ${offset} are not a content-hash block of a ${this.size}-byte file`);
        this.digests[offset / CONTENT_HASH_BLOCK_SIZE] = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest();
    }
    /** The digest of the block at `offset`, taken elsewhere (see isBlock). */
    set(offset, length, digest) {
        if (!this.isBlock(offset, length))
            throw new Error(`bug: ${length} bytes at ${offset} are not a content-hash block of a ${this.size}-byte file`);
        this.digests[offset / CONTENT_HASH_BLOCK_SIZE] = digest;
    }
    /** The content hash once every block has been hashed, else undefined (a block never went by whole). */
    digest() {
        if (this.digests.some((digest) => digest === undefined))
            return undefined;
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(Buffer.concat(this.digests)).digest('hex');
    }
}
/** Blocks in hand beyond those being hashed: one being read, and with a use, those being used. */
const READ_AHEAD = 1;
const IN_USE = 2;
/**
 * Reads a file once, a block per positional read into a few reused buffers, and hashes each block
 * while the next ones are read: on worker threads for a large file on several cores (a 1 GiB file
 * took 0.7-0.95 s on two workers against 1.15-1.4 s on one, on two cores), else on this thread.
 * `use`, when given, gets every block too (to write it elsewhere), in order, while it is hashed
 * and without waiting for the previous one's promise; a buffer is read into again only once its
 * hash and its use are done. A file whose size changes meanwhile is refused: what was read is no
 * file that ever existed.
 */
async function readHashedBlocks(path, use, identity) {
    const handle = await (0,_source_files_js__WEBPACK_IMPORTED_MODULE_2__/* .openSourceFile */ .Qs)(path, identity);
    try {
        const size = (await handle.stat()).size;
        const count = Math.ceil(size / CONTENT_HASH_BLOCK_SIZE);
        const hasher = (0,_hash_pool_js__WEBPACK_IMPORTED_MODULE_1__/* .blockHasherFor */ .s)(count);
        try {
            const blocks = await readBlocks(handle, path, size, hasher, use);
            const contentHash = blocks.digest();
            if (contentHash === undefined)
                throw new Error(`bug: ${path}: a block was not hashed`);
            return { size, contentHash };
        }
        finally {
            await hasher.close();
        }
    }
    finally {
        await handle.close();
    }
}
async function readBlocks(handle, path, size, hasher, use) {
    const blocks = new BlockDigests(size);
    const count = Math.ceil(size / CONTENT_HASH_BLOCK_SIZE);
    // Every block being hashed, one being read, and those still being used; two at least, so that
    // the next block is read while this one is hashed.
    const slots = Math.max(1, Math.min(Math.max(hasher.workers, 1) + READ_AHEAD + (use ? IN_USE : 0), count));
    const buffers = Array.from({ length: slots }, () => hasher.allocate(Math.min(CONTENT_HASH_BLOCK_SIZE, size)));
    // What still holds each buffer (its block's hash and use), and whether that is over, known
    // without waiting (a fulfilled promise is only seen as such on a later turn).
    const busy = new Array(slots).fill(undefined);
    const free = new Array(slots).fill(true);
    const blockAt = (index) => buffers[index % slots].subarray(0, Math.min(CONTENT_HASH_BLOCK_SIZE, size - index * CONTENT_HASH_BLOCK_SIZE));
    // A block's read goes to the thread pool at once when its buffer is free, else once it is.
    const startRead = (index) => {
        const read = () => readFully(handle, blockAt(index), index * CONTENT_HASH_BLOCK_SIZE);
        const previous = busy[index % slots];
        return free[index % slots] || previous === undefined ? read() : previous.then(read);
    };
    let reading = count > 0 ? startRead(0) : undefined;
    try {
        for (let index = 0; index < count; index++) {
            const block = blockAt(index);
            const offset = index * CONTENT_HASH_BLOCK_SIZE;
            if ((await reading) < block.length)
                throw changedSize(path);
            // The next block is read while this one is hashed: its buffer is another one (slots >= 2).
            reading = index + 1 < count ? startRead(index + 1) : undefined;
            const slot = index % slots;
            free[slot] = false;
            const hashed = hasher.digest(block).then((digest) => blocks.set(offset, block.length, digest));
            busy[slot] = Promise.all([hashed, use?.(block, offset)]).then(() => {
                free[slot] = true;
            });
            // A failure is seen where the slot is next awaited; until then it is no unhandled rejection.
            busy[slot].catch(() => undefined);
        }
        const { bytesRead } = await handle.read(Buffer.alloc(1), 0, 1, size);
        if (bytesRead > 0)
            throw changedSize(path);
    }
    finally {
        // Nothing may still read, hash or fill a buffer once this returns, failed or not.
        await Promise.allSettled([...busy, reading]);
    }
    await Promise.all(busy);
    return blocks;
}
function changedSize(path) {
    return new Error(`${path} changed size while it was being read; run again once it is complete`);
}
/** Fills `buffer` from `position`, in as many reads as it takes; the bytes read (fewer at the end of the file). */
async function readFully(handle, buffer, position) {
    let filled = 0;
    while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, position + filled);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    return filled;
}
/** Reads a file once and gives its size and content hash. */
function contentHashOfFile(path, identity) {
    return readHashedBlocks(path, undefined, identity);
}
function contentHashOf(data) {
    return new ContentHasher().update(data).digest();
}


/***/ }),

/***/ 6368:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ blockHasherFor)
/* harmony export */ });
/* unused harmony export warmBlockHashers */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5919);
// SHA-256 of content-hash blocks on worker threads, so that the blocks of one large file are hashed
// on every core at once (a block's digest does not depend on the others). The blocks live in shared
// memory: a worker reads them in place, nothing is copied. On one core, or for a small file, every
// digest is taken on this thread.



/** Workers at most: four hash about as fast as a file in the page cache is read (1 GiB in 0.25 s here). */
const MAX_WORKERS = 4;
/** Files of fewer blocks (32 MiB) are hashed on this thread: they take about as long as starting a worker. */
const MIN_BLOCKS = 8;
// A CommonJS script run by `new Worker(…, { eval: true })`, so that the bundle needs no second file.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
const { createHash } = require('node:crypto')
parentPort.on('message', ({ id, buffer, offset, length }) => {
  try {
    parentPort.postMessage({ id, digest: createHash('sha256').update(new Uint8Array(buffer, offset, length)).digest('hex') })
  } catch {
    parentPort.postMessage({ id })
  }
})
`;
function sha256(block) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(block).digest();
}
class InlineHasher {
    workers = 0;
    allocate(length) {
        return Buffer.allocUnsafeSlow(length);
    }
    digest(block) {
        return Promise.resolve(sha256(block));
    }
    async close() { }
}
/**
 * Never fails a block: a block whose worker stopped or could not hash it is hashed on this thread,
 * as are the blocks that come before any worker has started (about 40 ms here).
 */
class WorkerHasher {
    pool;
    state;
    jobs = new Map();
    nextId = 0;
    workers;
    constructor(pool) {
        this.pool = pool;
        this.workers = pool.length;
        this.state = new Array(pool.length).fill('starting');
        for (const [index, worker] of this.pool.entries()) {
            worker.once('online', () => {
                if (this.state[index] === 'starting')
                    this.state[index] = 'online';
            });
            worker.on('message', (message) => this.settle(message));
            worker.on('error', () => this.gone(index));
            worker.on('exit', () => this.gone(index));
        }
    }
    allocate(length) {
        return Buffer.from(new SharedArrayBuffer(length));
    }
    digest(block) {
        if (!(block.buffer instanceof SharedArrayBuffer))
            throw new Error('bug: a block for the hashing workers must be in shared memory');
        // The least busy worker that has started: blocks take the same time, so this keeps them all at work.
        const inHand = new Array(this.pool.length).fill(0);
        for (const job of this.jobs.values())
            inHand[job.worker]++;
        let worker = -1;
        for (let index = 0; index < this.pool.length; index++) {
            if (this.state[index] === 'online' && (worker < 0 || inHand[index] < inHand[worker]))
                worker = index;
        }
        if (worker < 0)
            return Promise.resolve(sha256(block));
        const id = this.nextId++;
        return new Promise((resolve) => {
            this.jobs.set(id, { block, resolve, worker });
            this.pool[worker].postMessage({ id, buffer: block.buffer, offset: block.byteOffset, length: block.length });
        });
    }
    async close() {
        for (let index = 0; index < this.pool.length; index++)
            this.gone(index);
        await Promise.all(this.pool.map((worker) => worker.terminate()));
    }
    settle(message) {
        const job = this.jobs.get(message.id);
        if (!job)
            return;
        this.jobs.delete(message.id);
        job.resolve(message.digest === undefined ? sha256(job.block) : Buffer.from(message.digest, 'hex'));
    }
    /** The worker takes no more blocks; those it had are hashed here. */
    gone(index) {
        this.state[index] = 'gone';
        for (const [id, job] of this.jobs) {
            if (job.worker !== index)
                continue;
            this.jobs.delete(id);
            job.resolve(sha256(job.block));
        }
    }
}
function startWorkers(blocks) {
    const workers = Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)(), MAX_WORKERS, blocks);
    if (workers < 2 || blocks < MIN_BLOCKS)
        return undefined;
    const pool = [];
    try {
        while (pool.length < workers)
            pool.push(new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker(WORKER_SOURCE, { eval: true }));
    }
    catch {
        for (const worker of pool)
            void worker.terminate();
        return undefined;
    }
    return new WorkerHasher(pool);
}
/** Workers started ahead of the hashing they are for, lent to every blockHasherFor until the last holder lets them go. */
let warm;
/** A warm pool lent out: closing the loan leaves the workers to their holders. */
class LentHasher {
    hasher;
    constructor(hasher) {
        this.hasher = hasher;
    }
    get workers() {
        return this.hasher.workers;
    }
    allocate(length) {
        return this.hasher.allocate(length);
    }
    digest(block) {
        return this.hasher.digest(block);
    }
    async close() { }
}
/**
 * Starts the workers for files of up to `blocks` blocks now, so that their start-up (about 50 ms
 * each) runs beside whatever comes before the first read, and every block is then hashed at full
 * speed. Returns the release: the workers stop once every holder has released them.
 */
function warmBlockHashers(blocks) {
    if (warm)
        warm.holders++;
    else {
        const hasher = startWorkers(blocks);
        if (!hasher)
            return async () => { };
        warm = { hasher, holders: 1 };
    }
    const held = warm;
    let released = false;
    return async () => {
        if (released)
            return;
        released = true;
        if (--held.holders > 0)
            return;
        if (warm === held)
            warm = undefined;
        await held.hasher.close();
    };
}
/**
 * Workers for a file of `blocks` content-hash blocks when that pays (the warm ones when there are),
 * else this thread; this thread too where no worker may be started (Node's permission model
 * without --allow-worker).
 */
function blockHasherFor(blocks) {
    if (blocks < MIN_BLOCKS)
        return new InlineHasher();
    if (warm)
        return new LentHasher(warm.hasher);
    return startWorkers(blocks) ?? new InlineHasher();
}


/***/ }),

/***/ 495:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G2: () => (/* binding */ parseDestination),
/* harmony export */   MM: () => (/* binding */ relativeDeliveryPath)
/* harmony export */ });
/* unused harmony exports DEFAULT_STABLE_FOLDER, DEFAULT_VERSION_PREFIX, DEFAULT_MANIFEST_FILE, defaultLayout, deliveryLayout, deliveryFileName, versionFolder, versionOfFolder */
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
/**
 * The layout from its three inputs, each checked, and checked against each other: the manifest
 * outside the stable folder (whose shared link would show it), and no name of shipgate's own
 * files in the project folder (`.shipgate-…`).
 */
function deliveryLayout(stableFolder, versionPrefix, manifestFile) {
    const layout = { stableFolder: relativeDeliveryPath(stableFolder, 'stable-folder'), versionPrefix, manifestFile: relativeDeliveryPath(manifestFile, 'manifest-file') };
    for (const [what, path] of [['stable-folder', layout.stableFolder], ['manifest-file', layout.manifestFile]]) {
        if (path.split('/').some((segment) => segment.toLowerCase().startsWith('.shipgate-'))) {
            throw new ConfigurationError(`${what} '${path}': names that start with .shipgate- are kept for shipgate's own files in the project folder; choose another name`);
        }
    }
    // Compared case-insensitively, as Dropbox compares paths.
    const within = (path, folder) => path.toLowerCase() === folder.toLowerCase() || path.toLowerCase().startsWith(`${folder.toLowerCase()}/`);
    if (within(layout.manifestFile, layout.stableFolder)) {
        throw new ConfigurationError(`manifest-file '${layout.manifestFile}' is inside stable-folder '${layout.stableFolder}', where the shared link would show it among the versions; keep it outside, e.g. ${DEFAULT_MANIFEST_FILE}`);
    }
    if (within(layout.stableFolder, layout.manifestFile)) {
        throw new ConfigurationError(`stable-folder '${layout.stableFolder}' is inside manifest-file '${layout.manifestFile}'; the manifest is a file, give them separate paths`);
    }
    return layout;
}
/** A file name inside a version folder: one plain segment. */
function deliveryFileName(name, source) {
    if (name.includes('/') || name === '' || name === '.' || name === '..') {
        throw new ConfigurationError(`files: '${source}' gives the file name '${name}', which cannot be delivered; rename the file`);
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

/***/ 1454:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qs: () => (/* binding */ openSourceFile),
/* harmony export */   a9: () => (/* binding */ fileStamp)
/* harmony export */ });
/* unused harmony export resolveSourceFiles */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9473);
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5562);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(495);
// The files to deliver: paths or globs (one per line) resolved in the workspace, each one a regular
// file whose real path is inside the workspace's, with a name that is unique within the delivery.
// Whatever is delivered ends up behind a shared link, so a symlink to /proc/self/environ or a path
// out of the workspace is refused, never followed; symlinks inside it only with followSymlinks.







/** Which file a path holds and whether it was written since: a write moves mtime and ctime, a replacement the inode. */
function fileStamp(info) {
    return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
}
const HOW_TO_FIX_LINK = 'copy the file into the workspace instead of linking it, or set follow-symlinks: true if the target is inside the workspace';
function errnoOf(error) {
    return error?.code;
}
function isInside(path, root) {
    const rest = relative(root, path);
    return rest === '' || (!rest.startsWith(`..${sep}`) && rest !== '..' && !isAbsolute(rest));
}
/** What a symlink says it points at, for messages; its resolved path when the link text is relative. */
async function linkTarget(path) {
    const text = await readlink(path).catch(() => undefined);
    if (text === undefined)
        return '(unreadable)';
    const real = await realpath(path).catch(() => undefined);
    return real && real !== text ? `${text} (${real})` : text;
}
/** The first symlink on the way from the workspace down to path (path included), if any. */
async function firstLinkUnder(workspace, path) {
    const parts = relative(workspace, path).split(sep).filter((part) => part !== '');
    let current = workspace;
    for (const part of parts) {
        current = join(current, part);
        const info = await lstat(current).catch(() => undefined);
        if (info?.isSymbolicLink())
            return current;
    }
    return undefined;
}
/** The first symlink between the workspace and a path inside it; none when the real path is the path itself. */
async function linkOnTheWay(workspace, path, real) {
    if (real === join(workspace.real, relative(workspace.path, path)))
        return undefined;
    return firstLinkUnder(workspace.path, path);
}
/**
 * Checks one path the user named or the walk found, and returns it as a SourceFile; `shown` is how
 * the messages name it. Refuses, with what to do about it: a path whose real path is outside the
 * workspace, a symlink on the way (without followSymlinks), and anything not a regular file.
 */
async function checkedFile(path, shown, source, workspace, options) {
    const lexicallyInside = isInside(path, workspace.path);
    let real;
    try {
        real = await realpath(path);
    }
    catch (error) {
        const code = errnoOf(error);
        const link = code === 'ENOENT' || code === 'ELOOP' ? await lstat(path).then((info) => info.isSymbolicLink(), () => false) : false;
        if (link)
            throw new ConfigurationError(`files: '${shown}' is a symbolic link to ${await linkTarget(path)}, which ${code === 'ELOOP' ? 'is a symlink loop' : 'does not exist'}; ${HOW_TO_FIX_LINK}`);
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw new ConfigurationError(`files: '${shown}' does not exist (looked at ${path}); check the path or build the file first`);
        throw new ConfigurationError(`files: '${shown}' cannot be read (${error.message})`);
    }
    const link = lexicallyInside ? await linkOnTheWay(workspace, path, real) : undefined;
    if (!isInside(real, workspace.real)) {
        const why = link ? `${link === path ? 'is' : `goes through ${link}, which is`} a symbolic link to ${await linkTarget(link)}, outside the workspace` : `is outside the workspace (${real})`;
        throw new ConfigurationError(`files: '${shown}' ${why}; only files inside the workspace (${workspace.path}) are delivered: copy the file into the workspace first`);
    }
    if (link && !options.followSymlinks) {
        const why = link === path ? 'is a symbolic link' : `goes through ${link}, a symbolic link`;
        throw new ConfigurationError(`files: '${shown}' ${why} to ${await linkTarget(link)}; symlinks are not delivered by default: ${HOW_TO_FIX_LINK}`);
    }
    // The real path has no symlink left on it: lstat sees the file itself.
    const info = await lstat(real);
    if (info.isDirectory())
        throw new ConfigurationError(`files: '${shown}' is not a file; give files or a glob such as '${shown.replace(/\/$/, '')}/*'`);
    if (!info.isFile())
        throw new ConfigurationError(`files: '${shown}' is ${describeFileType(info)}, not a regular file; only regular files are delivered`);
    return { localPath: real, name: deliveryFileName(basename(path), source), source, dev: info.dev, ino: info.ino };
}
/**
 * Whether a folder's path could have matches of the glob beneath it: each of its segments matches
 * the glob's segment at the same place, up to a globstar. Used only to decide whether a symlinked
 * folder the walk does not enter matters; when in doubt (a brace with a slash) it says yes.
 */
function couldMatchBelow(glob, folder) {
    if (/\{[^}]*\//.test(glob))
        return true;
    const globParts = glob.split('/');
    const folderParts = folder.split('/');
    for (let index = 0; index < folderParts.length; index++) {
        const part = globParts[index];
        if (part === undefined)
            return false;
        if (part.includes('**'))
            return true;
        if (index === globParts.length - 1)
            return false;
        if (part !== folderParts[index] && (part === '' || !picomatch(part, { dot: false })(folderParts[index])))
            return false;
    }
    return true;
}
/**
 * The files under a folder that the glob matches, checked as named files are. The walk reads each
 * folder's entries without following them: a symlinked folder is entered only with followSymlinks,
 * only when it stays inside the workspace and only once (no loops); otherwise it is refused if the
 * glob could match anything beneath it, and left alone if not.
 */
async function walk(folder, glob, entered) {
    const found = [];
    let entries;
    try {
        entries = await readdir(folder, { withFileTypes: true });
    }
    catch (error) {
        if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR')
            return found;
        throw error;
    }
    for (const entry of entries) {
        if (entry.name === '.git' || entry.name === 'node_modules')
            continue;
        const path = join(folder, entry.name);
        const subject = glob.subject(path);
        if (entry.isDirectory()) {
            found.push(...(await walk(path, glob, entered)));
            continue;
        }
        if (entry.isSymbolicLink()) {
            const target = await stat(path).catch(() => undefined);
            if (target?.isDirectory()) {
                if (!couldMatchBelow(glob.pattern, subject))
                    continue;
                const real = await realpath(path);
                if (!isInside(real, glob.workspace.real)) {
                    throw new ConfigurationError(`files: the glob '${glob.source}' reaches into ${path}, a symbolic link to ${await linkTarget(path)}, outside the workspace; only files inside the workspace (${glob.workspace.path}) are delivered: copy the files into the workspace first`);
                }
                if (!glob.options.followSymlinks) {
                    throw new ConfigurationError(`files: the glob '${glob.source}' reaches into ${path}, a symbolic link to ${await linkTarget(path)}; symlinks are not delivered by default: copy the files into the workspace instead of linking them, or set follow-symlinks: true if the target is inside the workspace`);
                }
                if (entered.has(real))
                    continue;
                entered.add(real);
                found.push(...(await walk(path, glob, entered)));
                continue;
            }
        }
        if (glob.matches(subject))
            found.push({ path, file: await checkedFile(path, relative(glob.workspace.path, path) || path, glob.source, glob.workspace, glob.options) });
    }
    return found;
}
function forwardSlashes(path) {
    return path.split('\\').join('/');
}
async function resolveSourceFiles(patterns, workspacePath, options = {}) {
    if (patterns.length === 0)
        throw new ConfigurationError("input 'files': give at least one path or glob, one per line");
    const workspace = { path: resolve(workspacePath), real: await realpath(workspacePath).catch(() => resolve(workspacePath)) };
    const files = [];
    for (const pattern of patterns) {
        const scan = picomatch.scan(pattern);
        if (!scan.isGlob) {
            files.push(await checkedFile(resolve(workspace.path, pattern), pattern, pattern, workspace, options));
            continue;
        }
        const base = resolve(workspace.path, scan.base || '.');
        const realBase = await realpath(base).catch(() => undefined);
        if (realBase !== undefined) {
            const link = isInside(base, workspace.path) ? await linkOnTheWay(workspace, base, realBase) : undefined;
            if (!isInside(realBase, workspace.real)) {
                const why = link ? `goes through ${link}, a symbolic link to ${await linkTarget(link)}, outside the workspace` : `starts at ${realBase}, outside the workspace`;
                throw new ConfigurationError(`files: the glob '${pattern}' ${why}; only files inside the workspace (${workspace.path}) are delivered: copy the files into the workspace first`);
            }
            if (link && !options.followSymlinks) {
                throw new ConfigurationError(`files: the glob '${pattern}' goes through ${link}, a symbolic link to ${await linkTarget(link)}; symlinks are not delivered by default: copy the files into the workspace instead of linking them, or set follow-symlinks: true if the target is inside the workspace`);
            }
        }
        const absolute = isAbsolute(pattern);
        const glob = absolute ? pattern : forwardSlashes(relative(workspace.path, resolve(workspace.path, pattern))) || pattern;
        const walkState = {
            source: pattern,
            pattern: glob,
            workspace,
            options,
            subject: (path) => (absolute ? path : forwardSlashes(relative(workspace.path, path))),
            matches: picomatch(glob, { dot: false }),
        };
        const matched = (await walk(base, walkState, new Set(realBase ? [realBase] : [])))
            .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
            .map(({ file }) => file);
        if (matched.length === 0)
            throw new ConfigurationError(`files: the glob '${pattern}' matched no files under ${base}; check the pattern or build the files first`);
        files.push(...matched);
    }
    const byName = new Map();
    for (const file of files) {
        const key = file.name.toLowerCase();
        const earlier = byName.get(key);
        if (earlier && earlier.localPath !== file.localPath) {
            throw new ConfigurationError(`files: '${earlier.localPath}' and '${file.localPath}' would both be delivered as '${file.name}' (names are case-insensitive at Dropbox); rename one`);
        }
        byName.set(key, file);
    }
    return [...byName.values()];
}
/**
 * Opens a source file for reading, and only the file that was checked: O_NOFOLLOW refuses a symlink
 * swapped in at its path, O_NONBLOCK a FIFO, and the identity check any other file moved there
 * since (a parent folder swapped for a link included). For every reader of a delivered file; a
 * path with no identity (a file the destination itself wrote) is opened plainly.
 */
async function openSourceFile(localPath, identity) {
    if (!identity)
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(localPath, 'r');
    const file = { localPath, ...identity };
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file.localPath, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY);
    }
    catch (error) {
        if (errnoOf(error) === 'ELOOP')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`files: ${file.localPath} became a symbolic link after it was checked; nothing was delivered from it, run again`);
        throw error;
    }
    const info = await handle.stat().catch(async (error) => {
        await handle.close();
        throw error;
    });
    if (!info.isFile() || info.dev !== file.dev || info.ino !== file.ino) {
        await handle.close();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`files: ${file.localPath} was replaced after it was checked (now ${(0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_4__/* .describeFileType */ .wU)(info)}, another file); nothing was delivered from it, run again`);
    }
    return handle;
}


/***/ }),

/***/ 125:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deliveryEmailOutcome: () => (/* binding */ deliveryEmailOutcome),
  deliveryVariables: () => (/* binding */ deliveryVariables),
  openDeliveryManifest: () => (/* binding */ openDeliveryManifest),
  recordDeliveryEmail: () => (/* binding */ recordDeliveryEmail)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/contracts/delivery.js
var delivery = __webpack_require__(7822);
// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(1854);
// EXTERNAL MODULE: ./build/contracts/index.js + 6 modules
var contracts = __webpack_require__(8981);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/evidence/store.js
var evidence_store = __webpack_require__(1549);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/delivery/content-hash.js
var content_hash = __webpack_require__(1709);
// EXTERNAL MODULE: ./build/delivery/hash-pool.js
var hash_pool = __webpack_require__(6368);
;// CONCATENATED MODULE: ./build/delivery/destination.js
const destination_silentProgress = { start: () => { }, advance: () => { }, finish: () => { } };

// EXTERNAL MODULE: ./build/delivery/layout.js
var layout = __webpack_require__(495);
// EXTERNAL MODULE: ./build/delivery/source-files.js
var source_files = __webpack_require__(1454);
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
        throw new errors/* EvidenceError */.oe(`${(0,evidence_store/* describeProblems */.yg)(where, (0,contracts/* schemaProblems */.Ic)(parsed.error))}\nrestore the delivery manifest from the destination's version history`, { file: where });
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
            throw new errors/* EvidenceError */.oe(`${destination.displayPath(file)}: the delivery manifest kept changing under this run (${attempt} attempts); other deliveries to this project are running, run again`, { file: destination.displayPath(file) });
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
    return digestOf(items.map((item) => `${item.name.toLowerCase()}/${knownHash(item)}`).sort());
}
function knownHash(item) {
    if (item.contentHash === undefined)
        throw new Error(`bug: ${item.name} has no content hash yet`);
    return item.contentHash;
}
/** Same names (case-folded) and sizes: all that can be told without reading the files. */
function sameSizes(a, b) {
    if (a.length !== b.length)
        return false;
    const sizes = new Map(a.map((file) => [file.name.toLowerCase(), file.size]));
    return b.every((file) => sizes.get(file.name.toLowerCase()) === file.size);
}
/**
 * Another run made a version current while this one was choosing or uploading its own: decide
 * again against the new current one. `abandoned` is this run's version folder when it can never be
 * made current (it is below the current one), to be removed. Thrown past the attempt limit, the
 * message is the user's to act on.
 */
class CurrentMoved extends errors/* EvidenceError */.oe {
    why;
    version;
    abandoned;
    constructor(why, version, abandoned) {
        super(`${why}; other deliveries kept making new versions current while this run was delivering, run again`);
        this.why = why;
        this.version = version;
        this.abandoned = abandoned;
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
    const sources = await resolveSourceFiles(input.files, input.workspace, { followSymlinks: input.followSymlinks });
    logger.info(`deliver: ${plural(sources.length, 'file')} for project '${input.project}' to ${destination.describe()}`);
    // Each file is read once. Its size comes from stat; its content hash from hashing it first only
    // when an upload may not be needed (see the loop), else from the upload, which hashes the bytes
    // it sends. The stamps taken here tell whether a file was written to before it was all sent.
    const hashed = [];
    const stamps = new Map();
    for (const source of sources) {
        const info = await stat(source.localPath, { bigint: true });
        if (Number(info.dev) !== source.dev || Number(info.ino) !== source.ino) {
            throw new ConfigurationError(`files: ${source.localPath} was replaced after it was checked; nothing was delivered, run again`);
        }
        stamps.set(source.localPath, fileStamp(info));
        hashed.push({ localPath: source.localPath, name: source.name, size: Number(info.size), identity: { dev: source.dev, ino: source.ino } });
    }
    // Whatever reads the files (hashing first, or a copy that hashes) finds its hashing threads started.
    const releaseHashers = warmBlockHashers(Math.max(0, ...hashed.map((item) => Math.ceil(item.size / CONTENT_HASH_BLOCK_SIZE))));
    let bytesUploaded = 0;
    let version = null;
    const resultOf = (fields) => ({
        schema: DELIVERY_RESULT_SCHEMA,
        sha: input.sha,
        project: input.project,
        destination: { kind: destination.kind, location: input.destinationLabel },
        version,
        versionPath: version === null ? null : destination.displayPath(versionFolder(input.layout, version)),
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
    // takes the next version. Before the hashes are known (the upload hashes what it sends), the
    // digest is this run's own, so that no other run can finish the version; it is replaced by the
    // real one once the upload is done (settleUpload), so a rerun after a later crash can.
    let contentDigest = digestOf(['files not hashed yet', input.sha, startedAt, randomBytes(16).toString('hex')]);
    const hashesKnown = () => hashed.every((item) => item.contentHash !== undefined);
    const filesAt = (folder) => hashed.map((item) => ({ name: item.name, size: item.size, contentHash: knownHash(item), path: `${destination.displayPath(folder)}/${item.name}` }));
    try {
        for (let attempt = 1;; attempt++) {
            const { manifest } = await loadManifest(destination, input.layout.manifestFile);
            const current = manifest?.current ?? null;
            // Hash first when the upload is not certain: a current version with files of these names and
            // sizes may hold these very files (then nothing is uploaded), and a version another run left
            // pending may be for them (then it is finished). Otherwise the upload hashes the files.
            const pending = manifest?.pending;
            const otherClaim = pending !== undefined && pending.version > (current?.currentVersion ?? 0) && !ownClaim(pending);
            if (!hashesKnown() && (otherClaim || (current !== null && sameSizes(current.files, hashed))))
                await hashFirst();
            // Nothing more is read through the hashing threads unless the upload copies through them.
            if (!destination.uploadHashesOnWorkers)
                await releaseHashers();
            if (current && !inStableFolder(current)) {
                logger.warning(`deliver: the current v${current.currentVersion} is in ${current.stablePath}, not in ${stablePath} (stable-folder changed); delivering a new version there, with its own shared link`);
            }
            else if (current) {
                const currentFolder = versionFolder(input.layout, current.currentVersion);
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
                        // A claim this run made on an earlier attempt (its version was then dropped) goes with it.
                        if (latest.pending && ownClaim(latest.pending))
                            delete latest.pending;
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
            const highestFolder = Math.max(0, ...existing.filter((entry) => entry.kind === 'folder').map((entry) => versionOfFolder(input.layout, entry.name) ?? 0));
            const currentVersion = current?.currentVersion ?? 0;
            const claim = { finishing: false };
            let claimed;
            try {
                claimed = await updateManifest(destination, input.layout.manifestFile, input.project, (latest) => {
                    const latestCurrent = latest.current?.currentVersion ?? 0;
                    if (latestCurrent !== currentVersion)
                        throw new CurrentMoved(`${manifestPath}: another delivery made v${latestCurrent} current while this run was choosing its version`, latestCurrent);
                    const pending = latest.pending;
                    // Our own claim, written before its acknowledgement was lost: it stands as it was made.
                    const own = pending !== undefined && pending.version > latestCurrent && ownClaim(pending);
                    if (!own) {
                        // A claim made since the read above may be for these same files: hash first to know.
                        if (!hashesKnown() && pending !== undefined && pending.version > latestCurrent)
                            throw new CurrentMoved(`${manifestPath}: another delivery claimed v${pending.version} while this run was choosing its version`, latestCurrent);
                        claim.finishing = pending !== undefined && pending.version > latestCurrent && (pending.contentDigest === undefined || pending.contentDigest === contentDigest);
                    }
                    const claiming = (own || claim.finishing) && pending ? pending.version : Math.max(latestCurrent, highestFolder, pending?.version ?? 0) + 1;
                    latest.pending = { version: claiming, sha: input.sha, startedAt, contentDigest };
                    return latest;
                }, clock);
            }
            catch (error) {
                if (!(error instanceof CurrentMoved) || attempt >= MANIFEST_WRITE_ATTEMPTS)
                    throw error;
                logger.info(`deliver: ${error.why}; deciding again`);
                continue;
            }
            const targetVersion = claimed.pending.version;
            version = targetVersion;
            if (claim.finishing)
                logger.info(`deliver: finishing v${targetVersion}, which an earlier run with these same files left incomplete`);
            try {
                return await uploadAndSwitch(targetVersion, current);
            }
            catch (error) {
                // Overtaken: compare with the version that is current now, as at the start; this run's own
                // version, below it, can never be made current and goes.
                const moved = error instanceof CurrentMoved ? error : await overtakenBy(targetVersion, error);
                if (!moved || attempt >= MANIFEST_WRITE_ATTEMPTS)
                    throw moved ?? error;
                logger.info(`deliver: ${moved.why}; comparing with v${moved.version} again`);
                if (moved.abandoned !== undefined)
                    await removeVersion(moved.abandoned);
                continue;
            }
        }
    }
    catch (error) {
        await recordFailure(input, ports, error, version, bytesUploaded, resultOf);
        throw error;
    }
    finally {
        await releaseHashers();
    }
    /** Reads every file once to hash it, before deciding whether anything is uploaded. */
    async function hashFirst() {
        for (const item of hashed) {
            const { size, contentHash } = await contentHashOfFile(item.localPath, item.identity);
            Object.assign(item, { size, contentHash });
            logger.debug(`deliver: ${item.name}: ${size} bytes, content_hash ${contentHash}`);
        }
        contentDigest = contentDigestOf(hashed);
    }
    /**
     * After the upload: every file sent must still be the file stat saw before it was read (else
     * what was sent is no version of it the user meant), and the hashes of what was sent become the
     * files' hashes. A claim made before they were known is then pinned to them.
     */
    async function settleUpload(sent, uploaded, targetVersion) {
        const byName = new Map(uploaded.map((file) => [file.name.toLowerCase(), file]));
        for (const item of sent) {
            const now = await stat(item.localPath, { bigint: true }).then(fileStamp, () => 'gone');
            if (now !== stamps.get(item.localPath)) {
                throw new Error(`${item.localPath} changed while it was being delivered; v${targetVersion} is not made current. Run again once the file is complete`);
            }
            const file = byName.get(item.name.toLowerCase());
            if (!file || file.size !== item.size || (item.contentHash !== undefined && file.contentHash !== item.contentHash)) {
                throw new Error(`bug: the upload of ${item.name} reported ${file ? `${file.size} bytes, content_hash ${file.contentHash}` : 'nothing'}; expected ${item.size} bytes${item.contentHash ? `, ${item.contentHash}` : ''}`);
            }
            if (item.contentHash === undefined)
                logger.debug(`deliver: ${item.name}: ${file.size} bytes, content_hash ${file.contentHash} (hashed while uploading)`);
            item.contentHash = file.contentHash;
        }
        const provisional = contentDigest;
        const real = contentDigestOf(hashed);
        if (real === provisional)
            return;
        contentDigest = real;
        await updateManifest(destination, input.layout.manifestFile, input.project, (latest) => {
            const pending = latest.pending;
            if (pending && pending.version === targetVersion && pending.sha === input.sha && pending.startedAt === startedAt && pending.contentDigest === provisional)
                pending.contentDigest = real;
            return latest;
        }, clock);
    }
    /** Whether the current version is in this run's stable folder (Dropbox paths are case-insensitive). */
    function inStableFolder(current) {
        return destination.kind === 'dropbox' ? current.stablePath.toLowerCase() === stablePath.toLowerCase() : current.stablePath === stablePath;
    }
    /** Whether another run has claimed this version (since this run did, or instead). */
    function claimedByAnother(manifest, version) {
        return manifest.pending?.version === version && !ownClaim(manifest.pending);
    }
    function ownClaim(pending) {
        return pending.sha === input.sha && pending.startedAt === startedAt && pending.contentDigest === contentDigest;
    }
    /**
     * After a failure while uploading or verifying the version: if another run has made a newer
     * version current meanwhile (and perhaps removed this one), the failure is that race, not a fault.
     */
    async function overtakenBy(targetVersion, error) {
        try {
            const { manifest } = await loadManifest(destination, input.layout.manifestFile);
            const now = manifest?.current?.currentVersion ?? 0;
            if (!manifest)
                return undefined;
            if (now > targetVersion) {
                return new CurrentMoved(`${manifestPath}: another delivery made v${now} current while this run was uploading v${targetVersion} (${errorMessage(error)})`, now, neverCurrent(manifest, targetVersion));
            }
            // A twin made its version current with these same files, and dropped the version this run
            // was finishing with it: the run is unchanged, which the next attempt finds.
            if (manifest.current && now !== targetVersion && hashesKnown() && sameFiles(manifest.current.files, hashed)) {
                // Its folder may be back (a Dropbox upload makes the folders it writes into): it goes, unless another run has claimed it since.
                return new CurrentMoved(`${manifestPath}: another delivery made v${now} current with these same files while this run was uploading v${targetVersion} (${errorMessage(error)})`, now, claimedByAnother(manifest, targetVersion) ? undefined : neverCurrent(manifest, targetVersion));
            }
            return undefined;
        }
        catch {
            return undefined;
        }
    }
    /** The version, below the current one, if no run ever made it current (a twin run may have): it may go. */
    function neverCurrent(manifest, targetVersion) {
        return manifest.runs.some((entry) => entry.version === targetVersion && entry.outcome === 'created') ? undefined : targetVersion;
    }
    /** Removes a version folder that no run can make current any more; a failure only leaves it there. */
    async function removeVersion(abandoned) {
        const folder = versionFolder(input.layout, abandoned);
        try {
            await destination.deleteFolder(folder);
            logger.info(`deliver: removed ${destination.displayPath(folder)}: it was never made current, and no run can make it current now`);
        }
        catch (error) {
            logger.warning(`deliver: ${destination.displayPath(folder)} was never made current and is left there: ${errorMessage(error)}`);
        }
    }
    async function uploadAndSwitch(targetVersion, current) {
        const folder = versionFolder(input.layout, targetVersion);
        // Files already in the folder with our content stay; others are replaced; strays removed.
        const there = remoteFiles(await destination.listFolder(folder));
        const wanted = new Map(hashed.map((item) => [item.name.toLowerCase(), item]));
        const toUpload = hashed.filter((item) => item.contentHash === undefined || !there.some((file) => file.name.toLowerCase() === item.name.toLowerCase() && file.contentHash === item.contentHash));
        for (const stray of there.filter((file) => !wanted.has(file.name.toLowerCase()))) {
            logger.info(`deliver: removing ${stray.name} from the incomplete v${targetVersion}`);
            await destination.deleteFile(`${folder}/${stray.name}`);
        }
        const total = toUpload.reduce((sum, item) => sum + item.size, 0);
        logger.info(`deliver: uploading ${plural(toUpload.length, 'file')}, ${plural(total, 'byte')}, to ${destination.displayPath(folder)}`);
        progress.start(total, toUpload.length);
        const counting = { ...progress, advance: (bytes) => { bytesUploaded += bytes; progress.advance(bytes); } };
        let uploaded;
        try {
            uploaded = await destination.upload(folder, toUpload, counting);
        }
        finally {
            progress.finish();
        }
        bytesUploaded = Math.min(bytesUploaded, total);
        await settleUpload(toUpload, uploaded, targetVersion);
        // Verified from the destination's own listing before anything points at the new version.
        const landed = remoteFiles(await destination.listFolder(folder));
        if (!sameFiles(hashed, landed)) {
            throw new EvidenceError(`${destination.displayPath(folder)}: after the upload the folder does not hold exactly the delivered files with our content hashes; run again to redo v${targetVersion}`, { file: destination.displayPath(folder) });
        }
        // The manifest's link is for the stable folder the current version is in, which may be another.
        const known = current && inStableFolder(current) ? current.stableShareUrl : undefined;
        const link = await destination.shareLink(input.layout.stableFolder, { known, refresh: input.refreshShareLink });
        const files = filesAt(folder);
        const finishedAt = clock.now().toISOString();
        const run = { sha: input.sha, time: finishedAt, version: targetVersion, outcome: 'created', bytesUploaded };
        // Made current only if no other run has a claim on it and nothing newer is current; a version
        // that is current is never replaced by another of the same number. A version current with
        // these same files (a twin run's) makes this run unchanged; anything else newer is a race that
        // the caller takes from the top (CurrentMoved).
        const switch_ = { toTwin: false, dropOwn: false };
        const switched = await updateManifest(destination, input.layout.manifestFile, input.project, (latest) => {
            switch_.toTwin = false;
            switch_.dropOwn = false;
            const now = latest.current;
            // Our own switch, written before its acknowledgement was lost: the run record is kept once.
            if (now && now.currentVersion === targetVersion && now.sha === input.sha && now.updatedAt === finishedAt)
                return appendRun(latest, run);
            if (now && now.currentVersion > targetVersion) {
                throw new CurrentMoved(`${manifestPath}: another delivery made v${now.currentVersion} current while this run was uploading v${targetVersion}`, now.currentVersion, neverCurrent(latest, targetVersion));
            }
            // The current version this attempt started from, found not to hold its files (else the run
            // was unchanged): its manifest entry may list our files, but it is what this run replaces.
            const damaged = now !== null && current !== null && now.currentVersion === current.currentVersion && now.updatedAt === current.updatedAt;
            if (now && !damaged && sameFiles(now.files, hashed)) {
                // A run with these same files made its version current first: this one or, when a third
                // run's claim came between theirs, a lower one. This run's version above it goes, with its
                // claim: it can never be made current (a current version holds its files), and a twin
                // still copying into it finds these files current when its copy fails (overtakenBy). Only
                // a version another run has claimed since stays: that run drops it when it gets here.
                switch_.toTwin = true;
                switch_.dropOwn = now.currentVersion < targetVersion && !claimedByAnother(latest, targetVersion);
                if (switch_.dropOwn && latest.pending?.version === targetVersion)
                    delete latest.pending;
            }
            else if (now && now.currentVersion === targetVersion) {
                throw new CurrentMoved(`${manifestPath}: another delivery made v${targetVersion} current with other files while this run was uploading it`, now.currentVersion);
            }
            else {
                if (latest.pending && latest.pending.version === targetVersion && latest.pending.contentDigest !== contentDigest) {
                    throw new CurrentMoved(`${manifestPath}: v${targetVersion} is now claimed by another delivery (SHA ${latest.pending.sha}, started ${latest.pending.startedAt})`, now?.currentVersion ?? 0);
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
            const lowest = switch_.toTwin ? latest.current.currentVersion : targetVersion;
            if (latest.pending && latest.pending.version <= lowest)
                delete latest.pending;
            return appendRun(latest, switch_.toTwin ? { ...run, version: latest.current.currentVersion, outcome: 'unchanged' } : run);
        }, clock);
        if (switch_.toTwin && switched.current) {
            const by = switched.current;
            version = by.currentVersion;
            if (switch_.dropOwn)
                await removeVersion(targetVersion);
            // The link is the twin's, made before this run's switch: this run reused it.
            logger.info(`deliver: unchanged: another run with these same files made v${version} current first (SHA ${by.sha}); ${bytesUploaded} bytes uploaded. Shared link (reused) on ${stablePath}: ${by.stableShareUrl}`);
            const result = resultOf({ outcome: 'unchanged', shareUrl: by.stableShareUrl, shareStatus: 'reused', files: by.files });
            return { result, resultPath: (await ports.store.write('delivery', input.sha, result)).path, manifestPath };
        }
        logger.info(`deliver: created v${targetVersion} (${bytesUploaded} bytes uploaded). Shared link (${link.status}) on ${stablePath}: ${link.url}`);
        const result = resultOf({ outcome: 'created', shareUrl: link.url, shareStatus: link.status, files });
        return { result, resultPath: (await ports.store.write('delivery', input.sha, result)).path, manifestPath };
    }
}
/** A failed run is still recorded, as far as the destination and the store can take it. */
async function recordFailure(input, ports, error, version, bytesUploaded, resultOf) {
    const message = (ports.mask ?? ((text) => text))(errorMessage(error));
    const run = { sha: input.sha, time: ports.clock.now().toISOString(), version, outcome: 'failed', bytesUploaded, error: message.slice(0, 2000) };
    try {
        await updateManifest(ports.destination, input.layout.manifestFile, input.project, (latest) => appendRun(latest, run), ports.clock);
    }
    catch (recordError) {
        ports.logger.warning(`deliver: the failed run is not in the delivery manifest: ${errorMessage(recordError)}`);
    }
    try {
        await ports.store.write('delivery', input.sha, resultOf({ outcome: 'failed', version, error: message.slice(0, 2000) }));
    }
    catch (recordError) {
        ports.logger.warning(`deliver: the delivery result was not written: ${errorMessage(recordError)}`);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./build/evidence/local-store.js + 1 modules
var local_store = __webpack_require__(7982);
// EXTERNAL MODULE: ./build/evidence/atomic-file.js
var atomic_file = __webpack_require__(3910);
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

;// CONCATENATED MODULE: ./build/mail/delivery-email.js
// The delivery email: "your delivery is ready" from the deliver stage's result, and the outcome
// written back into the delivery manifest's run for the SHA (email.status sent | failed | skipped).







/** The delivery result for the SHA (it must exist and be valid) and the template variables it gives. */
async function deliveryVariables(store, sha) {
    const { value: result } = (0,evidence_store.requireValid)(await store.read('delivery', sha));
    return {
        result,
        variables: {
            project: result.project,
            version: result.version === null ? 'unknown' : String(result.version),
            shareLink: result.shareUrl ?? 'unknown',
            files: result.files.map((file) => ({ name: file.name, size: file.size })),
            deliveryOutcome: result.outcome,
        },
    };
}
/** How a send-mail run ends up in the manifest: a duplicate went out earlier, a dry run did not. */
function deliveryEmailOutcome(result) {
    switch (result.status) {
        case 'sent':
            return { status: 'sent' };
        case 'duplicate':
            return { status: 'sent', reason: 'sent by an earlier run' };
        case 'failed':
            return { status: 'failed', reason: result.reason ?? 'not sent' };
        case 'dry-run':
            return { status: 'skipped', reason: 'dry run: written to the outbox, not sent' };
        default:
            return { status: 'skipped', reason: result.reason ?? 'nothing sent' };
    }
}
/**
 * Opens the destination that holds the delivery manifest the result names. A local manifest is
 * where the result says; a Dropbox one needs the deliver action's destination and credentials,
 * and they must lead to the same manifest (else the outcome would land in another project).
 */
async function openDeliveryManifest(delivery, settings, ports) {
    const label = settings.destination ?? delivery.destination.location;
    const kind = (0,layout/* parseDestination */.G2)(label).kind;
    if (kind !== delivery.destination.kind) {
        throw new errors/* ConfigurationError */.j1(`input 'destination': '${label}' is a ${kind} destination, but the delivery for ${delivery.sha} went to ${delivery.destination.kind} (${delivery.destination.location}); give the destination the deliver step used`);
    }
    if (kind === 'local') {
        return { destination: new LocalDestination((0,external_node_path_.dirname)(delivery.manifestPath), ports.clock), file: (0,external_node_path_.basename)(delivery.manifestPath) };
    }
    const destination = await openDestination({ ...settings, destination: label, project: delivery.project }, ports);
    const root = `${destination.displayPath('')}/`;
    // Dropbox paths ignore case.
    if (!delivery.manifestPath.toLowerCase().startsWith(root.toLowerCase())) {
        throw new errors/* ConfigurationError */.j1(`the delivery manifest ${delivery.manifestPath} is not under ${root} (from destination '${label}'${settings.useApiRootFolder ? ` and api-root-folder '${settings.apiRootFolder}'` : ''}); give send-mail the destination, use-api-root-folder and api-root-folder the deliver step used`);
    }
    return { destination, file: delivery.manifestPath.slice(root.length) };
}
/**
 * Writes the email outcome into the manifest's latest run for the SHA through deliver's own
 * conditional update (re-read and re-apply on a conflict), at a local folder or in Dropbox.
 */
async function recordDeliveryEmail(delivery, email, { destination, file }, ports) {
    if (!(await destination.readManifest(file))) {
        ports.logger.warning(`send-mail: ${delivery.manifestPath}: no delivery manifest; the email outcome is not recorded there`);
        return 'not-recorded';
    }
    let found = false;
    let keptSent = false;
    await updateManifest(destination, file, delivery.project, (manifest) => {
        const run = manifest.runs.findLast((candidate) => candidate.sha === delivery.sha);
        found = run !== undefined;
        // A recorded sent is final: a later run with mail disabled, or one that sent nothing, does not undo it.
        keptSent = run?.email?.status === 'sent' && email.status !== 'sent';
        if (run && !keptSent)
            run.email = email.reason ? { status: email.status, reason: email.reason } : { status: email.status };
        return manifest;
    }, ports.clock);
    if (!found)
        ports.logger.warning(`send-mail: ${delivery.manifestPath}: no run for ${delivery.sha}; the email outcome is not recorded there`);
    if (keptSent)
        ports.logger.info(`send-mail: ${delivery.manifestPath}: the delivery email for ${delivery.sha} is recorded as sent; this run's ${email.status} does not replace it`);
    return found && !keptSent ? 'recorded' : 'not-recorded';
}


/***/ })

};
