// The builder page's one module: the kit (for the live preview) and the builder itself.
import '@koop/kit/koop.js';
import './koop-snippet-builder.js';
