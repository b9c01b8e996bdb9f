// Serves the kit the way dist/ lays it out, from any folder: /__kit/<any/path>/koop-autoloader.js
// is the autoloader bundled as the build bundles it, and /__kit/<any/path>/<tag>.js next to it
// defines that element (from source), so tests see exactly which element modules a page requests;
// /__kit/<any/path>/koop.css is dist/koop.css.
import { bundle } from './bundle.mjs';
import { elements } from '../../scripts/elements.mjs';
import { koopCss } from '../../scripts/koop-css.mjs';

const sources = new Map(elements.map((element) => [element.name, element.source]));
let autoloader;

export async function kitMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__kit/')) return next();
  const file = ctx.path.slice(ctx.path.lastIndexOf('/') + 1);
  if (file === 'koop.css') {
    ctx.type = 'text/css';
    ctx.body = koopCss();
    return;
  }
  ctx.type = 'text/javascript';
  if (file === 'koop-autoloader.js') {
    autoloader ??= bundle({
      entryPoints: [new URL('../../packages/kit/src/autoloader.ts', import.meta.url).pathname],
    });
    ctx.body = await autoloader;
    return;
  }
  const source = sources.get(file.replace(/\.js$/, ''));
  if (!source) {
    ctx.status = 404;
    ctx.body = `// no such element module: ${file}`;
    return;
  }
  ctx.body = `import '/${source}';\n`;
}
