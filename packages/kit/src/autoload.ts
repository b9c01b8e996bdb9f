/** Every element of the kit; each is defined by `<tag>.js` next to the autoloader in dist/. */
export const elementTags = [
  'koop-data',
  'koop-goal-tracker',
  'koop-transparency-feed',
  'koop-milestone-timeline',
  'koop-role-matrix',
  'koop-partner-map',
  'koop-cooperation-summary',
  'koop-actor-directory',
] as const;

const selector = elementTags.join(',');
const isKitTag = (name: string) => (elementTags as readonly string[]).includes(name);

/**
 * Imports the module of every kit element present under `root`, now and whenever one is added
 * later, each at most once. Only the kit's own tags are looked up, so markup on the page can
 * never make the autoloader request an arbitrary URL. Returns a function that stops watching.
 */
export function autoload(
  root: Document | Element | DocumentFragment,
  load: (tag: string) => Promise<unknown>,
): () => void {
  const requested = new Set<string>();
  const request = (tag: string) => {
    if (requested.has(tag) || customElements.get(tag)) return;
    requested.add(tag);
    load(tag).catch((error: unknown) => {
      // The tag keeps showing its fallback content; inserting one again tries again.
      requested.delete(tag);
      console.error(`Koop: could not load <${tag}>`, error);
    });
  };
  const scan = (node: ParentNode) => {
    if (node instanceof Element && isKitTag(node.localName)) request(node.localName);
    for (const element of node.querySelectorAll(selector)) request(element.localName);
  };
  scan(root);
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    if (elementTags.every((tag) => requested.has(tag))) observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
