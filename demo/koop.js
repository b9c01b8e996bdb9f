// The demo page loads the kit the way an editor's page does: one module script. During
// development this file pulls the kit from source; a live site uses dist/koop.js instead.
import '@koop/kit/koop.js';
