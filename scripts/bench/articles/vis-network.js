// The vis-network peer page: the same graph as the Koop map's page, drawn after the page's
// first paint (as the Koop widget draws when its document has arrived).
import { Network } from '/node_modules/vis-network/standalone/esm/vis-network.min.js';

const data = await (await fetch('/bench-data/vis-500.json')).json();
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
new Network(document.getElementById('peer'), data, {});
