export const id = 102;
export const ids = [102];
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


/***/ })

};
