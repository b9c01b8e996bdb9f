// npm run build:wordpress (after npm run build): the WordPress plugin as an installable
// packages/wordpress/build/koop.zip, with the built kit (dist/) inside it as kit/. Generated on
// the way: the kses attribute list from the kit's custom-elements.json, the block editor script
// (esbuild), and the German .mo from the .po, which must translate every string of the plugin.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { mo, po } from 'gettext-parser';

const root = new URL('..', import.meta.url).pathname;
const source = join(root, 'packages/wordpress');
const out = join(source, 'build');
const plugin = join(out, 'koop');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

const fail = (message) => {
  console.error(`build:wordpress: ${message}`);
  process.exit(1);
};

if (!existsSync(join(root, 'dist/koop-autoloader.js'))) fail('dist/ is missing: run npm run build first.');

rmSync(out, { recursive: true, force: true });
mkdirSync(plugin, { recursive: true });
for (const path of ['koop.php', 'uninstall.php', 'readme.txt', 'includes', 'block'])
  cpSync(join(source, path), join(plugin, path), { recursive: true });
cpSync(join(root, 'dist'), join(plugin, 'kit'), { recursive: true });

// One version everywhere.
const header = readFileSync(join(source, 'koop.php'), 'utf8');
const readme = readFileSync(join(source, 'readme.txt'), 'utf8');
for (const [file, found] of [
  ['koop.php (Version)', /\* Version:\s+(\S+)/.exec(header)?.[1]],
  ['koop.php (KOOP_VERSION)', /'KOOP_VERSION', '([^']+)'/.exec(header)?.[1]],
  ['readme.txt (Stable tag)', /^Stable tag:\s+(\S+)/m.exec(readme)?.[1]],
])
  if (found !== version) fail(`${file} says ${found}, package.json ${version}.`);

// kses and the renderer allow exactly the attributes the kit documents.
const manifest = JSON.parse(readFileSync(join(root, 'packages/kit/custom-elements.json'), 'utf8'));
const elements = new Map();
for (const module of manifest.modules)
  for (const declaration of module.declarations ?? [])
    if (declaration.tagName)
      elements.set(
        declaration.tagName,
        (declaration.attributes ?? []).map((attribute) => [
          attribute.name,
          attribute.type?.text === 'boolean' ? 'boolean' : attribute.name === 'src' ? 'url' : 'string',
        ]),
      );
if (!elements.has('koop-data') || elements.size < 2) fail('custom-elements.json lists no elements.');
const phpString = (text) => `'${text.replace(/[\\']/g, '\\$&')}'`;
const phpElements = [...elements]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(
    ([tag, attributes]) =>
      `\t${phpString(tag)} => array(\n${attributes.map(([name, kind]) => `\t\t${phpString(name)} => ${phpString(kind)},\n`).join('')}\t),\n`,
  )
  .join('');
writeFileSync(
  join(plugin, 'includes/elements.php'),
  `<?php\n/**\n * The kit's elements and their attributes. Written by scripts/build-wordpress.mjs from\n * packages/kit/custom-elements.json; do not edit.\n *\n * @package Koop\n */\n\ndefined( 'ABSPATH' ) || exit;\n\nreturn array(\n${phpElements});\n`,
);

// The block editor script: WordPress's own React and components are globals (wp.*).
await build({
  entryPoints: [join(source, 'src/editor.ts')],
  outfile: join(plugin, 'block/editor.js'),
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  conditions: ['koop-source'],
  logLevel: 'warning',
});
const dependencies = ['wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element'];
writeFileSync(
  join(plugin, 'block/editor.asset.php'),
  `<?php return array( 'dependencies' => array( ${dependencies.map(phpString).join(', ')} ), 'version' => ${phpString(version)} );\n`,
);

// Translations: every string the PHP and block.json give to WordPress, translated.
const catalog = po.parse(readFileSync(join(source, 'languages/koop-de_DE.po')));
const translated = (context, id) => catalog.translations[context]?.[id]?.msgstr?.[0];
const needed = [];
const php = ['koop.php', ...readdirSync(join(source, 'includes')).map((file) => `includes/${file}`)];
for (const file of php) {
  const text = readFileSync(join(source, file), 'utf8');
  for (const match of text.matchAll(
    /\b(?:__|esc_html__|esc_attr__|_e|esc_html_e)\(\s*'((?:[^'\\]|\\.)*)',\s*'koop'\s*\)/g,
  ))
    needed.push(['', match[1].replace(/\\(.)/g, '$1'), file]);
}
needed.push(
  ['', /Plugin Name:\s+(.+)/.exec(header)[1].trim(), 'koop.php'],
  ['', /Description:\s+(.+)/.exec(header)[1].trim(), 'koop.php'],
);
const block = JSON.parse(readFileSync(join(source, 'block/block.json'), 'utf8'));
needed.push(
  ['block title', block.title, 'block.json'],
  ['block description', block.description, 'block.json'],
);
for (const keyword of block.keywords) needed.push(['block keyword', keyword, 'block.json']);
const missing = needed.filter(([context, id]) => !translated(context, id));
if (missing.length)
  fail(
    `koop-de_DE.po lacks ${missing.map(([c, id, file]) => `"${id}"${c ? ` (${c})` : ''} from ${file}`).join(', ')}.`,
  );
mkdirSync(join(plugin, 'languages'), { recursive: true });
writeFileSync(join(plugin, 'languages/koop-de_DE.mo'), mo.compile(catalog));

// The zip: one folder koop/, as WordPress's plugin installer expects.
const files = {};
const collect = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path);
    else files[relative(out, path)] = readFileSync(path);
  }
};
collect(plugin);
const zip = zipSync(files, { level: 9 });
writeFileSync(join(out, 'koop.zip'), zip);
console.log(
  `Built packages/wordpress/build/koop.zip (${(zip.length / 1024).toFixed(0)} KB, ${Object.keys(files).length} files).`,
);
