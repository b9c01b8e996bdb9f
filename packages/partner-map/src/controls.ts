import { formatDate } from '@koop/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { edgeGeometry, SECTORS, shapePath, TYPES } from './draw.js';
import type { NetworkIndex, Scope } from './graph.js';
import { sectorKey as sectorOfActor, type NodeSize } from './scene.js';
import type { MapLayout, PartnerMapStrings } from './strings.js';

/** The settings the controls and the legend change. */
export interface MapSettings {
  layout: MapLayout;
  view: 'map' | 'list';
  at: string | null;
  sectors: string | null;
  types: string | null;
}

/** What the controls and the legend show, for one render. */
export interface ControlsContext {
  s: PartnerMapStrings;
  locale: string;
  index: NetworkIndex;
  current: Scope;
  /** The layout in use. */
  layout: MapLayout;
  settings: Readonly<MapSettings>;
  /** `at` when it is a valid partial date. */
  date: string | undefined;
  nodeSize: NodeSize;
  change(settings: Partial<MapSettings>): void;
}

const ZIGZAG = edgeGeometry(2, 0, 34, 0, 0, 0, false, true).d;

/** The items of a comma-separated list attribute; null when it is empty (all). */
export const list = (value: string | null) =>
  value
    ? new Set(
        value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
      )
    : null;

/** A short sample of a relation type's line, as in the legend. */
export function lineKey(type: string) {
  return svg`<svg class="key line" viewBox="0 -8 36 16" aria-hidden="true" focusable="false">
      <path class="e t-${type}" d=${type === 'conflict' ? ZIGZAG : 'M2 0H34'}></path>
      ${type === 'funding' ? svg`<path class="e inner" d="M2 0H34"></path>` : nothing}
    </svg>`;
}

/** A sector's shape in its colour, as in the legend. */
export function sectorKey(sector: string) {
  return svg`<svg class="key s-${sector}" viewBox="-12 -12 24 24" aria-hidden="true" focusable="false">
      <path d=${shapePath(SECTORS.indexOf(sector as never), 7)}></path>
    </svg>`;
}

/** Layout and list buttons, and the time slider over the dates the network changes. */
export function renderControls(c: ControlsContext) {
  const { s, index, date, settings } = c;
  const changes = index.changes;
  let position = changes.length;
  if (date) {
    const key = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
    position = Math.max(0, changes.filter((change) => change <= key).length - 1);
  }
  const label = date ? formatDate(date, c.locale) : s.allTimes;
  const layouts: MapLayout[] = index.located ? ['force', 'sectors', 'geo'] : ['force', 'sectors'];
  const isList = settings.view === 'list';
  return html`<div class="controls" part="controls">
    <div class="buttons" role="toolbar" aria-label=${s.layoutLabel}>
      ${layouts.map(
        (option) =>
          html`<button
            type="button"
            aria-pressed=${option === c.layout && !isList ? 'true' : 'false'}
            @click=${() => c.change({ layout: option, view: 'map' })}
          >
            ${s.layout[option]}
          </button>`,
      )}
      <button
        type="button"
        aria-pressed=${isList ? 'true' : 'false'}
        @click=${() => c.change({ view: isList ? 'map' : 'list' })}
      >
        ${s.asList}
      </button>
    </div>
    ${
      changes.length
        ? html`<div class="time">
            <label for="at">${s.time}: <output for="at">${label}</output></label>
            <input
              id="at"
              type="range"
              min="0"
              max=${changes.length}
              .value=${String(position)}
              aria-valuetext=${label}
              @input=${(event: Event) => {
                const value = Number((event.target as HTMLInputElement).value);
                c.change({ at: changes[value] ?? null });
              }}
            />
          </div>`
        : nothing
    }
  </div>`;
}

/** The legend: a filter button for each sector and relation type in the scope, with its count. */
export function renderLegend(c: ControlsContext) {
  const { s, index, current, settings } = c;
  const sectorCount = new Map<string, number>();
  index.actors.forEach((actor, i) => {
    const key = sectorOfActor(actor);
    if (current.actors[i]) sectorCount.set(key, (sectorCount.get(key) ?? 0) + 1);
  });
  const typeCount = new Map<string, number>();
  for (const k of current.links) {
    const type = index.links[k].relation.type;
    typeCount.set(type, (typeCount.get(type) ?? 0) + 1);
  }
  const parents = index.actors.filter((_, i) => current.actors[i] && current.actors[index.parent[i]]).length;
  if (parents) typeCount.set('parent', parents);
  const sectors = list(settings.sectors);
  const types = list(settings.types);
  const toggle = (attribute: 'sectors' | 'types', all: string[], key: string) => {
    const shown = new Set(list(settings[attribute]) ?? all);
    if (!shown.delete(key)) shown.add(key);
    c.change({ [attribute]: all.every((item) => shown.has(item)) ? null : [...shown].join(',') });
  };
  const sectorKeys = [...SECTORS, 'none'].filter((sector) => sectorCount.has(sector));
  const typeKeys = [...TYPES, 'parent'].filter((type) => typeCount.has(type));
  const item = (pressed: boolean, key: TemplateResult, text: string, count: number, onClick: () => void) =>
    html`<button type="button" class="chip" aria-pressed=${pressed ? 'true' : 'false'} @click=${onClick}>
      ${key}<span>${text} <span class="count">(${count})</span></span>
    </button>`;
  return html`<details class="legend" part="legend" open>
    <summary>${s.legend}</summary>
    <div role="toolbar" aria-label=${s.sectors}>
      ${sectorKeys.map((sector) =>
        item(
          !sectors || sectors.has(sector),
          sectorKey(sector),
          s.sector[sector as keyof PartnerMapStrings['sector']],
          sectorCount.get(sector)!,
          () => toggle('sectors', sectorKeys, sector),
        ),
      )}
    </div>
    <div role="toolbar" aria-label=${s.types}>
      ${typeKeys.map((type) =>
        item(
          !types || types.has(type),
          lineKey(type),
          s.type[type as keyof PartnerMapStrings['type']],
          typeCount.get(type)!,
          () => toggle('types', typeKeys, type),
        ),
      )}
    </div>
    <p class="muted note">${s.size[c.nodeSize === 'circle' ? 'circle' : 'relations']}. ${s.directed}</p>
  </details>`;
}
