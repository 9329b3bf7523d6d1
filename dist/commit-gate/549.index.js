export const id = 549;
export const ids = [549];
export const modules = {

/***/ 1130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ duplicateKeyProblems),
/* harmony export */   z: () => (/* binding */ unencodableJsonProblems)
/* harmony export */ });
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1542);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
// What JSON.parse (and YAML) accept but a contract cannot carry, found before anything relies on
// it: canonical JSON, and so every digest, would throw on it or silently leave it out.


// In unicode mode a paired surrogate is one code point, so this matches lone surrogates only.
const LONE_SURROGATE = /\p{Surrogate}/u;
/** Enough to name the fields; a file full of them needs no more to be refused. */
const MAX_UNENCODABLE_PROBLEMS = 10;
// The characters of JSON's structure, as char codes.
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;
/**
 * What JSON.parse accepts but a contract cannot carry: a lone UTF-16 surrogate (canonical JSON,
 * and so the digest, cannot encode it), a `__proto__` key (a JavaScript object drops it, so the
 * digest would not cover it) and a number too big to be finite. One problem per field, found
 * without recursion, so that no nesting depth can overflow the stack.
 */
function unencodableJsonProblems(json) {
    const problems = [];
    const fieldOf = (place, key) => {
        const path = key === undefined ? [] : [key];
        for (let at = place; at?.key !== undefined; at = at.parent)
            path.push(at.key);
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLoneSurrogates */ .nn)((0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .cn)(path.reverse()));
    };
    const pending = [{ value: json }];
    while (pending.length > 0 && problems.length < MAX_UNENCODABLE_PROBLEMS) {
        const place = pending.pop();
        const { value } = place;
        if (typeof value === 'string') {
            const surrogate = LONE_SURROGATE.exec(value)?.[0];
            if (surrogate)
                problems.push({ field: fieldOf(place), message: `holds a lone UTF-16 surrogate (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLoneSurrogates */ .nn)(surrogate)}), which canonical JSON cannot encode` });
        }
        else if (typeof value === 'number') {
            // JSON text cannot hold NaN, but YAML can (.nan), and it is no number too large.
            if (Number.isNaN(value))
                problems.push({ field: fieldOf(place), message: 'holds NaN (not a number), which JSON cannot encode' });
            else if (!Number.isFinite(value))
                problems.push({ field: fieldOf(place), message: 'holds a number too large to be represented (it reads as infinity)' });
        }
        else if (Array.isArray(value)) {
            for (let index = value.length - 1; index >= 0; index--)
                pending.push({ value: value[index], key: index, parent: place });
        }
        else if (value !== null && typeof value === 'object') {
            for (const key of Object.keys(value)) {
                const surrogate = LONE_SURROGATE.exec(key)?.[0];
                if (surrogate) {
                    problems.push({ field: fieldOf(place, key), message: `is a key that holds a lone UTF-16 surrogate (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLoneSurrogates */ .nn)(surrogate)}), which canonical JSON cannot encode` });
                }
                else if (key === '__proto__') {
                    problems.push({ field: fieldOf(place, key), message: 'is a key named __proto__, which a contract cannot hold' });
                }
            }
            const keys = Object.keys(value);
            for (let index = keys.length - 1; index >= 0; index--) {
                const key = keys[index];
                if (key !== '__proto__' && !LONE_SURROGATE.test(key))
                    pending.push({ value: value[key], key, parent: place });
            }
        }
    }
    return problems.slice(0, MAX_UNENCODABLE_PROBLEMS);
}
/**
 * Keys an object of this JSON text holds more than once. JSON.parse keeps the last and says
 * nothing, so `"decision": "NO", "decision": "YES"` would read as YES, and the digest, taken over
 * the parsed value, would not change if the NO were inserted later. `text` must be JSON that
 * JSON.parse accepted: this only follows its brackets and strings, once, with a stack of its own
 * instead of recursion, so that no nesting depth can overflow the call stack.
 */
function duplicateKeyProblems(text) {
    // The open objects and arrays, outermost first, as flat stacks (no object per level to allocate
    // and collect). For each: the keys an object has seen (none yet, one, or many; undefined for an
    // array), and where the value being read sits in it (its key, or its index).
    const keysSeen = [];
    const at = [];
    // Between `{` or `,` and `:` in an object: the next string is a key.
    let expectsKey = false;
    const problems = [];
    for (let index = 0; index < text.length && problems.length < MAX_UNENCODABLE_PROBLEMS; index++) {
        const code = text.charCodeAt(index);
        if (code === QUOTE) {
            const start = index + 1;
            let escaped = false;
            for (index++; index < text.length && text.charCodeAt(index) !== QUOTE; index++) {
                if (text.charCodeAt(index) === BACKSLASH) {
                    escaped = true;
                    index++;
                }
            }
            if (!expectsKey)
                continue;
            const top = keysSeen.length - 1;
            const key = escaped ? JSON.parse(text.slice(start - 1, index + 1)) : text.slice(start, index);
            const seen = keysSeen[top];
            let duplicate = false;
            if (seen === null)
                keysSeen[top] = key;
            else if (typeof seen === 'string') {
                duplicate = seen === key;
                if (!duplicate)
                    keysSeen[top] = new Set([seen, key]);
            }
            else {
                duplicate = seen.has(key);
                seen.add(key);
            }
            if (duplicate) {
                problems.push({ field: (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLoneSurrogates */ .nn)((0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .cn)([...at.slice(0, top), key])), message: 'is a duplicate key: the object holds it more than once, and a reader would see only the last' });
            }
            at[top] = key;
        }
        else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
            keysSeen.push(code === OPEN_BRACE ? null : undefined);
            at.push(0);
            expectsKey = code === OPEN_BRACE;
        }
        else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
            keysSeen.pop();
            at.pop();
            expectsKey = false;
        }
        else if (code === COLON) {
            expectsKey = false;
        }
        else if (code === COMMA) {
            const top = keysSeen.length - 1;
            if (keysSeen[top] === undefined)
                at[top] = at[top] + 1;
            else
                expectsKey = true;
        }
    }
    return problems;
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
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1542);
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


/***/ })

};
