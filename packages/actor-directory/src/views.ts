/**
 * The views loaded on demand: an actor's details (its roles, relations and entries in the same
 * document) and the body of the "Auswertung für die Planung" (table, bar chart, gaps), with
 * their styles. Loaded when the reader opens one, so the element module stays small.
 */
import type { KoopDocument, LocalizedText } from '@koop/schema';
import { formatDate, idFragment, safeLink } from '@koop/core';
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { ActorItem, DirectoryIndex, PlanningTable } from './directory-index.js';
import type { DirectoryStrings } from './strings.js';

export { directoryStrings as strings } from './strings.js';

/** What the views are drawn with, from the element, for one render. */
export interface ViewContext {
  s: DirectoryStrings;
  locale: string;
  /** The document's URL, the base of its relative links. */
  url: string | undefined;
  text(value: LocalizedText | undefined): string;
  docText(value: LocalizedText | undefined): TemplateResult | string;
  level(depth: number): number;
}

/** Gaps named in words; the table shows them all. */
const LISTED_GAPS = 12;
/** Entries of the record named in an actor's details. */
const LISTED_ENTRIES = 8;

/** The actor's place in the cooperation: roles, relations and entries of the same document. */
export function renderDetails(
  c: ViewContext,
  item: ActorItem,
  document: KoopDocument,
  index: DirectoryIndex,
) {
  const s = c.s;
  const id = item.actor.id;
  const name = (actorId: string) => {
    const other = index.actorsById.get(actorId)?.actor;
    return other ? c.docText(other.shortName ?? other.name) : actorId;
  };
  const roles = (document.roles ?? []).filter((role) =>
    (document.assignments ?? []).some((a) => a.actor === id && a.role === role.id),
  );
  const relations = (document.relations ?? []).filter((r) => r.source === id || r.target === id);
  const entries = (document.entries ?? [])
    .filter((e) => e.actors?.includes(id) || e.how?.body === id)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const list = (heading: string, items: unknown[]) =>
    items.length
      ? html`<div role="heading" aria-level=${c.level(2)} class="details-heading">${heading}</div>
          <ul>
            ${items.map((content) => html`<li>${content}</li>`)}
          </ul>`
      : nothing;
  return html`${
    item.actor.url
      ? html`<p>
          ${s.website}: ${safeLink(item.actor.url, item.actor.url.replace(/^https?:\/\//, ''), c.url)}
        </p>`
      : nothing
  }
  ${list(
    s.roles,
    roles.map((role) => c.docText(role.name)),
  )}
  ${list(
    s.relations,
    relations.map(
      (r) => html`${s.relationTypes[r.type] ?? r.type}: ${name(r.source === id ? r.target : r.source)}`,
    ),
  )}
  ${list(
    s.entries,
    entries
      .slice(0, LISTED_ENTRIES)
      .map(
        (entry) =>
          html`<time datetime=${entry.date}>${formatDate(entry.date.slice(0, 10), c.locale)}</time>:
            <a href="#koop-entry-${idFragment(entry.id)}">${c.docText(entry.title)}</a>`,
      ),
  )}`;
}

export function renderPlanningBody(c: ViewContext, index: DirectoryIndex, table: PlanningTable) {
  const s = c.s;
  const group = (i: number) => c.text(index.targetGroups.get(table.groups[i])?.label);
  const district = (i: number) => c.text(index.districts.get(table.districts[i])?.label);
  const gaps: string[] = [];
  table.counts.forEach((row, g) =>
    row.forEach((count, d) => {
      if (!count) gaps.push(`${group(g)} – ${district(d)}`);
    }),
  );
  const max = Math.max(1, ...table.totals);
  const formatCount = (n: number) => n.toLocaleString(c.locale);
  return html`<p class="muted">${s.planningHint}</p>
    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="planning-caption">
      <table>
        <caption id="planning-caption">
          ${s.planningTable}
        </caption>
        <thead>
          <tr>
            <th scope="col">${s.planningCorner}</th>
            ${table.districts.map((_, d) => html`<th scope="col">${district(d)}</th>`)}
            <th scope="col">${s.total}</th>
          </tr>
        </thead>
        <tbody>
          ${table.groups.map(
            (_, g) =>
              html`<tr>
                <th scope="row">${group(g)}</th>
                ${table.counts[g].map((count) =>
                  count
                    ? html`<td>${formatCount(count)}</td>`
                    : html`<td class="gap">0 <span class="gap-mark">${s.gap}</span></td>`,
                )}
                <td class="total">${formatCount(table.totals[g])}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <figure class="chart">
      <figcaption>${s.chart}</figcaption>
      <ul role="list">
        ${table.groups.map(
          (_, g) =>
            html`<li class=${table.totals[g] ? '' : 'gap'}>
              <span class="bar-label">${group(g)}: ${formatCount(table.totals[g])}</span>
              <svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
                ${svg`<rect width=${(100 * table.totals[g]) / max} height="1"></rect>`}
              </svg>
            </li>`,
        )}
      </ul>
    </figure>
    <p class="gaps">
      ${
        gaps.length
          ? s.gaps(
              gaps.length > LISTED_GAPS
                ? `${gaps.slice(0, LISTED_GAPS).join('; ')} … (${gaps.length})`
                : gaps.join('; '),
            )
          : s.noGaps
      }
    </p>`;
}

export const styles = css`
  .details {
    border-top: 1px dashed var(--_border);
    margin-top: 0.5em;
    padding-top: 0.5em;
  }

  .details ul {
    list-style: disc;
    padding-inline-start: 1.25em;
    margin-bottom: 0.5em;
  }

  .details-heading {
    font-weight: 700;
  }

  .table-scroll {
    overflow-x: auto;
    max-width: 100%;
  }

  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.25em;
  }

  td {
    font-variant-numeric: tabular-nums;
  }

  td.gap {
    color: var(--_danger);
    font-weight: 700;
  }

  .chart {
    margin: 0.75em 0;
  }

  .chart figcaption {
    font-weight: 700;
  }

  .chart ul {
    list-style: none;
    display: grid;
    gap: 0.25em;
    max-width: 30em;
  }

  .bar {
    display: block;
    width: 100%;
    height: 0.75em;
    fill: var(--_accent);
    background: var(--_raised);
  }

  .chart .gap .bar-label {
    color: var(--_danger);
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
      border: 1px solid CanvasText;
    }
  }
`;
