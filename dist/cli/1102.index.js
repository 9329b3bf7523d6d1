export const id = 1102;
export const ids = [1102];
export const modules = {

/***/ 1102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _$: () => (/* binding */ isCommitSha),
/* harmony export */   readReleaseManifest: () => (/* binding */ readReleaseManifest),
/* harmony export */   vG: () => (/* binding */ releaseManifestError)
/* harmony export */ });
/* unused harmony exports tagNameProblem, releaseManifestSchema, releaseManifestFile */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88532);
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36291);
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35562);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11919);
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


/***/ }),

/***/ 11919:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   j$: () => (/* binding */ CONFIG_SIZE_LIMIT),
/* harmony export */   kv: () => (/* binding */ readYamlFile)
/* harmony export */ });
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
/* harmony import */ var _evidence_encodable_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21130);
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35562);
/* harmony import */ var _cli_suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4327);





/** A config file is read as text up to this size; anything bigger is not a config. */
const CONFIG_SIZE_LIMIT = 16 * 1024 * 1024;
async function readYamlFile(path, schema, what) {
    // Never blocks: a FIFO or a device in place of the file is refused, not waited on.
    const read = await (0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFile */ .XF)(path, CONFIG_SIZE_LIMIT, `a ${what}`, true);
    if (read.state !== 'read') {
        const reason = read.state === 'missing' ? 'file not found' : read.reason;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}: ${reason}; check the ${what} path`, { file: path });
    }
    return parseYaml(read.bytes.toString('utf8'), path, schema, what);
}
async function parseYaml(text, path, schema, what) {
    const { LineCounter, parseDocument } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: true });
    if (document.errors.length > 0) {
        const first = document.errors[0];
        const line = first.linePos?.[0]?.line;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}${line ? `:${line}` : ''}: not valid YAML: ${first.message.split('\n')[0]}`, { file: path, line });
    }
    let json;
    try {
        json = document.toJS();
    }
    catch (error) {
        // The yaml package refuses an alias bomb ("billion laughs") here, with a ReferenceError.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}: not valid YAML: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`, { file: path });
    }
    // Refused here, with the field named, rather than where a contract made from it is digested.
    const unencodable = (0,_evidence_encodable_json_js__WEBPACK_IMPORTED_MODULE_2__/* .unencodableJsonProblems */ .z)(json);
    if (unencodable.length > 0) {
        const messages = unencodable.map((problem) => `${problem.field}: ${problem.message}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}: invalid ${what}: ${messages.join('; ')}`, { file: path });
    }
    // zod's issue for an unknown key does not say which keys the map takes; its error map sees the
    // schema that refused it, so the allowed keys are noted there for the "did you mean".
    const allowedKeys = new Map();
    const parsed = schema.safeParse(json ?? {}, {
        error: (issue) => {
            if (issue.code === 'unrecognized_keys') {
                const shape = issue.inst?._zod?.def?.shape;
                allowedKeys.set(JSON.stringify(issue.path ?? []), Object.keys(shape ?? {}));
            }
            return undefined;
        },
    });
    if (parsed.success)
        return parsed.data;
    const lineOf = (where) => lineOfField(document, where, (offset) => lineCounter.linePos(offset).line);
    // One problem per unknown key, each on its own line: a misspelt key is found on its own line, not
    // on the first line of the map that holds it. A required key it was meant to be is then not also
    // reported as missing: the misspelling is the one thing to fix.
    const meant = new Set();
    const unknownKeys = parsed.error.issues.flatMap((issue) => {
        if (issue.code !== 'unrecognized_keys')
            return [];
        const allowed = allowedKeys.get(JSON.stringify(issue.path)) ?? [];
        return issue.keys.map((key) => {
            const where = [...issue.path, key];
            const closest = (0,_cli_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .closestName */ .Nf)(key, allowed);
            if (closest !== undefined)
                meant.add(JSON.stringify([...issue.path, closest]));
            const hint = closest !== undefined ? ` (did you mean '${closest}'?)` : allowed.length > 0 ? ` (the keys here are ${allowed.join(', ')})` : '';
            return { field: (0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .cn)(where), message: `unknown key${hint}`, line: lineOf(where) };
        });
    });
    const others = parsed.error.issues
        .filter((issue) => issue.code !== 'unrecognized_keys' && !(issue.code === 'invalid_type' && issue.input === undefined && meant.has(JSON.stringify(issue.path))))
        .map((issue) => ({ field: (0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .cn)(issue.path), message: issue.message, line: lineOf(issue.path) }));
    // The file is read top to bottom, so the first problem in it is where the reader goes first.
    const problems = [...unknownKeys, ...others].sort((left, right) => (left.line ?? Number.MAX_SAFE_INTEGER) - (right.line ?? Number.MAX_SAFE_INTEGER));
    const line = problems[0]?.line;
    const messages = problems.map((problem) => `${problem.field}: ${problem.message}${problems.length > 1 && problem.line && problem.line !== line ? ` (line ${problem.line})` : ''}`);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}${line ? `:${line}` : ''}: invalid ${what}: ${messages.join('; ')}`, { file: path, line });
}
/**
 * The line a field is on: a map entry's key line (the value of `deploy:` starts on the next line
 * when it is a block), an item's own line in a list; the nearest enclosing field's when the field
 * itself is absent (a required key that is missing).
 */
function lineOfField(document, path, lineAt) {
    for (let depth = path.length; depth >= 0; depth--) {
        const parent = (depth === 0 ? undefined : document.getIn(path.slice(0, depth - 1), true));
        const last = path[depth - 1];
        const pair = typeof last === 'string' ? parent?.items?.find((item) => item.key?.value === last) : undefined;
        const keyRange = pair?.key?.range;
        if (keyRange)
            return lineAt(keyRange[0]);
        const node = (depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true));
        if (node?.range)
            return lineAt(node.range[0]);
    }
    return undefined;
}


/***/ }),

/***/ 35562:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ readEvidenceFile),
/* harmony export */   Vf: () => (/* binding */ readUserTextFile),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   wU: () => (/* binding */ describeFileType)
/* harmony export */ });
/* unused harmony exports EVIDENCE_SIZE_LIMIT, realPathOfOpenFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
// The one way evidence is read from disk: a regular file inside the artifacts folder, no bigger
// than a limit, in UTF-8. Anything else (a FIFO that would block the reader forever, a device, a
// folder, a symlink leading out of the folder) is a problem with the file, never a hang or a throw.




/** No contract comes near this; a file this big is not evidence, and reading it would only cost memory. */
const EVIDENCE_SIZE_LIMIT = 16 * 1024 * 1024;
/** What a file that is not a regular file is, in words. */
function describeFileType(stats) {
    if (stats.isFile())
        return 'a file';
    if (stats.isFIFO())
        return 'a FIFO';
    if (stats.isDirectory())
        return 'a folder';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    if (stats.isSymbolicLink())
        return 'a symbolic link';
    return 'of an unknown type';
}
function refused(message) {
    return { state: 'refused', problem: { field: '(file)', message } };
}
function errnoOf(error) {
    return error?.code;
}
/**
 * Reads `path`, which lies under `root` (the artifacts folder). Missing when the file (or its
 * `<kind>` or `<sha>` folder, or the root) does not exist. Throws only a ConfigurationError, and
 * only when the root itself exists but is not a folder: that is a wrong `--artifacts-dir`, not bad
 * evidence. Symlinks are followed as long as they end inside the root's real path.
 */
async function readEvidenceFile(root, path, limit = EVIDENCE_SIZE_LIMIT) {
    const lexical = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path));
    if (lexical === '' || lexical.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(lexical))
        throw new Error(`bug: evidence file ${path} is not under ${root}`);
    let realRoot;
    try {
        realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    }
    catch (error) {
        if (errnoOf(error) === 'ENOENT')
            return { state: 'missing' };
        if (errnoOf(error) === 'ENOTDIR')
            throw notAFolder(root, 'a part of its path is a file');
        return refused(`cannot be read: the artifacts folder ${root}: ${error.message}`);
    }
    const rootStats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(realRoot).catch(() => undefined);
    if (rootStats && !rootStats.isDirectory())
        throw notAFolder(root, `it is ${describeFileType(rootStats)}`);
    let realFile;
    try {
        realFile = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path);
    }
    catch (error) {
        if (errnoOf(error) === 'ENOENT')
            return { state: 'missing' };
        if (errnoOf(error) === 'ENOTDIR')
            return refused(`cannot be read: ${await blockingAncestor(root, path)} is not a folder`);
        if (errnoOf(error) === 'ELOOP')
            return refused('is a symlink loop, not a regular file');
        return refused(`cannot be read (${error.message})`);
    }
    const inside = (real) => real.startsWith(realRoot.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? realRoot : `${realRoot}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`);
    if (!inside(realFile))
        return refused(`is a symlink that resolves outside the artifacts folder (to ${realFile})`);
    // The check above is of a path: a folder on the way can be swapped for a symlink out of the root
    // before the open. So the file actually opened is checked too, and read from the same descriptor.
    const opened = await openRegularFile(realFile, false);
    if (opened.state !== 'open')
        return opened.state === 'missing' ? opened : refused(opened.reason);
    let read;
    try {
        const openedAt = await realPathOfOpenFile(opened.handle, realFile);
        if (openedAt === undefined)
            return refused('changed while it was read: the file opened is no longer at its path inside the artifacts folder');
        if (!inside(openedAt))
            return refused(`changed while it was read: a folder on its path was swapped for a symlink, and the file opened is outside the artifacts folder (${openedAt})`);
        read = await readOpenFile(opened.handle, opened.stats, limit, 'evidence');
    }
    finally {
        await opened.handle.close();
    }
    if (read.state !== 'read')
        return read.state === 'missing' ? read : refused(read.reason);
    try {
        // ignoreBOM keeps a byte-order mark in the text, where JSON.parse refuses it, as it always has.
        return { state: 'read', text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(read.bytes) };
    }
    catch {
        return refused('is not valid UTF-8 text');
    }
}
/**
 * Where the file open at handle (opened by the path `path`) really is, every symlink resolved, or
 * undefined when that cannot be told. On Linux the kernel says it: /proc/self/fd/<fd> is a link to
 * the path the descriptor was opened at, with no symlink in it (it is read, not resolved again,
 * since resolving it would walk the folders as they are now). Elsewhere (no /proc): the real path
 * of `path` now, only if it still leads to the very file opened (same device and inode); that leaves
 * a narrower race, a swap after the open and before the realpath, which the /proc answer does not.
 */
async function realPathOfOpenFile(handle, path, descriptorFolder = '/proc/self/fd') {
    try {
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(`${descriptorFolder}/${handle.fd}`);
        // Anything else ('pipe:[…]', 'anon_inode:…') is no file in a folder.
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(target) ? target : undefined;
    }
    catch {
        // No /proc, or not readable here (Node's permission model refuses it): the path's real path.
    }
    try {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path);
        const [now, opened] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real), handle.stat()]);
        return now.dev === opened.dev && now.ino === opened.ino ? real : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Opens a path that must be a regular file without ever blocking: O_NONBLOCK makes opening a FIFO
 * return at once (a FIFO then fails the fstat check). Without followSymlinks, O_NOFOLLOW refuses a
 * final symlink: the evidence reader passes the real path it has checked, so a link swapped in
 * after that check is refused rather than followed out of the folder. Reads at most limit + 1
 * bytes. `what` names the file's role in the size message.
 */
async function readRegularFile(path, limit, what, followSymlinks = false) {
    const opened = await openRegularFile(path, followSymlinks);
    if (opened.state !== 'open')
        return opened;
    try {
        return await readOpenFile(opened.handle, opened.stats, limit, what);
    }
    finally {
        await opened.handle.close();
    }
}
/**
 * Opens path without blocking (see readRegularFile) and keeps it open only if it is a regular file;
 * the caller reads from the handle (never the path again) and closes it.
 */
async function openRegularFile(path, followSymlinks) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY | (followSymlinks ? 0 : node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW));
    }
    catch (error) {
        if (errnoOf(error) === 'ENOENT')
            return { state: 'missing' };
        // Swapped for a symlink between realpath and open.
        if (errnoOf(error) === 'ELOOP')
            return { state: 'refused', reason: 'is a symbolic link that changed while it was read' };
        return { state: 'refused', reason: `cannot be read (${error.message})` };
    }
    try {
        const stats = await handle.stat();
        if (stats.isFile())
            return { state: 'open', handle, stats };
        await handle.close();
        return { state: 'refused', reason: `is ${describeFileType(stats)}, not a regular file` };
    }
    catch (error) {
        await handle.close();
        return { state: 'refused', reason: `cannot be read (${error.message})` };
    }
}
/** Reads an open regular file whose fstat gave stats, refusing it past limit bytes. */
async function readOpenFile(handle, stats, limit, what) {
    try {
        if (stats.size > limit)
            return { state: 'refused', reason: tooBig(stats.size, limit, what) };
        // Read on to the end, not to the size fstat saw: a file that grows meanwhile is still measured.
        const chunks = [];
        let total = 0;
        let chunk = Buffer.alloc(stats.size + 1);
        let filled = 0;
        for (;;) {
            const { bytesRead } = await handle.read(chunk, filled, chunk.length - filled, total);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
            total += bytesRead;
            if (total > limit)
                return { state: 'refused', reason: tooBig(total, limit, what) };
            if (filled === chunk.length) {
                chunks.push(chunk);
                chunk = Buffer.alloc(Math.min(64 * 1024, limit + 1 - total));
                filled = 0;
            }
        }
        chunks.push(chunk.subarray(0, filled));
        return { state: 'read', bytes: Buffer.concat(chunks, total) };
    }
    catch (error) {
        return { state: 'refused', reason: `cannot be read (${error.message})` };
    }
}
function tooBig(size, limit, what) {
    return `is ${size} bytes, more than the ${limit}-byte limit for ${what}`;
}
function notAFolder(root, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${root}: the artifacts folder is not a folder (${why}); give --artifacts-dir (the artifacts-dir input) the path of a folder`);
}
/** The first folder on the way from the root to the file that is not a folder, relative to the root. */
async function blockingAncestor(root, path) {
    const ancestors = [];
    for (let folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path); (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, folder) !== '' && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, folder).startsWith('..'); folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(folder))
        ancestors.unshift(folder);
    for (const folder of ancestors) {
        const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(folder).catch(() => undefined);
        if (stats && !stats.isDirectory())
            return `${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, folder)} (${describeFileType(stats)})`;
    }
    return 'a part of its path';
}
/**
 * A text file the user names (a roster, a template, a probe report, buildx metadata), read the way
 * evidence is: a FIFO or a device is refused instead of waited on, and nothing past the limit is
 * read. Throws an Error whose message says why, for the caller to put in its own words.
 */
async function readUserTextFile(path, what, limit = EVIDENCE_SIZE_LIMIT) {
    const read = await readRegularFile(path, limit, what, true);
    if (read.state === 'missing')
        throw new Error('file not found');
    if (read.state === 'refused')
        throw new Error(read.reason);
    return read.bytes.toString('utf8');
}


/***/ })

};
