// The element API reference, generated from the class doc comments (the analyzer runs with
// custom-elements-manifest.config.mjs) and written to:
//   packages/<package>/custom-elements.json  one manifest per element package (paths into dist/)
//   packages/kit/custom-elements.json        every element, as `@koop/kit` exports them
//   packages/kit/vscode.html-custom-data.json VS Code's HTML custom data (tags, attributes, values)
//   packages/kit/src/registry.generated.ts   the elements, attributes and events as one TS module
//   docs/theming.md                          the generated tables between the GENERATED markers
// It fails when something public is undocumented: an element, attribute, property, method,
// event, slot, part or custom property without a description, a `--koop-*` property read in the
// styles, a `part` in a template or a `koop-*` event type that no element documents, or a
// documented part or custom property that nothing uses any more.
// With --check (part of `npm run lint`) it writes nothing and also fails when a file is stale.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import * as prettier from 'prettier';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const problems = [];
const problem = (message) => problems.push(message);

const raw = await cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
// The analyzer lists files in the order its glob found them, which varies on a busy machine.
raw.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

// ---------------------------------------------------------------------------------------------
// Sources: packages, their files, and what the styles and templates actually use.

const packageDirs = readdirSync(`${root}packages`).filter((dir) =>
  existsSync(`${root}packages/${dir}/package.json`),
);
const packageJson = Object.fromEntries(
  packageDirs.map((dir) => [dir, JSON.parse(readFileSync(`${root}packages/${dir}/package.json`, 'utf8'))]),
);
const withoutComments = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
/** Each source file's text, and its code: the text without comments. */
const sourcesOf = (dir) =>
  readdirSync(`${root}packages/${dir}/src`, { recursive: true })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => {
      const text = readFileSync(`${root}packages/${dir}/src/${file}`, 'utf8');
      return { file, text, code: withoutComments(text) };
    });
const sources = Object.fromEntries(packageDirs.map((dir) => [dir, sourcesOf(dir)]));

/** `--koop-*` properties each package reads, with the fallbacks its styles give them. */
const tokenUse = {};
/** Fallback values: `light` outside, `dark` inside a `css` block whose constant says dark. */
const tokenDefaults = {};
for (const dir of packageDirs) {
  tokenUse[dir] = new Set();
  for (const { file, code } of sources[dir]) {
    for (const [, token] of code.matchAll(/(--koop-[a-z0-9-]+)/g)) tokenUse[dir].add(token);
    const darkBlocks = [...code.matchAll(/const\s+(\w+)\s*=\s*css`([^`]*)`/g)]
      .filter(([, name]) => /dark/i.test(name))
      .map((match) => [match.index, match.index + match[0].length]);
    for (const match of code.matchAll(/var\(\s*(--koop-[a-z0-9-]+)\s*,\s*((?:[^()]|\([^()]*\))*)\)/g)) {
      const scheme = darkBlocks.some(([start, end]) => match.index > start && match.index < end)
        ? 'dark'
        : 'light';
      const defaults = (tokenDefaults[match[1]] ??= {});
      const value = match[2].trim();
      if (defaults[scheme] && defaults[scheme] !== value)
        problem(
          `${match[1]} has two ${scheme} fallbacks (${defaults[scheme]}, ${value}) in packages/${dir}/src/${file}`,
        );
      defaults[scheme] = value;
    }
  }
}

/** Shadow parts each package renders: literal `part="…"` values, and panel ids given as parts. */
const partUse = {};
for (const dir of packageDirs) {
  partUse[dir] = new Set();
  for (const { code } of sources[dir])
    for (const [, names] of code.matchAll(/\bpart="([^"$]+)"/g))
      for (const name of names.split(/\s+/)) partUse[dir].add(name);
}
const mentions = (dir, name) => {
  const quoted = new RegExp(`['"\`]${name}['"\`]`);
  return sources[dir].some(({ code }) => quoted.test(code));
};

/** `koop-*` event types each package declares. */
const eventUse = {};
for (const dir of packageDirs) {
  eventUse[dir] = new Set();
  for (const { code } of sources[dir]) {
    for (const [, type] of code.matchAll(/static\s+readonly\s+type\s*=\s*'(koop-[a-z-]+)'/g))
      eventUse[dir].add(type);
    for (const [, type] of code.matchAll(/new\s+CustomEvent(?:<[^>]*>)?\(\s*'(koop-[a-z-]+)'/g))
      eventUse[dir].add(type);
  }
}

/** String-literal type aliases (`type Zoom = 'years' | …`), so attribute types show their values. */
const aliases = {};
for (const dir of packageDirs) {
  aliases[dir] = {};
  for (const { text } of sources[dir])
    for (const [, name, union] of text.matchAll(/\btype\s+(\w+)\s*=\s*((?:\s*\|?\s*'[^']*')+)\s*;/g))
      aliases[dir][name] = union
        .replace(/^\s*\|/, '')
        .replace(/\s+/g, ' ')
        .trim();
}

// ---------------------------------------------------------------------------------------------
// The analyzer's output, reduced to the public API of the elements.

const packageOf = (path) => /^\/?packages\/([^/]+)\/src\//.exec(path)?.[1];
const distPath = (path) => path.replace(/^\/?packages\/[^/]+\/src\//, 'dist/').replace(/\.ts$/, '.js');

const declarations = new Map();
for (const module of raw.modules)
  for (const declaration of module.declarations ?? []) {
    if (declarations.has(declaration.name) && declaration.kind === 'class')
      problem(`Two classes named ${declaration.name}; manifest references need unique names.`);
    declarations.set(declaration.name, { declaration, path: module.path });
  }

const definitions = raw.modules.flatMap((module) =>
  (module.exports ?? [])
    .filter(
      (e) =>
        e.kind === 'custom-element-definition' && declarations.get(e.declaration.name)?.declaration.tagName,
    )
    .map((e) => ({ tag: e.name, className: e.declaration.name, path: module.path })),
);
const elements = definitions.map((d) => declarations.get(d.className).declaration);

// Keep the elements, the classes they extend, and the event classes they fire.
const kept = new Set();
for (const element of elements) {
  for (let name = element.name; name && declarations.has(name);) {
    kept.add(name);
    name = declarations.get(name).declaration.superclass?.name;
  }
}
const eventClasses = new Map();
for (const [name, { declaration }] of declarations) {
  if (declaration.kind !== 'class' || declaration.superclass?.name !== 'CustomEvent') continue;
  const type = declaration.members
    ?.find((m) => m.static && m.name === 'type')
    ?.default?.replace(/^'|'$/g, '');
  if (type) eventClasses.set(type, name);
  kept.add(name);
}

const isPublic = (member) => !member.privacy || member.privacy === 'public';
const litStatics = new Set(['styles', 'properties', 'elementProperties', 'shadowRootOptions']);
const resolveTypes = (dir, item) => {
  if (!item.type?.text) return;
  item.type.text = item.type.text.replace(/\b[A-Z]\w*\b/g, (name) => aliases[dir]?.[name] ?? name);
};

for (const name of kept) {
  const { declaration, path } = declarations.get(name);
  const dir = packageOf(path);
  declaration.members = declaration.members?.filter(
    (m) => isPublic(m) && !(m.static && litStatics.has(m.name)),
  );
  for (const member of declaration.members ?? [])
    resolveTypes(packageOf(member.inheritedFrom?.module ?? path) ?? dir, member);
  for (const attribute of declaration.attributes ?? [])
    resolveTypes(packageOf(attribute.inheritedFrom?.module ?? path) ?? dir, attribute);
  for (const property of declaration.cssProperties ?? []) {
    const fallback = tokenDefaults[property.name]?.light;
    if (property.default && fallback && property.default !== fallback)
      problem(
        `${name}: documented default of ${property.name} (${property.default}) differs from the styles (${fallback})`,
      );
    if (fallback) property.default = fallback;
  }
  for (const event of declaration.events ?? []) {
    const eventClass = eventClasses.get(event.name);
    if (eventClass) event.type = { text: eventClass };
  }
}

// ---------------------------------------------------------------------------------------------
// Checks: everything public is described, everything used is documented, and vice versa.

const describe = (owner, kind, item) => {
  // The analyzer keeps a lone `-` as the description of `@csspart name -`.
  if (!item.description?.replace(/^[\s-]*/, ''))
    problem(`${owner}: ${kind} ${item.name || '(default slot)'} has no description`);
};
for (const definition of definitions) {
  const element = declarations.get(definition.className).declaration;
  const owner = `<${definition.tag}>`;
  if (!element.description?.trim()) problem(`${owner} has no description`);
  if (!element.summary?.trim()) problem(`${owner} has no @summary`);
  for (const attribute of element.attributes ?? []) describe(owner, 'attribute', attribute);
  for (const member of element.members ?? []) if (!member.static) describe(owner, member.kind, member);
  for (const event of element.events ?? []) describe(owner, 'event', event);
  for (const slot of element.slots ?? []) describe(owner, 'slot', slot);
  for (const part of element.cssParts ?? []) describe(owner, 'part', part);
  for (const property of element.cssProperties ?? []) describe(owner, 'custom property', property);
}
/** Whether a class is a widget (extends KoopWidget). */
const extendsWidget = (name) => {
  for (let n = name; n && declarations.has(n); n = declarations.get(n).declaration.superclass?.name)
    if (n === 'KoopWidget') return true;
  return false;
};
// What a widget inherits it does not copy: its own line for an attribute, event, part or custom
// property the base class documents must keep the base's text (it may add to it).
const widgetBase = declarations.get('KoopWidget')?.declaration;
for (const definition of definitions) {
  const element = declarations.get(definition.className).declaration;
  if (element === widgetBase || !extendsWidget(definition.className)) continue;
  for (const key of ['attributes', 'events', 'cssParts', 'cssProperties']) {
    for (const item of element[key] ?? []) {
      const general = widgetBase?.[key]?.find((b) => b.name === item.name);
      if (!general) continue;
      const text = (value) => (value ?? '').replace(/\s+/g, ' ').trim();
      if (!text(item.description).includes(text(general.description)))
        problem(
          `<${definition.tag}>: its own ${key} entry ${item.name} drops the base class's text; delete the line (it is inherited) or keep "${text(general.description)}"`,
        );
    }
  }
}
for (const dir of packageDirs) {
  const classes = [...kept].map((n) => declarations.get(n)).filter((d) => packageOf(d.path) === dir);
  const documented = (key) =>
    new Set(classes.flatMap(({ declaration }) => (declaration[key] ?? []).map((i) => i.name)));
  const ownDocumented = (key) =>
    classes.flatMap(({ declaration }) =>
      (declaration[key] ?? []).filter((i) => !i.inheritedFrom).map((i) => [declaration.name, i.name]),
    );
  const properties = documented('cssProperties');
  for (const token of tokenUse[dir])
    if (!properties.has(token))
      problem(`packages/${dir}: ${token} is read but no element documents it (@cssprop)`);
  for (const [owner, token] of ownDocumented('cssProperties'))
    if (!tokenUse[dir].has(token) && !tokenUse.core?.has(token))
      problem(`${owner}: @cssprop ${token} is read nowhere`);
  const parts = documented('cssParts');
  // Core's render helpers place parts inside widgets, which document them where they use them.
  const partsAnywhere = new Set(elements.flatMap((e) => (e.cssParts ?? []).map((p) => p.name)));
  for (const part of partUse[dir])
    if (!parts.has(part) && !(dir === 'core' && partsAnywhere.has(part)))
      problem(`packages/${dir}: part "${part}" is rendered but no element documents it (@csspart)`);
  for (const [owner, part] of ownDocumented('cssParts'))
    if (![dir, 'core'].some((d) => partUse[d]?.has(part) || mentions(d, part)))
      problem(`${owner}: @csspart ${part} is rendered nowhere`);
  const events = documented('events');
  for (const type of eventUse[dir]) {
    const anywhere = elements.some((e) => e.events?.some((ev) => ev.name === type));
    if (!events.has(type) && !anywhere)
      problem(`packages/${dir}: event ${type} is declared but no element documents it (@event)`);
  }
}

// ---------------------------------------------------------------------------------------------
// Outputs.

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
const manifest = (modules) => ({ schemaVersion: raw.schemaVersion, readme: '', modules });
const clone = (value) => JSON.parse(JSON.stringify(value));

/** Rewrites every class reference for a manifest: `local(path)` gives the module, else a package. */
function relink(value, local) {
  if (Array.isArray(value)) return value.forEach((item) => relink(item, local));
  if (!value || typeof value !== 'object') return;
  for (const key of ['superclass', 'inheritedFrom', 'declaration']) {
    const ref = value[key];
    if (!ref?.name || !declarations.has(ref.name) || !kept.has(ref.name)) continue;
    const { path } = declarations.get(ref.name);
    value[key] = { name: ref.name, ...local(path) };
  }
  Object.values(value).forEach((item) => relink(item, local));
}

const definitionExport = (d) => ({
  kind: 'custom-element-definition',
  name: d.tag,
  declaration: { name: d.className },
});
const keptIn = (dir) => [...kept].filter((name) => packageOf(declarations.get(name).path) === dir);
const outputs = new Map();
const shipping = [];
for (const dir of packageDirs) {
  const names = keptIn(dir);
  const defines = definitions.filter((d) => packageOf(d.path) === dir);
  if (!names.length && !defines.length) continue;
  const byPath = new Map();
  const moduleAt = (path) => {
    if (!byPath.has(path))
      byPath.set(path, { kind: 'javascript-module', path: distPath(path), declarations: [], exports: [] });
    return byPath.get(path);
  };
  for (const name of names) {
    const { path, declaration } = declarations.get(name);
    const module = moduleAt(path);
    module.declarations.push(clone(declaration));
    module.exports.push({ kind: 'js', name, declaration: { name, module: distPath(path) } });
  }
  for (const define of defines) moduleAt(define.path).exports.push(definitionExport(define));
  const modules = [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
  relink(modules, (path) =>
    packageOf(path) === dir
      ? { module: distPath(path) }
      : { package: packageJson[packageOf(path)].name, module: distPath(path) },
  );
  outputs.set(`packages/${dir}/custom-elements.json`, json(manifest(modules)));
  shipping.push(dir);
}

// The kit: every class as `@koop/kit` exports it (dist/index.js), every tag as dist/koop.js defines
// it; packages the kit does not depend on (the editor) have only their own manifest.
const inKit = (path) =>
  packageOf(path) === 'kit' ||
  Object.hasOwn(packageJson.kit.dependencies ?? {}, packageJson[packageOf(path)].name);
const kitDefinitions = definitions.filter((d) => inKit(d.path));
const kitElements = kitDefinitions.map((d) => declarations.get(d.className).declaration);
const all = [...kept].filter((name) => inKit(declarations.get(name).path)).sort();
const kitIndex = {
  kind: 'javascript-module',
  path: 'dist/index.js',
  declarations: all.map((name) => clone(declarations.get(name).declaration)),
  exports: all.map((name) => ({ kind: 'js', name, declaration: { name, module: 'dist/index.js' } })),
};
const kitDefine = {
  kind: 'javascript-module',
  path: 'dist/koop.js',
  declarations: [],
  exports: kitDefinitions.map(definitionExport),
};
const kitModules = [kitIndex, kitDefine];
relink(kitModules, () => ({ module: 'dist/index.js' }));
outputs.set('packages/kit/custom-elements.json', json(manifest(kitModules)));

// VS Code: https://github.com/microsoft/vscode-custom-data
const literals = (type = '') => [...type.matchAll(/'([^']*)'/g)].map(([, value]) => value);
const sentence = (text = '') => text.replace(/\s+/g, ' ').trim();
const vscode = {
  version: 1.1,
  tags: kitDefinitions
    .map(({ tag, className }) => {
      const element = declarations.get(className).declaration;
      return {
        name: tag,
        description: [element.summary, element.description].filter(Boolean).map(sentence).join('\n\n'),
        attributes: (element.attributes ?? []).map((attribute) => {
          const values = literals(attribute.type?.text);
          const description = sentence(attribute.description);
          const fallback =
            attribute.type?.text !== 'boolean' &&
            !['null', 'undefined', "''", undefined].includes(attribute.default) &&
            !/default/i.test(description);
          return {
            name: attribute.name,
            description:
              description + (fallback ? ` Default: ${attribute.default.replace(/^'(.*)'$/, '$1')}.` : ''),
            ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
            ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
          };
        }),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name)),
};
outputs.set('packages/kit/vscode.html-custom-data.json', json(vscode));

// packages/kit/src/registry.generated.ts: the one list of elements the builder, the JSX types,
// the stories and the tests read (tags, attributes with their types and defaults, settable
// properties, events). Only they import it: the elements themselves never do.
const registryEntries = kitDefinitions.map(({ tag, className }) => {
  const element = declarations.get(className).declaration;
  const attributes = (element.attributes ?? []).map((attribute) => ({
    name: attribute.name,
    field: attribute.fieldName ?? attribute.name,
    type: attribute.type?.text ?? 'string',
    ...(attribute.default !== undefined ? { default: attribute.default } : {}),
    description: sentence(attribute.description),
    ...(attribute.inheritedFrom ? { inherited: true } : {}),
  }));
  const properties = (element.members ?? [])
    .filter((m) => m.kind === 'field' && !m.static && !m.readonly)
    .map((m) => m.name);
  const events = (element.events ?? []).map((event) => ({
    name: event.name,
    ...(event.type?.text && eventClasses.has(event.name) ? { type: event.type.text } : {}),
  }));
  return {
    tag,
    className,
    widget: extendsWidget(className),
    summary: sentence(element.summary),
    attributes,
    properties,
    events,
  };
});
const registryClasses = [
  ...new Set(registryEntries.flatMap((e) => [e.className, ...e.events.map((ev) => ev.type).filter(Boolean)])),
].sort();
const registry = [
  '// Generated by scripts/gen-manifest.mjs from the class doc comments: do not edit (npm run manifest).',
  '// Read by the builder, the JSX types, the stories and the tests; no element imports it.',
  `import type { ${registryClasses.join(', ')} } from './index.js';`,
  '',
  '/** Every element of the kit, as its class doc comment and the base classes document it. */',
  `export const REGISTRY = ${JSON.stringify(registryEntries, null, 2)} as const;`,
  '',
  '/** The class of each tag. */',
  'export interface RegistryClasses {',
  ...registryEntries.map((e) => `  '${e.tag}': ${e.className};`),
  '}',
  '',
  '/** The class of each event type an element fires. */',
  'export interface RegistryEvents {',
  ...[
    ...new Map(
      registryEntries.flatMap((e) => e.events.filter((ev) => ev.type).map((ev) => [ev.name, ev.type])),
    ),
  ]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, type]) => `  '${name}': ${type};`),
  '}',
  '',
].join('\n');
const registryPath = 'packages/kit/src/registry.generated.ts';
outputs.set(
  registryPath,
  await prettier.format(registry, {
    ...(await prettier.resolveConfig(`${root}${registryPath}`)),
    filepath: `${root}${registryPath}`,
  }),
);

// docs/theming.md: the tables between <!-- GENERATED:name --> and <!-- /GENERATED:name -->.
const cell = (text = '') => sentence(text).replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${text}\`` : '—');
const base = declarations.get('KoopWidget')?.declaration;
const baseTokens = new Set((base?.cssProperties ?? []).map((p) => p.name));
const widgetDefinitions = kitDefinitions.filter((d) => d.className !== 'KoopDataElement');
const tokenRows = [];
const tokenNames = [...new Set(kitElements.flatMap((e) => (e.cssProperties ?? []).map((p) => p.name)))];
const order = (token) => (baseTokens.has(token) ? [...baseTokens].indexOf(token) : baseTokens.size);
for (const token of tokenNames.sort((a, b) => order(a) - order(b))) {
  const owners = widgetDefinitions.filter((d) =>
    declarations.get(d.className).declaration.cssProperties?.some((p) => p.name === token),
  );
  const doc = baseTokens.has(token)
    ? base.cssProperties.find((p) => p.name === token)
    : declarations.get(owners[0].className).declaration.cssProperties.find((p) => p.name === token);
  const { light, dark } = tokenDefaults[token] ?? {};
  tokenRows.push(
    `| \`${token}\` | ${code(light)} | ${code(dark ?? light)} | ${baseTokens.has(token) ? 'all widgets' : owners.map((d) => `\`<${d.tag}>\``).join(', ')} | ${cell(doc.description)} |`,
  );
}
const tokenTable = [
  '| Custom property | Default (light) | Default (dark) | Elements | What it sets |',
  '| --- | --- | --- | --- | --- |',
  ...tokenRows,
].join('\n');

const elementSections = widgetDefinitions.map(({ tag, className }) => {
  const element = declarations.get(className).declaration;
  const parts = (element.cssParts ?? []).map(
    (p) => `| \`${tag}::part(${p.name})\` | ${cell(p.description)} |`,
  );
  const specific = (element.cssProperties ?? []).filter((p) => {
    const general = base?.cssProperties?.find((b) => b.name === p.name);
    return !p.inheritedFrom && (!general || general.description !== p.description);
  });
  return [
    `### \`<${tag}>\``,
    '',
    '| Part | What it is |',
    '| --- | --- |',
    ...parts,
    ...(specific.length
      ? [
          '',
          'Custom properties with a meaning of their own here:',
          '',
          ...specific.map((p) => `- \`${p.name}\`: ${sentence(p.description)}`),
        ]
      : []),
  ].join('\n');
});
const generated = {
  'custom-properties': tokenTable,
  parts: elementSections.join('\n\n'),
};
const docsPath = 'docs/theming.md';
let docs = '';
try {
  docs = readFileSync(`${root}${docsPath}`, 'utf8');
} catch {
  problem(`${docsPath} is missing`);
}
for (const [name, content] of Object.entries(generated)) {
  const pattern = new RegExp(`(<!-- GENERATED:${name}[^>]*-->\\n)[\\s\\S]*?(<!-- /GENERATED:${name} -->)`);
  if (docs && !pattern.test(docs))
    problem(`${docsPath} lacks the <!-- GENERATED:${name} --> … <!-- /GENERATED:${name} --> block`);
  docs = docs.replace(pattern, (_, start, end) => `${start}${content}\n${end}`);
}
if (docs) outputs.set(docsPath, docs);

// Every package that ships a manifest points to it.
for (const dir of [...shipping, 'kit']) {
  if (packageJson[dir].customElements !== 'custom-elements.json')
    problem(`packages/${dir}/package.json: "customElements" should be "custom-elements.json"`);
}

// ---------------------------------------------------------------------------------------------

let stale = 0;
for (const [path, content] of outputs) {
  let current = null;
  try {
    current = readFileSync(`${root}${path}`, 'utf8');
  } catch {
    // written below, or reported as stale
  }
  if (current === content) continue;
  if (check) {
    stale++;
    console.error(`${path} is out of date: run node scripts/gen-manifest.mjs`);
  } else {
    writeFileSync(`${root}${path}`, content);
    console.log(`wrote ${path}`);
  }
}
for (const message of problems) console.error(`gen-manifest: ${message}`);
if (stale || problems.length) process.exit(1);
