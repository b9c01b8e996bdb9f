// Part of `npm run lint`: the generated copies of the schemas are current, both schemas (the
// document's and the change proposal's) are valid JSON Schema 2020-12 (compiled by Ajv), and Ajv
// and the kit's own validator agree on every demo document (format 1.0), every format 1.1 fixture
// (test/fixtures/format-1-1.ts), every demo proposal and on many mutations of them (the kit's
// fatal errors are exactly Ajv's; its other errors, such as references to nothing, are beyond
// what a JSON Schema can say).
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import Ajv2020 from 'ajv/dist/2020.js';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
execFileSync(process.execPath, ['scripts/gen-schema.mjs', '--check'], { cwd: root, stdio: 'inherit' });

const schema = JSON.parse(readFileSync(`${root}packages/schema/koop.schema.json`, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
for (const keyword of ['x-message', 'x-id', 'x-ref', 'x-calendar', 'x-url', 'x-time-zone', 'x-order'])
  ajv.addKeyword(keyword);
const ajvValidate = ajv.compile(schema);

const load = async (file) => {
  const bundled = await build({ entryPoints: [`${root}${file}`], bundle: true, format: 'esm', write: false });
  return import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
};
const { validateDocument } = await load('packages/schema/src/index.ts');
const { format11Documents } = await load('test/fixtures/format-1-1.ts');
const { directoryDocument } = await load('test/fixtures/directory-document.ts');
const { validateProposal } = await load('packages/schema/src/proposal.ts');

const documents = [
  ...readdirSync(`${root}demo/data`)
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file, JSON.parse(readFileSync(`${root}demo/data/${file}`, 'utf8'))]),
  ...Object.entries(format11Documents).map(([name, make]) => [`format 1.1 ${name}`, make()]),
  ['format 1.2 directory', directoryDocument()],
];

let failures = 0;
const agree = (label, value) => {
  const ours = validateDocument(value).problems.some((p) => p.fatal);
  const theirs = !ajvValidate(value);
  // A newer major version is refused before the schema is consulted.
  const newer = /^[2-9]/.test(String(value?.schemaVersion ?? ''));
  if (ours !== theirs && !newer) {
    failures++;
    console.error(
      `Disagreement on ${label}: ours ${ours ? 'invalid' : 'valid'}, Ajv ${theirs ? 'invalid' : 'valid'}`,
    );
    console.error(JSON.stringify(ajvValidate.errors?.slice(0, 3)));
  }
};

// Deterministic pseudo-random mutations: replace one value somewhere with something odd.
let seed = 1;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const ODD = [
  null,
  0,
  -1,
  1.5,
  '',
  'x',
  '2004-13-01',
  true,
  [],
  {},
  { de: 1 },
  ['a'],
  'javascript:alert(1)',
  // Strings near the edges of format 1.1: ids, zones, partial dates, offsets, links.
  'a\u0000b',
  '\ud800',
  'x'.repeat(501),
  '2004',
  '2020-10-14T11:00-0700',
  '2020-10-14T11:00+7',
  'Mars/Olympus',
  'www.example.org/seite',
  'tel:+49-30-1',
  'EUR',
  { value: 1, currency: 'eur' },
  [{ scheme: 'Oparl', value: 'x' }],
];
function mutate(value) {
  const copy = structuredClone(value);
  const paths = [];
  const walk = (node, path) => {
    paths.push(path);
    if (node && typeof node === 'object')
      for (const key of Object.keys(node)) walk(node[key], [...path, key]);
  };
  walk(copy, []);
  const path = paths[1 + Math.floor(random() * (paths.length - 1))];
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1];
  if (random() < 0.2 && !Array.isArray(parent)) delete parent[last];
  else parent[last] = ODD[Math.floor(random() * ODD.length)];
  return copy;
}

for (const [file, document] of documents) {
  // The demo documents may carry warnings (they show what the widgets say about them), never errors.
  const own = validateDocument(document);
  if (!own.valid) {
    failures++;
    console.error(
      `${file} has errors:`,
      own.problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message.en}`),
    );
  }
  agree(file, document);
  for (let i = 0; i < 400; i++) agree(`${file} mutation ${i}`, mutate(document));
}
for (const value of [
  null,
  1,
  'x',
  [],
  {},
  { schemaVersion: '1.0' },
  { schemaVersion: '1.0', cooperation: {} },
]) {
  agree(JSON.stringify(value), value);
}

// The change-proposal schema: the same agreement on the demo proposals and their mutations.
const proposalAjv = new Ajv2020({ allErrors: true, strict: true });
const ajvProposal = proposalAjv.compile(
  JSON.parse(readFileSync(`${root}packages/schema/proposal.schema.json`, 'utf8')),
);
const proposals = readdirSync(`${root}demo/proposals`)
  .filter((file) => file.endsWith('.json'))
  .map((file) => [file, JSON.parse(readFileSync(`${root}demo/proposals/${file}`, 'utf8'))]);
let proposalChecks = 0;
const agreeProposal = (label, value) => {
  proposalChecks++;
  const ours = !validateProposal(value).valid;
  const theirs = !ajvProposal(value);
  const newer = /^[2-9]/.test(String(value?.koopProposal ?? ''));
  if (ours !== theirs && !newer) {
    failures++;
    console.error(
      `Disagreement on ${label}: ours ${ours ? 'invalid' : 'valid'}, Ajv ${theirs ? 'invalid' : 'valid'}`,
    );
    console.error(JSON.stringify(ajvProposal.errors?.slice(0, 3)));
  }
};
for (const [file, proposal] of proposals) {
  if (!validateProposal(proposal).valid || !ajvProposal(proposal)) {
    failures++;
    console.error(`${file} is not a valid proposal`);
  }
  for (let i = 0; i < 400; i++) agreeProposal(`${file} mutation ${i}`, mutate(proposal));
  const first = proposal.patch[0];
  for (const op of ['move', 'copy', 'remove', 'test', 'bogus'])
    agreeProposal(`${file} with op ${op}`, {
      ...proposal,
      patch: [{ ...first, op }, ...proposal.patch.slice(1)],
    });
  for (const path of ['', 'actors', '/a~2b', '/actors/~1x', '/x'.repeat(600)])
    agreeProposal(`${file} with path ${path.slice(0, 20)}`, { ...proposal, patch: [{ ...first, path }] });
}
for (const value of [null, 1, 'x', [], {}, { koopProposal: '1.0' }])
  agreeProposal(JSON.stringify(value), value);

// exitCode, not exit(): piped output (CI logs) is written asynchronously and would be cut off.
if (failures) process.exitCode = 1;
else
  console.log(
    `Schema OK: ${documents.length} demo documents and format 1.1 fixtures without errors; Ajv and the kit agree on ${documents.length * 401 + 7} documents and ${proposalChecks} proposals.`,
  );
