export const id = 7450;
export const ids = [7450,8420];
export const modules = {

/***/ 41854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
// Canonical JSON (RFC 8785, JCS) and the `sha256:<hex>` digests taken over it. The digest of a
// contract is the digest of its canonical form, so key order and whitespace never change it.

// In unicode mode a paired surrogate is one code point, so this matches lone surrogates only.
const LONE_SURROGATE = /\p{Surrogate}/u;
/**
 * Serialises a JSON value canonically: object keys sorted by UTF-16 code units, no whitespace,
 * numbers and strings as ECMAScript's JSON.stringify writes them (which is what RFC 8785 asks for).
 * Values JSON cannot hold (undefined in arrays, functions, NaN, Infinity, lone surrogates) throw.
 */
function canonicalJson(value) {
    if (value === null || typeof value === 'boolean')
        return JSON.stringify(value);
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new TypeError(`canonical JSON cannot hold the number ${value}`);
        return JSON.stringify(value);
    }
    if (typeof value === 'string') {
        if (LONE_SURROGATE.test(value))
            throw new TypeError('canonical JSON cannot hold a string with a lone surrogate');
        return JSON.stringify(value);
    }
    if (Array.isArray(value)) {
        return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
    }
    if (typeof value === 'object') {
        const prototype = Object.getPrototypeOf(value);
        if (prototype !== Object.prototype && prototype !== null) {
            // A Date, Map or class instance would silently become {} or a string: make the caller convert it.
            throw new TypeError(`canonical JSON holds plain objects only, not ${value.constructor?.name ?? 'this object'}`);
        }
        const entries = Object.entries(value)
            .filter(([, member]) => member !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([key, member]) => `${canonicalJson(key)}:${canonicalJson(member)}`).join(',')}}`;
    }
    throw new TypeError(`canonical JSON cannot hold a value of type ${typeof value}`);
}
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** `sha256:<64 hex>` of the canonical JSON of a value. */
function digestOf(value) {
    return `sha256:${sha256Hex(canonicalJson(value))}`;
}


/***/ }),

/***/ 28420:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ sealReleasePackage),
/* harmony export */   CR: () => (/* binding */ componentRefs),
/* harmony export */   Hw: () => (/* binding */ releasePackageManifest),
/* harmony export */   Ne: () => (/* binding */ RELEASE_PACKAGE_SCHEMA),
/* harmony export */   fO: () => (/* binding */ expectedPackageDigest),
/* harmony export */   j0: () => (/* binding */ RELEASE_PACKAGE_SCHEMA_V1)
/* harmony export */ });
/* unused harmony exports releaseComponent, releaseMigration, commitResolution, imageResolution, releasePackageBody */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92857);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41854);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36291);
// The release-package manifest: the one package build-once makes and every later stage acts on.
// Its `digest` covers its own canonical JSON without that field, so any edit shows.



/** The version build-once writes. v2: the release section of the playbook's multi-repo manifest, resolved. */
const RELEASE_PACKAGE_SCHEMA = 'shipgate.release-package/v2';
/** Packages sealed before v2; still read, and their digests stay what later evidence recorded. */
const RELEASE_PACKAGE_SCHEMA_V1 = 'shipgate.release-package/v1';
const imageComponent = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('image'),
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('The component name, e.g. api.'),
    ref: _common_js__WEBPACK_IMPORTED_MODULE_1__/* .pinnedImageRef */ .n1,
})
    .strict();
const fileComponent = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('file'),
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('The file path relative to the repository root.'),
    size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().describe('Size in bytes.'),
    sha256: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters'),
})
    .strict();
const releaseComponent = zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('kind', [imageComponent, fileComponent]);
const hexCommitSha = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{7,40}$/, 'must be a hex commit SHA');
const migrationV1 = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
})
    .strict();
const releaseV1 = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    commits: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), hexCommitSha).describe('The commit of each repository in the release, by owner/name.'),
    migrations: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(migrationV1),
    featureFlags: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()])),
})
    .strict()
    .describe('The fields of the multi-repo release manifest.');
const migrationRevision = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
})
    .strict();
/** One repository's migrations, in the manifest's order: revision ids in the order they run, or one file. */
const releaseMigration = zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('kind', [
    zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('revisions'),
        revisions: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(migrationRevision).min(1).describe('The revision ids, in the order they run.'),
    })
        .strict(),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('file'),
        path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe("The file's path relative to the release manifest's folder, as written."),
        size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().describe('Size in bytes.'),
        sha256: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters'),
    })
        .strict(),
]);
/** How a tag in the manifest's commits became a commit, and who said so. */
const commitResolution = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    tag: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('The tag as the manifest names it.'),
    sha: _common_js__WEBPACK_IMPORTED_MODULE_1__/* .commitSha */ .mJ.describe('The commit the tag points at (through an annotated tag object, if any).'),
    via: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['github-api', 'clone']).describe('github-api: the GitHub REST API; clone: git rev-parse in a local clone.'),
})
    .strict();
/** How a tag ref in the manifest's images was pinned from the build's buildx metadata. */
const imageResolution = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    tag: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('The image ref as the manifest names it, e.g. registry/acme/api:1.4.2.'),
    ref: _common_js__WEBPACK_IMPORTED_MODULE_1__/* .pinnedImageRef */ .n1,
    metadataFile: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('The buildx metadata file whose image.name lists the tag ref.'),
})
    .strict();
const releaseV2 = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    commits: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), hexCommitSha)
        .describe('The commit of each repository in the release, by owner/name: a SHA as written, or the commit its tag resolved to.'),
    resolutions: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(commitResolution).describe('Every tag in the manifest\'s commits, with the commit it resolved to.'),
    images: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), _common_js__WEBPACK_IMPORTED_MODULE_1__/* .pinnedImageRef */ .n1).describe("The manifest's images by component, every one pinned to a digest."),
    imageResolutions: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(imageResolution).describe('Every tag ref in the manifest\'s images, with the digest the build pinned it to.'),
    migrations: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(releaseMigration).describe('Per repository, in the manifest\'s order.'),
    featureFlags: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()])),
})
    .strict()
    .describe('The multi-repo release manifest, resolved: tags to commits, image tags to digests, migration files to their digests.');
const packageFields = {
    sha: _common_js__WEBPACK_IMPORTED_MODULE_1__/* .commitSha */ .mJ,
    repository: _common_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryName */ .aR,
    createdAt: _common_js__WEBPACK_IMPORTED_MODULE_1__/* .timestamp */ .vE,
    source: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        workflow: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        runId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        runAttempt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        event: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    })
        .strict()
        .describe('The run that built the package.'),
    scope: _common_js__WEBPACK_IMPORTED_MODULE_1__/* .scopeFlags */ .SV,
    runtime: zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('mode', [
        zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ mode: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('built') }).strict(),
        zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            mode: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('captured'),
            fromSha: _common_js__WEBPACK_IMPORTED_MODULE_1__/* .commitSha */ .mJ.describe('The earlier release whose components were captured.'),
            fromPackageDigest: _common_js__WEBPACK_IMPORTED_MODULE_1__/* .digest */ .br,
        })
            .strict(),
    ])
        .describe('built: components were built for this SHA; captured: runtime did not change and the components of an earlier YES release were reused.'),
    components: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(releaseComponent)
        .min(1, 'a release package needs at least one component')
        // Names key promote's refs; build-once never seals two alike, and a second would silently replace the first there.
        .superRefine((components, context) => {
        const first = new Map();
        for (const [index, component] of components.entries()) {
            const earlier = first.get(component.name);
            if (earlier === undefined)
                first.set(component.name, index);
            else
                context.addIssue({ code: 'custom', path: [index, 'name'], message: `'${component.name}' is already the name of components[${earlier}]; each component has its own name` });
        }
    }),
};
const releasePackageV1Body = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(RELEASE_PACKAGE_SCHEMA_V1), ...packageFields, release: releaseV1 }).strict();
const releasePackageV2Body = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(RELEASE_PACKAGE_SCHEMA), ...packageFields, release: releaseV2 }).strict();
// A discriminated union on `schema`: a v1 document parses as it was written, so its digest holds.
const releasePackageBody = zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('schema', [releasePackageV1Body, releasePackageV2Body]);
const sealedDigest = { digest: _common_js__WEBPACK_IMPORTED_MODULE_1__/* .digest */ .br.describe('The digest of this manifest\'s canonical JSON without the digest field.') };
const releasePackageManifest = zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('schema', [
    releasePackageV1Body.extend(sealedDigest).strict(),
    releasePackageV2Body.extend(sealedDigest).strict(),
]);
/** Seals a manifest body with the digest of its canonical JSON. */
function sealReleasePackage(body) {
    return { ...body, digest: (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(body) };
}
/** The digest a manifest should carry, recomputed from everything but its digest field. */
function expectedPackageDigest(manifest) {
    const { digest: _recorded, ...body } = manifest;
    return (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(body);
}
/** Component name -> pinned image ref or `sha256:<hex>` of the file, as promote outputs them. */
function componentRefs(manifest) {
    return Object.fromEntries(manifest.components.map((component) => [
        component.name,
        component.kind === 'image' ? component.ref : `sha256:${component.sha256}`,
    ]));
}


/***/ }),

/***/ 31709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pt: () => (/* binding */ contentHashOfFile),
/* harmony export */   id: () => (/* binding */ readHashedBlocks),
/* harmony export */   pP: () => (/* binding */ contentHashOf),
/* harmony export */   pp: () => (/* binding */ BlockDigests),
/* harmony export */   vY: () => (/* binding */ CONTENT_HASH_BLOCK_SIZE)
/* harmony export */ });
/* unused harmony export ContentHasher */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _hash_pool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46368);
/* harmony import */ var _source_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41454);
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

/***/ 46368:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ warmBlockHashers),
/* harmony export */   s: () => (/* binding */ blockHasherFor)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75919);
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

/***/ 41454:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qs: () => (/* binding */ openSourceFile),
/* harmony export */   V6: () => (/* binding */ resolveSourceFiles),
/* harmony export */   a9: () => (/* binding */ fileStamp)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14006);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35562);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10495);
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
    const rest = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, path);
    return rest === '' || (!rest.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && rest !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rest));
}
/** What a symlink says it points at, for messages; its resolved path when the link text is relative. */
async function linkTarget(path) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(path).catch(() => undefined);
    if (text === undefined)
        return '(unreadable)';
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path).catch(() => undefined);
    return real && real !== text ? `${text} (${real})` : text;
}
/** The first symlink on the way from the workspace down to path (path included), if any. */
async function firstLinkUnder(workspace, path) {
    const parts = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(workspace, path).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).filter((part) => part !== '');
    let current = workspace;
    for (const part of parts) {
        current = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, part);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(current).catch(() => undefined);
        if (info?.isSymbolicLink())
            return current;
    }
    return undefined;
}
/** The first symlink between the workspace and a path inside it; none when the real path is the path itself. */
async function linkOnTheWay(workspace, path, real) {
    if (real === (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(workspace.real, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(workspace.path, path)))
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
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path);
    }
    catch (error) {
        const code = errnoOf(error);
        const link = code === 'ENOENT' || code === 'ELOOP' ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).then((info) => info.isSymbolicLink(), () => false) : false;
        if (link)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`files: '${shown}' is a symbolic link to ${await linkTarget(path)}, which ${code === 'ELOOP' ? 'is a symlink loop' : 'does not exist'}; ${HOW_TO_FIX_LINK}`);
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`files: '${shown}' does not exist (looked at ${path}); check the path or build the file first`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`files: '${shown}' cannot be read (${error.message})`);
    }
    const link = lexicallyInside ? await linkOnTheWay(workspace, path, real) : undefined;
    if (!isInside(real, workspace.real)) {
        const why = link ? `${link === path ? 'is' : `goes through ${link}, which is`} a symbolic link to ${await linkTarget(link)}, outside the workspace` : `is outside the workspace (${real})`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`files: '${shown}' ${why}; only files inside the workspace (${workspace.path}) are delivered: copy the file into the workspace first`);
    }
    if (link && !options.followSymlinks) {
        const why = link === path ? 'is a symbolic link' : `goes through ${link}, a symbolic link`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`files: '${shown}' ${why} to ${await linkTarget(link)}; symlinks are not delivered by default: ${HOW_TO_FIX_LINK}`);
    }
    // The real path has no symlink left on it: lstat sees the file itself.
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(real);
    if (info.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`files: '${shown}' is not a file; give files or a glob such as '${shown.replace(/\/$/, '')}/*'`);
    if (!info.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`files: '${shown}' is ${(0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_4__/* .describeFileType */ .wU)(info)}, not a regular file; only regular files are delivered`);
    return { localPath: real, name: (0,_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .deliveryFileName */ .SY)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path), source), source, dev: info.dev, ino: info.ino };
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
        if (part !== folderParts[index] && (part === '' || !picomatch__WEBPACK_IMPORTED_MODULE_6__(part, { dot: false })(folderParts[index])))
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
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(folder, { withFileTypes: true });
    }
    catch (error) {
        if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR')
            return found;
        throw error;
    }
    for (const entry of entries) {
        if (entry.name === '.git' || entry.name === 'node_modules')
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, entry.name);
        const subject = glob.subject(path);
        if (entry.isDirectory()) {
            found.push(...(await walk(path, glob, entered)));
            continue;
        }
        if (entry.isSymbolicLink()) {
            const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined);
            if (target?.isDirectory()) {
                if (!couldMatchBelow(glob.pattern, subject))
                    continue;
                const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path);
                if (!isInside(real, glob.workspace.real)) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`files: the glob '${glob.source}' reaches into ${path}, a symbolic link to ${await linkTarget(path)}, outside the workspace; only files inside the workspace (${glob.workspace.path}) are delivered: copy the files into the workspace first`);
                }
                if (!glob.options.followSymlinks) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`files: the glob '${glob.source}' reaches into ${path}, a symbolic link to ${await linkTarget(path)}; symlinks are not delivered by default: copy the files into the workspace instead of linking them, or set follow-symlinks: true if the target is inside the workspace`);
                }
                if (entered.has(real))
                    continue;
                entered.add(real);
                found.push(...(await walk(path, glob, entered)));
                continue;
            }
        }
        if (glob.matches(subject))
            found.push({ path, file: await checkedFile(path, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(glob.workspace.path, path) || path, glob.source, glob.workspace, glob.options) });
    }
    return found;
}
function forwardSlashes(path) {
    return path.split('\\').join('/');
}
async function resolveSourceFiles(patterns, workspacePath, options = {}) {
    if (patterns.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1("input 'files': give at least one path or glob, one per line");
    const workspace = { path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspacePath), real: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(workspacePath).catch(() => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspacePath)) };
    const files = [];
    for (const pattern of patterns) {
        const scan = picomatch__WEBPACK_IMPORTED_MODULE_6__.scan(pattern);
        if (!scan.isGlob) {
            files.push(await checkedFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace.path, pattern), pattern, pattern, workspace, options));
            continue;
        }
        const base = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace.path, scan.base || '.');
        const realBase = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(base).catch(() => undefined);
        if (realBase !== undefined) {
            const link = isInside(base, workspace.path) ? await linkOnTheWay(workspace, base, realBase) : undefined;
            if (!isInside(realBase, workspace.real)) {
                const why = link ? `goes through ${link}, a symbolic link to ${await linkTarget(link)}, outside the workspace` : `starts at ${realBase}, outside the workspace`;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`files: the glob '${pattern}' ${why}; only files inside the workspace (${workspace.path}) are delivered: copy the files into the workspace first`);
            }
            if (link && !options.followSymlinks) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`files: the glob '${pattern}' goes through ${link}, a symbolic link to ${await linkTarget(link)}; symlinks are not delivered by default: copy the files into the workspace instead of linking them, or set follow-symlinks: true if the target is inside the workspace`);
            }
        }
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(pattern);
        const glob = absolute ? pattern : forwardSlashes((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(workspace.path, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace.path, pattern))) || pattern;
        const walkState = {
            source: pattern,
            pattern: glob,
            workspace,
            options,
            subject: (path) => (absolute ? path : forwardSlashes((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(workspace.path, path))),
            matches: picomatch__WEBPACK_IMPORTED_MODULE_6__(glob, { dot: false }),
        };
        const matched = (await walk(base, walkState, new Set(realBase ? [realBase] : [])))
            .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
            .map(({ file }) => file);
        if (matched.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`files: the glob '${pattern}' matched no files under ${base}; check the pattern or build the files first`);
        files.push(...matched);
    }
    const byName = new Map();
    for (const file of files) {
        const key = file.name.toLowerCase();
        const earlier = byName.get(key);
        if (earlier && earlier.localPath !== file.localPath) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`files: '${earlier.localPath}' and '${file.localPath}' would both be delivered as '${file.name}' (names are case-insensitive at Dropbox); rename one`);
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


/***/ })

};
