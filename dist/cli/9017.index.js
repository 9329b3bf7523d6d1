export const id = 9017;
export const ids = [9017,1900,8420];
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

/***/ 81900:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h_: () => (/* binding */ GitHubArtifactStore),
/* harmony export */   oT: () => (/* binding */ parseEvidenceArtifactName),
/* harmony export */   otherRunEvidence: () => (/* binding */ otherRunEvidence)
/* harmony export */ });
/* unused harmony exports evidenceArtifactName, latestEvidenceArtifact, requireArtifactRuntime */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73136);
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36291);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(19473);
/* harmony import */ var _evidence_file_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(35562);
/* harmony import */ var _local_store_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7982);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(11549);
// The GitHub-artifact evidence backend: the local folder stays the working copy, every contract a
// stage writes is uploaded as one artifact per kind and SHA, and a read first downloads the newest
// artifact of that kind and SHA (this run's, else the source run's for a replay) into the folder,
// where the store's validated read checks it (schema, SHA, the manifest's own digest).
// @actions/artifact is loaded on the first transfer, never at start-up.











/** Characters GitHub refuses in an artifact name. */
const FORBIDDEN_NAME_CHARACTERS = /[":<>|*?\\/]/;
/**
 * The artifact of a kind and SHA: `<kind>-<sha>` (the release package: `release-package-<sha>`).
 * Artifacts are immutable and a name is unique within a run, so a later revision of a contract that
 * changes (the pipeline timing every stage appends to) is uploaded as `<kind>-<sha>-r<n>`.
 */
function evidenceArtifactName(kind, sha, revision = 0, namePrefix = '') {
    const name = `${namePrefix}${_contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].kind}-${(0,_store_js__WEBPACK_IMPORTED_MODULE_10__/* .assertSha */ .B1)(sha)}${revision > 0 ? `-r${revision}` : ''}`;
    if (FORBIDDEN_NAME_CHARACTERS.test(name))
        throw new Error(`bug: artifact name ${name} has a character GitHub refuses`);
    return name;
}
/** The kind, SHA and revision an evidence artifact's name stands for; undefined for other artifacts. */
function parseEvidenceArtifactName(name, namePrefix = '') {
    for (const kind of _contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contractKinds */ .Ym) {
        const prefix = `${namePrefix}${_contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].kind}-`;
        if (!name.startsWith(prefix))
            continue;
        const match = /^([0-9a-f]{40})(?:-r([1-9][0-9]*))?$/.exec(name.slice(prefix.length));
        if (match)
            return { kind, sha: match[1], revision: match[2] ? Number(match[2]) : 0 };
    }
    return undefined;
}
/** The newest revision of a kind and SHA among a run's artifacts (the highest id breaks a tie). */
function latestEvidenceArtifact(artifacts, kind, sha, namePrefix = '') {
    let latest;
    for (const artifact of artifacts) {
        const parsed = parseEvidenceArtifactName(artifact.name, namePrefix);
        if (!parsed || parsed.kind !== kind || parsed.sha !== sha)
            continue;
        if (!latest || parsed.revision > latest.revision || (parsed.revision === latest.revision && artifact.id > latest.id)) {
            latest = { ...artifact, revision: parsed.revision };
        }
    }
    return latest;
}
/** Fails with what to do when the step has no artifact service (not a JavaScript action step on a runner). */
function requireArtifactRuntime(env = process.env) {
    const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((name) => !env[name]);
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`evidence backend github-artifact: ${missing.join(' and ')} not set; the runner gives them to JavaScript action steps. ` +
            'Run the action as a step of a GitHub Actions job, or use the local backend (SHIPGATE_EVIDENCE_BACKEND=local)');
    }
}
class GitHubArtifactStore {
    options;
    local;
    client;
    pulled = new Map();
    /** Kind/SHA pairs whose current content is known to be in an artifact of this run. */
    uploaded = new Set();
    constructor(options, client, sharedClient) {
        this.options = options;
        this.local = new _local_store_js__WEBPACK_IMPORTED_MODULE_9__/* .LocalEvidenceStore */ .un(options.location);
        if (options.sourceOnly && !options.source)
            throw new Error('bug: sourceOnly without a source run');
        if (client)
            this.client = Promise.resolve(client);
        else if (sharedClient)
            this.client = sharedClient;
        if (options.retentionDays !== undefined && !(Number.isInteger(options.retentionDays) && options.retentionDays >= 1 && options.retentionDays <= 90)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`artifact retention: ${options.retentionDays} days is not a whole number from 1 to 90`);
        }
    }
    get location() {
        return this.local.location;
    }
    get namePrefix() {
        return this.options.namePrefix ?? '';
    }
    /** A store for a subfolder whose artifacts carry the segments in their names; it shares this one's client. */
    within(segments) {
        const client = this.client;
        return new GitHubArtifactStore({ ...this.options, location: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.location, ...segments), namePrefix: `${this.namePrefix}${segments.join('.')}.` }, undefined, client);
    }
    pathOf(kind, sha) {
        return this.local.pathOf(kind, sha);
    }
    async read(kind, sha) {
        const path = this.pathOf(kind, sha);
        let pulled;
        try {
            pulled = await this.pull(kind, sha);
        }
        catch (error) {
            // Evidence that cannot be fetched is evidence that cannot be trusted: a NO with the reason,
            // so a release decision is still written (and the workflow can still notify).
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EvidenceError */ .oe))
                throw error;
            return { state: 'invalid', kind, path, problems: [{ field: '(artifact)', message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error) }] };
        }
        if (pulled.problems.length > 0)
            return { state: 'invalid', kind, path, problems: pulled.problems };
        const read = await this.local.read(kind, sha);
        if (read.state === 'invalid' && pulled.origin) {
            return { ...read, problems: read.problems.map((problem) => ({ ...problem, message: `${problem.message} (downloaded from ${pulled.origin})` })) };
        }
        return read;
    }
    async write(kind, sha, value) {
        // An immutable contract already uploaded in this run must be compared, not uploaded twice.
        await this.pull(kind, sha);
        const written = await this.local.write(kind, sha, value);
        const key = keyOf(kind, sha);
        if (written.written || !this.uploaded.has(key)) {
            await this.upload(kind, sha);
            this.uploaded.add(key);
        }
        return written;
    }
    /** The working copy's lock: jobs on other runners have working copies of their own. */
    exclusively(kind, sha, wait, work) {
        return this.local.exclusively(kind, sha, wait, work);
    }
    async listShas(kind) {
        const shas = new Set(await this.local.listShas(kind));
        const client = await this.artifactClient();
        const runs = [...(this.options.sourceOnly ? [] : [undefined]), ...(this.options.source ? [this.options.source] : [])];
        for (const run of runs) {
            for (const artifact of await this.list(client, run)) {
                const parsed = parseEvidenceArtifactName(artifact.name, this.namePrefix);
                if (parsed?.kind === kind && _contracts_common_js__WEBPACK_IMPORTED_MODULE_5__/* .SHA_PATTERN */ .yw.test(parsed.sha))
                    shas.add(parsed.sha);
            }
        }
        return [...shas].sort();
    }
    pull(kind, sha) {
        const key = keyOf(kind, (0,_store_js__WEBPACK_IMPORTED_MODULE_10__/* .assertSha */ .B1)(sha));
        let pulled = this.pulled.get(key);
        if (!pulled) {
            pulled = this.download(kind, sha);
            this.pulled.set(key, pulled);
        }
        return pulled;
    }
    /** Brings the newest artifact of a kind and SHA into the working copy; the local read then validates it. */
    async download(kind, sha) {
        const client = await this.artifactClient();
        let run;
        let found = this.options.sourceOnly ? undefined : latestEvidenceArtifact(await this.list(client, undefined), kind, sha, this.namePrefix);
        if (!found && this.options.source) {
            run = this.options.source;
            found = latestEvidenceArtifact(await this.list(client, run), kind, sha, this.namePrefix);
        }
        if (!found)
            return { problems: [] };
        const origin = `artifact ${found.name} of ${run ? `run ${run.runId}` : 'this run'}`;
        const relative = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(_contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].kind, sha, _contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].file);
        const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'shipgate-artifact-'));
        try {
            let digestMismatch;
            try {
                ;
                ({ digestMismatch } = await client.downloadArtifact(found.id, {
                    path: scratch,
                    ...(found.digest ? { expectedHash: found.digest.startsWith('sha256:') ? found.digest : `sha256:${found.digest}` } : {}),
                    ...(run ? { findBy: findByOf(run) } : {}),
                }));
            }
            catch (error) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EvidenceError */ .oe(`${this.pathOf(kind, sha)}: cannot download ${origin}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}`, { file: this.pathOf(kind, sha) });
            }
            if (digestMismatch) {
                return { origin, problems: [{ field: '(artifact)', message: `${origin}: the downloaded archive does not match the digest recorded at upload; it changed in storage` }] };
            }
            const downloaded = await (0,_evidence_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readEvidenceFile */ .M)(scratch, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, relative));
            if (downloaded.state === 'missing') {
                return { origin, problems: [{ field: '(file)', message: `${origin} holds no ${relative}` }] };
            }
            if (downloaded.state === 'refused') {
                return { origin, problems: [{ field: '(file)', message: `${relative} in ${origin} ${downloaded.problem.message}` }] };
            }
            const text = downloaded.text;
            const path = this.pathOf(kind, sha);
            const working = await (0,_evidence_file_js__WEBPACK_IMPORTED_MODULE_8__/* .readEvidenceFile */ .M)(this.location, path);
            const current = working.state === 'read' ? working.text : undefined;
            if (_contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].immutable && working.state !== 'missing' && current !== text) {
                return { origin, problems: [{ field: '(file)', message: `the working copy differs from ${origin}; a ${kind} must not change once written` }] };
            }
            if (current !== text)
                await (0,_local_store_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFileAtomic */ .Zf)(path, text);
            if (!run)
                this.uploaded.add(keyOf(kind, sha));
            this.options.logger.debug(`Downloaded ${origin} into ${path}`);
            return { origin, problems: [] };
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(scratch, { recursive: true, force: true });
        }
    }
    async upload(kind, sha) {
        const client = await this.artifactClient();
        const path = this.pathOf(kind, sha);
        const immutable = _contracts_index_js__WEBPACK_IMPORTED_MODULE_6__/* .contracts */ .Mh[kind].immutable;
        const latest = latestEvidenceArtifact(await this.list(client, undefined), kind, sha, this.namePrefix);
        if (immutable && latest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EvidenceError */ .oe(`${path}: this run already has ${latest.name} and a ${kind} must not change once written`, { file: path });
        }
        let revision = latest ? latest.revision + 1 : 0;
        // Another job of the run may take the same revision at the same moment: then take the next.
        for (let attempt = 0;; attempt++) {
            const name = evidenceArtifactName(kind, sha, revision, this.namePrefix);
            try {
                const uploaded = await client.uploadArtifact(name, [path], this.location, this.options.retentionDays ? { retentionDays: this.options.retentionDays } : {});
                this.options.logger.info(`Uploaded ${path} as artifact ${name}${uploaded.digest ? ` (sha256:${uploaded.digest})` : ''}`);
                return;
            }
            catch (error) {
                const conflict = /409|already exists/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error));
                if (!conflict || immutable || attempt >= 4) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EvidenceError */ .oe(`${path}: cannot upload artifact ${name}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}`, { file: path });
                }
                revision++;
            }
        }
    }
    async list(client, run) {
        try {
            return (await client.listArtifacts(run ? { findBy: findByOf(run) } : {})).artifacts;
        }
        catch (error) {
            const where = run ? `run ${run.runId} of ${run.repository} (the token needs actions: read)` : 'this run';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .EvidenceError */ .oe(`cannot list the artifacts of ${where}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    artifactClient() {
        this.client ??= (async () => {
            requireArtifactRuntime();
            const { DefaultArtifactClient } = await loadArtifactPackage();
            return new DefaultArtifactClient();
        })();
        return this.client;
    }
}
/**
 * Another run's evidence, read-only: its artifacts land in a scratch copy, so only what a stage
 * verifies and writes reaches this run's evidence (a replay's package, a captured runtime).
 */
function otherRunEvidence(source, logger) {
    // Under RUNNER_TEMP, which the runner empties after every job; tmpdir() only off a runner, where
    // nothing else would: the copy is this process's alone, so it goes when the process does.
    const location = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `shipgate-run-${source.runId}-`));
    process.once('exit', () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(location, { recursive: true, force: true }));
    return new GitHubArtifactStore({ location, source, sourceOnly: true, logger });
}
// Bundled, @actions/artifact is 5 MB: rather than every action's bundle carrying a copy, dist/ has
// one shared bundle of it (dist/artifact-client, built from src/entrypoints/artifact-client.ts)
// that an action loads from beside its own folder. From source, the package is imported as it is.
const SHARED_ARTIFACT_BUNDLE = '../artifact-client/index.js';
async function loadArtifactPackage() {
    const shared = new URL(SHARED_ARTIFACT_BUNDLE, import.meta.url);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(shared)))
        return (await import(/* webpackIgnore: true */ shared.href));
    return import(/* webpackIgnore: true */ '@actions/artifact');
}
function keyOf(kind, sha) {
    return `${kind}/${sha}`;
}
function findByOf(run) {
    const [repositoryOwner, repositoryName] = run.repository.split('/');
    if (!repositoryOwner || !repositoryName)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1(`evidence source repository '${run.repository}' is not owner/name`);
    return { token: run.token, workflowRunId: run.runId, repositoryOwner, repositoryName };
}


/***/ })

};
