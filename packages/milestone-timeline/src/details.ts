import type { LocalizedText, Milestone, Phase } from '@koop/schema';
import { chevron, formatAmount, formatDate, LONG_LIST, type LinkedItems } from '@koop/core';
import { html, nothing, type TemplateResult } from 'lit';
import { milestoneIcon } from './icons.js';
import type { TimelineStrings } from './strings.js';
import {
  delayBetween,
  type FundingCliff,
  type PlacedPhase,
  type TimelineIndex,
  type TimelineMilestone,
} from './timeline-index.js';

/** The widget's texts and language for one render: what every view of the timeline reads. */
export interface TextContext {
  s: TimelineStrings;
  locale: string;
  /** A localized value as text, and as content (in a `lang` span where its language differs). */
  text: (value: LocalizedText | undefined) => string;
  docText: (value: LocalizedText | undefined) => TemplateResult | string;
  /** Level for `aria-level` of headings `depth` below the widget's top level. */
  level: (depth?: number) => number;
}

export const STATUS_ORDER = ['reached', 'delayed', 'planned', 'dropped'] as const;

export const date = (c: TextContext, value: string | undefined): string => formatDate(value, c.locale);

const time = (c: TextContext, value: string | undefined) =>
  html`<time datetime=${value ?? ''}>${date(c, value)}</time>`;

function delayText(c: TextContext, m: Milestone): string {
  const delay = delayBetween(m.planned, m.actual);
  return delay ? c.s.delay(delay.amount, delay.unit) : '';
}

/** Accessible name of a milestone on the axis: title, kind, status and dates. */
export function describe(c: TextContext, m: Milestone): string {
  const s = c.s;
  const delay = delayText(c, m);
  const dates =
    m.planned && m.actual && m.planned !== m.actual
      ? `${s.planned}: ${date(c, m.planned)}, ${s.actual}: ${date(c, m.actual)}${delay ? ` (${delay})` : ''}`
      : m.actual
        ? date(c, m.actual)
        : `${s.planned}: ${date(c, m.planned)}`;
  return `${c.text(m.title)}. ${s.kind[m.kind ?? 'none']}, ${s.status[m.status ?? 'none']}. ${dates}`;
}

function phaseRange(c: TextContext, placed: PlacedPhase): string {
  const { phase } = placed;
  return c.s.range(phase.start ? date(c, phase.start) : '…', phase.end ? date(c, phase.end) : '…');
}

/** "Fördersumme: 120.000 €", or empty when the phase names no amount. */
function phaseAmount(c: TextContext, phase: Phase): string {
  const amount = formatAmount(phase.amount, c.locale);
  return amount && `${c.s.amount}: ${amount}`;
}

export function describePhase(c: TextContext, placed: PlacedPhase): string {
  const type = c.s.phaseType[placed.phase.type ?? 'other'];
  const amount = phaseAmount(c, placed.phase);
  return `${type}: ${c.text(placed.phase.name)}, ${phaseRange(c, placed)}${amount ? `, ${amount}` : ''}`;
}

/** The details panel of the selected milestone (by its time-order position), or a hint. */
export function renderDetails(c: TextContext, index: TimelineIndex, selected: number | undefined) {
  const m = selected === undefined ? undefined : index.milestones[selected];
  return html`<div id="details" class="details" part="details">
    ${
      m
        ? html`<div role="heading" aria-level=${c.level(1)} class="details-title">
              ${c.docText(m.milestone.title)}
            </div>
            ${renderMeta(c, m.milestone)} ${renderFacts(c, m, index)}`
        : html`<p class="muted">${c.s.hint}</p>`
    }
  </div>`;
}

/** Kind and status as tags (with the date, in a list item). */
function renderMeta(c: TextContext, m: Milestone, withDate = false) {
  const s = c.s;
  const when = m.actual ?? m.planned;
  return html`<p class="meta">
    <span class="tag">${milestoneIcon(m.kind, m.status)}${s.kind[m.kind ?? 'none']}</span>
    <span class="tag status status-${m.status ?? 'none'}">${s.status[m.status ?? 'none']}</span>
    ${withDate && when ? time(c, when) : nothing}
  </p>`;
}

/** Dates, phase, goals, actors, description and questions: the details panel and a list item. */
function renderFacts(c: TextContext, tm: TimelineMilestone, index: TimelineIndex) {
  const s = c.s;
  const m = tm.milestone;
  const names = (
    ids: string[] | undefined,
    map: Map<string, { title?: LocalizedText; name?: LocalizedText; shortName?: LocalizedText }>,
  ) =>
    [...new Set(ids ?? [])]
      .map((id) => map.get(id))
      .filter((item) => item !== undefined)
      .map((item) => c.text(item.shortName ?? item.name ?? item.title))
      .join(', ');
  const goals = names(m.goals, index.goals);
  const actors = names(m.actors, index.actors);
  const delay = delayText(c, m);
  const description = c.text(m.description);
  const own = (m.questions ?? []).map((q) => c.text(q)).filter(Boolean);
  const questions = own.length ? own : s.guideQuestions;
  const fact = (label: string, value: unknown) =>
    html`<div>
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`<dl class="facts">
      ${m.planned ? fact(s.planned, time(c, m.planned)) : nothing}
      ${m.actual ? fact(s.actual, html`${time(c, m.actual)}${delay && m.planned ? ` (${delay})` : ''}`) : nothing}
      ${fact(
        s.phase,
        tm.phases
          .map((p) => (phaseAmount(c, p) ? `${c.text(p.name)} (${phaseAmount(c, p)})` : c.text(p.name)))
          .join(', ') || s.outsidePhases,
      )}
      ${goals ? fact(s.goals, goals) : nothing} ${actors ? fact(s.actors, actors) : nothing}
    </dl>
    ${description ? html`<p class="description">${c.docText(m.description)}</p>` : nothing}
    ${
      m.kind === 'reflection'
        ? html`<p class="questions-title"><strong>${s.questions}</strong></p>
            <ul class="questions">
              ${questions.map((q) => html`<li>${q}</li>`)}
            </ul>
            ${own.length ? nothing : html`<p class="muted">${s.guideNote}</p>`}`
        : nothing
    }`;
}

/** What the list view reads besides the texts: how much of it is shown, and its buttons. */
export interface ListContext extends TextContext {
  /** How many items are shown; all of them on paper (`printing`), each with its details open. */
  listed: number;
  page: number;
  printing: boolean;
  opened: ReadonlySet<string>;
  linked?: LinkedItems;
  linkedMark: () => TemplateResult;
  toggle: (id: string) => void;
  more: () => void;
}

/** Phases and funding periods, then the milestones as an ordered list. */
export function renderList(c: ListContext, index: TimelineIndex) {
  const s = c.s;
  const phases = [...index.phases].sort((a, b) => a.start - b.start);
  const rest = index.milestones.length - c.listed;
  return html`${
      phases.length
        ? html`<div role="heading" aria-level=${c.level(1)} class="subheading">${s.phasesHeading}</div>
            <ul class="phases" part="phase-list">
              ${phases.map((placed) => {
                const funders = (placed.phase.funders ?? [])
                  .map((id) => index.actors.get(id))
                  .filter((a) => a !== undefined)
                  .map((a) => c.text(a.shortName ?? a.name))
                  .join(', ');
                return html`<li class=${placed.funding ? 'funding' : 'phase'}>
                  <strong>${c.docText(placed.phase.name)}</strong>
                  <span class="muted">(${s.phaseType[placed.phase.type ?? 'other']})</span>:
                  ${phaseRange(c, placed)}${funders ? html`. ${s.funders}: ${funders}` : nothing}${
                    phaseAmount(c, placed.phase) ? html`. ${phaseAmount(c, placed.phase)}` : nothing
                  }
                </li>`;
              })}
            </ul>`
        : nothing
    }
    <div role="heading" aria-level=${c.level(1)} class="subheading">${s.milestones}</div>
    <ol class="list${index.milestones.length > LONG_LIST ? ' long' : ''}" part="list">
      ${index.milestones.slice(0, c.printing ? undefined : c.listed).map((tm, i) => {
        const id = tm.milestone.id;
        const open = c.opened.has(id) || c.printing;
        // Details on request: fully open, a long list made a phone's page tens of thousands of px tall.
        return html`<li
          class="item${c.linked?.milestones.has(id) ? ' linked' : ''}"
          tabindex="-1"
          data-i=${i}
        >
          <div role="heading" aria-level=${c.level(2)} class="item-title">
            <button
              type="button"
              class="item-toggle disclosure"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="item-${i}"
              @click=${() => c.toggle(id)}
            >
              ${chevron}<span>${c.docText(tm.milestone.title)}</span>
            </button>
          </div>
          ${c.linked?.milestones.has(id) ? c.linkedMark() : nothing} ${renderMeta(c, tm.milestone, true)}
          <div class="item-body" id="item-${i}" ?hidden=${!open}>${renderFacts(c, tm, index)}</div>
        </li>`;
      })}
    </ol>
    ${
      rest > 0 && !c.printing
        ? html`<button type="button" class="more" part="more" @click=${c.more}>
            ${s.more(Math.min(c.page, rest), rest)}
          </button>`
        : nothing
    }`;
}

export function renderLegend(s: TimelineStrings) {
  return html`<ul class="legend" part="legend" aria-label=${s.legend}>
    ${(['content', 'process', 'reflection'] as const).map((kind) => html`<li>${milestoneIcon(kind, undefined)}${s.kind[kind]}</li>`)}
    ${STATUS_ORDER.map((status) => html`<li>${milestoneIcon(undefined, status)}${s.status[status]}</li>`)}
    <li class="muted">${s.delayLegend}</li>
  </ul>`;
}

/** A warning that funding ends without follow-up: the milestones and roles it leaves without. */
export function renderCliff(c: TextContext, cliff: FundingCliff, index: TimelineIndex) {
  const s = c.s;
  return html`<div class="notice cliff" part="funding-cliff">
    <p><strong>${s.cliff}</strong></p>
    <p>
      ${s.cliffText(c.text(cliff.phase.name), date(c, cliff.phase.end))}${
        phaseAmount(c, cliff.phase) ? ` ${phaseAmount(c, cliff.phase)}.` : ''
      }
    </p>
    ${
      cliff.milestones.length
        ? html`<p>${s.cliffMilestones}</p>
            <ul>
              ${cliff.milestones.map(
                (tm) =>
                  html`<li>
                    ${c.docText(tm.milestone.title)} (${time(c, tm.milestone.actual ?? tm.milestone.planned)})
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    ${
      cliff.assignments.length
        ? html`<p>${s.cliffRoles}</p>
            <ul>
              ${cliff.assignments.map((a) => {
                const role = index.roles.get(a.role);
                const actor = index.actors.get(a.actor);
                return html`<li>
                  ${role ? c.text(role.name) : a.role} –
                  ${actor ? c.text(actor.shortName ?? actor.name) : a.actor}${a.holder ? ` (${c.text(a.holder)})` : ''},
                  ${s.until(date(c, a.until))}
                </li>`;
              })}
            </ul>`
        : nothing
    }
  </div>`;
}

/** Milestones and phases without a date, by name, with the paths of their entries (`paths`). */
export function renderUndated(c: TextContext, index: TimelineIndex, paths: TemplateResult) {
  const s = c.s;
  return html`<div class="notice undated" part="undated">
    <p><strong>${s.undated}</strong></p>
    <p>${s.undatedIntro}</p>
    <ol class="problems">
      ${index.undated.map((u) => html`<li>${c.docText(u.title)}</li>`)}
    </ol>
    ${paths}
  </div>`;
}
