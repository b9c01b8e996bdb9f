// What only some readers need: the details of selected conflicts, a role's history and the
// notice about contradictions in the data. Loaded on demand, so the element module stays small.
import {
  roleFindings,
  type Actor,
  type Assignment,
  type KoopDocument,
  type LocalizedText,
  type Problem,
} from '@koop/schema';
import { explainFindings } from '@koop/schema/explain.js';
import { LocalizedStrings } from '@koop/core';
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { RoleConflict } from './conflicts.js';
import { roleHistory } from './history.js';
import type { RoleMatrix } from './matrix.js';
import type { RoleMatrixStrings } from './strings.js';

export interface PanelStrings {
  statusLabel: string;
  details: (actor: string) => string;
  mitigation: string;
  noMitigation: string;
  period: string;
  source: string;
  explicit: string;
  alsoRule: string;
  rule: string;
  ruleFallback: string;
  guide: (section: string) => string;
  close: string;
  history: (role: string) => string;
  vacancy: (after: string, before: string) => string;
  current: string;
  problems: (count: number) => string;
}

const de: PanelStrings = {
  statusLabel: 'Status',
  details: (actor) => `Rollenkonflikt: ${actor}`,
  mitigation: 'Vereinbarter Umgang',
  noMitigation: 'Noch keiner vereinbart.',
  period: 'Zeitraum',
  source: 'Quelle',
  explicit: 'Von den Partnern benannt.',
  alsoRule: 'Entspricht der Regel:',
  rule: 'Erkannt durch die Regel:',
  ruleFallback: 'Die Partner halten diese Rollen für unvereinbar.',
  guide: (section) => `Leitfaden Ko-Produktion, „${section}“`,
  close: 'Schließen',
  history: (role) => `Verlauf: ${role}`,
  vacancy: (after, before) => `Unbesetzt zwischen ${after} und ${before}`,
  current: 'aktuell',
  problems: (n) =>
    n === 1 ? '1 Hinweis zu Rollen und Konflikten:' : `${n} Hinweise zu Rollen und Konflikten:`,
};

export const strings = new LocalizedStrings<PanelStrings>(de, {
  en: () => import('./panels.en.js').then((module) => module.en),
});

/** The panels' styles, adopted by an element when it first shows a panel. */
export const styles = css`
  .panel {
    margin-top: 1em;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-inline-start: 0.35em solid var(--_danger);
    border-radius: var(--_radius);
  }

  #history {
    border-inline-start-color: var(--_border);
  }

  .panel-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: flex-start;
    gap: 0.5em;
  }

  /* A title with a long word (a URL, a compound) wraps instead of widening the panel. */
  .panel-head > [role='heading'] {
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .panel ul,
  .panel ol {
    list-style: none;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    margin-top: 0.5em;
  }

  .pair {
    font-weight: 700;
  }

  dl {
    margin: 0;
    display: grid;
    gap: 0.25em;
  }

  dl div {
    display: grid;
    grid-template-columns: minmax(0, 11em) minmax(0, 1fr);
    gap: 0 0.75em;
  }

  dt {
    font-weight: 700;
  }

  dd {
    margin: 0;
  }

  .status-open {
    color: var(--_danger);
  }

  .status-mitigated {
    color: var(--_warning);
  }

  .status-resolved {
    color: var(--_success);
  }

  .status .icon {
    margin-inline-end: 0.3em;
  }

  .timeline .gap {
    font-style: italic;
    color: var(--_muted);
  }

  .current {
    margin-inline-start: 0.4em;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 1em;
    font-size: 0.9em;
  }

  @container (max-width: 30em) {
    dl div {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  @media (forced-colors: active) {
    .panel {
      border-color: CanvasText;
    }
    .status {
      color: CanvasText;
    }
  }
`;

const icon = (shape: unknown, name: string) =>
  svg`<svg class="icon ${name}" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${shape}</svg>`;

// a ring: no status recorded
const ring = icon(
  svg`<path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 2.5a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9z"/>`,
  'none',
);

/** One shape per conflict status, so the status never rests on colour alone. */
const statusIcons = {
  // a triangle with an exclamation mark
  open: icon(svg`<path d="M8 1l7.5 14H.5zM7 6v4.5h2V6zm0 5.5v2h2v-2z"/>`, 'open'),
  // a shield
  mitigated: icon(
    svg`<path d="M8 .5l6.5 2.5v4.5c0 4-3 7-6.5 8.5C4.5 14.5 1.5 11.5 1.5 7.5V3z"/>`,
    'mitigated',
  ),
  // a circle with a tick
  resolved: icon(
    svg`<path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm3.3 3.8l1.4 1.4L7 11.9 3.3 8.2l1.4-1.4L7 9.1z"/>`,
    'resolved',
  ),
  unnamed: ring,
  unknown: ring,
};

/** What the panels borrow from the element. */
export interface PanelContext {
  /** The element's strings (mandate, staffing) and the panels' own. */
  m: RoleMatrixStrings;
  s: PanelStrings;
  text: (value: LocalizedText | undefined) => string;
  /** Document text as content, marked with its language where that is not the UI's. */
  docText: (value: LocalizedText | undefined) => unknown;
  period: (since?: string, until?: string) => string;
  /** Where an assignment's role is held (`in`), in words; empty when it does not say. */
  heldIn: (assignment: Assignment) => string;
  day: (date?: string) => string;
  /** `aria-level` of the panels' headings. */
  level: number;
  document: KoopDocument;
  matrix: RoleMatrix;
  /** The element's list of data problems (where, what, and the paths for the data's maintainer). */
  problems: (problems: Problem[]) => TemplateResult;
}

const actorName = (c: PanelContext, id = '') => {
  const actor: Actor | undefined = c.document.actors?.find((a) => a.id === id);
  return actor ? c.text(actor.shortName ?? actor.name) : id;
};
const roleName = (c: PanelContext, id = '') => c.text(c.matrix.roles.find((r) => r.id === id)?.name) || id;

function panel(c: PanelContext, id: string, title: string, close: () => void, body: TemplateResult) {
  return html`<div class="panel" id=${id} part=${id} role="region" aria-labelledby="${id}-heading">
    <div class="panel-head">
      <div role="heading" aria-level=${c.level} id="${id}-heading">${title}</div>
      <button type="button" class="close" @click=${close}>${c.s.close}</button>
    </div>
    ${body}
  </div>`;
}

/** Description, status, mitigation, period and source of each conflict. */
export function detailsPanel(c: PanelContext, actor: string, conflicts: RoleConflict[], close: () => void) {
  const s = c.s;
  const fact = (term: string, value: unknown, className = '') =>
    html`<div>
      <dt>${term}</dt>
      <dd class=${className}>${value}</dd>
    </div>`;
  return panel(
    c,
    'details',
    s.details(actorName(c, actor)),
    close,
    html`<ul role="list">
      ${conflicts.map((conflict) => {
        const explicit = conflict.conflict;
        const status = explicit ? (explicit.status ?? 'unknown') : 'unnamed';
        const rule = conflict.rule;
        const periods = conflict.periods.map((p) => c.period(p.since, p.until)).filter(Boolean);
        const description = c.text(explicit?.description);
        return html`<li>
          <p class="pair">${conflict.roles.map((id) => roleName(c, id)).join(' × ')}</p>
          ${description ? html`<p>${c.docText(explicit?.description)}</p>` : nothing}
          <dl>
            ${fact(s.statusLabel, html`${statusIcons[status]}${c.m.conflictStatus[status]}`, `status status-${status}`)}
            ${fact(s.mitigation, c.text(explicit?.mitigation) ? c.docText(explicit?.mitigation) : s.noMitigation)}
            ${periods.length ? fact(s.period, periods.join('; ')) : nothing}
            ${fact(
              s.source,
              html`${explicit ? s.explicit : nothing}
              ${
                rule
                  ? html`${explicit ? s.alsoRule : s.rule}
                    ${c.text(rule.description) || s.ruleFallback}${rule.section ? ` (${s.guide(rule.section)})` : nothing}`
                  : nothing
              }`,
            )}
          </dl>
        </li>`;
      })}
    </ul>`,
  );
}

/** Who held the role when, earliest first, with vacancies; the holders of the day shown marked. */
export function historyPanel(c: PanelContext, role: string, close: () => void) {
  const s = c.s;
  const current = new Set(c.matrix.at ? c.matrix.rows.flatMap((row) => row.cells.get(role) ?? []) : []);
  return panel(
    c,
    'history',
    s.history(roleName(c, role)),
    close,
    html`<ol class="timeline" role="list">
      ${roleHistory(c.document, role).map((item) => {
        if (item.gap)
          return html`<li class="gap">${s.vacancy(c.day(item.gap.after), c.day(item.gap.before))}</li>`;
        const a = item.assignment;
        const holder = c.text(a.holder);
        const facts = [
          c.period(a.since, a.until),
          c.heldIn(a),
          a.staffing && c.m.staffing[a.staffing],
          a.mandate && c.m.mandate[a.mandate],
        ]
          .filter(Boolean)
          .join(' · ');
        const note = c.text(a.note);
        return html`<li>
          <strong>${actorName(c, a.actor)}</strong>${holder ? ` – ${holder}` : nothing}
          ${current.has(a) ? html`<span class="current">${s.current}</span>` : nothing}
          ${facts ? html`<span class="facts">${facts}</span>` : nothing}
          ${note ? html`<span class="note">${note}</span>` : nothing}
        </li>`;
      })}
    </ol>`,
  );
}

/**
 * The contradictions between conflicts, rules and assignments on the day shown, in the words
 * the data check uses for them (see `roleFindings`).
 */
export function problemsNotice(c: PanelContext) {
  const problems = explainFindings(roleFindings(c.document, c.matrix.at), c.document);
  return html`<div class="notice" part="problems">
    <p>${c.s.problems(problems.length)}</p>
    ${c.problems(problems)}
  </div>`;
}
