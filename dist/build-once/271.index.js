export const id = 271;
export const ids = [271,102,549];
export const modules = {

/***/ 1102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _$: () => (/* binding */ isCommitSha),
/* harmony export */   readReleaseManifest: () => (/* binding */ readReleaseManifest),
/* harmony export */   vG: () => (/* binding */ releaseManifestError)
/* harmony export */ });
/* unused harmony exports tagNameProblem, releaseManifestSchema, releaseManifestFile */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8532);
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2318);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2922);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9473);
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5562);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1065);
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
    if (_contracts_common_js__WEBPACK_IMPORTED_MODULE_0__/* .PINNED_IMAGE_PATTERN */ .gH.test(ref))
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
const text = zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()], { error: 'must be text or a number' }).transform(String);
const flagValue = zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig()], { error: 'must be true, false, text or a number' });
const repository = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()
    .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/)
    .refine((name) => !name.split('/').some((part) => part === '.' || part === '..'));
/** A map keyed by repository, whose keys that are not owner/name are named as such. */
function byRepository(value) {
    return zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(repository, value, {
        error: (issue) => (issue.code === 'invalid_key' ? `'${String(issue.input)}' is not a repository: write owner/name` : undefined),
    });
}
const commitRef = text.superRefine((ref, context) => {
    const problem = commitRefProblem(ref);
    if (problem)
        context.addIssue({ code: 'custom', message: problem });
});
const imageRef = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().superRefine((ref, context) => {
    const problem = imageRefProblem(ref);
    if (problem)
        context.addIssue({ code: 'custom', message: problem });
});
const revisionList = zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(text)
    .min(1, 'give at least one revision id')
    .superRefine((ids, context) => {
    const twice = ids.find((id, index) => ids.indexOf(id) !== index);
    if (twice !== undefined)
        context.addIssue({ code: 'custom', message: `lists '${twice}' twice` });
});
const templateMigration = zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([text, revisionList, zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1) }).strict()], {
    error: 'must be a revision id, a list of revision ids in the order they run, or { file: <path relative to the manifest> }',
});
function unknownKey(fields, shape) {
    return (issue) => issue.code === 'unrecognized_keys' ? `unknown key ${issue.keys.map((key) => `'${key}'`).join(', ')}: ${shape} has ${fields.join(', ')}` : undefined;
}
/** The dev→prod playbook's template, snake_case. */
const templateManifest = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    release_id: text.optional().describe('The release id, text or a number.'),
    description: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    commits: byRepository(commitRef).default({}).describe('owner/name -> a commit SHA (7 to 40 hex) or a tag.'),
    images: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1), imageRef).default({}).describe('component -> registry/name@sha256:<64 hex>, or registry/name:tag pinned from the build.'),
    migrations: byRepository(templateMigration).default({}).describe('owner/name -> a revision id, an ordered list of ids, or { file: path }.'),
    feature_flags: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), flagValue).default({}),
}, { error: unknownKey(TEMPLATE_FIELDS, 'the release manifest template') });
/** shipgate's earlier shape, camelCase, still read: SHAs and pinned images only. */
const shipgateManifest = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    release: text.optional().describe('The release id.'),
    description: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    commits: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(COMMIT_SHA, 'must be a hex commit SHA')).default({}),
    images: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), _contracts_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pinnedImageRef */ .n1).default({}),
    migrations: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        id: text,
        repository: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
        description: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    })
        .strict())
        .default([]),
    featureFlags: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), flagValue).default({}),
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
    return zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J().transform((raw, context) => {
        const value = raw ?? {};
        if (!isPlainObject(value)) {
            context.addIssue({ code: 'custom', message: `must be a map of ${TEMPLATE_FIELDS.join(', ')}` });
            return zod__WEBPACK_IMPORTED_MODULE_6__/* .NEVER */ .tm;
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
                return zod__WEBPACK_IMPORTED_MODULE_6__/* .NEVER */ .tm;
            }
        }
        const shape = first?.shape ?? 'template';
        const written = withNumbersAsWritten(value, shape, numberSource);
        const parsed = shape === 'template' ? templateManifest.safeParse(written) : shipgateManifest.safeParse(written);
        if (!parsed.success) {
            for (const issue of parsed.error.issues)
                context.addIssue(issue);
            return zod__WEBPACK_IMPORTED_MODULE_6__/* .NEVER */ .tm;
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
    const read = await (0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFile */ .XF)(path, _yaml_file_js__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_SIZE_LIMIT */ .j$, 'a release manifest', true);
    if (read.state !== 'read') {
        const reason = read.state === 'missing' ? 'file not found' : read.reason;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${path}: ${reason}; check the release manifest path`, { file: path });
    }
    const text = read.bytes.toString('utf8');
    // YAML mistakes, alias bombs and values JSON cannot hold, as every config file reports them.
    const document = await (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYaml */ .hN)(text, path, zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J(), 'release manifest');
    const positions = await fieldPositions(text);
    const parsed = releaseManifestSchema((field) => positions.numbers.get(JSON.stringify(field))).safeParse(document);
    if (!parsed.success) {
        // On the line of the key at fault: a misspelt `featureflags:` is on its line, not on its first flag's.
        const issue = parsed.error.issues[0];
        const field = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
        const line = positions.lines.get(JSON.stringify(field));
        const messages = parsed.error.issues.map((each) => `${(0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldPath */ .cn)(each.path)}: ${each.message}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${path}${line ? `:${line}` : ''}: invalid release manifest: ${messages.join('; ')}`, { file: path, line });
    }
    return { path, content: parsed.data, lines: positions.lines };
}
/** A mistake found in a manifest after it was read (a tag that does not resolve), at its field's line. */
function releaseManifestError(manifest, field, message) {
    const line = manifest.lines.get(JSON.stringify(field));
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${manifest.path}${line ? `:${line}` : ''}: ${(0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldPath */ .cn)(field)}: ${message}`, { file: manifest.path, line });
}
/** Deeper than any field the manifest has: nothing below is looked at. */
const FIELD_DEPTH = 4;
/** The line of every field down to FIELD_DEPTH (its key's, where it has one), and the YAML text of each number there. */
async function fieldPositions(text) {
    const { LineCounter, parseDocument, isMap, isScalar, isSeq } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
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


/***/ }),

/***/ 1549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ assertSha),
/* harmony export */   requireValid: () => (/* binding */ requireValid),
/* harmony export */   vf: () => (/* binding */ parseEvidence),
/* harmony export */   wN: () => (/* binding */ serializeEvidence)
/* harmony export */ });
/* unused harmony export describeProblems */
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1854);
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2318);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2922);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9473);
/* harmony import */ var _encodable_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1130);
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


/***/ }),

/***/ 4271:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildOnce: () => (/* binding */ buildOnce)
});

// EXTERNAL MODULE: ./build/contracts/common.js + 1 modules
var common = __webpack_require__(2318);
// EXTERNAL MODULE: ./build/contracts/release-package.js
var release_package = __webpack_require__(8420);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/evidence/store.js
var evidence_store = __webpack_require__(1549);
// EXTERNAL MODULE: ./build/contracts/deployment.js
var contracts_deployment = __webpack_require__(3001);
// EXTERNAL MODULE: ./build/contracts/index.js + 3 modules
var contracts = __webpack_require__(2922);
;// CONCATENATED MODULE: ./build/stages/environment-deployments.js
// What runs in an environment, kept in GitHub deployments: deploy-gate records every deploy as a
// deployment of the release SHA with a shipgate payload (then in_progress, and success or failure),
// and later runs read it back from there instead of from a variable someone must keep current.
// GitHub also records a deployment of its own for every job that names an environment, with the
// run's commit (for a replay not the release's); those carry no shipgate payload and are passed over.





/**
 * The shipgate payload of a deployment; undefined for a deployment shipgate did not make. A payload
 * that names itself shipgate's but does not parse is an error: what runs there is then unknown.
 */
function shipgatePayload(deployment) {
    let payload = deployment.payload;
    if (typeof payload === 'string') {
        try {
            payload = JSON.parse(payload);
        }
        catch {
            return undefined;
        }
    }
    const schema = payload?.schema;
    if (typeof schema !== 'string' || !schema.startsWith(contracts_deployment/* DEPLOYMENT_PAYLOAD_SCHEMA */.LC.replace(/\/v\d+$/, '/')))
        return undefined;
    const where = `GitHub deployment ${deployment.id} of ${deployment.environment}`;
    const parsed = contracts_deployment/* deploymentPayload */.mG.safeParse(payload);
    if (!parsed.success) {
        const problems = schema === contracts_deployment/* DEPLOYMENT_PAYLOAD_SCHEMA */.LC ? (0,contracts/* schemaProblems */.Ic)(parsed.error) : [{ field: 'schema', message: `is '${schema}', this shipgate reads ${contracts_deployment/* DEPLOYMENT_PAYLOAD_SCHEMA */.LC}` }];
        throw new errors/* EvidenceError */.oe(`${where}: ${problems.map((problem) => `payload.${problem.field}: ${problem.message}`).join('; ')}; it names itself a shipgate deployment, so what it deployed cannot be trusted`);
    }
    if (parsed.data.sha !== deployment.sha) {
        throw new errors/* EvidenceError */.oe(`${where}: payload.sha: names ${parsed.data.sha}, but the deployment is of ${deployment.sha}`);
    }
    return parsed.data;
}
/** shipgate's deployments, newest first, read lazily so that a reader can stop early. */
async function* shipgateDeployments(api, filter) {
    for await (const deployment of api.deployments(filter)) {
        const payload = shipgatePayload(deployment);
        if (payload)
            yield { id: deployment.id, sha: deployment.sha, environment: deployment.environment, createdAt: deployment.createdAt, payload };
    }
}
/**
 * What runs in an environment: the newest shipgate deployment whose latest status is success. A
 * success that GitHub later marked inactive still counts when no newer shipgate deployment
 * succeeded: GitHub's auto_inactive also fires for the deployment it records for any later job that
 * names a non-production environment, which deploys nothing.
 */
async function currentDeployment(api, environment, logger) {
    for await (const deployment of shipgateDeployments(api, { environment })) {
        const statuses = await api.deploymentStatuses(deployment.id);
        if (isLive(statuses))
            return deployment;
        logger.info(`GitHub deployment ${deployment.id} of ${deployment.sha} to ${environment} is not live (latest status: ${statuses[0]?.state ?? 'none'}).`);
    }
    return undefined;
}
/** Statuses newest first: the latest is success, or a success GitHub later marked inactive. */
function isLive(statuses) {
    const latest = statuses[0]?.state;
    return latest === 'success' || (latest === 'inactive' && statuses.some((status) => status.state === 'success'));
}
/**
 * A rollback's target, read from the environment's deployments alone: what runs there now (as
 * currentDeployment reads it) and, deployed before it, the newest shipgate deployment that succeeded
 * of a package built before the current one (so a second rollback goes further back, as `shipgate
 * rollback` does, instead of returning to what the first one replaced). Undefined when nothing runs
 * there; `previous` undefined when nothing earlier qualifies.
 */
async function previousDeployment(api, environment, logger) {
    let current;
    for await (const deployment of shipgateDeployments(api, { environment })) {
        const statuses = await api.deploymentStatuses(deployment.id);
        if (!current) {
            if (isLive(statuses))
                current = deployment;
            continue;
        }
        const succeeded = statuses.some((status) => status.state === 'success');
        if (succeeded && deployment.sha !== current.sha && Date.parse(deployment.payload.packageCreatedAt) < Date.parse(current.payload.packageCreatedAt)) {
            return { current, previous: deployment };
        }
        logger.info(`GitHub deployment ${deployment.id} of ${deployment.sha} to ${environment} is no rollback target (${succeeded ? 'the same or a newer package than what runs there' : 'it never succeeded'}).`);
    }
    return current ? { current, previous: undefined } : undefined;
}
/** Deploys recorded as GitHub deployments of the environment, and production read back from them. */
class GitHubDeploymentLog {
    api;
    run;
    logger;
    constructor(api, run, logger) {
        this.api = api;
        this.run = run;
        this.logger = logger;
    }
    async production(environment) {
        const current = await currentDeployment(this.api, environment, this.logger);
        if (!current)
            return undefined;
        return {
            sha: current.sha,
            packageDigest: current.payload.packageDigest,
            createdAt: current.payload.packageCreatedAt,
            from: `GitHub deployment ${current.id}`,
        };
    }
    async start(deploy) {
        const { manifest } = deploy;
        const payload = {
            schema: DEPLOYMENT_PAYLOAD_SCHEMA,
            sha: deploy.sha,
            packageDigest: manifest.digest,
            packageCreatedAt: manifest.createdAt,
            refs: componentRefs(manifest),
            environment: deploy.environment,
            replay: deploy.replay,
            runId: this.run.runId,
            runAttempt: this.run.runAttempt,
            // The manifest names the run that built it, whose artifacts hold it; a replay carries the same manifest.
            packageRunId: /^[1-9][0-9]*$/.test(manifest.source.runId) ? Number(manifest.source.runId) : null,
        };
        const deployment = await this.api.createDeployment({
            ref: deploy.sha,
            environment: deploy.environment,
            description: `shipgate: ${shortDigest(manifest.digest)} of ${deploy.sha.slice(0, 12)}${deploy.replay ? ' (explicit replay)' : ''}`,
            payload: deploymentPayload.parse(payload),
            // The release SHA exactly: no merge of the default branch into it, no commit-status gate (the evidence is the gate).
            autoMerge: false,
            requiredContexts: [],
            transientEnvironment: false,
            // GitHub's own default for an environment's name.
            productionEnvironment: deploy.environment === 'production',
        });
        this.logger.info(`Recorded GitHub deployment ${deployment.id} of ${deploy.sha} to ${deploy.environment}.`);
        await this.status(deployment.id, 'in_progress', `Deploying ${shortDigest(manifest.digest)}`);
        return {
            id: deployment.id,
            finish: async (outcome) => {
                if (outcome === 'success') {
                    await this.status(deployment.id, 'success', `Deployed ${shortDigest(manifest.digest)}`);
                    return;
                }
                await this.status(deployment.id, 'failure', 'The deploy failed; see the run log');
            },
        };
    }
    async status(deploymentId, state, description) {
        await this.api.createDeploymentStatus(deploymentId, { state, description, logUrl: this.run.logUrl, autoInactive: true });
    }
}
/**
 * The package of the environment's current deployment, read from the artifacts of the run its payload
 * names and checked against the payload (SHA and digest). Undefined when nothing was deployed there.
 */
async function deployedRelease(environment, ports) {
    const deployment = await currentDeployment(ports.deployments, environment, ports.logger);
    if (!deployment)
        return undefined;
    const where = `GitHub deployment ${deployment.id} of ${deployment.sha} to ${environment}`;
    const runId = deployment.payload.packageRunId;
    if (runId === null) {
        throw new errors/* ConfigurationError */.j1(`${where}: its package was built outside a workflow run (payload.packageRunId is null), so there is no run to read it from; build the runtime (runtime-changed: true)`);
    }
    const source = ports.openRun(runId);
    const read = await source.read('release-package', deployment.sha).catch((error) => {
        if (!(0,errors/* isUserError */.iU)(error))
            throw error;
        throw new errors/* EvidenceError */.oe(`${where}: cannot read the release package from run ${runId}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    });
    if (read.state === 'missing') {
        throw new errors/* EvidenceError */.oe(`${where}: run ${runId} has no release-package-${deployment.sha} artifact (artifacts expire after the retention days); build the runtime (runtime-changed: true)`);
    }
    const { value: manifest, path } = (0,evidence_store.requireValid)(read);
    if (manifest.sha !== deployment.sha || manifest.digest !== deployment.payload.packageDigest) {
        throw new errors/* EvidenceError */.oe(`${path}: the package in run ${runId} is ${manifest.digest} of ${manifest.sha}, but ${where} deployed ${deployment.payload.packageDigest}; it is not the package that runs there`, { file: path });
    }
    return { deployment, manifest };
}
function shortDigest(digest) {
    return digest.slice(0, 'sha256:'.length + 12);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/evidence/evidence-file.js
var evidence_file = __webpack_require__(5562);
;// CONCATENATED MODULE: ./build/stages/file-digest.js
// The sha256 and size of a file, read as a stream so that a large package never sits in memory.




/**
 * Digests the regular file at path (a symlink is followed). It is opened the way evidence is, so a
 * FIFO, a socket, a device or a folder there is refused (the reason says which) instead of waited
 * on forever or failing mid-read; the bytes hashed are those of the very file checked.
 */
async function fileDigest(path) {
    const opened = await (0,evidence_file/* openRegularFile */.ZU)(path, true);
    if (opened.state !== 'open')
        return opened;
    const hash = (0,external_node_crypto_.createHash)('sha256');
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
    const absolute = (0,external_node_path_.resolve)(root, path);
    const fromRoot = (0,external_node_path_.relative)((0,external_node_path_.resolve)(root), absolute);
    if ((0,external_node_path_.isAbsolute)(path) || fromRoot.startsWith('..') || (0,external_node_path_.isAbsolute)(fromRoot)) {
        throw new errors/* ConfigurationError */.j1(`${what}: '${path}' is outside ${root}; give a path relative to the repository root`);
    }
    return absolute;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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
    const path = resolveInside(clones, repository, `release-clones: ${repository}`);
    const found = await (0,promises_.stat)(path).catch(() => undefined);
    if (found && !found.isDirectory())
        throw new errors/* ConfigurationError */.j1(`release-clones: ${path} is not a folder; the clone of ${repository} goes there`);
    return found ? path : undefined;
}

// EXTERNAL MODULE: ./build/contracts/canonical.js
var canonical = __webpack_require__(1854);
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

// EXTERNAL MODULE: ./build/contracts/release-decision.js
var release_decision = __webpack_require__(9084);
;// CONCATENATED MODULE: ./build/evidence/scoped-store.js
// Evidence of one environment (dev, staging, production in `environments:`) or of one acceptance
// shard: acceptance, deployment, verification and the decision are kept apart per scope under
// `<artifacts>/environments/<name>/` (and `…/shards/<i>-of-<n>/`), while the package, the commit
// stage and the timing stay shared. Without a scope the store is the plain one, as before.


/** The contracts kept per environment; the rest belong to the release as a whole. */
const SCOPED_KINDS = ['acceptance', 'deployment', 'production', 'release'];
// An environment name is a folder name and a part of an artifact name.

/** `2/3` as given to the shard input; 1-based, index within total. */
function parseShard(text, what = 'shard') {
    const match = /^\s*([0-9]+)\s*\/\s*([0-9]+)\s*$/.exec(text);
    const index = match ? Number(match[1]) : NaN;
    const total = match ? Number(match[2]) : NaN;
    if (!match || !Number.isSafeInteger(index) || !Number.isSafeInteger(total) || total < 1 || total > 256 || index < 1 || index > total) {
        throw new ConfigurationError(`${what}: '${text}' is not i/n with 1 <= i <= n <= 256; give for example 2/3 for the second of three shards`);
    }
    return { index, total };
}
function assertEnvironmentName(name, what = 'environment') {
    if (!common/* ENVIRONMENT_NAME */.YR.test(name)) {
        throw new errors/* ConfigurationError */.j1(`${what}: '${name}' is not an environment name; use 1 to 40 lowercase letters, digits, '-' or '_', starting with a letter or digit`);
    }
    return name;
}
function scopeSegments(scope) {
    return [
        ...(scope.environment !== undefined ? ['environments', assertEnvironmentName(scope.environment)] : []),
        ...(scope.shard ? ['shards', `${scope.shard.index}-of-${scope.shard.total}`] : []),
    ];
}
/** The store a stage in this scope writes to and reads from; the plain store when the scope is empty. */
function scopedStore(store, scope) {
    const segments = scopeSegments(scope);
    return segments.length === 0 ? store : new ScopedEvidenceStore(store, store.within(segments), segments);
}
class ScopedEvidenceStore {
    shared;
    own;
    segments;
    constructor(shared, own, segments) {
        this.shared = shared;
        this.own = own;
        this.segments = segments;
    }
    get location() {
        return this.shared.location;
    }
    storeOf(kind) {
        return SCOPED_KINDS.includes(kind) ? this.own : this.shared;
    }
    pathOf(kind, sha) {
        return this.storeOf(kind).pathOf(kind, sha);
    }
    read(kind, sha) {
        return this.storeOf(kind).read(kind, sha);
    }
    write(kind, sha, value) {
        return this.storeOf(kind).write(kind, sha, value);
    }
    listShas(kind) {
        return this.storeOf(kind).listShas(kind);
    }
    exclusively(kind, sha, wait, work) {
        return this.storeOf(kind).exclusively(kind, sha, wait, work);
    }
    within(segments) {
        return new ScopedEvidenceStore(this.shared, this.shared.within([...this.segments, ...segments]), [...this.segments, ...segments]);
    }
}

// EXTERNAL MODULE: ./build/contracts/acceptance-result.js
var acceptance_result = __webpack_require__(723);
// EXTERNAL MODULE: ./build/platform/markdown.js
var markdown = __webpack_require__(3021);
;// CONCATENATED MODULE: ./build/stages/verdicts.js

/**
 * NO when a required check failed, or when there is no check at all. A check skipped for the
 * release's scope (a runtime check on a docs-only release) does not fail acceptance.
 */
function acceptanceVerdict(checks) {
    const requiredFailed = checks.some((check) => check.required && check.status === 'fail');
    return {
        decision: requiredFailed || checks.length === 0 ? 'NO' : 'YES',
        degraded: checks.some((check) => !check.required && check.status === 'fail'),
    };
}
/** fail when a required check did not pass, or when nothing passed: verification that verified nothing is not a pass. */
function productionVerdict(checks) {
    const failed = checks.some((check) => check.required && check.status !== 'pass') || !checks.some((check) => check.status === 'pass');
    return {
        verdict: failed ? 'fail' : 'pass',
        degraded: checks.some((check) => !check.required && check.status !== 'pass'),
    };
}
const PASSING_CONCLUSION = 'success';
/**
 * Why commit-stage evidence that says `passed: true` does not prove it: the check did not conclude
 * success, it was taken on another SHA without a pull request to explain it, or docs drift that was
 * configured to fail was found. Empty when `passed` follows from the evidence.
 */
function commitStageContradictions(evidence) {
    if (!evidence.passed)
        return [];
    const problems = [];
    const { check } = evidence;
    if (check.conclusion !== PASSING_CONCLUSION) {
        problems.push({ field: 'check.conclusion', message: `is '${check.conclusion}', but passed is true: only a check that concluded ${PASSING_CONCLUSION} passes` });
    }
    if (check.via === 'pull-request-head') {
        if (check.pullRequest === null) {
            problems.push({ field: 'check.pullRequest', message: 'is null, but the check was taken from a pull request head: the pull request that links it to this SHA is not named' });
        }
    }
    else if (check.checkedSha !== evidence.sha) {
        problems.push({ field: 'check.checkedSha', message: `is ${check.checkedSha}, not this SHA ${evidence.sha}: a check of another commit proves nothing about this one` });
    }
    if (evidence.drift.mode === 'fail' && evidence.drift.findings.length > 0) {
        problems.push({ field: 'drift.findings', message: `holds ${(0,markdown/* plural */.LS)(evidence.drift.findings.length, 'finding')} with drift mode fail, but passed is true` });
    }
    return problems;
}
/** Names of checks of one kind (required or optional) that did not pass, for a reason. */
function checksNotPassed(checks, required, statuses = ['fail', 'skipped']) {
    const names = checks.filter((check) => check.required === required && statuses.includes(check.status)).map((check) => `${check.name} (${check.status})`);
    return names.length === 0 ? '' : `${required ? 'required' : 'optional'} checks not passed: ${names.join(', ')}`;
}
/**
 * Why a decision's own fields disagree: YES is success or partial_success, NO is failure; a clean
 * success gives no reason, a partial success or a NO gives at least one. Empty when they agree.
 */
function decisionContradictions(decision) {
    const { status, reasons } = decision;
    if (decision.decision === 'YES' && status === 'failure')
        return [{ field: 'status', message: 'is failure, but decision is YES: a failed decision is a NO' }];
    if (decision.decision === 'NO' && status !== 'failure')
        return [{ field: 'status', message: `is ${status}, but decision is NO` }];
    if (status === 'success' && reasons.length > 0)
        return [{ field: 'reasons', message: `holds ${(0,markdown/* plural */.LS)(reasons.length, 'reason')}, but status is success: a clean YES has none` }];
    if (status !== 'success' && reasons.length === 0)
        return [{ field: 'reasons', message: `is empty, but status is ${status}: it must say why` }];
    return [];
}

;// CONCATENATED MODULE: ./build/stages/judge.js




/** The evidence a release decision reads, in the order it is shown. */
const decisionEvidenceKinds = ['release-package', 'commit-stage', 'acceptance', 'deployment', 'production', 'pipeline'];
/** The environment the single flow (no `environments:`) deploys to and verifies: deploy-gate's default, `shipgate pipeline`'s. */
const SINGLE_FLOW_ENVIRONMENT = 'production';
/** How many problems of one file a decision lists; the rest are counted in one more reason, so that a huge file gives a readable decision. */
const MAX_REASONS_PER_FILE = 20;
/** The order the stages write the evidence in, which is the order causes come in: commit-gate runs before build-once. */
const PIPELINE_ORDER = ['commit-stage', 'release-package', 'acceptance', 'deployment', 'production', 'pipeline'];
// Named in "missing" reasons so that the reader knows which step did not run.
const WRITTEN_BY = {
    'release-package': 'build-once',
    'commit-stage': 'commit-gate',
    acceptance: 'acceptance',
    deployment: 'deploy-gate',
    production: 'prod-verify',
    pipeline: 'the pipeline stages',
};
const DEFAULT_MAX_EVIDENCE_AGE_MS = 7 * 24 * 60 * 60 * 1000;
/** How far a timestamp may lie ahead of the judge's clock: runners' clocks differ a little. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
function judgePolicy(now, overrides = {}) {
    return { now, maxEvidenceAgeMs: DEFAULT_MAX_EVIDENCE_AGE_MS, clockSkewMs: CLOCK_SKEW_MS, requireDeployment: true, requireAcceptance: true, requireProduction: true, ...overrides };
}
function isRequired(kind, policy) {
    if (kind === 'deployment')
        return policy.requireDeployment;
    if (kind === 'acceptance')
        return policy.requireAcceptance;
    if (kind === 'production')
        return policy.requireProduction;
    return kind === 'release-package';
}
/** Evidence that contradicts itself, another file or the clock: a NO, and a failure for verify. */
function fault(findings, reasons) {
    for (const reason of reasons) {
        findings.blocking.push(reason);
        findings.faults.push(reason);
    }
}
/**
 * At most MAX_REASONS_PER_FILE of a file's problems, the rest counted in one last reason: a file
 * with 100,000 broken entries must give a decision a person can read (and no argument-list limit).
 */
function cappedReasons(file, problems) {
    const shown = problems.slice(0, MAX_REASONS_PER_FILE).map((problem) => ({ file, field: problem.field, message: problem.message }));
    if (problems.length > MAX_REASONS_PER_FILE)
        shown.push({ file, field: '(file)', message: `and ${problems.length - MAX_REASONS_PER_FILE} more problems in this file` });
    return shown;
}
/**
 * The release decision's judgement of acceptance alone: every reason it would give the acceptance
 * result a NO (missing, invalid, another SHA, package, environment or a shard's part, a summary its
 * checks contradict, out of time order). deploy-gate admits a package on this, so that it never
 * deploys on an acceptance the decision would call NO. Degradations are no reason: partial success is a YES.
 */
function acceptanceNoReasons(sha, reads, policy) {
    const findings = { blocking: [], faults: [], degradations: [] };
    const read = reads.acceptance;
    if (read.state === 'missing')
        return [{ file: read.path, field: '(file)', message: `missing: no acceptance evidence for this SHA (${WRITTEN_BY.acceptance} writes it)` }];
    fault(findings, presenceProblems(sha, read));
    const valid = validFor(sha, read);
    if (valid)
        judgeAcceptance(valid, { policy, manifest: validFor(sha, reads['release-package']), reads, findings });
    return findings.blocking;
}
function judgeReleaseEvidence(sha, reads, policy) {
    const findings = { blocking: [], faults: [], degradations: [] };
    if (reads.promotion) {
        // Not promoted: the package never entered this environment, so whatever of its evidence is
        // here (an earlier run's) says nothing; the previous environment's answer is the whole reason.
        const promotion = { blocking: [], faults: [], degradations: [] };
        const manifest = validFor(sha, reads['release-package']);
        judgePromotion(sha, reads.promotion, undefined, { policy, manifest, reads, findings: promotion });
        if (promotion.blocking.length > 0) {
            const evidence = [...decisionEvidenceKinds.map((kind) => evidenceEntry(reads[kind], isRequired(kind, policy))), evidenceEntry(reads.promotion.read, true)];
            return { decision: 'NO', status: 'failure', reasons: promotion.blocking, faults: promotion.faults, evidence, packageDigest: manifest?.value.digest ?? null };
        }
    }
    const manifest = validFor(sha, reads['release-package']);
    const context = { policy, manifest, reads, findings };
    const deployment = validFor(sha, reads.deployment);
    const judges = {
        'commit-stage': (read) => judgeCommitStage(read, context),
        'release-package': (read) => judgeManifest(read, context),
        acceptance: (read) => judgeAcceptance(read, context),
        deployment: (read) => judgeDeployment(read, context),
        production: (read) => judgeProduction(read, deployment, context),
        pipeline: (read) => judgeTiming(read, context),
    };
    // Each piece in the order the pipeline writes them, its presence first: what a stage upstream
    // said (acceptance is NO) is named before what is missing downstream because of it (no deployment,
    // no production result), so a reader meets the cause first.
    for (const kind of PIPELINE_ORDER) {
        const read = reads[kind];
        if (read.state === 'missing') {
            if (isRequired(kind, policy))
                findings.blocking.push({ file: read.path, field: '(file)', message: `missing: no ${kind} evidence for this SHA (${WRITTEN_BY[kind]} writes it)` });
            continue;
        }
        fault(findings, presenceProblems(sha, read));
        const valid = validFor(sha, read);
        if (valid)
            judges[kind](valid);
    }
    if (reads.promotion)
        judgePromotion(sha, reads.promotion, deployment, context);
    const evidence = decisionEvidenceKinds.map((kind) => evidenceEntry(reads[kind], isRequired(kind, policy)));
    if (reads.promotion)
        evidence.push(evidenceEntry(reads.promotion.read, true));
    const packageDigest = manifest?.value.digest ?? null;
    const { faults } = findings;
    if (findings.blocking.length > 0)
        return { decision: 'NO', status: 'failure', reasons: findings.blocking, faults, evidence, packageDigest };
    if (findings.degradations.length > 0)
        return { decision: 'YES', status: 'partial_success', reasons: findings.degradations, faults, evidence, packageDigest };
    return { decision: 'YES', status: 'success', reasons: [], faults, evidence, packageDigest };
}
function validFor(sha, read) {
    return read.state === 'valid' && read.value.sha === sha ? read : undefined;
}
function presenceProblems(sha, read) {
    // Optional evidence that is present but broken is not trusted either: someone meant it to count.
    if (read.state === 'invalid')
        return cappedReasons(read.path, read.problems);
    if (read.value.sha !== sha)
        return [{ file: read.path, field: 'sha', message: `names ${read.value.sha}, not the release SHA ${sha}` }];
    return [];
}
function evidenceEntry(read, required) {
    return { kind: read.kind, path: read.path, state: read.state, digest: read.state === 'valid' ? read.digest : null, required };
}
function judgeManifest(manifest, context) {
    fault(context.findings, notInFuture(manifest.path, 'createdAt', manifest.value.createdAt, context.policy));
}
function judgeCommitStage(commitStage, context) {
    const { value, path } = commitStage;
    const { findings } = context;
    if (!value.passed) {
        findings.blocking.push({ file: path, field: 'passed', message: `is false: the required check '${value.check.name}' concluded ${value.check.conclusion}` });
    }
    fault(findings, commitStageContradictions(value).map((problem) => ({ file: path, ...problem })));
    fault(findings, notInFuture(path, 'recordedAt', value.recordedAt, context.policy));
}
function judgeAcceptance(acceptance, context) {
    const { value, path } = acceptance;
    const { findings } = context;
    fault(findings, packageProblems(acceptance, context, 'tested'));
    environmentProblems(acceptance, context, 'acceptance');
    if (value.schema === acceptance_result/* ACCEPTANCE_RESULT_SCHEMA_V2 */.VG && value.shard) {
        // A merge writes the whole result without `shard`; a shard's part lists only its own checks.
        fault(findings, [{ file: path, field: 'shard', message: `is ${value.shard.index} of ${value.shard.total}: one shard's partial result (only its own checks) is not the acceptance of the release; merge the shards (acceptance with merge-shards) for the whole result` }]);
    }
    const derived = acceptanceVerdict(value.checks);
    if (value.decision !== 'YES') {
        findings.blocking.push({ file: path, field: 'decision', message: `is ${value.decision}: ${checksNotPassed(value.checks, true, ['fail']) || 'acceptance did not pass'}` });
    }
    else if (derived.decision !== 'YES') {
        fault(findings, [{
                file: path,
                field: 'decision',
                message: `is YES, but its checks say NO (${checksNotPassed(value.checks, true, ['fail']) || 'no check was run'}): the summary contradicts the checks`,
            }]);
    }
    if (value.degraded !== derived.degraded)
        fault(findings, [degradedContradiction(path, value.degraded, checksNotPassed(value.checks, false, ['fail']))]);
    else if (value.degraded)
        findings.degradations.push({ file: path, field: 'degraded', message: `is true: ${checksNotPassed(value.checks, false, ['fail'])}` });
    judgeRunTime(acceptance, context, 'acceptance');
}
function judgeDeployment(deployment, context) {
    const { value, path } = deployment;
    const { findings } = context;
    fault(findings, packageProblems(deployment, context, 'deployed'));
    environmentProblems(deployment, context, 'deploy-gate');
    for (const reason of restsOnAcceptance(deployment, context))
        findings.blocking.push(reason);
    if (value.outcome !== 'deployed') {
        findings.blocking.push({ file: path, field: 'outcome', message: `is ${value.outcome}, not deployed: ${value.reason}` });
        return;
    }
    if (value.deployedAt === undefined) {
        fault(findings, [{ file: path, field: 'deployedAt', message: 'is missing: a deployed record says when the deploy finished' }]);
        return;
    }
    fault(findings, [
        ...ordered(path, ['decidedAt', value.decidedAt], ['deployedAt', value.deployedAt]),
        ...notInFuture(path, 'deployedAt', value.deployedAt, context.policy),
        ...notBeforePackage(path, 'deployedAt', value.deployedAt, context),
    ]);
}
function judgeProduction(production, deployment, context) {
    const { value, path } = production;
    const { findings } = context;
    fault(findings, packageProblems(production, context, 'verified in production'));
    environmentProblems(production, context, 'prod-verify');
    const manifest = context.manifest?.value;
    if (manifest && (0,canonical/* canonicalJson */.dj)(value.deployedRefs) !== (0,canonical/* canonicalJson */.dj)((0,release_package/* componentRefs */.CR)(manifest))) {
        fault(findings, [{ file: path, field: 'deployedRefs', message: `${describeRefs(value.deployedRefs)} are not the components of the release package (${describeRefs((0,release_package/* componentRefs */.CR)(manifest))})` }]);
    }
    const derived = productionVerdict(value.checks);
    if (value.verdict !== 'pass') {
        findings.blocking.push({ file: path, field: 'verdict', message: `is ${value.verdict}: ${checksNotPassed(value.checks, true) || 'production verification did not pass'}` });
    }
    else if (derived.verdict !== 'pass') {
        const why = checksNotPassed(value.checks, true) || (value.checks.length === 0 ? 'it holds no check at all' : 'no check passed');
        fault(findings, [{ file: path, field: 'verdict', message: `is pass, but its checks say fail (${why}): the summary contradicts the checks` }]);
    }
    if (value.degraded !== derived.degraded)
        fault(findings, [degradedContradiction(path, value.degraded, checksNotPassed(value.checks, false))]);
    else if (value.degraded)
        findings.degradations.push({ file: path, field: 'degraded', message: `is true: ${checksNotPassed(value.checks, false)}` });
    judgeRunTime(production, context, 'production verification');
    const deployedAt = deployment?.value.outcome === 'deployed' ? deployment.value.deployedAt : undefined;
    if (deployedAt !== undefined && Date.parse(value.startedAt) < Date.parse(deployedAt) - context.policy.clockSkewMs) {
        fault(findings, [{ file: path, field: 'startedAt', message: `is ${value.startedAt}, before the deploy it verifies finished (deployedAt ${deployedAt} in ${deployment.path})` }]);
    }
}
/**
 * An environment after the first is entered only with a YES for the same package from the one
 * before it, and the deploy there must rest on that YES (it links the decision it was let in on).
 */
function judgePromotion(sha, promotion, deployment, context) {
    const { read, from } = promotion;
    const { findings } = context;
    if (read.state === 'missing') {
        findings.blocking.push({ file: read.path, field: '(file)', message: `missing: no decision for ${from}, so the package never earned its promotion from ${from} (release-decision with environment ${from} writes it)` });
        return;
    }
    if (read.state === 'invalid') {
        fault(findings, cappedReasons(read.path, read.problems));
        return;
    }
    const { value, path } = read;
    // The previous decision is judged again from its own evidence, not trusted as written: one edited
    // to YES, or whose evidence changed since, lets nothing through.
    fault(findings, promotion.unverified ?? []);
    fault(findings, decisionContradictions(value).map((problem) => ({ file: path, ...problem })));
    const named = 'environment' in value ? value.environment : undefined;
    const manifest = context.manifest;
    if (value.sha !== sha)
        fault(findings, [{ file: path, field: 'sha', message: `names ${value.sha}, not the release SHA ${sha}` }]);
    else if (named !== from)
        fault(findings, [{ file: path, field: 'environment', message: `is ${named ?? 'absent (a v1 decision)'}, but this file stands for ${from}` }]);
    else if (value.decision !== 'YES') {
        const why = value.reasons[0];
        // The reason's file as it stands inside the evidence folder: the same wherever the folder is read from.
        const file = why?.file?.match(/(?:environments\/[^/]+\/)?[a-z-]+\/[0-9a-f]{40}\/[a-z]+\.json$/)?.[0] ?? why?.file;
        findings.blocking.push({ file: path, field: 'decision', message: `is ${value.decision} for ${from}: the package is not promoted past ${from}${why ? ` (${[file, why.field, why.message].filter(Boolean).join(': ')})` : ''}` });
    }
    else if (manifest && value.packageDigest !== manifest.value.digest) {
        fault(findings, [{ file: path, field: 'packageDigest', message: `is ${value.packageDigest}, but ${manifest.path} has ${manifest.value.digest}: ${from} said YES for a different package` }]);
    }
    deployment?.value.evidence.forEach((link, index) => {
        if (link.kind === 'release' && link.digest !== read.digest) {
            findings.blocking.push({ file: deployment.path, field: `evidence[${index}].digest`, message: `links the ${from} decision ${link.digest}, but ${path} is ${read.digest}: ${from} was decided again after this deploy, so the deploy does not rest on it; deploy again` });
        }
    });
}
function judgeTiming(timing, context) {
    timing.value.stages.forEach((stage, index) => {
        fault(context.findings, [
            ...ordered(timing.path, [`stages[${index}].startedAt`, stage.startedAt], [`stages[${index}].finishedAt`, stage.finishedAt]),
            ...notInFuture(timing.path, `stages[${index}].finishedAt`, stage.finishedAt, context.policy),
        ]);
    });
}
function degradedContradiction(path, recorded, optionalNotPassed) {
    return {
        file: path,
        field: 'degraded',
        message: recorded
            ? 'is true, but every optional check passed: the summary contradicts the checks'
            : `is false, but ${optionalNotPassed}: the summary contradicts the checks`,
    };
}
/**
 * Evidence that names an environment must name the one decided for: a result copied from staging
 * proves nothing about production. In `environments:` a version that names none (v1, or v2 with
 * environment null) cannot say which environment it is for, so it proves none of them; the single
 * flow's own stages write such versions, so there they count. The single flow's environment is the
 * one its deployment is of (deploy-gate's environment input, production unless renamed): its
 * production result must be of the same one, and its acceptance, which the single flow runs for
 * no environment, of none.
 */
function environmentProblems(read, context, writer) {
    const { value, path } = read;
    const decidedFor = context.reads.environment;
    const named = 'environment' in value ? value.environment : undefined;
    if (decidedFor === undefined) {
        const expected = read.kind === 'acceptance' ? undefined : singleFlowEnvironment(context.reads);
        if (typeof named === 'string' && named !== expected) {
            const why = expected === undefined ? 'an acceptance result of an environments: entry, not of the single flow' : `but the single flow's deployment is of ${expected}: evidence of another environment proves nothing about this one`;
            fault(context.findings, [{ file: path, field: 'environment', message: `is ${named}, ${why}` }]);
        }
        return;
    }
    if (typeof named === 'string') {
        if (named !== decidedFor) {
            fault(context.findings, [{ file: path, field: 'environment', message: `is ${named}, but this decision is for ${decidedFor}: evidence of another environment proves nothing about this one` }]);
        }
    }
    else {
        context.findings.blocking.push({
            file: path,
            field: 'environment',
            message: `is ${named === null ? 'null' : 'absent'} (${value.schema}), so the file does not say which environment it is for and proves nothing about ${decidedFor}; run ${writer} for ${decidedFor} again`,
        });
    }
}
/** The environment the single flow deployed to: the deployment record's, else the production result's, else production. */
function singleFlowEnvironment(reads) {
    for (const kind of ['deployment', 'production']) {
        const read = reads[kind];
        if (read?.state === 'valid' && 'environment' in read.value && typeof read.value.environment === 'string')
            return read.value.environment;
    }
    return SINGLE_FLOW_ENVIRONMENT;
}
/** The package a later contract names, and the manifest it links to, must be the release package. */
function packageProblems(read, context, what) {
    const manifest = context.manifest;
    if (!manifest)
        return [];
    const problems = [];
    if (read.value.packageDigest !== manifest.value.digest) {
        problems.push({
            file: read.path,
            field: 'packageDigest',
            message: `is ${read.value.packageDigest}, but ${manifest.path} has ${manifest.value.digest}: a different package was ${what}`,
        });
    }
    read.value.evidence.forEach((link, index) => {
        const linked = link.kind === 'release-package' ? manifest : link.kind === 'commit-stage' ? context.reads['commit-stage'] : undefined;
        if (!linked || linked.state === 'missing')
            return;
        // A link to the manifest may carry the package digest it seals itself with, or the digest of the file.
        const accepted = linked.state === 'valid' ? [linked.digest, ...(link.kind === 'release-package' ? [manifest.value.digest] : [])] : [];
        if (!accepted.includes(link.digest)) {
            problems.push({
                file: read.path,
                field: `evidence[${index}].digest`,
                message: `links ${link.kind} ${link.digest}, but ${linked.path} is ${linked.state === 'valid' ? linked.digest : 'invalid'}: this was taken on other ${link.kind} evidence`,
            });
        }
    });
    return problems;
}
/**
 * The acceptance result a deploy was decided on must be the one there. One that differs is not
 * tampering (acceptance ran again after the deploy, or a later run said NO), so it is a NO but not a
 * fault: the evidence holds together, the deploy just does not rest on this acceptance.
 */
function restsOnAcceptance(deployment, context) {
    const acceptance = context.reads.acceptance;
    if (acceptance.state !== 'valid')
        return [];
    return deployment.value.evidence.flatMap((link, index) => link.kind === 'acceptance' && link.digest !== acceptance.digest
        ? [{
                file: deployment.path,
                field: `evidence[${index}].digest`,
                message: `links acceptance ${link.digest}, but ${acceptance.path} is ${acceptance.digest}: acceptance ran again after this deploy, so the deploy does not rest on it; deploy again`,
            }]
        : []);
}
/** A run (acceptance, prod-verify) must end after it starts, after the package was built, not in the future, and recently enough. */
function judgeRunTime(read, context, what) {
    const { path, value } = read;
    fault(context.findings, [
        ...ordered(path, ['startedAt', value.startedAt], ['finishedAt', value.finishedAt]),
        ...notBeforePackage(path, 'startedAt', value.startedAt, context),
        ...notInFuture(path, 'finishedAt', value.finishedAt, context.policy),
    ]);
    const maxAge = context.policy.maxEvidenceAgeMs;
    const age = context.policy.now.getTime() - Date.parse(value.finishedAt);
    if (maxAge !== null && age > maxAge) {
        context.findings.blocking.push({
            file: path,
            field: 'finishedAt',
            message: `is ${value.finishedAt}, ${formatAge(age)} before ${context.policy.now.toISOString()}: ${what} evidence older than ${formatAge(maxAge)} (max-evidence-age) is stale; run it again`,
        });
    }
}
function notInFuture(file, field, time, policy) {
    if (Date.parse(time) <= policy.now.getTime() + policy.clockSkewMs)
        return [];
    return [{ file, field, message: `is ${time}, after ${policy.now.toISOString()} (the time of the judgement) by more than the ${formatAge(policy.clockSkewMs)} clock skew allowed: evidence from the future` }];
}
function notBeforePackage(file, field, time, context) {
    const manifest = context.manifest;
    if (!manifest || Date.parse(time) >= Date.parse(manifest.value.createdAt) - context.policy.clockSkewMs)
        return [];
    return [{ file, field, message: `is ${time}, before the release package was built (createdAt ${manifest.value.createdAt} in ${manifest.path}): it cannot be about this package` }];
}
function ordered(file, [startField, start], [endField, end]) {
    if (Date.parse(end) >= Date.parse(start))
        return [];
    return [{ file, field: endField, message: `is ${end}, before ${startField} ${start}: it ended before it started` }];
}
function describeRefs(refs) {
    const names = Object.keys(refs);
    return names.length === 0 ? 'no components' : names.map((name) => `${name}=${refs[name]}`).join(', ');
}
/** 7 d, 36 h, 5 min, 42 s: the largest unit that divides evenly, else hours. */
function formatAge(ms) {
    const units = [[86_400_000, 'd'], [3_600_000, 'h'], [60_000, 'min'], [1000, 's']];
    for (const [size, unit] of units)
        if (ms >= size && ms % size === 0)
            return `${ms / size} ${unit}`;
    if (ms >= 3_600_000)
        return `${(ms / 3_600_000).toFixed(1)} h`;
    return `${Math.round(ms / 1000)} s`;
}

// EXTERNAL MODULE: ./build/stages/timing.js
var timing = __webpack_require__(8810);
;// CONCATENATED MODULE: ./build/stages/verify.js
// verify: re-validates every contract recorded for a SHA and every link between them, so that
// evidence changed after the fact, or a decision that no longer follows from it, shows; and says
// whether the release is complete (a manifest and a decision), which is a failure unless partial.






// Named when the chain is incomplete, so that the reader knows which step has not run.
const COMPLETES_THE_CHAIN = [
    ['release-package', 'build-once'],
    ['release', 'release-decision'],
];
async function verifyEvidence(root, sha, options = {}) {
    return verifyChain(root, sha, options, []);
}
/**
 * What is wrong with the decision of environment `from`, checked as `shipgate verify --environment
 * from` checks it (its evidence, its digests, the decision following from them, and so on back to
 * the first environment): the next environment rests on that decision, so it is not taken as
 * written. Empty when it holds. At most MAX_REASONS_PER_FILE reasons, the rest counted.
 */
async function previousDecisionProblems(root, sha, from, options = {}, checking = []) {
    const path = scopedStore(root, { environment: from }).pathOf('release', sha);
    if (checking.includes(from)) {
        return [{ file: path, field: 'promotedFrom', message: `leads back to ${from} (${[...checking, from].join(' → ')}): promotion cannot go round in a circle` }];
    }
    const report = await verifyChain(root, sha, { environment: from, promotionCheck: true, ...(options.maxEvidenceAgeMs !== undefined ? { maxEvidenceAgeMs: options.maxEvidenceAgeMs } : {}) }, checking);
    const reasons = report.failures
        .slice(0, MAX_REASONS_PER_FILE)
        .map((failure) => ({ file: failure.file, field: failure.field, message: `${failure.message} (so the ${from} decision ${path} does not hold)` }));
    if (report.failures.length > MAX_REASONS_PER_FILE)
        reasons.push({ file: path, field: '(file)', message: `and ${report.failures.length - MAX_REASONS_PER_FILE} more problems with the ${from} decision` });
    return reasons;
}
async function verifyChain(root, sha, options, checking) {
    // A release decided in environments: is checked on the evidence of the environment it decides for.
    const releaseRead = options.environment === undefined ? await root.read('release', sha) : undefined;
    const environment = options.environment ?? (releaseRead?.state === 'valid' && 'environment' in releaseRead.value ? releaseRead.value.environment : undefined);
    const store = scopedStore(root, { environment });
    const reads = Object.fromEntries(await Promise.all(contracts/* contractKinds */.Ym.map(async (kind) => [kind, await store.read(kind, sha)])));
    if (environment !== undefined)
        reads.environment = environment;
    const decisionRead = reads.release;
    const promotedFrom = decisionRead.state === 'valid' && 'promotedFrom' in decisionRead.value ? decisionRead.value.promotedFrom : null;
    if (promotedFrom) {
        const read = await scopedStore(root, { environment: promotedFrom }).read('release', sha);
        const unverified = read.state === 'valid' ? await previousDecisionProblems(root, sha, promotedFrom, options, [...checking, environment ?? '']) : [];
        reads.promotion = { from: promotedFrom, read, unverified };
    }
    const checked = contracts/* contractKinds */.Ym.map((kind) => {
        const read = reads[kind];
        return { kind, path: read.path, state: read.state, digest: read.state === 'valid' ? read.digest : null };
    });
    const complete = COMPLETES_THE_CHAIN.every(([kind]) => reads[kind].state !== 'missing');
    const failures = [];
    // A loop, not push(...): a file may hold more problems than a call takes arguments.
    const add = (more) => {
        for (const failure of more)
            failures.push(failure);
    };
    if (checked.every((contract) => contract.state === 'missing')) {
        failures.push({ file: store.location, field: '(sha)', message: `no evidence at all for ${sha}` });
        return { sha, ok: false, complete, failures, checked };
    }
    if (!options.partial && !options.promotionCheck) {
        for (const [kind, writer] of COMPLETES_THE_CHAIN) {
            if (reads[kind].state !== 'missing')
                continue;
            failures.push({
                file: reads[kind].path,
                field: '(file)',
                message: `missing: no ${contracts/* contracts */.Mh[kind].title.toLowerCase()} (${writer} writes it), so the release is not complete; give --partial to check a release still in progress`,
            });
        }
    }
    // The release's decision, when it names an environment, is that environment's: the same file.
    if (releaseRead?.state === 'valid' && environment !== undefined)
        add(releaseDecisionFailures(releaseRead, reads.release, options));
    for (const kind of contracts/* contractKinds */.Ym) {
        const read = reads[kind];
        if (read.state === 'invalid') {
            add(cappedFailures(read.path, read.problems));
        }
        else if (read.state === 'valid' && read.value.sha !== sha) {
            failures.push({ file: read.path, field: 'sha', message: `names ${read.value.sha}, not ${sha}` });
        }
    }
    add(packageFailures(reads));
    const decision = reads.release;
    if (decision.state === 'valid') {
        add(decisionFailures(sha, decision.path, decision.value, reads, options));
    }
    else {
        // No decision to hold the chain to: what there is must still hold together, now.
        const policy = judgePolicy(options.now ?? new Date(), { maxEvidenceAgeMs: null, requireDeployment: false });
        add(judgeReleaseEvidence(sha, reads, policy).faults.map(asFailure));
    }
    const unique = [...new Map(failures.map((failure) => [`${failure.file}\n${failure.field}\n${failure.message}`, failure])).values()];
    return { sha, ok: unique.length === 0, complete, failures: unique, checked };
}
/** At most MAX_REASONS_PER_FILE of one file's problems, the rest counted. */
function cappedFailures(file, problems) {
    const shown = problems.slice(0, MAX_REASONS_PER_FILE).map((problem) => ({ file, field: problem.field, message: problem.message }));
    if (problems.length > MAX_REASONS_PER_FILE)
        shown.push({ file, field: '(file)', message: `and ${problems.length - MAX_REASONS_PER_FILE} more problems in this file` });
    return shown;
}
/**
 * release/<sha>/decision.json, when it names an environment, must be that environment's own
 * decision, byte for byte, so that everything verify checks of the one holds of the other; and,
 * when shipgate.yml says which environment is last, that one's.
 */
function releaseDecisionFailures(release, own, options) {
    const named = 'environment' in release.value ? release.value.environment : undefined;
    if (named === undefined)
        return [];
    const failures = [];
    if (options.finalEnvironment !== undefined && named !== options.finalEnvironment) {
        failures.push({ file: release.path, field: 'environment', message: `is ${named}, but the release is decided by ${options.finalEnvironment}, the last of environments:; only its decision is the release's` });
    }
    if (own.state !== 'valid' || own.digest !== release.digest) {
        failures.push({
            file: release.path,
            field: '(file)',
            message: `is ${release.digest}, but ${named}'s own decision ${own.path} is ${own.state === 'valid' ? own.digest : own.state}: the release's decision must be the same file as the decision of the environment it names`,
        });
    }
    return failures;
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
function decisionFailures(sha, path, decision, readsNow, options) {
    const failures = [];
    // For a promotion, evidence the decision had that is not here at all is in another run's artifacts.
    const elsewhere = (entry, read) => options.promotionCheck === true && entry.state === 'valid' && read.state === 'missing';
    // The timing is shared: the stages after this decision (a later environment's) append to it. The
    // decision is held to the file as it was then, which must still be there, unchanged.
    const timingEntry = decision.evidence.find((entry) => entry.kind === 'pipeline');
    let timingThen = timingEntry ? (0,timing/* timingAsDecided */.xO)(readsNow.pipeline, timingEntry, decision.decidedAt, CLOCK_SKEW_MS) : undefined;
    // Checked for a promotion, the timing has moved on by design: this very run's stages (deploy-gate,
    // the next decision) append to it first, and a decision taken again replaces its run's close,
    // which no cut of the file gives back. The decision is then judged on the stages finished by it.
    const timingMoved = options.promotionCheck === true && timingThen === undefined && timingEntry?.state === 'valid' && readsNow.pipeline.state === 'valid';
    if (timingMoved && readsNow.pipeline.state === 'valid')
        timingThen = (0,timing/* timingFinishedBy */.cD)(readsNow.pipeline, decision.decidedAt, CLOCK_SKEW_MS);
    const reads = timingThen ? { ...readsNow, pipeline: timingThen } : readsNow;
    decision.evidence.forEach((entry, index) => {
        if (!contracts/* contractKinds */.Ym.includes(entry.kind)) {
            failures.push({ file: path, field: `evidence[${index}].kind`, message: `'${entry.kind}' is not a contract kind` });
            return;
        }
        if (timingMoved && entry.kind === 'pipeline')
            return;
        // The previous environment's decision, which let the package in, is the one `release` link.
        const current = entry.kind === 'release' && reads.promotion ? reads.promotion.read : reads[entry.kind];
        if (elsewhere(entry, current))
            return;
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
    if (decision.evidence.some((entry) => contracts/* contractKinds */.Ym.includes(entry.kind) && elsewhere(entry, reads[entry.kind])))
        return failures;
    const required = (kind) => decision.evidence.some((entry) => entry.kind === kind && entry.required);
    const policy = judgePolicy(new Date(decision.decidedAt), { requireDeployment: required('deployment'), requireAcceptance: required('acceptance'), requireProduction: required('production'), ...(options.maxEvidenceAgeMs !== undefined ? { maxEvidenceAgeMs: options.maxEvidenceAgeMs } : {}) });
    const judgement = judgeReleaseEvidence(sha, reads, policy);
    for (const reason of judgement.faults)
        failures.push(asFailure(reason));
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
    return (0,canonical/* canonicalJson */.dj)(relative(decision.reasons, folderThen)) === (0,canonical/* canonicalJson */.dj)(relative(now, folderNow));
}
function describeReasons(reasons) {
    if (reasons.length === 0)
        return 'none';
    return reasons.map(release_decision/* formatReason */.K9).join('; ');
}

;// CONCATENATED MODULE: ./build/stages/release-history.js

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
        if (!(await verifyEvidence(store, sha)).ok)
            continue;
        candidates.push({ sha, manifest: manifest.value, decidedAt: decision.value.decidedAt });
    }
    candidates.sort((a, b) => Date.parse(b.decidedAt) - Date.parse(a.decidedAt));
    return candidates[0];
}

;// CONCATENATED MODULE: ./build/stages/release-images.js
// Image refs from the build: what `docker buildx build --metadata-file` recorded (the pushed digest
// and the refs it was tagged with), and the release manifest's images pinned by it. A tag ref is
// pinned only by metadata that lists that exact ref; a tag nothing pins is an error, never kept.





async function readBuildxMetadata(workspace, metadataFile, where, configPath) {
    const path = resolveInside(workspace, metadataFile, where);
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
        const deployed = await deployedRelease(environment, { ...ports.deployed, logger: ports.logger });
        if (deployed) {
            return { sha: deployed.deployment.sha, manifest: deployed.manifest, from: `which runs in ${environment} (GitHub deployment ${deployed.deployment.id}, package from run ${deployed.deployment.payload.packageRunId})` };
        }
        ports.logger.info(`Runtime did not change for ${input.sha}, but nothing runs in ${environment} yet (no deploy-gate deployment of it has a success status): building the runtime, as for a first release.`);
        return undefined;
    }
    const newest = await newestYesRelease(ports.store, { excludeSha: input.sha });
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
        const absolute = resolveInside(input.workspace, file.path, `${input.configPath}: build.files '${file.name}'`);
        const digest = await fileDigest(absolute);
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

/***/ 8810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cD: () => (/* binding */ timingFinishedBy),
/* harmony export */   pipelineRunOf: () => (/* binding */ pipelineRunOf),
/* harmony export */   recordStageTiming: () => (/* binding */ recordStageTiming),
/* harmony export */   xO: () => (/* binding */ timingAsDecided)
/* harmony export */ });
/* unused harmony exports UNNUMBERED_LOCAL_RUN_ID, localRunId, nextLocalRunNumber, sameRun, runLabel, resolveRun, stageTiming, emptyTiming, upgradeTiming, loadTiming, TIMING_LOCK_WAIT, closeRun, runsOf, latestRun, runAt */
/* harmony import */ var _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7891);
/* harmony import */ var _contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1854);
// Pipeline timing: each stage appends its run to `.artifacts/pipeline/<sha>/timing.json`, naming the
// pipeline run it is part of, so that the runs of one SHA stay apart; readers take them run by run.


/**
 * The run id of a local stage that no `shipgate pipeline` numbered (`shipgate run <action>`): it
 * joins the latest local run of the SHA, or starts local-1 when there is none.
 */
const UNNUMBERED_LOCAL_RUN_ID = 'local';
/** The pipeline run a stage is part of: GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT, or the local run. */
function pipelineRunOf(environment) {
    const attempt = Number(environment.runAttempt);
    return { id: environment.runId || UNNUMBERED_LOCAL_RUN_ID, attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1 };
}
/** local-<n> for the nth local pipeline run of a SHA. */
function localRunId(number) {
    return `local-${number}`;
}
function localRunNumber(run) {
    const match = /^local-([1-9][0-9]*)$/.exec(run.id);
    return match ? Number(match[1]) : undefined;
}
/** The number the next `shipgate pipeline` run of the SHA takes: one more than the highest local run recorded. */
function nextLocalRunNumber(timing) {
    return 1 + Math.max(0, ...runsOf(timing).map((run) => localRunNumber(run.run) ?? 0));
}
function sameRun(a, b) {
    return a.id === b.id && a.attempt === b.attempt;
}
/** The run as a person names it: "local run 2", "run 4242 attempt 2", "legacy run". */
function runLabel(run) {
    const local = localRunNumber(run);
    if (local !== undefined)
        return `local run ${local}`;
    if (run.id === LEGACY_RUN_ID)
        return 'legacy run (recorded before runs were told apart)';
    return `run ${run.id}${run.attempt > 1 ? ` attempt ${run.attempt}` : ''}`;
}
/** An unnumbered local run joins the latest local run recorded (local-1 when there is none); any other run is itself. */
function resolveRun(timing, run) {
    if (run.id !== UNNUMBERED_LOCAL_RUN_ID)
        return run;
    const numbers = runsOf(timing).map((recorded) => localRunNumber(recorded.run) ?? 0);
    return { id: localRunId(Math.max(1, ...numbers)), attempt: 1 };
}
function stageTiming(run) {
    return {
        stage: run.stage,
        startedAt: run.startedAt.toISOString(),
        finishedAt: run.finishedAt.toISOString(),
        durationMs: Math.max(0, run.finishedAt.getTime() - run.startedAt.getTime()),
        outcome: run.outcome,
    };
}
function emptyTiming(sha) {
    return { schema: _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk, sha, stages: [], closes: [] };
}
/** The timing in the version written now: a v1 file's stages and close belong to the legacy run. */
function upgradeTiming(timing) {
    if (timing.schema === _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk)
        return timing;
    const run = { id: _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .LEGACY_RUN_ID */ .aQ, attempt: 1 };
    return {
        schema: _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk,
        sha: timing.sha,
        stages: timing.stages.map((stage) => ({ ...stage, run })),
        closes: timing.closed ? [{ ...timing.closed, run }] : [],
    };
}
/** The timing so far (upgraded to v2), or a fresh one; invalid timing is an error naming the file and field. */
async function loadTiming(store, sha) {
    const read = await store.read('pipeline', sha);
    if (read.state === 'missing')
        return emptyTiming(sha);
    // The store's checks (and every contract's schema) load only here, so that the summaries' run helpers above stay light.
    const { requireValid } = await Promise.all(/* import() */[__webpack_require__.e(130), __webpack_require__.e(549)]).then(__webpack_require__.bind(__webpack_require__, 1549));
    return upgradeTiming(requireValid(read).value);
}
/** How long a stage waits for the others to append theirs; each holds the lock for one read and one write. */
const TIMING_LOCK_WAIT = { limitMs: 2 * 60 * 1000 };
/** Appends one stage's run. Concurrent stages take turns, so that none of their runs is lost. */
async function recordStageTiming(store, sha, run) {
    await store.exclusively('pipeline', sha, TIMING_LOCK_WAIT, async () => {
        const timing = await loadTiming(store, sha);
        await store.write('pipeline', sha, { ...timing, stages: [...timing.stages, { ...stageTiming(run), run: resolveRun(timing, run.run) }] });
    });
}
/**
 * Appends the deciding stage and closes its run: the total from that run's first start, the lead
 * time from the commit. A run decided again (a rerun of release-decision alone) replaces its close.
 */
function closeRun(timing, close) {
    const current = upgradeTiming(timing);
    const run = resolveRun(current, close.stage.run);
    const stages = [...current.stages, { ...stageTiming(close.stage), run }];
    // A loop, not Math.min(...): a timing may hold more stages than a call takes arguments.
    const firstStart = stages.filter((stage) => sameRun(stage.run, run)).reduce((earliest, stage) => Math.min(earliest, Date.parse(stage.startedAt)), Infinity);
    const closedAtMs = close.closedAt.getTime();
    const closed = {
        run,
        closedAt: close.closedAt.toISOString(),
        totalMs: Math.max(0, closedAtMs - firstStart),
        commitTime: close.commitTime?.toISOString() ?? null,
        leadTimeMs: close.commitTime ? closedAtMs - close.commitTime.getTime() : null,
    };
    return { ...current, stages, closes: [...current.closes.filter((recorded) => !sameRun(recorded.run, run)), closed] };
}
/** The runs of a timing (v1 or v2), in the order they first appended a stage. */
function runsOf(timing) {
    const current = upgradeTiming(timing);
    const runs = [];
    const ofRun = (run) => {
        let found = runs.find((entry) => sameRun(entry.run, run));
        if (!found) {
            found = { run, stages: [], closed: null, startedAt: '', finishedAt: '' };
            runs.push(found);
        }
        return found;
    };
    for (const stage of current.stages)
        ofRun(stage.run).stages.push(stage);
    for (const close of current.closes)
        ofRun(close.run).closed = close;
    for (const entry of runs) {
        const starts = entry.stages.map((stage) => Date.parse(stage.startedAt));
        const ends = [...entry.stages.map((stage) => Date.parse(stage.finishedAt)), ...(entry.closed ? [Date.parse(entry.closed.closedAt)] : [])];
        entry.startedAt = new Date((starts.length > 0 ? starts : ends).reduce((earliest, start) => Math.min(earliest, start), Infinity)).toISOString();
        entry.finishedAt = new Date(ends.reduce((latest, end) => Math.max(latest, end), -Infinity)).toISOString();
    }
    return runs;
}
/** The run that appended last (after a close, the run just decided); undefined for an empty timing. */
function latestRun(timing) {
    const current = upgradeTiming(timing);
    const last = current.stages.at(-1)?.run ?? current.closes.at(-1)?.run;
    return last ? runsOf(current).find((entry) => sameRun(entry.run, last)) : undefined;
}
/**
 * The run a moment belongs to: the run that had started last by then (evidence written between two
 * runs belongs to the earlier one, e.g. a stage run on its own); undefined before the first run.
 */
function runAt(runs, at) {
    const time = typeof at === 'string' ? Date.parse(at) : at.getTime();
    if (Number.isNaN(time))
        return undefined;
    const started = runs.filter((entry) => Date.parse(entry.startedAt) <= time);
    return started.reduce((latest, entry) => (!latest || Date.parse(entry.startedAt) >= Date.parse(latest.startedAt) ? entry : latest), undefined);
}
/** How many earlier states of a timing timingAsDecided tries before it gives up (a bound on the work for a huge file). */
const TIMING_STATES_TRIED = 1024;
/**
 * The timing as a decision read it, when the file has only grown since: the timing is shared by
 * every stage of the SHA, so the stages of later environments append to it after an earlier
 * environment's decision. That is the file as it is now cut back to the stages and closes it had
 * then, found by the digest the decision recorded; undefined when no such state gives that digest
 * (the recorded stages or closes were changed, not appended to). A decision taken without a timing
 * file gives the missing read.
 */
function timingAsDecided(read, recorded, decidedAt, clockSkewMs) {
    if (read.state !== 'valid')
        return undefined;
    if (recorded.state === 'missing')
        return { state: 'missing', kind: 'pipeline', path: read.path };
    if (recorded.state !== 'valid' || recorded.digest === read.digest)
        return undefined;
    const timing = read.value;
    // What was there at the decision had finished by then: only the cuts before the first later entry are tried.
    const latest = Date.parse(decidedAt) + clockSkewMs;
    const before = (times) => {
        const later = times.findIndex((time) => Date.parse(time) > latest);
        return later < 0 ? times.length : later;
    };
    const maxStages = before(timing.stages.map((stage) => stage.finishedAt));
    const maxCloses = timing.schema === _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk ? before(timing.closes.map((close) => close.closedAt)) : timing.closed && Date.parse(timing.closed.closedAt) <= latest ? 1 : 0;
    let tried = 0;
    for (let stages = maxStages; stages >= 0; stages--) {
        for (let closes = maxCloses; closes >= 0; closes--) {
            if (++tried > TIMING_STATES_TRIED)
                return undefined;
            const then = timing.schema === _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk
                ? { ...timing, stages: timing.stages.slice(0, stages), closes: timing.closes.slice(0, closes) }
                : { ...timing, stages: timing.stages.slice(0, stages), closed: closes > 0 ? timing.closed : null };
            const digest = (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .digestOf */ .ol)(then);
            if (digest === recorded.digest)
                return { state: 'valid', kind: 'pipeline', path: read.path, value: then, digest };
        }
    }
    return undefined;
}
/**
 * The timing as far as it had got by a decision: the stages and closes finished by then (with the
 * clock skew allowed), in their order. For checking a previous environment's decision while this
 * run appends to the timing, where the file it recorded cannot be had again (a close replaced).
 */
function timingFinishedBy(read, decidedAt, clockSkewMs) {
    const latest = Date.parse(decidedAt) + clockSkewMs;
    const by = (time) => Date.parse(time) <= latest;
    const timing = read.value;
    const then = timing.schema === _contracts_pipeline_timing_js__WEBPACK_IMPORTED_MODULE_0__/* .PIPELINE_TIMING_SCHEMA_V2 */ .Jk
        ? { ...timing, stages: timing.stages.filter((stage) => by(stage.finishedAt)), closes: timing.closes.filter((close) => by(close.closedAt)) }
        : { ...timing, stages: timing.stages.filter((stage) => by(stage.finishedAt)), closed: timing.closed && by(timing.closed.closedAt) ? timing.closed : null };
    return { state: 'valid', kind: 'pipeline', path: read.path, value: then, digest: (0,_contracts_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .digestOf */ .ol)(then) };
}


/***/ })

};
