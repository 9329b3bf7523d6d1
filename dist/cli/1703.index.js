export const id = 1703;
export const ids = [1703];
export const modules = {

/***/ 71703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildOnce: () => (/* binding */ buildOnce)
});

// EXTERNAL MODULE: ./build/contracts/common.js
var common = __webpack_require__(36291);
// EXTERNAL MODULE: ./build/contracts/release-package.js
var release_package = __webpack_require__(28420);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/evidence/store.js
var evidence_store = __webpack_require__(11549);
// EXTERNAL MODULE: ./build/stages/environment-deployments.js
var environment_deployments = __webpack_require__(70698);
// EXTERNAL MODULE: ./build/stages/file-digest.js
var file_digest = __webpack_require__(8787);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/config/release-manifest.js
var release_manifest = __webpack_require__(1102);
;// CONCATENATED MODULE: ./build/stages/release-commits.js
// The release manifest's commits as SHAs. A tag is resolved in a local clone the user points at
// (git rev-parse), else through the GitHub REST API (refs/tags, then any annotated tag objects down
// to the commit), and each resolution is recorded. A SHA, short or full, is kept as written: it
// already names one commit, and expanding it would make the package depend on what is reachable.




/** An annotated tag may tag another tag; GitHub and git stop peeling long before this. */
const TAG_CHAIN_LIMIT = 10;
async function resolveReleaseCommits(manifest, sources) {
    const commits = {};
    const resolutions = [];
    for (const [repository, ref] of Object.entries(manifest.content.commits)) {
        if ((0,release_manifest/* isCommitSha */._$)(ref)) {
            commits[repository] = ref;
            continue;
        }
        const resolution = await resolveTag(manifest, repository, ref, sources);
        sources.logger.info(`Release manifest: tag ${ref} of ${repository} is ${resolution.sha} (${resolution.via === 'clone' ? 'local clone' : 'GitHub API'}).`);
        commits[repository] = resolution.sha;
        resolutions.push(resolution);
    }
    return { commits, resolutions };
}
async function resolveTag(manifest, repository, tag, sources) {
    const fail = (message) => (0,release_manifest/* releaseManifestError */.vG)(manifest, ['commits', repository], `tag '${tag}' of ${repository} ${message}`);
    const clone = sources.clones ? await cloneOf(sources.clones, repository) : undefined;
    if (clone) {
        const peeled = await sources.exec.run('git', ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], { cwd: clone });
        const sha = peeled.stdout.trim();
        if (peeled.exitCode === 0 && /^[0-9a-f]{40}$/.test(sha))
            return { repository, tag, sha, via: 'clone' };
        if (peeled.exitCode === 0)
            throw fail(`resolved to '${sha}' in the clone ${clone}, which is not a 40-character SHA-1 commit id`);
        const why = peeled.stderr.trim();
        throw fail(why ? `cannot be read from the clone ${clone}: ${why}` : `is not a tag of a commit in the clone ${clone}; fetch its tags there (git fetch --tags) or check the name`);
    }
    if (!sources.github) {
        const clonePlace = sources.clones ? `, and ${sources.clones} holds no clone ${repository}` : '';
        throw fail(`cannot be resolved: no GitHub token was given${clonePlace}; pass github-token (a token that can read ${repository}), or release-clones, a folder holding a clone of it as ${repository}`);
    }
    const api = sources.github(repository);
    try {
        let object = await api.tagRef(tag);
        if (!object)
            throw fail(`is not a tag in ${repository} on GitHub (or the token cannot read that repository); check the name, push the tag, or pass a token that can read ${repository}`);
        for (let hops = 0; object.type === 'tag' && hops < TAG_CHAIN_LIMIT; hops++)
            object = await api.tagObject(object.sha);
        if (object.type !== 'commit')
            throw fail(`points at a ${object.type} (${object.sha}) on GitHub, not at a commit`);
        return { repository, tag, sha: object.sha, via: 'github-api' };
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1 && error.file === manifest.path)
            throw error;
        if (error instanceof errors/* ConfigurationError */.j1)
            throw fail(`could not be resolved through the GitHub API: ${(0,errors/* errorMessage */.gJ)(error)}`);
        throw error;
    }
}
/** The clone of a repository under the clones folder, if there is one. */
async function cloneOf(clones, repository) {
    const path = (0,file_digest/* resolveInside */.L)(clones, repository, `release-clones: ${repository}`);
    const found = await (0,promises_.stat)(path).catch(() => undefined);
    if (found && !found.isDirectory())
        throw new errors/* ConfigurationError */.j1(`release-clones: ${path} is not a folder; the clone of ${repository} goes there`);
    return found ? path : undefined;
}

// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(41854);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/evidence/evidence-file.js
var evidence_file = __webpack_require__(35562);
;// CONCATENATED MODULE: ./build/stages/release-migrations.js
// The release manifest's migrations, per repository in the manifest's order: revision ids as
// written, and a migration file by its path, size and sha256. A file is read only inside the
// manifest's folder: an absolute path, a '..' or a symlink that leads out of it is refused.





/** A migration bigger than this is not a migration script; reading it would only cost memory. */
const MIGRATION_FILE_SIZE_LIMIT = 64 * 1024 * 1024;
/** `repository` names the migrations the earlier manifest shape gave no repository: the one being built. */
async function recordReleaseMigrations(manifest, repository) {
    const migrations = [];
    for (const declared of manifest.content.migrations) {
        if (declared.kind === 'revisions') {
            migrations.push({ repository: declared.repository ?? repository, kind: 'revisions', revisions: declared.revisions });
        }
        else {
            migrations.push({ repository: declared.repository, kind: 'file', path: declared.file, ...(await migrationFileDigest(manifest, declared.repository, declared.file)) });
        }
    }
    return migrations;
}
function isInside(path, root) {
    const rest = (0,external_node_path_.relative)(root, path);
    return rest === '' || (!rest.startsWith(`..${external_node_path_.sep}`) && rest !== '..' && !(0,external_node_path_.isAbsolute)(rest));
}
async function migrationFileDigest(manifest, repository, file) {
    const fail = (message) => (0,release_manifest/* releaseManifestError */.vG)(manifest, ['migrations', repository, 'file'], `'${file}' ${message}`);
    const folder = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(manifest.path));
    if ((0,external_node_path_.isAbsolute)(file))
        throw fail("is an absolute path; give a path relative to the release manifest's folder");
    if (file.split(/[\\/]/).includes('..'))
        throw fail(`goes up with '..'; a migration file must be inside the release manifest's folder (${folder})`);
    let real;
    let folderReal;
    try {
        folderReal = await (0,promises_.realpath)(folder);
        real = await (0,promises_.realpath)((0,external_node_path_.resolve)(folder, file));
    }
    catch (error) {
        const code = error.code;
        throw fail(code === 'ENOENT' || code === 'ENOTDIR' ? `does not exist (looked in ${folder})` : `cannot be read (${error.message})`);
    }
    if (!isInside(real, folderReal)) {
        throw fail(`is, or goes through, a symbolic link to ${real}, outside the release manifest's folder (${folderReal}); copy the file into that folder`);
    }
    // The real path has no symlink left; one swapped in since is refused rather than followed.
    const read = await (0,evidence_file/* readRegularFile */.XF)(real, MIGRATION_FILE_SIZE_LIMIT, 'a migration file');
    if (read.state === 'missing')
        throw fail(`does not exist (looked in ${folder})`);
    if (read.state === 'refused')
        throw fail(read.reason);
    return { size: read.bytes.length, sha256: (0,external_node_crypto_.createHash)('sha256').update(read.bytes).digest('hex') };
}

;// CONCATENATED MODULE: ./build/stages/release-fields.js
// The release section of a package, compared with a manifest when a run finds the package for its
// SHA already sealed: by what the manifest declares (its tags, not what they point at today), so
// that a re-run neither reaches the network nor fails because a tag moved after the package was made.




/** Whether a sealed package's release section is what this manifest makes. */
async function packageRecordsManifest(manifest, releaseManifest) {
    if (manifest.schema === release_package/* RELEASE_PACKAGE_SCHEMA_V1 */.j0) {
        const v1 = v1ReleaseFields(releaseManifest.content);
        // v1 kept the manifest's images only as components.
        const imagesPackaged = Object.entries(releaseManifest.content.images).every(([name, ref]) => manifest.components.some((component) => component.kind === 'image' && component.name === name && component.ref === ref));
        return v1 !== undefined && imagesPackaged && (0,canonical/* canonicalJson */.dj)(v1) === (0,canonical/* canonicalJson */.dj)(manifest.release);
    }
    const { content } = releaseManifest;
    const fromManifest = {
        id: content.releaseId,
        description: content.description,
        commits: content.commits,
        images: content.images,
        migrations: await recordReleaseMigrations(releaseManifest, manifest.repository),
        featureFlags: content.featureFlags,
    };
    return (0,canonical/* canonicalJson */.dj)(fromManifest) === (0,canonical/* canonicalJson */.dj)(declaredRelease(manifest.release));
}
/** A v2 release section as its manifest declared it: the tags where tags were resolved. */
function declaredRelease(release) {
    return {
        id: release.id,
        description: release.description,
        commits: { ...release.commits, ...Object.fromEntries(release.resolutions.map((resolution) => [resolution.repository, resolution.tag])) },
        images: { ...release.images, ...Object.fromEntries(release.imageResolutions.map((resolution) => [resolution.name, resolution.tag])) },
        migrations: release.migrations,
        featureFlags: release.featureFlags,
    };
}
/**
 * The v1 release fields a manifest made before v2, for a package sealed then: undefined when the
 * manifest holds what v1 could not (a tag, a migration file).
 */
function v1ReleaseFields(content) {
    if (!Object.values(content.commits).every(release_manifest/* isCommitSha */._$))
        return undefined;
    const migrations = [];
    for (const declared of content.migrations) {
        if (declared.kind === 'file')
            return undefined;
        for (const revision of declared.revisions)
            migrations.push({ ...revision, repository: declared.repository });
    }
    return { id: content.releaseId, description: content.description, commits: content.commits, migrations, featureFlags: content.featureFlags };
}

// EXTERNAL MODULE: ./build/stages/release-history.js
var release_history = __webpack_require__(4510);
;// CONCATENATED MODULE: ./build/stages/release-images.js
// Image refs from the build: what `docker buildx build --metadata-file` recorded (the pushed digest
// and the refs it was tagged with), and the release manifest's images pinned by it. A tag ref is
// pinned only by metadata that lists that exact ref; a tag nothing pins is an error, never kept.





async function readBuildxMetadata(workspace, metadataFile, where, configPath) {
    const path = (0,file_digest/* resolveInside */.L)(workspace, metadataFile, where);
    let metadata;
    try {
        metadata = JSON.parse(await (0,evidence_file/* readUserTextFile */.Vf)(path, 'a buildx metadata file'));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${where}: cannot read the buildx metadata file ${metadataFile} (${error.message}); build with --metadata-file ${metadataFile}`, { file: configPath });
    }
    const names = typeof metadata?.['image.name'] === 'string' ? metadata['image.name'].split(',').map((name) => name.trim()).filter(Boolean) : [];
    return { metadataFile, digest: metadata?.['containerimage.digest'], names };
}
/** ghcr.io/org/api:1.2 -> ghcr.io/org/api (a port in the registry host is not a tag). */
function withoutTag(name) {
    const at = name.indexOf('@');
    if (at >= 0)
        return name.slice(0, at);
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    return colon > slash ? name.slice(0, colon) : name;
}
/**
 * The manifest's images, each pinned: a pinned ref as written, a tag ref to <repository>@<digest>
 * from the metadata whose image.name lists it. `built` is the metadata of this run's build, or
 * why there is none (the runtime was captured).
 */
function pinReleaseImages(manifest, built) {
    const images = {};
    const imageResolutions = [];
    for (const [name, ref] of Object.entries(manifest.content.images)) {
        if (common/* PINNED_IMAGE_PATTERN */.gH.test(ref)) {
            images[name] = ref;
            continue;
        }
        const fail = (message) => (0,release_manifest/* releaseManifestError */.vG)(manifest, ['images', name], `not pinned to a sha256 digest: '${ref}' is a tag, and ${message}`);
        if ('notBuilt' in built)
            throw fail(`${built.notBuilt}, so no build metadata pins it; write it pinned (registry/name@sha256:<64 hex>)`);
        const listing = built.metadata.filter((metadata) => metadata.names.includes(ref));
        if (listing.length === 0) {
            throw fail(`no buildx metadata file of build.images in ${built.configPath} lists it in image.name; build and push it with --metadata-file and name that file under build.images, or write it pinned (registry/name@sha256:<64 hex>)`);
        }
        const digests = [...new Set(listing.map((metadata) => metadata.digest))];
        if (digests.length > 1) {
            throw fail(`the metadata files that list it disagree on its digest (${listing.map((metadata) => `${metadata.metadataFile}: ${String(metadata.digest)}`).join(', ')}); build it once`);
        }
        const pinned = `${withoutTag(ref)}@${String(digests[0])}`;
        if (typeof digests[0] !== 'string' || !common/* PINNED_IMAGE_PATTERN */.gH.test(pinned)) {
            throw fail(`${listing[0].metadataFile} records no sha256 containerimage.digest for it; push the image so buildx records its digest`);
        }
        images[name] = pinned;
        imageResolutions.push({ name, tag: ref, ref: pinned, metadataFile: listing[0].metadataFile });
    }
    return { images, imageResolutions };
}

;// CONCATENATED MODULE: ./build/stages/build-once.js
// build-once: the only place a release package is made. It builds (or, when the runtime did not
// change, captures the components of the newest YES release in the evidence, or of the package that
// runs in an environment), pins every component to a digest, resolves the release manifest (tags to
// commits, image tags to digests, migration files to digests), and seals one manifest per SHA. A
// second run for the same SHA reuses that manifest, also when the two start together: one builds.











/** How long a run waits for another run's build of the same SHA: as long as a GitHub job may run. */
const BUILD_LOCK_WAIT_MS = 6 * 60 * 60 * 1000;
async function buildOnce(input, ports) {
    const sealed = await sealedPackage(input, ports);
    if (sealed)
        return sealed;
    // Two runs for one SHA must not both build: the second build rewrites, in the shared workspace,
    // the files whose digests the first one sealed. So one builds while the others wait; then they
    // find its package and reuse it (or, when it sealed none, the next one builds).
    const wait = {
        limitMs: BUILD_LOCK_WAIT_MS,
        onWait: (holder) => ports.logger.info(`Another build-once run for ${input.sha} holds the build (${holder}): waiting; this run reuses the package it seals, or builds if it seals none.`),
    };
    return ports.store.exclusively('release-package', input.sha, wait, async () => (await sealedPackage(input, ports)) ?? buildAndSeal(input, ports));
}
/** The package already sealed for the SHA, reused; undefined when there is none yet. */
async function sealedPackage(input, ports) {
    const existing = await ports.store.read('release-package', input.sha);
    if (existing.state === 'missing')
        return undefined;
    const manifest = (0,evidence_store.requireValid)(existing).value;
    if (input.releaseManifest && !(await packageRecordsManifest(manifest, input.releaseManifest))) {
        throw new errors/* EvidenceError */.oe(`${existing.path}: release: a release package for ${input.sha} already exists with different release fields; ` +
            'a package is built once per commit, so release the change as a new commit', { file: existing.path });
    }
    ports.logger.info(`Release package for ${input.sha} already exists (${manifest.digest}); not building again.`);
    return { manifest, path: existing.path, reused: true };
}
async function buildAndSeal(input, ports) {
    const { store, logger } = ports;
    const scope = await releaseScope(input, store);
    const declared = input.releaseManifest;
    // Tags and migration files first: one that does not resolve fails the step before anything is built.
    const { commits, resolutions } = declared
        ? await resolveReleaseCommits(declared, { clones: input.releaseClones, github: ports.tags, exec: ports.exec, logger })
        : { commits: {}, resolutions: [] };
    const migrations = declared ? await recordReleaseMigrations(declared, input.repository) : [];
    let runtime;
    let components;
    let pinned = { images: {}, imageResolutions: [] };
    const previous = scope.runtimeChanged ? undefined : await releaseToCapture(input, ports);
    if (previous) {
        logger.info(`Runtime did not change: capturing the components of ${previous.sha} (${previous.manifest.digest}), ${previous.from}.`);
        components = previous.manifest.components;
        runtime = { mode: 'captured', fromSha: previous.sha, fromPackageDigest: previous.manifest.digest };
        if (declared)
            pinned = pinReleaseImages(declared, { notBuilt: `the runtime did not change and was captured from ${previous.sha}, not built` });
        agreeWithCaptured(pinned.images, components, previous.sha);
    }
    else {
        const built = await buildComponents(input, ports);
        if (declared)
            pinned = pinReleaseImages(declared, { metadata: built.metadata, configPath: input.configPath });
        components = withReleaseImages(input, built.components, pinned.images);
        runtime = { mode: 'built' };
    }
    const release = {
        id: declared?.content.releaseId,
        description: declared?.content.description,
        commits,
        resolutions,
        images: pinned.images,
        imageResolutions: pinned.imageResolutions,
        migrations,
        featureFlags: declared?.content.featureFlags ?? {},
    };
    const manifest = (0,release_package/* sealReleasePackage */.BD)({
        schema: release_package/* RELEASE_PACKAGE_SCHEMA */.Ne,
        sha: input.sha,
        repository: input.repository,
        createdAt: ports.clock.now().toISOString(),
        source: input.source,
        scope,
        runtime,
        components,
        release: withoutUndefined(release),
    });
    const written = await store.write('release-package', input.sha, manifest);
    logger.info(`Release package ${manifest.digest} written to ${written.path}.`);
    return { manifest, path: written.path, reused: false };
}
/** The release fields without the keys a manifest left out, so that the sealed JSON is what its digest covers. */
function withoutUndefined(release) {
    return Object.fromEntries(Object.entries(release).filter(([, value]) => value !== undefined));
}
/**
 * What an unchanged runtime takes its components from: the package that runs in the environment, or
 * the newest YES release in the evidence. Nothing released yet (the first release of a repository,
 * or an environment nothing was deployed to) means building: there are no current digests to take.
 * A deployment or evidence that cannot be read is an error, never a reason to build.
 */
async function releaseToCapture(input, ports) {
    if (input.captureFrom) {
        const { environment } = input.captureFrom;
        if (!ports.deployed)
            throw new Error('bug: capture from an environment without the deployments API');
        const deployed = await (0,environment_deployments/* deployedRelease */.Qd)(environment, { ...ports.deployed, logger: ports.logger });
        if (deployed) {
            return { sha: deployed.deployment.sha, manifest: deployed.manifest, from: `which runs in ${environment} (GitHub deployment ${deployed.deployment.id}, package from run ${deployed.deployment.payload.packageRunId})` };
        }
        ports.logger.info(`Runtime did not change for ${input.sha}, but nothing runs in ${environment} yet (no deploy-gate deployment of it has a success status): building the runtime, as for a first release.`);
        return undefined;
    }
    const newest = await (0,release_history/* newestYesRelease */.p)(ports.store, { excludeSha: input.sha });
    if (newest)
        return { ...newest, from: 'the newest release with a YES decision' };
    ports.logger.info(`Runtime did not change for ${input.sha}, but no earlier release in ${ports.store.location} has a YES decision: building the runtime, as for a first release.`);
    return undefined;
}
/** The scope from the commit-stage evidence when there is some, else from the input. */
async function releaseScope(input, store) {
    const read = await store.read('commit-stage', input.sha);
    if (read.state === 'missing') {
        return { runtimeChanged: input.runtimeChanged ?? true, infraChanged: false, docsChanged: false };
    }
    const evidence = (0,evidence_store.requireValid)(read).value;
    if (!evidence.passed) {
        throw new errors/* EvidenceError */.oe(`${read.path}: passed: the commit-stage check '${evidence.check.name}' did not pass for ${input.sha}; not building a package for it`, { file: read.path });
    }
    return {
        runtimeChanged: evidence.scope.runtime.changed,
        infraChanged: evidence.scope.infra.changed,
        docsChanged: evidence.scope.docs.changed,
    };
}
async function buildComponents(input, ports) {
    const { build } = input;
    for (const command of build.commands) {
        const result = await ports.logger.group(`build: ${command}`, () => ports.exec.shell(command, { cwd: input.workspace, echo: true, stopWithThisProcess: true }));
        if (result.exitCode !== 0) {
            throw new errors/* ConfigurationError */.j1(`${input.configPath}: build.commands: '${command}' failed with exit code ${result.exitCode}${tail(result.stderr)}`, { file: input.configPath });
        }
    }
    const components = [];
    const metadata = [];
    for (const image of build.images) {
        const where = `${input.configPath}: build.images '${image.name}'`;
        const read = await readBuildxMetadata(input.workspace, image.metadataFile, where, input.configPath);
        metadata.push(read);
        components.push({ kind: 'image', name: image.name, ref: imageRefFromMetadata(input, image, read) });
    }
    for (const file of build.files) {
        const absolute = (0,file_digest/* resolveInside */.L)(input.workspace, file.path, `${input.configPath}: build.files '${file.name}'`);
        const digest = await (0,file_digest/* fileDigest */.h)(absolute);
        if (digest.state === 'missing') {
            throw new errors/* ConfigurationError */.j1(`${input.configPath}: build.files '${file.name}': ${file.path} does not exist; did the build commands produce it?`, { file: input.configPath });
        }
        if (digest.state === 'refused') {
            throw new errors/* ConfigurationError */.j1(`${input.configPath}: build.files '${file.name}': ${file.path} ${digest.reason}; a file component must be a regular file the build commands produce`, { file: input.configPath });
        }
        components.push({ kind: 'file', name: file.name, path: file.path, sha256: digest.sha256, size: digest.size });
    }
    return { components, metadata };
}
/**
 * The built components and the manifest's images together. A manifest image may name a built
 * component only to confirm it (the same pinned ref); two refs for one name are refused.
 */
function withReleaseImages(input, built, images) {
    const components = [...built];
    for (const [name, ref] of Object.entries(images)) {
        const same = components.find((component) => component.name === name);
        if (same?.kind === 'image' && same.ref === ref)
            continue;
        components.push({ kind: 'image', name, ref });
    }
    const names = new Set();
    for (const component of components) {
        if (names.has(component.name)) {
            throw new errors/* ConfigurationError */.j1(`component '${component.name}' is declared twice (in the shipgate config, or there and in the release manifest with another ref); give each component one name`);
        }
        names.add(component.name);
    }
    if (components.length === 0) {
        throw new errors/* ConfigurationError */.j1(`${input.configPath}: nothing to package: declare build.images or build.files, or images in the release manifest`, { file: input.configPath });
    }
    return components;
}
/** A captured package keeps its components: a manifest image that names one must be its ref. */
function agreeWithCaptured(images, captured, fromSha) {
    for (const [name, ref] of Object.entries(images)) {
        const component = captured.find((each) => each.name === name);
        if (!component)
            continue;
        const capturedRef = component.kind === 'image' ? component.ref : `the file ${component.path}`;
        if (capturedRef !== ref) {
            throw new errors/* ConfigurationError */.j1(`component '${name}': the release manifest pins it to ${ref}, but the runtime did not change and the package captured from ${fromSha} holds ${capturedRef}; change the manifest, or build (runtime-changed: true)`);
        }
    }
}
/** registry/name@sha256:… from `docker buildx build --metadata-file` output. */
function imageRefFromMetadata(input, image, metadata) {
    const where = `${input.configPath}: build.images '${image.name}'`;
    const repository = image.repository ?? (metadata.names[0] ? withoutTag(metadata.names[0]) : undefined);
    if (!repository) {
        throw new errors/* ConfigurationError */.j1(`${where}: ${image.metadataFile} has no image.name; set repository for this image in the config`, { file: input.configPath });
    }
    const ref = `${repository}@${String(metadata.digest)}`;
    if (typeof metadata.digest !== 'string' || !common/* PINNED_IMAGE_PATTERN */.gH.test(ref)) {
        throw new errors/* ConfigurationError */.j1(`${where}: image ref '${ref}' is not pinned to a sha256 digest (containerimage.digest in ${image.metadataFile}); push the image so buildx records its digest`, { file: input.configPath });
    }
    return ref;
}
function tail(text) {
    const lines = text.trim().split('\n').slice(-5).join('\n');
    return lines ? `:\n${lines}` : '';
}


/***/ }),

/***/ 8787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ resolveInside),
/* harmony export */   h: () => (/* binding */ fileDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35562);
// The sha256 and size of a file, read as a stream so that a large package never sits in memory.




/**
 * Digests the regular file at path (a symlink is followed). It is opened the way evidence is, so a
 * FIFO, a socket, a device or a folder there is refused (the reason says which) instead of waited
 * on forever or failing mid-read; the bytes hashed are those of the very file checked.
 */
async function fileDigest(path) {
    const opened = await (0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__/* .openRegularFile */ .ZU)(path, true);
    if (opened.state !== 'open')
        return opened;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    try {
        for await (const chunk of opened.handle.createReadStream({ autoClose: false })) {
            hash.update(chunk);
            size += chunk.length;
        }
    }
    catch (error) {
        return { state: 'refused', reason: `cannot be read (${error.message})` };
    }
    finally {
        await opened.handle.close();
    }
    return { state: 'read', sha256: hash.digest('hex'), size };
}
/** Resolves a path the user gave inside a root folder, refusing anything that leaves it. */
function resolveInside(root, path, what) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
    const fromRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root), absolute);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) || fromRoot.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(fromRoot)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what}: '${path}' is outside ${root}; give a path relative to the repository root`);
    }
    return absolute;
}


/***/ })

};
