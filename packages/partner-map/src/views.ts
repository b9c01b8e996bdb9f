/**
 * The views loaded on demand: the details of the selected actor with its path distances, the
 * selection drawn on the overlay, and the list view. Loaded after the first paint, so the
 * element module stays small.
 */
import type { Actor, LocalizedText, RelationType } from '@koop/schema';
import { formatAmount, formatDate, LocalizedStrings, LONG_LIST, safeLink } from '@koop/core';
import { css, html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { round, shapePath, wrapLabel } from './draw.js';
import { distances, type NetworkIndex } from './graph.js';
import { placeLabels, pushTo } from './layout.js';
import {
  LINE,
  sectorKey,
  sectorOf,
  type LabelSet,
  type Placement,
  type Scene,
  type Visible,
} from './scene.js';
import type { PartnerMapStrings } from './strings.js';

export interface ViewStrings {
  partOf: string;
  since: string;
  until: string;
  place: string;
  roles: string;
  distances: string;
  unreachable: string;
  clear: string;
  /** How a relation reads from one actor: [outgoing, incoming, both ways or undirected], followed by the other actor. */
  relation: Record<RelationType, [string, string, string]>;
  /** Said of a relation that runs both ways (`direction: mutual`). */
  mutual: string;
}

const de: ViewStrings = {
  partOf: 'Teil von',
  since: 'seit',
  until: 'bis',
  place: 'Ort',
  roles: 'Rollen',
  distances: 'Pfaddistanzen',
  unreachable: 'nicht erreichbar',
  clear: 'Auswahl aufheben',
  relation: {
    cooperation: ['kooperiert mit', 'kooperiert mit', 'kooperiert mit'],
    funding: ['fördert', 'gefördert von', 'Förderung mit'],
    mandate: ['beauftragt', 'beauftragt von', 'Auftrag mit'],
    membership: ['Mitglied in', 'hat als Mitglied', 'Mitgliedschaft mit'],
    information: ['informiert', 'informiert von', 'Informationsaustausch mit'],
    advice: ['berät', 'beraten von', 'Beratung mit'],
    dependency: ['abhängig von', 'Abhängigkeit seitens', 'gegenseitig abhängig mit'],
    conflict: ['im Konflikt mit', 'im Konflikt mit', 'im Konflikt mit'],
    other: ['in Beziehung zu', 'in Beziehung mit', 'in Beziehung mit'],
  },
  mutual: 'gegenseitig',
};

/** The views' own strings: German here, English loaded on demand. */
export const strings = new LocalizedStrings<ViewStrings>(de, {
  en: () => import('./views.en.js').then((module) => module.en),
});

/** What the views need from the element. */
export interface ViewContext {
  s: PartnerMapStrings;
  v: ViewStrings;
  locale: string;
  url?: string;
  placement: Placement;
  text(value: LocalizedText | undefined): string;
  /** Document text as content, marked with its language where that is not the UI's. */
  docText(value: LocalizedText | undefined): unknown;
  name(actor: Actor | undefined): string;
  level(depth: number): number;
  select(i: number, focus?: boolean): void;
  measure(text: string): number;
  label(x: number, y: number, lines: string[], type: string): SVGTemplateResult;
  lineKey(type: string): SVGTemplateResult;
  sectorKey(sector: string): SVGTemplateResult;
  /** The "Verknüpft" mark of an actor linked to a selection made in another widget, if it is. */
  mark(i: number): unknown;
}

/** Styles of the views, adopted by the element when they have loaded. */
export const styles = css`
  .scrim {
    fill: var(--_surface);
    opacity: 0.75;
  }

  .ring {
    fill: none;
    vector-effect: non-scaling-stroke;
    stroke: var(--_text);
    stroke-width: 2.5;
  }

  .n.selected path {
    stroke-width: 3;
  }

  .selection .e {
    stroke-width: 3.5;
  }

  .selection .t-funding {
    stroke-width: 7;
  }

  .selection .inner {
    stroke-width: 2.5;
  }

  .lb.rel {
    font-style: italic;
  }

  .details {
    margin-top: 1em;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }

  .details ul,
  .list ul {
    list-style: disc;
    padding-inline-start: 1.25em;
    margin: 0 0 0.5em;
  }

  .subheading {
    font-size: 1em;
    margin: 0.75em 0 0.25em;
  }

  .jump {
    min-height: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
  }

  .list {
    list-style: none;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }

  /* Long lists only: off-screen items skip layout and paint (a short one would leave blank
   * areas in full-page captures for nothing; print shows every item, see the theme). */
  .list.long > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 6em;
  }

  .list > li {
    border-top: 1px solid var(--_border);
    padding-top: 0.5em;
  }

  .list-name {
    display: flex;
    align-items: center;
    gap: 0.4em;
    margin: 0;
  }

  /* A long name wraps (as a flex item it would keep the width of its longest word). */
  .list-name > span {
    min-width: 0;
  }

  @container (min-width: 60em) {
    .details {
      columns: 2 18em;
    }
  }

  @media (forced-colors: active) {
    .scrim {
      fill: Canvas;
    }
    .n.selected path,
    .ring,
    .selection .e:not(.inner) {
      stroke: Highlight;
    }
    .selection .a {
      fill: Highlight;
    }
    .details {
      border-color: CanvasText;
    }
  }
`;

/**
 * The selection on the overlay: the selected actor's relations, drawn again thicker; it and its
 * neighbours with their labels (hidden ones wherever they now fit); a ring around it; and each
 * relation's label at its middle where it fits without overlap.
 */
export function renderSelection(
  c: ViewContext,
  index: NetworkIndex,
  shown: Visible,
  scene: Scene,
  set: LabelSet,
  selected: number,
) {
  const s = c.s;
  const scale = set.scale;
  const { x, y } = c.placement;
  const links = shown.byActor.get(selected) ?? [];
  const actors = [
    ...new Set([selected, ...links.map((k) => index.links[k].s), ...links.map((k) => index.links[k].t)]),
  ];
  type Item = { x: number; y: number; r: number; lines: string[]; type: string; k?: number };
  const items: Item[] = [];
  const shownLabels: TemplateResult[] = [];
  for (const i of actors) {
    const box = set.boxes.get(i);
    if (box)
      shownLabels.push(c.label((box[0] + box[2]) / 2, (box[1] + box[3]) / 2, scene.lines.get(i)!, 'lb'));
    else items.push({ x: x[i], y: y[i], r: scene.r[i], lines: scene.lines.get(i)!, type: 'lb' });
  }
  for (const k of links) {
    const relation = index.links[k].relation;
    const g = scene.geometry.get(k)!;
    const text = c.text(relation.label) || s.type[relation.type];
    items.push({ x: g.mx, y: g.my, r: 0, lines: wrapLabel(text, 24), type: 'lb rel', k });
  }
  // Only what lies near the selection can be in the way (labels are at most ~240 px wide).
  let area = [Infinity, Infinity, -Infinity, -Infinity];
  for (const i of actors)
    area = [
      Math.min(area[0], x[i]),
      Math.min(area[1], y[i]),
      Math.max(area[2], x[i]),
      Math.max(area[3], y[i]),
    ];
  const reach = 260 / scale;
  const near = (box: number[]) =>
    box[2] > area[0] - reach &&
    box[0] < area[2] + reach &&
    box[3] > area[1] - reach &&
    box[1] < area[3] + reach;
  const obstacles = [...set.boxes.values(), ...set.titles].filter(near);
  for (const i of scene.nodes) {
    const box: [number, number, number, number] = [
      x[i] - scene.r[i],
      y[i] - scene.r[i],
      x[i] + scene.r[i],
      y[i] + scene.r[i],
    ];
    if (near(box)) obstacles.push(box);
  }
  // Relation labels that do not fit at the middle try a third of the way from either end.
  const labels: TemplateResult[] = [];
  let pending = items;
  for (const t of [0.5, 0.3, 0.7]) {
    const anchor = (item: Item, axis: 'x' | 's') => {
      if (item.k === undefined || t === 0.5) return axis === 'x' ? item.x : item.y;
      const { s: a, t: b } = index.links[item.k];
      const [from, to] = axis === 'x' ? [x[a], x[b]] : [y[a], y[b]];
      return from + (to - from) * t;
    };
    const w = pending.map((item) => (Math.max(...item.lines.map((line) => c.measure(line))) + 4) / scale);
    const h = pending.map((item) => (item.lines.length * LINE + 2) / scale);
    const placed = placeLabels(
      pending.map((_, k) => k),
      pending.map((item) => anchor(item, 'x')),
      pending.map((item) => anchor(item, 's')),
      pending.map((item) => item.r),
      w,
      h,
      obstacles,
      2 / scale,
    );
    const next: Item[] = [];
    pending.forEach((item, k) => {
      if (Number.isNaN(placed.x[k])) {
        if (item.k !== undefined) next.push(item);
        return;
      }
      obstacles.push([
        placed.x[k] - w[k] / 2,
        placed.y[k] - h[k] / 2,
        placed.x[k] + w[k] / 2,
        placed.y[k] + h[k] / 2,
      ]);
      labels.push(c.label(placed.x[k], placed.y[k], item.lines, item.type));
    });
    pending = next;
  }
  return svg`<g class="selection">${links.map((k) => {
    const type = index.links[k].relation.type;
    const g = scene.geometry.get(k)!;
    return svg`<path class="e t-${type}" d=${g.d}></path>${
      type === 'funding' ? svg`<path class="e inner" d=${g.d}></path>` : nothing
    }${g.arrow ? svg`<path class="a t-${type}" d=${g.arrow}></path>` : nothing}`;
  })}${actors.map(
    (i) =>
      svg`<g class="n s-${sectorKey(index.actors[i])} ${i === selected ? 'selected' : ''}" transform="translate(${round(x[i])} ${round(y[i])})"><path d=${shapePath(
        sectorOf(index.actors[i]),
        round(scene.r[i]),
      )}></path></g>`,
  )}<path class="ring" transform="translate(${round(x[selected])} ${round(y[selected])})" d=${shapePath(
    -1,
    round(scene.r[selected] + 6),
  )}></path>${shownLabels}${labels}</g>`;
}

function periodText(c: ViewContext, since?: string, until?: string): string {
  const locale = c.locale;
  if (since && until) return `${formatDate(since, locale)} – ${formatDate(until, locale)}`;
  if (since) return `${c.v.since} ${formatDate(since, locale)}`;
  return until ? `${c.v.until} ${formatDate(until, locale)}` : '';
}

/** Kind, sector and circle of an actor, as one line. */
const facts = (c: ViewContext, actor: Actor) =>
  [actor.kind && c.s.kind[actor.kind], c.s.sector[sectorKey(actor)], actor.circle && c.s.circle[actor.circle]]
    .filter(Boolean)
    .join(' · ');

/**
 * One relation from the point of view of actor `i`, after its line key: "fördert X: label
 * (120.000 €, period)"; a relation of another kind reads as its label ("kennt sich X").
 */
function relationText(c: ViewContext, index: NetworkIndex, k: number, i: number) {
  const { relation, s: source, t, direction } = index.links[k];
  const other = source === i ? t : source;
  const phrases = c.v.relation[relation.type] ?? c.v.relation.cooperation;
  const label = c.text(relation.label);
  const phrase =
    relation.type === 'other' && label ? label : phrases[direction !== 'one-way' ? 2 : source === i ? 0 : 1];
  const facts = [
    direction === 'mutual' && c.v.mutual,
    formatAmount(relation.amount, c.locale),
    periodText(c, relation.since, relation.until),
  ].filter(Boolean);
  return {
    other,
    before: html`${c.lineKey(relation.type)}${phrase} `,
    after: `${label && phrase !== label ? `: ${label}` : ''}${facts.length ? ` (${facts.join(', ')})` : ''}`,
  };
}

export function renderDetails(c: ViewContext, index: NetworkIndex, shown: Visible, i: number) {
  const s = c.s;
  const actor = index.actors[i];
  const parent = index.parent[i];
  const description = c.text(actor.description);
  const roles = index.roles.get(i) ?? [];
  const links = shown.byActor.get(i) ?? [];
  const distance = distances(index.actors.length, index, shown.links, i);
  const groups = new Map<number, string[]>();
  index.actors.forEach((other, j) => {
    if (j === i || !shown.visible[j]) return;
    pushTo(groups, distance[j], c.name(other));
  });
  const jump = (j: number) => {
    const select = () => c.select(j, true);
    return html`<button type="button" class="jump" @click=${select}>${c.name(index.actors[j])}</button>`;
  };
  const subheading = (text: string) =>
    html`<div role="heading" aria-level=${c.level(2)} class="subheading">${text}</div>`;
  const period = periodText(c, actor.since, actor.until);
  return html`<section class="details" part="details" aria-labelledby="details-heading">
    <div role="heading" aria-level=${c.level(1)} id="details-heading">${c.docText(actor.name)}</div>
    <p class="muted">${facts(c, actor)}</p>
    ${description ? html`<p>${c.docText(actor.description)}</p>` : nothing}
    ${parent >= 0 ? html`<p>${c.v.partOf}: ${jump(parent)}</p>` : nothing}
    ${actor.location?.label ? html`<p>${c.v.place}: ${c.docText(actor.location.label)}</p>` : nothing}
    ${period ? html`<p>${period}</p>` : nothing}
    ${actor.url ? html`<p>${safeLink(actor.url, actor.url, c.url)}</p>` : nothing}
    ${
      roles.length
        ? html`${subheading(c.v.roles)}
            <ul>
              ${roles.map(
                ({ assignment, role }) =>
                  html`<li>
                    ${c.text(role?.name) || assignment.role}${assignment.holder ? ` (${c.text(assignment.holder)})` : ''}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    ${subheading(`${s.types}: ${links.length}`)}
    <ul>
      ${links.map((k) => {
        const text = relationText(c, index, k, i);
        return html`<li>${text.before}${jump(text.other)}${text.after}</li>`;
      })}
    </ul>
    ${subheading(c.v.distances)}
    <ul class="distances">
      ${[...groups.keys()]
        .sort((a, b) => a - b)
        .map((d) => {
          const names = groups.get(d)!;
          return html`<li>
            <strong>${d === Infinity ? c.v.unreachable : s.steps(d)}:</strong>
            ${names.slice(0, 40).join(', ')}${names.length > 40 ? ` … (+${names.length - 40})` : ''}
          </li>`;
        })}
    </ul>
    <button type="button" @click=${() => c.select(-1)}>${c.v.clear}</button>
  </section>`;
}

export function renderList(c: ViewContext, index: NetworkIndex, shown: Visible) {
  const s = c.s;
  const order = index.actors
    .map((_, i) => i)
    .filter((i) => shown.visible[i])
    .sort((a, b) => c.name(index.actors[a]).localeCompare(c.name(index.actors[b]), c.locale));
  return html`<ul class="list${order.length > LONG_LIST ? ' long' : ''}" part="list" role="list">
    ${order.map((i) => {
      const actor = index.actors[i];
      const links = shown.byActor.get(i) ?? [];
      return html`<li>
        <div role="heading" aria-level=${c.level(1)} class="list-name">
          ${c.sectorKey(sectorKey(actor))}<span>${c.docText(actor.name)}</span>
        </div>
        ${c.mark(i)}
        <p class="muted">
          ${facts(c, actor)}${index.parent[i] >= 0 ? ` · ${c.v.partOf}: ${c.name(index.actors[index.parent[i]])}` : ''}
        </p>
        ${
          links.length
            ? html`<ul>
                ${links.map((k) => {
                  const text = relationText(c, index, k, i);
                  return html`<li>${text.before}${c.name(index.actors[text.other])}${text.after}</li>`;
                })}
              </ul>`
            : html`<p class="muted">${s.relations(0)}</p>`
        }
      </li>`;
    })}
  </ul>`;
}
