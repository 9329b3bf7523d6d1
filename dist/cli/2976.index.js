export const id = 2976;
export const ids = [2976,8420];
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

/***/ 41670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ isValidAddress),
/* harmony export */   Ow: () => (/* binding */ domainOf),
/* harmony export */   c3: () => (/* binding */ requireAddress),
/* harmony export */   hE: () => (/* binding */ distinctRecipients),
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
/**
 * Each address once, with case aside on the whole address (as the event key and the roster compare
 * them), in its first spelling: an address in `to` and `cc` is sent once, in `to` (to, then cc,
 * then bcc). The event key and the headers are made from this, so the same people listed
 * differently are one event and one message.
 */
function distinctRecipients(recipients) {
    const seen = new Set();
    const once = (list) => list.filter((address) => {
        const key = address.trim().toLowerCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    return { to: once(recipients.to), cc: once(recipients.cc), bcc: once(recipients.bcc) };
}


/***/ }),

/***/ 12631:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ parseCsvRows),
/* harmony export */   DC: () => (/* binding */ formatCsvRows),
/* harmony export */   Rh: () => (/* binding */ parseRoster),
/* harmony export */   Xe: () => (/* binding */ rosterTarget),
/* harmony export */   kN: () => (/* binding */ requireNoRosterProblems),
/* harmony export */   kf: () => (/* binding */ rosterProblemLines),
/* harmony export */   ks: () => (/* binding */ readRoster),
/* harmony export */   or: () => (/* binding */ NOTE_COLUMN),
/* harmony export */   rp: () => (/* binding */ requireValidRoster)
/* harmony export */ });
/* unused harmony export REQUIRED_ROSTER_COLUMNS */
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25175);
/* harmony import */ var csv_stringify_sync__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96789);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35562);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19473);
/* harmony import */ var _addresses_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41670);
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13021);
// The roster of a scheduled send: a CSV file (RFC 4180) with email, name and status columns and any
// further columns, which templates can use. Validation reports every problem with its line number.







const REQUIRED_ROSTER_COLUMNS = ['email', 'name', 'status'];
/** Why a person's status is what it is: written by roster care and by the bounce scan. */
const NOTE_COLUMN = 'note';
/**
 * The file a roster path stands for when it is rewritten: a symlink's target, so that the shared
 * file changes rather than the link being replaced by a copy. A path that does not resolve stands
 * for itself (reading it has already said what is wrong with it).
 */
async function rosterTarget(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(path);
    }
    catch {
        return path;
    }
}
/** The line each byte offset of the text is on: line breaks are \r\n and \n, or \r alone in a file with no \n. */
function lineCounter(bytes, lineBreak) {
    const breaks = [];
    for (let index = 0; index < bytes.length; index++)
        if (bytes[index] === lineBreak)
            breaks.push(index);
    return (offset) => {
        // Binary search: the number of line breaks before the offset.
        let low = 0;
        let high = breaks.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (breaks[middle] < offset)
                low = middle + 1;
            else
                high = middle;
        }
        return low + 1;
    };
}
const CSV_ERROR_MESSAGES = {
    CSV_QUOTE_NOT_CLOSED: 'a quoted field is not closed (a " is missing)',
    CSV_INVALID_CLOSING_QUOTE: 'a quoted field is followed by more text before the next comma; quote the whole field',
};
/**
 * Splits CSV text into rows with the line each starts on; quoted fields may hold commas, quotes
 * and newlines. Lines with nothing on them are left out. csv-parse counts a \r\n inside a quoted
 * field as two lines, so the line of a row is found from its byte offset instead.
 */
function parseCsvRows(text) {
    const bytes = Buffer.from(text, 'utf8');
    const macLineBreaks = !text.includes('\n') && text.includes('\r');
    const lineAt = lineCounter(bytes, macLineBreaks ? 0x0d : 0x0a);
    const rows = [];
    const problems = [];
    let records;
    try {
        records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(bytes, {
            bom: true,
            info: true,
            relax_column_count: true,
            // A quote inside an unquoted field is kept as it is, as spreadsheets write them.
            relax_quotes: true,
            record_delimiter: macLineBreaks ? ['\r'] : ['\r\n', '\n'],
            skip_records_with_error: true,
            on_skip: (error) => {
                if (!error)
                    return;
                problems.push({ line: lineAt(error.bytes ?? 0), message: CSV_ERROR_MESSAGES[error.code ?? ''] ?? `not readable as CSV (${error.message})` });
            },
        });
    }
    catch (error) {
        const { bytes: offset } = error;
        return { rows, problems: [...problems, { line: lineAt(offset ?? 0), message: `not readable as CSV (${error.message})` }] };
    }
    let start = 0;
    for (const { record, info } of records) {
        const line = lineAt(start);
        start = info.bytes;
        if (record.length === 1 && record[0].trim() === '')
            continue;
        rows.push({ line, fields: record });
    }
    return { rows, problems };
}
/** Writes rows as CSV, quoting only the fields that need it; the inverse of parseCsvRows. */
function formatCsvRows(rows, lineBreak = '\n') {
    // A field with a \r or surrounding blanks is quoted too, so that it reads back as it was.
    return (0,csv_stringify_sync__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .A)(rows, { record_delimiter: lineBreak === '\r\n' ? 'windows' : 'unix', quoted_match: /\r|^\s|\s$/ });
}
/** Parses and checks a roster; never throws for bad content, the problems say what and where. */
function parseRoster(text, path, rules = {}) {
    const required = rules.requiredColumns ?? REQUIRED_ROSTER_COLUMNS;
    const { rows, problems } = parseCsvRows(text);
    const [header, ...body] = rows;
    if (!header)
        return { path, columns: [], people: [], problems: [...problems, { line: 1, message: `empty roster: expected a header line with ${required.join(',')}` }] };
    const columns = header.fields.map((name) => name.trim().toLowerCase());
    const missing = required.filter((name) => !columns.includes(name));
    if (missing.length > 0) {
        problems.push({ line: header.line, message: `missing column(s) ${missing.join(', ')} in the header (found: ${columns.join(', ') || 'none'})` });
        return { path, columns, people: [], problems };
    }
    const repeated = columns.filter((name, position) => name === '' || columns.indexOf(name) !== position);
    if (repeated.length > 0)
        problems.push({ line: header.line, message: `empty or repeated column name(s) in the header: ${repeated.map((name) => `'${name}'`).join(', ')}` });
    const people = [];
    const firstLineOf = new Map();
    for (const row of body) {
        if (row.fields.length !== columns.length) {
            problems.push({ line: row.line, message: `has ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(row.fields.length, 'field')}, the header has ${columns.length}: missing or extra columns` });
            continue;
        }
        const values = Object.fromEntries(columns.map((name, position) => [name, row.fields[position].trim()]));
        const email = values.email;
        // An import may leave status out (the roster's is kept); a roster never does.
        const status = values.status?.toLowerCase();
        let valid = true;
        if (!(0,_addresses_js__WEBPACK_IMPORTED_MODULE_5__/* .isValidAddress */ .$m)(email)) {
            problems.push({ line: row.line, message: email === '' ? 'email is empty' : `email '${email}' is not a mail address` });
            valid = false;
        }
        if (status !== undefined && status !== 'active' && status !== 'inactive') {
            problems.push({ line: row.line, message: `status '${values.status}' must be active or inactive` });
            valid = false;
        }
        const key = email.toLowerCase();
        const first = firstLineOf.get(key);
        if (first !== undefined && email !== '') {
            problems.push({ line: row.line, message: `duplicate email '${email}' (first on line ${first})` });
            valid = false;
        }
        else if (email !== '') {
            firstLineOf.set(key, row.line);
        }
        if (valid)
            people.push({ email, name: values.name ?? '', status: (status ?? 'active'), columns: values, line: row.line });
    }
    return { path, columns, people, problems: problems.sort((a, b) => a.line - b.line) };
}
async function readRoster(path) {
    let text;
    try {
        text = await (0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readUserTextFile */ .Vf)(path, 'a roster');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`input 'roster': cannot read ${path} (${error.message})`, { file: path });
    }
    return parseRoster(text, path);
}
/** Every problem of a roster as `file:line: message`, one a line. */
function rosterProblemLines(roster) {
    return roster.problems.map((problem) => `${roster.path}:${problem.line}: ${problem.message}`).join('\n');
}
/**
 * The roster, or a ConfigurationError listing every problem as file:line: nothing is sent from a
 * broken roster, and bounce-scan neither scans for nor rewrites one. `outcome` says what did not happen.
 */
async function requireValidRoster(path, outcome = 'nothing was sent') {
    const roster = await readRoster(path);
    requireNoRosterProblems(roster, outcome);
    return roster;
}
function requireNoRosterProblems(roster, outcome) {
    if (roster.problems.length === 0)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`roster ${roster.path} has ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .plural */ .LS)(roster.problems.length, 'problem')}; ${outcome}. Fix them (shipgate mail validate-roster --roster ${roster.path}):\n` + rosterProblemLines(roster), { file: roster.path, line: roster.problems[0].line });
}


/***/ })

};
