import { html, nothing } from 'lit';
import { ZOOMS, type Zoom } from './layout.js';
import type { TimelineStrings } from './strings.js';

/** What the buttons above the axis show and do, for one render. */
export interface ControlsContext {
  s: TimelineStrings;
  zoom: Zoom;
  /** The list shows (no zoom and pan buttons); narrow hosts have no list toggle, as they always list. */
  list: boolean;
  narrow: boolean;
  /** The window is at the axis's start or end; today lies on the axis. */
  atStart: boolean;
  atEnd: boolean;
  todayShown: boolean;
  setZoom: (zoom: Zoom) => void;
  /** Pans by a share of the window (negative: earlier). */
  panBy: (share: number) => void;
  toToday: () => void;
  toggleList: () => void;
}

export function renderControls(c: ControlsContext) {
  const s = c.s;
  return html`<div class="controls" part="controls">
    ${
      c.list
        ? nothing
        : html`<div class="group" role="group" aria-label=${s.zoomLabel}>
              ${ZOOMS.map(
                (z) =>
                  html`<button type="button" aria-pressed=${z === c.zoom} @click=${() => c.setZoom(z)}>
                    ${s.zoom[z]}
                  </button>`,
              )}
            </div>
            <div class="group" role="group" aria-label=${s.panLabel}>
              <button type="button" aria-disabled=${c.atStart} @click=${() => c.panBy(-0.5)}>
                <span aria-hidden="true">‹</span> ${s.earlier}
              </button>
              ${c.todayShown ? html`<button type="button" @click=${c.toToday}>${s.today}</button>` : nothing}
              <button type="button" aria-disabled=${c.atEnd} @click=${() => c.panBy(0.5)}>
                ${s.later} <span aria-hidden="true">›</span>
              </button>
            </div>`
    }
    ${
      c.narrow
        ? nothing
        : html`<button type="button" class="list-toggle" aria-pressed=${c.list} @click=${c.toggleList}>
            ${s.asList}
          </button>`
    }
  </div>`;
}
