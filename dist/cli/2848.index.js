export const id = 2848;
export const ids = [2848,1670];
export const modules = {

/***/ 50037:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildOnceAction: () => (/* binding */ buildOnceAction),
  buildOnceSummary: () => (/* binding */ buildOnceSummary)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./build/config/shipgate-config.js + 2 modules
var shipgate_config = __webpack_require__(87710);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./build/contracts/common.js
var common = __webpack_require__(36291);
// EXTERNAL MODULE: ./build/contracts/index.js
var contracts = __webpack_require__(11920);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/evidence/evidence-file.js
var evidence_file = __webpack_require__(35562);
// EXTERNAL MODULE: ./build/config/yaml-file.js
var yaml_file = __webpack_require__(11919);
;// CONCATENATED MODULE: ./build/config/release-manifest.js
// The multi-repo release manifest a team writes by hand: the dev→prod playbook's template
// (release_id, commits per repository as SHAs or tags, images as digests or tags, migrations per
// repository, feature_flags) or shipgate's earlier camelCase shape. Read into one declared form,
// as written; build-once resolves it (tags, image tags, migration files) into the release package.






const TEMPLATE_FIELDS = ['release_id', 'description', 'commits', 'images', 'migrations', 'feature_flags'];
const SHIPGATE_FIELDS = ['release', 'description', 'commits', 'images', 'migrations', 'featureFlags'];
const COMMIT_SHA = /^[0-9a-f]{7,40}$/;
/** Why a tag name is not one git accepts (git check-ref-format), or undefined; a leading '-' is refused too. */
function tagNameProblem(tag) {
    if (tag === '')
        return 'it is empty';
    if (tag.startsWith('-'))
        return "it starts with '-'";
    if (tag.includes('..'))
        return "it contains '..'";
    if (tag.includes('@{') || tag === '@')
        return "it contains '@{'";
    // eslint-disable-next-line no-control-regex
    const bad = /[\x00-\x20\x7f~^:?*[\\]/.exec(tag);
    if (bad)
        return `it contains ${JSON.stringify(bad[0])}`;
    if (tag.startsWith('/') || tag.endsWith('/') || tag.includes('//'))
        return "it has an empty part between '/'";
    if (tag.endsWith('.'))
        return "it ends with '.'";
    if (tag.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock')))
        return "a part of it starts with '.' or ends with '.lock'";
    return undefined;
}
/** Whether a commits value is a SHA (kept as given) rather than a tag (resolved). */
function isCommitSha(ref) {
    return COMMIT_SHA.test(ref);
}
function commitRefProblem(ref) {
    if (isCommitSha(ref))
        return undefined;
    if (/^[0-9a-fA-F]+$/.test(ref))
        return `'${ref}' looks like a commit SHA but is not 7 to 40 lowercase hex characters`;
    const problem = tagNameProblem(ref);
    return problem ? `'${ref}' is neither a commit SHA (7 to 40 lowercase hex characters) nor a tag name: ${problem}` : undefined;
}
/** Why an image ref is neither pinned nor a tag ref, or undefined. */
function imageRefProblem(ref) {
    if (common/* PINNED_IMAGE_PATTERN */.gH.test(ref))
        return undefined;
    if (ref.includes('@'))
        return `'${ref}' is not pinned to a sha256 digest (expected registry/name@sha256:<64 hex>)`;
    const slash = ref.lastIndexOf('/');
    const colon = ref.lastIndexOf(':');
    if (/\s/.test(ref) || ref === '')
        return `'${ref}' is not an image ref`;
    if (colon <= slash)
        return `'${ref}' names no tag and no digest; write registry/name:tag (pinned from the build's metadata) or registry/name@sha256:<64 hex>`;
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(ref.slice(colon + 1)))
        return `'${ref}' has no valid tag after the last ':'`;
    return undefined;
}
const release_manifest_text = schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* number */.aig()], { error: 'must be text or a number' }).transform(String);
const flagValue = schemas/* union */.KCZ([schemas/* boolean */.zMY(), schemas/* string */.YjP(), schemas/* number */.aig()], { error: 'must be true, false, text or a number' });
const repository = schemas/* string */.YjP()
    .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/)
    .refine((name) => !name.split('/').some((part) => part === '.' || part === '..'));
/** A map keyed by repository, whose keys that are not owner/name are named as such. */
function byRepository(value) {
    return schemas/* record */.g1P(repository, value, {
        error: (issue) => (issue.code === 'invalid_key' ? `'${String(issue.input)}' is not a repository: write owner/name` : undefined),
    });
}
const commitRef = release_manifest_text.superRefine((ref, context) => {
    const problem = commitRefProblem(ref);
    if (problem)
        context.addIssue({ code: 'custom', message: problem });
});
const imageRef = schemas/* string */.YjP().superRefine((ref, context) => {
    const problem = imageRefProblem(ref);
    if (problem)
        context.addIssue({ code: 'custom', message: problem });
});
const revisionList = schemas/* array */.YOg(release_manifest_text)
    .min(1, 'give at least one revision id')
    .superRefine((ids, context) => {
    const twice = ids.find((id, index) => ids.indexOf(id) !== index);
    if (twice !== undefined)
        context.addIssue({ code: 'custom', message: `lists '${twice}' twice` });
});
const templateMigration = schemas/* union */.KCZ([release_manifest_text, revisionList, schemas/* object */.Ikc({ file: schemas/* string */.YjP().min(1) }).strict()], {
    error: 'must be a revision id, a list of revision ids in the order they run, or { file: <path relative to the manifest> }',
});
function unknownKey(fields, shape) {
    return (issue) => issue.code === 'unrecognized_keys' ? `unknown key ${issue.keys.map((key) => `'${key}'`).join(', ')}: ${shape} has ${fields.join(', ')}` : undefined;
}
/** The dev→prod playbook's template, snake_case. */
const templateManifest = schemas/* strictObject */.rej({
    release_id: release_manifest_text.optional().describe('The release id, text or a number.'),
    description: schemas/* string */.YjP().optional(),
    commits: byRepository(commitRef).default({}).describe('owner/name -> a commit SHA (7 to 40 hex) or a tag.'),
    images: schemas/* record */.g1P(schemas/* string */.YjP().min(1), imageRef).default({}).describe('component -> registry/name@sha256:<64 hex>, or registry/name:tag pinned from the build.'),
    migrations: byRepository(templateMigration).default({}).describe('owner/name -> a revision id, an ordered list of ids, or { file: path }.'),
    feature_flags: schemas/* record */.g1P(schemas/* string */.YjP(), flagValue).default({}),
}, { error: unknownKey(TEMPLATE_FIELDS, 'the release manifest template') });
/** shipgate's earlier shape, camelCase, still read: SHAs and pinned images only. */
const shipgateManifest = schemas/* strictObject */.rej({
    release: release_manifest_text.optional().describe('The release id.'),
    description: schemas/* string */.YjP().optional(),
    commits: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP().regex(COMMIT_SHA, 'must be a hex commit SHA')).default({}),
    images: schemas/* record */.g1P(schemas/* string */.YjP(), common/* pinnedImageRef */.n1).default({}),
    migrations: schemas/* array */.YOg(schemas/* object */.Ikc({
        id: release_manifest_text,
        repository: schemas/* string */.YjP().optional(),
        description: schemas/* string */.YjP().optional(),
    })
        .strict())
        .default([]),
    featureFlags: schemas/* record */.g1P(schemas/* string */.YjP(), flagValue).default({}),
}, { error: unknownKey(SHIPGATE_FIELDS, "shipgate's earlier release manifest shape") });
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The shape each field that only one shape has says the file is in. */
function shapeOfField(key, value) {
    if (key === 'release_id' || key === 'feature_flags')
        return 'template';
    if (key === 'release' || key === 'featureFlags')
        return 'shipgate';
    if (key === 'migrations')
        return Array.isArray(value) ? 'shipgate' : isPlainObject(value) ? 'template' : undefined;
    return undefined;
}
function describeField(key, shape) {
    return key === 'migrations' ? (shape === 'template' ? "'migrations' per repository" : "'migrations' as a list") : `'${key}'`;
}
function withNumbersAsWritten(raw, shape, source) {
    const asWritten = (value, path) => (typeof value === 'number' ? (source(path) ?? value) : value);
    const copy = { ...raw };
    const idField = shape === 'template' ? 'release_id' : 'release';
    if (idField in raw)
        copy[idField] = asWritten(raw[idField], [idField]);
    if (isPlainObject(raw.commits)) {
        copy.commits = Object.fromEntries(Object.entries(raw.commits).map(([name, ref]) => [name, asWritten(ref, ['commits', name])]));
    }
    if (shape === 'template' && isPlainObject(raw.migrations)) {
        copy.migrations = Object.fromEntries(Object.entries(raw.migrations).map(([name, value]) => [
            name,
            Array.isArray(value) ? value.map((id, index) => asWritten(id, ['migrations', name, index])) : asWritten(value, ['migrations', name]),
        ]));
    }
    if (shape === 'shipgate' && Array.isArray(raw.migrations)) {
        copy.migrations = raw.migrations.map((entry, index) => (isPlainObject(entry) && 'id' in entry ? { ...entry, id: asWritten(entry.id, ['migrations', index, 'id']) } : entry));
    }
    return copy;
}
function fromTemplate(file) {
    return {
        releaseId: file.release_id,
        description: file.description,
        commits: file.commits,
        images: file.images,
        migrations: Object.entries(file.migrations).map(([repository, declared]) => {
            if (typeof declared === 'object' && !Array.isArray(declared))
                return { kind: 'file', repository, file: declared.file };
            const ids = Array.isArray(declared) ? declared : [declared];
            return { kind: 'revisions', repository, revisions: ids.map((id) => ({ id })) };
        }),
        featureFlags: file.feature_flags,
    };
}
/** The earlier list of {id, repository}: consecutive migrations of one repository become one entry, so the order is kept. */
function fromShipgateShape(file) {
    const migrations = [];
    for (const { id, repository, description } of file.migrations) {
        const last = migrations.at(-1);
        const revision = description === undefined ? { id } : { id, description };
        if (last && last.repository === repository)
            last.revisions.push(revision);
        else
            migrations.push(repository === undefined ? { kind: 'revisions', revisions: [revision] } : { kind: 'revisions', repository, revisions: [revision] });
    }
    return { releaseId: file.release, description: file.description, commits: file.commits, images: file.images, migrations, featureFlags: file.featureFlags };
}
/**
 * A release manifest in either shape, read into its declared form. A file that mixes the two
 * shapes is refused on the first field of the second shape. With `numberSource` (the YAML text of
 * each number), ids and commits that YAML read as numbers keep the digits that were written.
 */
function releaseManifestSchema(numberSource = () => undefined) {
    return schemas/* unknown */.L5J().transform((raw, context) => {
        const value = raw ?? {};
        if (!isPlainObject(value)) {
            context.addIssue({ code: 'custom', message: `must be a map of ${TEMPLATE_FIELDS.join(', ')}` });
            return core/* NEVER */.tm;
        }
        let first;
        for (const [key, field] of Object.entries(value)) {
            const shape = shapeOfField(key, field);
            if (!shape)
                continue;
            if (!first)
                first = { key, shape };
            else if (shape !== first.shape) {
                const [template, shipgate] = first.shape === 'template' ? [first.key, key] : [key, first.key];
                context.addIssue({
                    code: 'custom',
                    path: [key],
                    message: `the file mixes the playbook template (${describeField(template, 'template')}) with shipgate's earlier shape (${describeField(shipgate, 'shipgate')}); ` +
                        `write it in one shape, the template's: ${TEMPLATE_FIELDS.join(', ')}`,
                });
                return core/* NEVER */.tm;
            }
        }
        const shape = first?.shape ?? 'template';
        const written = withNumbersAsWritten(value, shape, numberSource);
        const parsed = shape === 'template' ? templateManifest.safeParse(written) : shipgateManifest.safeParse(written);
        if (!parsed.success) {
            for (const issue of parsed.error.issues)
                context.addIssue(issue);
            return core/* NEVER */.tm;
        }
        return shape === 'template'
            ? fromTemplate(parsed.data)
            : fromShipgateShape(parsed.data);
    });
}
/** The schema without the YAML text: numbers are read as YAML read them. */
const releaseManifestFile = releaseManifestSchema();
/** Reads a release manifest; every mistake is a ConfigurationError that names the file and the line. */
async function readReleaseManifest(path) {
    const read = await (0,evidence_file/* readRegularFile */.XF)(path, yaml_file/* CONFIG_SIZE_LIMIT */.j$, 'a release manifest', true);
    if (read.state !== 'read') {
        const reason = read.state === 'missing' ? 'file not found' : read.reason;
        throw new errors/* ConfigurationError */.j1(`${path}: ${reason}; check the release manifest path`, { file: path });
    }
    const text = read.bytes.toString('utf8');
    // YAML mistakes, alias bombs and values JSON cannot hold, as every config file reports them.
    const document = await (0,yaml_file/* parseYaml */.hN)(text, path, schemas/* unknown */.L5J(), 'release manifest');
    const positions = await fieldPositions(text);
    const parsed = releaseManifestSchema((field) => positions.numbers.get(JSON.stringify(field))).safeParse(document);
    if (!parsed.success) {
        // On the line of the key at fault: a misspelt `featureflags:` is on its line, not on its first flag's.
        const issue = parsed.error.issues[0];
        const field = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
        const line = positions.lines.get(JSON.stringify(field));
        const messages = parsed.error.issues.map((each) => `${(0,contracts/* fieldPath */.cn)(each.path)}: ${each.message}`);
        throw new errors/* ConfigurationError */.j1(`${path}${line ? `:${line}` : ''}: invalid release manifest: ${messages.join('; ')}`, { file: path, line });
    }
    return { path, content: parsed.data, lines: positions.lines };
}
/** A mistake found in a manifest after it was read (a tag that does not resolve), at its field's line. */
function releaseManifestError(manifest, field, message) {
    const line = manifest.lines.get(JSON.stringify(field));
    return new errors/* ConfigurationError */.j1(`${manifest.path}${line ? `:${line}` : ''}: ${(0,contracts/* fieldPath */.cn)(field)}: ${message}`, { file: manifest.path, line });
}
/** Deeper than any field the manifest has: nothing below is looked at. */
const FIELD_DEPTH = 4;
/** The line of every field down to FIELD_DEPTH (its key's, where it has one), and the YAML text of each number there. */
async function fieldPositions(text) {
    const { LineCounter, parseDocument, isMap, isScalar, isSeq } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter });
    const lines = new Map();
    const numbers = new Map();
    const visit = (node, path, keyOffset) => {
        const key = JSON.stringify(path);
        const offset = keyOffset ?? node?.range?.[0];
        if (offset !== undefined)
            lines.set(key, lineCounter.linePos(offset).line);
        if (isScalar(node)) {
            if (typeof node.value === 'number' && node.source)
                numbers.set(key, node.source);
        }
        else if (path.length >= FIELD_DEPTH) {
            return;
        }
        else if (isMap(node)) {
            for (const pair of node.items) {
                const name = isScalar(pair.key) ? pair.key.value : undefined;
                if (typeof name !== 'string' && typeof name !== 'number')
                    continue;
                visit(pair.value, [...path, String(name)], pair.key.range?.[0]);
            }
        }
        else if (isSeq(node)) {
            node.items.forEach((item, index) => visit(item, [...path, index], undefined));
        }
    };
    visit(document.contents, [], undefined);
    return { lines, numbers };
}

// EXTERNAL MODULE: ./build/evidence/github-artifact-store.js
var github_artifact_store = __webpack_require__(81900);
// EXTERNAL MODULE: ./build/platform/action.js
var action = __webpack_require__(77582);
// EXTERNAL MODULE: ./build/platform/markdown.js
var markdown = __webpack_require__(13021);
// EXTERNAL MODULE: ./build/platform/github-api.js
var github_api = __webpack_require__(56826);
// EXTERNAL MODULE: ./build/platform/run-environment.js
var run_environment = __webpack_require__(48959);
// EXTERNAL MODULE: ./build/contracts/release-package.js
var release_package = __webpack_require__(28420);
// EXTERNAL MODULE: ./build/evidence/store.js
var evidence_store = __webpack_require__(11549);
// EXTERNAL MODULE: ./build/stages/environment-deployments.js
var environment_deployments = __webpack_require__(70698);
// EXTERNAL MODULE: ./build/stages/file-digest.js
var file_digest = __webpack_require__(8787);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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
        if (isCommitSha(ref)) {
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
    const fail = (message) => releaseManifestError(manifest, ['commits', repository], `tag '${tag}' of ${repository} ${message}`);
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
    const fail = (message) => releaseManifestError(manifest, ['migrations', repository, 'file'], `'${file}' ${message}`);
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
    if (!Object.values(content.commits).every(isCommitSha))
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
        const fail = (message) => releaseManifestError(manifest, ['images', name], `not pinned to a sha256 digest: '${ref}' is a tag, and ${message}`);
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
    const manifest = (0,evidence_store/* requireValid */.AK)(existing).value;
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
        const result = await ports.logger.group(`build: ${command}`, () => ports.exec.shell(command, { cwd: input.workspace, echo: true }));
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
        let digest;
        try {
            digest = await (0,file_digest/* fileDigest */.h)(absolute);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`${input.configPath}: build.files '${file.name}': cannot read ${file.path} (${error.code ?? error.message}); did the build commands produce it?`, { file: input.configPath });
        }
        components.push({ kind: 'file', name: file.name, path: file.path, ...digest });
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

// EXTERNAL MODULE: ./build/actions/common-inputs.js
var common_inputs = __webpack_require__(20877);
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
            description: "A YAML multi-repo release manifest, the playbook's template: release_id, description, commits per repository (owner/name: a SHA, or a tag resolved to its commit), images per component (digest-pinned, or a tag ref pinned from build.images' buildx metadata), migrations per repository (a revision id, an ordered list, or { file: path } relative to the manifest), feature_flags. Resolved and sealed into the package's release section; shipgate's earlier camelCase shape is still read. Default: build.releaseManifest in the config.",
        },
        'release-clones': {
            description: 'A folder holding local clones as <owner>/<name>: a tag in the release manifest\'s commits for a repository cloned there is resolved there (git rev-parse), else through the GitHub API with github-token.',
        },
        'runtime-changed': {
            description: 'true or false: whether the runtime changed. Used only when there is no commit-stage evidence for the SHA; default true (build).',
        },
        'capture-from': {
            description: 'Where an unchanged runtime\'s components come from. evidence: the newest package whose release decision said YES, in this run\'s evidence (and SHIPGATE_EVIDENCE_RUN_ID\'s run). deployment: the package that runs in `environment`, by its GitHub deployments (the newest deploy-gate deployment with a success status), read from the run that built it; needs github-token with `deployments: read` and `actions: read`.',
            default: 'evidence',
        },
        environment: { description: 'With capture-from: deployment, the environment whose running package is captured.', default: 'production' },
        'github-token': {
            description: 'With capture-from: deployment, a token with `deployments: read` and `actions: read` (on a runner: the job\'s token); for tags in the release manifest\'s commits not resolved in release-clones, a token with `contents: read` on those repositories (the job\'s token reads only its own). Without one (the local command): the GITHUB_TOKEN environment variable.',
            runnerDefault: common_inputs/* WORKFLOW_TOKEN */.Wj,
            secret: true,
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
        'release-clones': action/* inputs */.QL.text(),
        'runtime-changed': schemas/* enum */.k5n(['true', 'false'], { message: "must be 'true' or 'false'" })
            .optional()
            .transform((value) => (value === undefined ? undefined : value === 'true')),
        'capture-from': schemas/* enum */.k5n(['evidence', 'deployment'], { message: "must be 'evidence' or 'deployment'" }),
        environment: schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]+$/, 'must be an environment name (letters, digits, _ . -)'),
        'github-token': action/* inputs */.QL.text(),
    }),
    timing: (settings, context) => ({ store: context.openStore(settings['artifacts-dir']), sha: (0,run_environment/* resolveSha */.vc)(settings.sha, context.environment) }),
    async run(settings, context) {
        const { environment } = context;
        const sha = (0,run_environment/* resolveSha */.vc)(settings.sha, environment);
        const { config, path: configPath } = await (0,shipgate_config.loadConfig)(settings.config);
        // The config's manifest path is relative to the config file, wherever the command runs.
        const manifestPath = settings['release-manifest'] ?? (config.build.releaseManifest ? (0,external_node_path_.resolve)((0,external_node_path_.dirname)(configPath), config.build.releaseManifest) : undefined);
        const releaseManifest = manifestPath ? await readReleaseManifest(manifestPath) : undefined;
        const repository = (0,run_environment/* resolveRepository */.BN)(environment);
        const fromDeployment = settings['capture-from'] === 'deployment';
        const token = (0,common_inputs/* tokenOrEnvironment */.au)(settings['github-token'], context.logger);
        if (fromDeployment && !token) {
            throw new errors/* ConfigurationError */.j1("input 'github-token': capture-from: deployment reads the environment's GitHub deployments and the artifacts of the run that built its package; pass a token with deployments: read and actions: read (${{ github.token }})");
        }
        const result = await buildOnce({
            sha,
            repository,
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
            releaseClones: settings['release-clones'],
            runtimeChanged: settings['runtime-changed'],
            captureFrom: fromDeployment ? { environment: settings.environment } : undefined,
        }, {
            store: context.openStore(settings['artifacts-dir']),
            exec: context.exec,
            logger: context.logger,
            clock: context.clock,
            tags: token ? (tagged) => new github_api/* GitHubRestApi */.yK({ token, apiUrl: environment.apiUrl, repository: tagged }) : undefined,
            deployed: fromDeployment && token
                ? {
                    deployments: new github_api/* GitHubRestApi */.yK({ token, apiUrl: environment.apiUrl, repository }),
                    openRun: (runId) => (0,github_artifact_store/* otherRunEvidence */.VZ)({ runId, repository, token }, context.logger),
                }
                : undefined,
        });
        const { manifest } = result;
        return {
            outputs: { 'manifest-path': result.path, 'package-digest': manifest.digest, 'runtime-mode': manifest.runtime.mode },
            summary: buildOnceSummary(result.manifest, result.path, result.reused),
        };
    },
});
/** The job summary: the package, how each component is pinned, the release it carries, and where the manifest is. */
function buildOnceSummary(manifest, path, reused) {
    const pinned = (component) => (component.kind === 'image' ? component.ref : `${component.path} sha256:${component.sha256}`);
    return [
        `### build-once${reused ? ' (package already built: reused)' : ''}`,
        '',
        `Package ${(0,markdown/* code */.aY)((0,markdown/* shortDigest */.VK)(manifest.digest))} for ${(0,markdown/* code */.aY)(manifest.sha)}, runtime **${manifest.runtime.mode}**${manifest.runtime.mode === 'captured' ? ` from ${(0,markdown/* code */.aY)(manifest.runtime.fromSha)}` : ''}; ${(0,markdown/* plural */.LS)(manifest.components.length, 'component')}.`,
        '',
        '| component | pinned to |',
        '| --- | --- |',
        ...manifest.components.map((component) => `| ${(0,markdown/* escapeCell */.kq)(component.name)} | ${(0,markdown/* codeCell */.MZ)((0,markdown/* shortDigest */.VK)(pinned(component)))} |`),
        '',
        ...releaseSummary(manifest),
        `Evidence: ${(0,markdown/* code */.aY)(path)}`,
        '',
        ...(0,markdown/* digestDetails */.XH)([['package', manifest.digest], ...manifest.components.map((component) => [component.name, pinned(component)])]),
    ].join('\n');
}
/** The release section in the summary: the id and each repository's commit, with how a tag became it. */
function releaseSummary(manifest) {
    const { release } = manifest;
    const commits = Object.entries(release.commits);
    if (release.id === undefined && commits.length === 0)
        return [];
    const resolutions = manifest.schema === release_package/* RELEASE_PACKAGE_SCHEMA_V1 */.j0 ? [] : manifest.release.resolutions;
    return [
        `Release ${release.id === undefined ? '' : `**${(0,markdown/* escapeText */.X1)(release.id)}**`}${release.description ? `: ${(0,markdown/* escapeText */.X1)(release.description)}` : ''}`,
        '',
        ...(commits.length > 0 ? ['| repository | commit | from |', '| --- | --- | --- |'] : []),
        ...commits.map(([repository, sha]) => {
            const resolution = resolutions.find((each) => each.repository === repository);
            return `| ${(0,markdown/* escapeCell */.kq)(repository)} | ${(0,markdown/* codeCell */.MZ)(sha)} | ${resolution ? `tag ${(0,markdown/* codeCell */.MZ)(resolution.tag)} (${(0,markdown/* escapeCell */.kq)(resolution.via)})` : 'SHA as written'} |`;
        }),
        '',
    ];
}


/***/ }),

/***/ 81900:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VZ: () => (/* binding */ otherRunEvidence),
/* harmony export */   oT: () => (/* binding */ parseEvidenceArtifactName)
/* harmony export */ });
/* unused harmony exports evidenceArtifactName, latestEvidenceArtifact, requireArtifactRuntime, GitHubArtifactStore */
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


/***/ }),

/***/ 41670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ isValidAddress),
/* harmony export */   Ow: () => (/* binding */ domainOf),
/* harmony export */   c3: () => (/* binding */ requireAddress),
/* harmony export */   tM: () => (/* binding */ assertAllowedFrom)
/* harmony export */ });
/* unused harmony export parseAddressList */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
// Mail addresses as shipgate accepts them: plain addr-spec only (no display names, no comments),
// checked before anything is rendered or sent, and the from-address allowlist.

// Deliberately narrower than RFC 5322: what real relays accept and what cannot smuggle headers.
const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
function isValidAddress(address) {
    return address.length <= 254 && ADDRESS.test(address) && !address.includes('..');
}
/** The address checked, or a ConfigurationError that names where it came from. */
function requireAddress(address, where) {
    const trimmed = address.trim();
    if (!isValidAddress(trimmed))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: '${address}' is not a mail address (expected name@example.com)`);
    return trimmed;
}
/** Splits a list input: one address per line or separated by commas. */
function parseAddressList(value, where) {
    const addresses = (value ?? []).flatMap((line) => line.split(',')).map((item) => item.trim()).filter((item) => item !== '');
    return addresses.map((address) => requireAddress(address, where));
}
function domainOf(address) {
    return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}
/** `allowed-from` holds addresses and `@domain` entries; the comparison ignores case. */
function assertAllowedFrom(from, allowedFrom) {
    if (allowedFrom.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'allowed-from': not given; list the sender addresses (or @domain) that may send, e.g. allowed-from: ${from} (or mail.allowedFrom in shipgate.yml)`);
    }
    const address = from.toLowerCase();
    const allowed = allowedFrom.some((entry) => {
        const rule = entry.trim().toLowerCase();
        return rule.startsWith('@') ? domainOf(address) === rule.slice(1) : rule === address;
    });
    if (!allowed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input 'from': '${from}' is not in allowed-from (${allowedFrom.join(', ')}); use an allowed sender or add it to allowed-from`);
    }
}


/***/ }),

/***/ 14181:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e0: () => (/* binding */ periodLengthMs),
/* harmony export */   gw: () => (/* binding */ sendPeriod),
/* harmony export */   kQ: () => (/* binding */ isTimeZone),
/* harmony export */   nR: () => (/* binding */ PERIODS)
/* harmony export */ });
/* unused harmony exports localDate, isoWeek */
// The period a digest belongs to: a local date or an ISO week in a time zone. A roster send's event
// key carries it instead of the SHA, so each period gets one digest whatever the commit.
const PERIODS = ['daily', 'weekly'];
const DAY_MS = 24 * 60 * 60 * 1000;
const PERIOD_MS = { daily: DAY_MS, weekly: 7 * DAY_MS };
/** Whether Intl knows the zone (an IANA name such as Europe/Berlin, or UTC). */
function isTimeZone(zone) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}
/** The calendar date of an instant in a time zone. */
function localDate(now, timeZone) {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
    const part = (type) => Number(parts.find((each) => each.type === type).value);
    return { year: part('year'), month: part('month'), day: part('day') };
}
const pad = (value, width = 2) => String(value).padStart(width, '0');
/** The ISO 8601 week of a calendar date: weeks start on Monday, week 1 holds the year's first Thursday. */
function isoWeek(date) {
    const day = new Date(Date.UTC(date.year, date.month - 1, date.day));
    const weekday = day.getUTCDay() || 7;
    // The Thursday of the same week decides the week's year.
    day.setUTCDate(day.getUTCDate() + 4 - weekday);
    const year = day.getUTCFullYear();
    const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / DAY_MS + 1) / 7);
    return { year, week };
}
function sendPeriod(now, period, timeZone) {
    const local = localDate(now, timeZone);
    const date = `${local.year}-${pad(local.month)}-${pad(local.day)}`;
    if (period === 'daily')
        return { period, timeZone, key: `daily:${date}`, date };
    const week = isoWeek(local);
    return { period, timeZone, key: `weekly:${week.year}-W${pad(week.week)}`, date };
}
/** How far back "the last period" reaches when no earlier digest of the series was sent. */
function periodLengthMs(period) {
    return PERIOD_MS[period];
}


/***/ }),

/***/ 8787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ resolveInside),
/* harmony export */   h: () => (/* binding */ fileDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
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


/***/ }),

/***/ 4510:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ newestYesRelease)
/* harmony export */ });
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73445);

/**
 * The newest release (by decision time) with a valid YES decision whose manifest is valid and is
 * the package the decision names, and which `shipgate verify` holds (the decision still follows
 * from its evidence). Broken or forged evidence is passed over, never trusted.
 */
async function newestYesRelease(store, options = {}) {
    const candidates = [];
    for (const sha of await store.listShas('release')) {
        if (sha === options.excludeSha)
            continue;
        const decision = await store.read('release', sha);
        if (decision.state !== 'valid' || decision.value.decision !== 'YES')
            continue;
        const manifest = await store.read('release-package', sha);
        if (manifest.state !== 'valid' || manifest.value.digest !== decision.value.packageDigest)
            continue;
        // A file that says YES is not a release: the evidence under it must still hold the decision.
        if (!(await (0,_verify_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyEvidence */ .J)(store, sha)).ok)
            continue;
        candidates.push({ sha, manifest: manifest.value, decidedAt: decision.value.decidedAt });
    }
    candidates.sort((a, b) => Date.parse(b.decidedAt) - Date.parse(a.decidedAt));
    return candidates[0];
}


/***/ }),

/***/ 73445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ verifyEvidence)
/* harmony export */ });
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41854);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11920);
/* harmony import */ var _contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59084);
/* harmony import */ var _evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46174);
/* harmony import */ var _judge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72029);
// verify: re-validates every contract recorded for a SHA and every link between them, so that
// evidence changed after the fact, or a decision that no longer follows from it, shows; and says
// whether the release is complete (a manifest and a decision), which is a failure unless partial.





// Named when the chain is incomplete, so that the reader knows which step has not run.
const COMPLETES_THE_CHAIN = [
    ['release-package', 'build-once'],
    ['release', 'release-decision'],
];
async function verifyEvidence(root, sha, options = {}) {
    // A release decided in environments: is checked on the evidence of the environment it decides for.
    const releaseRead = options.environment === undefined ? await root.read('release', sha) : undefined;
    const environment = options.environment ?? (releaseRead?.state === 'valid' && 'environment' in releaseRead.value ? releaseRead.value.environment : undefined);
    const store = (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(root, { environment });
    const reads = Object.fromEntries(await Promise.all(_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.map(async (kind) => [kind, await store.read(kind, sha)])));
    const decisionRead = reads.release;
    const promotedFrom = decisionRead.state === 'valid' && 'promotedFrom' in decisionRead.value ? decisionRead.value.promotedFrom : null;
    if (promotedFrom)
        reads.promotion = { from: promotedFrom, read: await (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_3__/* .scopedStore */ .sy)(root, { environment: promotedFrom }).read('release', sha) };
    const checked = _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.map((kind) => {
        const read = reads[kind];
        return { kind, path: read.path, state: read.state, digest: read.state === 'valid' ? read.digest : null };
    });
    const complete = COMPLETES_THE_CHAIN.every(([kind]) => reads[kind].state !== 'missing');
    const failures = [];
    if (checked.every((contract) => contract.state === 'missing')) {
        failures.push({ file: store.location, field: '(sha)', message: `no evidence at all for ${sha}` });
        return { sha, ok: false, complete, failures, checked };
    }
    if (!options.partial) {
        for (const [kind, writer] of COMPLETES_THE_CHAIN) {
            if (reads[kind].state !== 'missing')
                continue;
            failures.push({
                file: reads[kind].path,
                field: '(file)',
                message: `missing: no ${_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contracts */ .Mh[kind].title.toLowerCase()} (${writer} writes it), so the release is not complete; give --partial to check a release still in progress`,
            });
        }
    }
    for (const kind of _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym) {
        const read = reads[kind];
        if (read.state === 'invalid') {
            for (const problem of read.problems)
                failures.push({ file: read.path, field: problem.field, message: problem.message });
        }
        else if (read.state === 'valid' && read.value.sha !== sha) {
            failures.push({ file: read.path, field: 'sha', message: `names ${read.value.sha}, not ${sha}` });
        }
    }
    failures.push(...packageFailures(reads));
    const decision = reads.release;
    if (decision.state === 'valid') {
        failures.push(...decisionFailures(sha, decision.path, decision.value, reads, options));
    }
    else {
        // No decision to hold the chain to: what there is must still hold together, now.
        const policy = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgePolicy */ .CL)(options.now ?? new Date(), { maxEvidenceAgeMs: null, requireDeployment: false });
        failures.push(...(0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeReleaseEvidence */ .e_)(sha, reads, policy).faults.map(asFailure));
    }
    const unique = [...new Map(failures.map((failure) => [`${failure.file}\n${failure.field}\n${failure.message}`, failure])).values()];
    return { sha, ok: unique.length === 0, complete, failures: unique, checked };
}
function asFailure(reason) {
    return { file: reason.file ?? '', field: reason.field ?? '', message: reason.message };
}
/** The decision must name the package in the manifest, and every contract that names a package needs a manifest to name. */
function packageFailures(reads) {
    const manifest = reads['release-package'];
    // The package digest is the one the manifest seals itself with, not the digest of the file.
    const manifestDigest = manifest.state === 'valid' ? manifest.value.digest : null;
    const failures = [];
    for (const read of [reads.acceptance, reads.deployment, reads.production, reads.release]) {
        if (read.state !== 'valid')
            continue;
        const recorded = read.value.packageDigest;
        if (manifestDigest === null && recorded !== null) {
            failures.push({ file: read.path, field: 'packageDigest', message: `names ${recorded}, but there is no valid release package manifest at ${manifest.path}` });
        }
        else if (read.kind === 'release' && recorded !== manifestDigest) {
            // The judge holds the others to the manifest; the decision is verify's own to check.
            failures.push({ file: read.path, field: 'packageDigest', message: `is ${recorded}, but ${manifest.path} has ${manifestDigest}` });
        }
    }
    return failures;
}
/** The decision must match the files it was taken on, and must still follow from them. */
function decisionFailures(sha, path, decision, reads, options) {
    const failures = [];
    decision.evidence.forEach((entry, index) => {
        if (!_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .contractKinds */ .Ym.includes(entry.kind)) {
            failures.push({ file: path, field: `evidence[${index}].kind`, message: `'${entry.kind}' is not a contract kind` });
            return;
        }
        // The previous environment's decision, which let the package in, is the one `release` link.
        const current = entry.kind === 'release' && reads.promotion ? reads.promotion.read : reads[entry.kind];
        const digestNow = current.state === 'valid' ? current.digest : null;
        if (digestNow !== entry.digest || current.state !== entry.state) {
            failures.push({
                file: current.path,
                field: '(file)',
                message: `changed after the release decision: ${path} evidence[${index}] recorded ${entry.state} ${entry.digest ?? '(no digest)'}, now ${current.state} ${digestNow ?? '(no digest)'}`,
            });
        }
    });
    // The judgement again, at the time the decision was taken and with the deployment record
    // required as the decision required it: a decision edited by hand, or one taken on evidence that
    // was swapped for other evidence with the same digest links, no longer follows.
    const required = (kind) => decision.evidence.some((entry) => entry.kind === kind && entry.required);
    const policy = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgePolicy */ .CL)(new Date(decision.decidedAt), { requireDeployment: required('deployment'), requireAcceptance: required('acceptance'), requireProduction: required('production'), ...(options.maxEvidenceAgeMs !== undefined ? { maxEvidenceAgeMs: options.maxEvidenceAgeMs } : {}) });
    const judgement = (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeReleaseEvidence */ .e_)(sha, reads, policy);
    failures.push(...judgement.faults.map(asFailure));
    const sameVerdict = judgement.decision === decision.decision && judgement.status === decision.status;
    if (sameVerdict && !sameReasons(judgement.reasons, decision, reads['release-package'].path)) {
        failures.push({ file: path, field: 'reasons', message: `are not the reasons the evidence gives now: ${describeReasons(judgement.reasons)}` });
    }
    if (!sameVerdict) {
        const why = judgement.reasons[0];
        failures.push({
            file: path,
            field: judgement.decision !== decision.decision ? 'decision' : 'status',
            message: `is ${decision.decision} (${decision.status}), but the evidence now says ${judgement.decision} (${judgement.status})` +
                (why ? `: ${why.file ?? ''}: ${why.field ?? ''}: ${why.message}` : ''),
        });
    }
    return failures;
}
/**
 * The recorded reasons, word for word, with the artifacts folder the decision was taken in read as
 * the one verify reads: the same evidence verified from another folder gives the same reasons.
 */
function sameReasons(now, decision, manifestPathNow) {
    const manifestEntry = decision.evidence.find((entry) => entry.kind === 'release-package');
    const suffix = `release-package/${decision.sha}/`;
    const folderThen = manifestEntry?.path.slice(0, Math.max(0, manifestEntry.path.lastIndexOf(suffix)));
    const folderNow = manifestPathNow.slice(0, Math.max(0, manifestPathNow.lastIndexOf(suffix)));
    const relative = (reasons, folder) => reasons.map((reason) => folder
        ? { ...reason, file: reason.file?.split(folder).join(''), message: reason.message.split(folder).join('') }
        : reason);
    return (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(relative(decision.reasons, folderThen)) === (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(relative(now, folderNow));
}
function describeReasons(reasons) {
    if (reasons.length === 0)
        return 'none';
    return reasons.map(_contracts_release_decision_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReason */ .K9).join('; ');
}


/***/ })

};
