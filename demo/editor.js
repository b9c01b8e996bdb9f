// The editor page's one module: the editor element (its preview loads the widgets on demand).
// During development from source; a live site uses dist/koop-editor.js instead.
import '@koop/editor/koop-editor.js';

// ?lang=en shows the editor in English.
const lang = new URLSearchParams(location.search).get('lang');
if (lang === 'en') document.querySelector('koop-editor')?.setAttribute('lang', 'en');
