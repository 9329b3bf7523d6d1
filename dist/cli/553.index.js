export const id = 553;
export const ids = [553];
export const modules = {

/***/ 8553:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildOnceAction: () => (/* binding */ buildOnceAction)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./build/config/shipgate-config.js + 4 modules
var shipgate_config = __webpack_require__(3210);
// EXTERNAL MODULE: ./build/contracts/common.js
var common = __webpack_require__(6291);
// EXTERNAL MODULE: ./build/config/yaml-file.js
var yaml_file = __webpack_require__(1919);
;// CONCATENATED MODULE: ./build/config/release-manifest.js
// The multi-repo release manifest a team writes by hand (release id, commits per repository,
// images, migrations, feature flags); build-once copies it into the release package.



const releaseManifestFile = schemas/* object */.Ikc({
    release: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform(String).optional().describe('The release id.'),
    description: schemas/* string */.YjP().optional(),
    commits: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP().regex(/^[0-9a-f]{7,40}$/, 'must be a hex commit SHA')).default({}),
    images: schemas/* record */.g1P(schemas/* string */.YjP(), common/* pinnedImageRef */.n1).default({}),
    migrations: schemas/* array */.YOg(schemas/* object */.Ikc({
        id: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).transform(String),
        repository: schemas/* string */.YjP().optional(),
        description: schemas/* string */.YjP().optional(),
    })
        .strict())
        .default([]),
    featureFlags: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* boolean */.zMY(), schemas/* string */.YjP(), schemas/* number */.aig()])).default({}),
})
    .strict();
function readReleaseManifest(path) {
    return (0,yaml_file/* readYamlFile */.k)(path, releaseManifestFile, 'release manifest');
}

// EXTERNAL MODULE: ./build/platform/action.js
var action = __webpack_require__(7582);
// EXTERNAL MODULE: ./build/platform/run-environment.js
var run_environment = __webpack_require__(8959);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/contracts/release-package.js
var release_package = __webpack_require__(8420);
// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(1854);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/evidence/store.js
var evidence_store = __webpack_require__(1549);
// EXTERNAL MODULE: ./build/stages/file-digest.js
var file_digest = __webpack_require__(8787);
// EXTERNAL MODULE: ./build/stages/release-history.js
var release_history = __webpack_require__(4510);
;// CONCATENATED MODULE: ./build/stages/build-once.js
// build-once: the only place a release package is made. It builds (or, when the runtime did not
// change, captures the components of the newest YES release), pins every component to a digest,
// and seals one manifest per SHA. A second run for the same SHA reuses that manifest.








async function buildOnce(input, ports) {
    const { store, logger } = ports;
    const release = releaseFields(input.releaseManifest);
    const existing = await store.read('release-package', input.sha);
    if (existing.state !== 'missing') {
        const manifest = (0,evidence_store/* requireValid */.AK)(existing).value;
        if (input.releaseManifest && (0,canonical/* canonicalJson */.dj)(manifest.release) !== (0,canonical/* canonicalJson */.dj)(release)) {
            throw new errors/* EvidenceError */.oe(`${existing.path}: release: a release package for ${input.sha} already exists with different release fields; ` +
                'a package is built once per commit, so release the change as a new commit', { file: existing.path });
        }
        logger.info(`Release package for ${input.sha} already exists (${manifest.digest}); not building again.`);
        return { manifest, path: existing.path, reused: true };
    }
    const scope = await releaseScope(input, store);
    let runtime;
    let components;
    if (scope.runtimeChanged) {
        components = await buildComponents(input, ports);
        runtime = { mode: 'built' };
    }
    else {
        const previous = await (0,release_history/* newestYesRelease */.p)(store, { excludeSha: input.sha });
        if (!previous) {
            throw new errors/* ConfigurationError */.j1(`runtime did not change for ${input.sha}, but no earlier release package in ${store.location} has a YES release decision, so there are no current digests to capture; ` +
                "run build-once with runtime-changed: true to build the runtime");
        }
        logger.info(`Runtime did not change: capturing the components of ${previous.sha} (${previous.manifest.digest}).`);
        components = previous.manifest.components;
        runtime = { mode: 'captured', fromSha: previous.sha, fromPackageDigest: previous.manifest.digest };
    }
    const manifest = (0,release_package/* sealReleasePackage */.BD)({
        schema: release_package/* RELEASE_PACKAGE_SCHEMA */.Ne,
        sha: input.sha,
        repository: input.repository,
        createdAt: ports.clock.now().toISOString(),
        source: input.source,
        scope,
        runtime,
        components,
        release,
    });
    const written = await store.write('release-package', input.sha, manifest);
    logger.info(`Release package ${manifest.digest} written to ${written.path}.`);
    return { manifest, path: written.path, reused: false };
}
function releaseFields(file) {
    return {
        id: file?.release,
        description: file?.description,
        commits: file?.commits ?? {},
        migrations: file?.migrations ?? [],
        featureFlags: file?.featureFlags ?? {},
    };
}
/** The scope from the commit-stage evidence when there is some, else from the input. */
async function releaseScope(input, store) {
    const read = await store.read('commit-stage', input.sha);
    if (read.state === 'missing') {
        return { runtimeChanged: input.runtimeChanged ?? true, infraChanged: false, docsChanged: false };
    }
    const evidence = (0,evidence_store/* requireValid */.AK)(read).value;
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
        ports.logger.info(`Building: ${command}`);
        const result = await ports.exec.shell(command, { cwd: input.workspace, echo: true });
        if (result.exitCode !== 0) {
            throw new errors/* ConfigurationError */.j1(`${input.configPath}: build.commands: '${command}' failed with exit code ${result.exitCode}${tail(result.stderr)}`, { file: input.configPath });
        }
    }
    const components = [];
    for (const image of build.images) {
        components.push({ kind: 'image', name: image.name, ref: await imageRefFromMetadata(input, image) });
    }
    for (const file of build.files) {
        const absolute = (0,file_digest/* resolveInside */.L)(input.workspace, file.path, `${input.configPath}: build.files '${file.name}'`);
        let digest;
        try {
            digest = await (0,file_digest/* fileDigest */.h)(absolute);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`${input.configPath}: build.files '${file.name}': cannot read ${file.path} (${error.code ?? error.message}); did the build commands produce it?`, { file: input.configPath });
        }
        components.push({ kind: 'file', name: file.name, path: file.path, ...digest });
    }
    for (const [name, ref] of Object.entries(input.releaseManifest?.images ?? {})) {
        components.push({ kind: 'image', name, ref });
    }
    const names = new Set();
    for (const component of components) {
        if (names.has(component.name)) {
            throw new errors/* ConfigurationError */.j1(`component '${component.name}' is declared twice (shipgate config and release manifest together); give each component one name`);
        }
        names.add(component.name);
    }
    if (components.length === 0) {
        throw new errors/* ConfigurationError */.j1(`${input.configPath}: nothing to package: declare build.images or build.files, or images in the release manifest`, { file: input.configPath });
    }
    return components;
}
/** registry/name@sha256:… from `docker buildx build --metadata-file` output. */
async function imageRefFromMetadata(input, image) {
    const where = `${input.configPath}: build.images '${image.name}'`;
    const path = (0,file_digest/* resolveInside */.L)(input.workspace, image.metadataFile, where);
    let metadata;
    try {
        metadata = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${where}: cannot read the buildx metadata file ${image.metadataFile} (${error.message}); build with --metadata-file ${image.metadataFile}`, { file: input.configPath });
    }
    const digest = metadata['containerimage.digest'];
    const imageNames = typeof metadata['image.name'] === 'string' ? metadata['image.name'].split(',') : [];
    const repository = image.repository ?? (imageNames[0] ? withoutTag(imageNames[0].trim()) : undefined);
    if (!repository) {
        throw new errors/* ConfigurationError */.j1(`${where}: ${image.metadataFile} has no image.name; set repository for this image in the config`, { file: input.configPath });
    }
    const ref = `${repository}@${String(digest)}`;
    if (typeof digest !== 'string' || !common/* PINNED_IMAGE_PATTERN */.gH.test(ref)) {
        throw new errors/* ConfigurationError */.j1(`${where}: image ref '${ref}' is not pinned to a sha256 digest (containerimage.digest in ${image.metadataFile}); push the image so buildx records its digest`, { file: input.configPath });
    }
    return ref;
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
function tail(text) {
    const lines = text.trim().split('\n').slice(-5).join('\n');
    return lines ? `:\n${lines}` : '';
}

// EXTERNAL MODULE: ./build/actions/common-inputs.js
var common_inputs = __webpack_require__(877);
;// CONCATENATED MODULE: ./build/actions/build-once.js
// The build-once action: inputs -> buildOnce -> manifest-path, package-digest.







const buildOnceAction = (0,action/* defineAction */.QP)({
    name: 'build-once',
    description: 'Build the release package once per commit: digest-pinned images or file digests (or the current digests when the runtime did not change), sealed in one manifest.',
    branding: { icon: 'package', color: 'blue' },
    inputs: {
        sha: common_inputs/* shaInput */.FN,
        'artifacts-dir': common_inputs/* artifactsDirInput */.Lp,
        config: common_inputs/* configInput */.xK,
        'release-manifest': {
            description: 'A YAML multi-repo release manifest (release, description, commits per repository, images, migrations, featureFlags) copied into the package.',
        },
        'runtime-changed': {
            description: 'true or false: whether the runtime changed. Used only when there is no commit-stage evidence for the SHA; default true (build).',
        },
    },
    outputs: {
        'manifest-path': { description: 'The path of the release-package manifest.' },
        'package-digest': { description: 'The digest of the package (sha256:<hex> of the manifest\'s canonical JSON).' },
        'runtime-mode': { description: 'built, or captured when the runtime did not change.' },
    },
    settings: schemas/* object */.Ikc({
        sha: action/* inputs */.QL.sha(),
        'artifacts-dir': schemas/* string */.YjP(),
        config: action/* inputs */.QL.text(),
        'release-manifest': action/* inputs */.QL.text(),
        'runtime-changed': schemas/* enum */.k5n(['true', 'false'], { message: "must be 'true' or 'false'" })
            .optional()
            .transform((value) => (value === undefined ? undefined : value === 'true')),
    }),
    timing: (settings, context) => ({ store: context.openStore(settings['artifacts-dir']), sha: (0,run_environment/* resolveSha */.vc)(settings.sha, context.environment) }),
    async run(settings, context) {
        const { environment } = context;
        const sha = (0,run_environment/* resolveSha */.vc)(settings.sha, environment);
        const { config, path: configPath } = await (0,shipgate_config.loadConfig)(settings.config);
        const releaseManifest = settings['release-manifest'] ? await readReleaseManifest(settings['release-manifest']) : undefined;
        const result = await buildOnce({
            sha,
            repository: (0,run_environment/* resolveRepository */.BN)(environment),
            source: {
                workflow: environment.workflow,
                runId: environment.runId,
                runAttempt: environment.runAttempt,
                event: environment.eventName,
                ref: environment.ref,
            },
            build: config.build,
            configPath,
            workspace: environment.workspace,
            releaseManifest,
            runtimeChanged: settings['runtime-changed'],
        }, { store: context.openStore(settings['artifacts-dir']), exec: context.exec, logger: context.logger, clock: context.clock });
        const { manifest } = result;
        return {
            outputs: { 'manifest-path': result.path, 'package-digest': manifest.digest, 'runtime-mode': manifest.runtime.mode },
            summary: [
                `### build-once ${result.reused ? '(package already built: reused)' : ''}`,
                '',
                `Package \`${manifest.digest}\` for \`${sha}\`, runtime **${manifest.runtime.mode}**${manifest.runtime.mode === 'captured' ? ` from \`${manifest.runtime.fromSha}\`` : ''}.`,
                '',
                '| component | pinned to |',
                '| --- | --- |',
                ...manifest.components.map((c) => `| ${c.name} | \`${c.kind === 'image' ? c.ref : `${c.path} sha256:${c.sha256}`}\` |`),
                '',
                `Evidence: \`${result.path}\``,
                '',
            ].join('\n'),
        };
    },
});


/***/ }),

/***/ 8787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ resolveInside),
/* harmony export */   h: () => (/* binding */ fileDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9473);
// The sha256 and size of a file, read as a stream so that a large package never sits in memory.




async function fileDigest(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}
/** Resolves a path the user gave inside a root folder, refusing anything that leaves it. */
function resolveInside(root, path, what) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, path);
    const fromRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root), absolute);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(path) || fromRoot.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(fromRoot)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${what}: '${path}' is outside ${root}; give a path relative to the repository root`);
    }
    return absolute;
}


/***/ })

};
