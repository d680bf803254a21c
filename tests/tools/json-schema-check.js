// json-schema-check.js - checks JSON Schemas written by `fimkit convert --to
// json-schema` (xslt/xdf-json-schema.xsl), for tests/convert-json-schema.sh.
//
//   node json-schema-check.js [--instances DIR] [--unsatisfiable IDS] FILE...
//
// For each FILE, one line "ok FILE" or "not ok FILE: why" (several lines
// for several problems):
//   - FILE is JSON and compiles as a draft 2020-12 schema with Ajv in strict
//     mode (unknown keywords, strictTypes and strictRequired fail), with the
//     formats of ajv-formats;
//   - a sample instance built from the schema's own "examples" validates:
//     objects get all their properties (required and optional), except those
//     that a later oneOf alternative requires (Auswahlgruppe: the first
//     alternative is taken), arrays max(minItems, 1) items (at most
//     maxItems), $ref is followed, a value with "examples" is its first
//     example, else oneOf takes its first alternative;
//   - the schema rejects data it must reject: the sample with an unknown key
//     (when additionalProperties is false) and without its first required
//     property.
// --instances DIR writes each sample instance to DIR/<name>.instance.json.
// --unsatisfiable IDS (comma-separated field ids): fields whose constraints
// the conversion reported as impossible to satisfy (X106) or whose example
// it could not derive (X113); a sample that fails only at such fields is
// accepted ("ok FILE (sample invalid only at reported fields ...)").
'use strict';

const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');

function resolveRef(root, ref) {
  if (!ref.startsWith('#')) throw new Error('non-local $ref ' + ref);
  let node = root;
  const ptr = ref.slice(1);
  if (ptr === '') return root;
  for (const raw of ptr.split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !(key in node))
      throw new Error('unresolvable $ref ' + ref);
    node = node[key];
  }
  return node;
}

function build(schema, root, where, depth) {
  if (depth > 200) throw new Error('schema nested too deeply at ' + where);
  if (schema === true || schema === undefined) return null;
  if (Array.isArray(schema.examples) && schema.examples.length > 0)
    return JSON.parse(JSON.stringify(schema.examples[0]));
  if (typeof schema.$ref === 'string')
    return build(resolveRef(root, schema.$ref), root, schema.$ref, depth + 1);
  if ('const' in schema) return schema.const;
  if (schema.type === 'object') {
    const skip = new Set();
    if (Array.isArray(schema.oneOf))
      for (const alt of schema.oneOf.slice(1))
        for (const k of alt.required || []) skip.add(k);
    const obj = {};
    for (const [k, sub] of Object.entries(schema.properties || {}))
      if (!skip.has(k)) obj[k] = build(sub, root, where + '/' + k, depth + 1);
    return obj;
  }
  if (schema.type === 'array') {
    let n = Math.max(schema.minItems || 0, 1);
    if (typeof schema.maxItems === 'number') n = Math.min(n, schema.maxItems);
    const out = [];
    for (let i = 0; i < n; i++) out.push(build(schema.items, root, where + '/' + i, depth + 1));
    return out;
  }
  if (Array.isArray(schema.oneOf)) return build(schema.oneOf[0], root, where, depth + 1);
  throw new Error('no example for ' + where + ' (type ' + schema.type + ')');
}

// True when every error is at (or below) a property named by one of ids.
function onlyAt(errors, ids) {
  return errors.length > 0 && errors.every((e) =>
    e.instancePath.split('/').slice(1).some((seg) => ids.has(seg.replace(/~1/g, '/').replace(/~0/g, '~'))));
}

function check(file, instancesDir, unsatisfiable, notes) {
  const problems = [];
  let schema;
  try {
    schema = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return ['not JSON: ' + e.message];
  }
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  let validate;
  try {
    validate = ajv.compile(schema);
  } catch (e) {
    return ['not a valid strict 2020-12 schema: ' + e.message];
  }
  let inst;
  try {
    inst = build(schema, schema, '#', 0);
  } catch (e) {
    return ['no sample instance: ' + e.message];
  }
  if (instancesDir)
    fs.writeFileSync(path.join(instancesDir, path.basename(file).replace(/\.schema\.json$/, '') + '.instance.json'),
                     JSON.stringify(inst, null, 2) + '\n');
  if (!validate(inst)) {
    if (onlyAt(validate.errors, unsatisfiable))
      notes.push('sample invalid only at reported fields: ' +
                 ajv.errorsText(validate.errors, { separator: '; ' }).slice(0, 300));
    else
      problems.push('the sample built from the examples is invalid: ' +
                    ajv.errorsText(validate.errors, { separator: '; ' }).slice(0, 2000));
  }
  if (schema.type === 'object' && inst && typeof inst === 'object') {
    if (schema.additionalProperties === false) {
      const bad = Object.assign({}, inst, { '__fimkit_unknown__': 1 });
      if (validate(bad)) problems.push('an unknown key is accepted although additionalProperties is false');
    }
    if (Array.isArray(schema.required) && schema.required.length > 0) {
      const bad = Object.assign({}, inst);
      delete bad[schema.required[0]];
      if (validate(bad)) problems.push('the sample without required ' + schema.required[0] + ' is accepted');
    }
  }
  return problems;
}

let instancesDir = null;
let unsatisfiable = new Set();
const args = process.argv.slice(2);
for (;;) {
  if (args[0] === '--instances') {
    instancesDir = args[1];
    args.splice(0, 2);
  } else if (args[0] === '--unsatisfiable') {
    unsatisfiable = new Set(args[1].split(',').filter((x) => x !== ''));
    args.splice(0, 2);
  } else {
    break;
  }
}
let failed = 0;
for (const file of args) {
  const notes = [];
  const problems = check(file, instancesDir, unsatisfiable, notes);
  if (problems.length === 0) {
    console.log('ok ' + file + (notes.length ? ' (' + notes.join('; ') + ')' : ''));
  } else {
    failed++;
    for (const p of problems) console.log('not ok ' + file + ': ' + p);
  }
}
process.exit(failed ? 1 : 0);
