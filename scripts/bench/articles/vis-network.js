// The vis-network peer page: the same graph as the Koop map's page.
import { Network } from '/node_modules/vis-network/standalone/esm/vis-network.min.js';

const data = await (await fetch('/bench-data/vis-500.json')).json();
new Network(document.getElementById('peer'), data, {});
