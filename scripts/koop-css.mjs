// dist/koop.css, the stylesheet a page links before the kit's modules: every widget tag is a
// block that reserves its space (as its own styles do once defined, see reserve.styles.ts)
// while the element is not defined yet, so the page does not shift when the module arrives.
// Written by the build from the element list, so a widget added there is covered.
import { elements } from './elements.mjs';

export const widgetTags = () => elements.map((e) => e.name).filter((name) => name !== 'koop-data');

export function koopCss(tags = widgetTags()) {
  const all = `:where(${tags.join(', ')})`;
  return `/* Koop: reserves each widget's space before its module and document arrive (no layout shift). */
${all} {
  display: block;
}

${all}[hidden] {
  display: none;
}

/* The fallback content sits where the widget's box will show it (its padding), so it does not move. */
${all}:not(:defined) {
  box-sizing: border-box;
  padding: var(--koop-padding, 1em);
  min-height: var(--koop-height, 45em);
  min-height: attr(height type(<length>), var(--koop-height, 45em));
}

${elements
  .filter((e) => e.reserve && tags.includes(e.name))
  .map(
    (e) => `:where(${e.name}):not(:defined) {
  min-height: var(--koop-height, ${e.reserve});
  min-height: attr(height type(<length>), var(--koop-height, ${e.reserve}));
}
`,
  )
  .join('\n')}
@media print {
  ${all}:not(:defined) {
    min-height: 0;
    padding: 0;
  }
}
`;
}
