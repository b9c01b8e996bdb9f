// dist/koop-autoloader.js: one script tag for a CMS page. Loads only the modules of the koop-*
// tags on the page (and of tags added later), from the folder this script was itself loaded from.
import { autoload } from './autoload.js';

// A variable, not `import.meta.url` inline: bundlers resolve `new URL('…', import.meta.url)` at
// build time, and the element modules sit next to the autoloader only in dist/.
const base = import.meta.url;

autoload(document, (tag) => import(/* @vite-ignore */ new URL(`${tag}.js`, base).href));
