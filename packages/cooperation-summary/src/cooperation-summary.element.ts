import { dateStart, safeUrl, type KoopDocument, type LocalizedText } from '@koop/schema';
import {
  formatDate,
  formatDateRange,
  formatPercent,
  idFragment,
  KoopWidget,
  Memo,
  type LinkedItems,
} from '@koop/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { cooperationSummaryStyles } from './cooperation-summary.styles.js';
import { statusIcon } from './icons.js';
import { summaryStrings, type SummaryStrings } from './strings.js';
import {
  CONDITIONS,
  cooperationSummary,
  rhythmOf,
  type Condition,
  type CooperationSummary,
} from './summary.js';
/** Where a line links by default: the first of these widgets on the page that has an `id`. */
const DETAILS: Record<Condition, string[]> = {
  goals: ['koop-goal-tracker'],
  indicators: ['koop-goal-tracker'],
  activities: ['koop-milestone-timeline', 'koop-partner-map'],
  communication: ['koop-transparency-feed'],
  backbone: ['koop-role-matrix', 'koop-milestone-timeline'],
};

type Fact = TemplateResult | string;

/**
 * A cooperation's state on one card, for a front page or a sidebar: its name, type and period,
 * and one line for each of the five conditions of collective impact ("Gemeinsam Wirken"):
 * shared goals, shared indicators and measurement, mutually reinforcing activities, continuous
 * communication and the backbone. Each line says how the condition stands in words and with an
 * icon ("in Ordnung", "Achtung", "keine Angaben"), gives its figures and links to the details.
 * Everything comes from the document: goal statuses; indicators with a measured value and their
 * forecasts (as the goal tracker makes them); partners by sector and milestones; the entries, the
 * last meeting and the meeting rhythm (the median time between the `meeting` entries); who holds
 * a role of type `coordination` (with its `staffing`), until when the funding periods covering
 * the reference date run (follow-ups included), and the funding cliff the timeline warns of.
 *
 * A line needs attention when a goal is at risk; an indicator is at risk or missed its target,
 * or none has a measured value; a milestone is delayed or overdue; the last meeting lies more
 * than twice the usual rhythm back (without a rhythm: a year), or there was none; nobody holds
 * the coordination role, or funding ends ahead without follow-up funding.
 *
 * Each condition's name links to its details: to the URL of its `*-href` attribute, else to the
 * first widget (with an `id`) that shows them, in the same `<koop-data>` first, else on the page: the goal tracker for goals and
 * indicators, the timeline (else the partner map) for activities, the feed for communication,
 * the role matrix (else the timeline) for the backbone. Without either the name is plain text;
 * an empty attribute turns the link off.
 *
 * Inside a `<koop-data>` it follows a selection made in another widget: the lines that concern
 * it are marked "Verknüpft" (an actor's or a goal's goals and indicators, its milestones and
 * partners, its entries, an actor holding the coordination role). The figures stay those of
 * the whole cooperation, and the card selects nothing itself: it has no items to select.
 *
 * A compact card, it reserves `16em` before its document arrives (the other widgets `45em`), so
 * the page does not shift; `--koop-height` or the `height` attribute set another height.
 *
 * @summary A cooperation's state along the five conditions of collective impact.
 *
 * @attr hide - Lines to leave out, space- or comma-separated: `goals`, `indicators`, `activities`, `communication`, `backbone`.
 * @attr layout - `column` (default): the lines one below the other, for a sidebar; `row`: side by side, as many as fit.
 * @attr today - Reference date (YYYY-MM-DD) of the figures; default: the document's `updatedAt`, else today.
 * @attr goals-href - Link of the shared goals line; default: `#` and the id of the page's goal tracker.
 * @attr indicators-href - Link of the indicators line; default: `#` and the id of the page's goal tracker.
 * @attr activities-href - Link of the activities line; default: `#` and the id of the page's timeline, else its partner map.
 * @attr communication-href - Link of the communication line; default: `#` and the id of the page's feed.
 * @attr backbone-href - Link of the backbone line; default: `#` and the id of the page's role matrix, else its timeline.
 *
 * @csspart header - The cooperation's name, type and period.
 * @csspart condition - One line (its class names its condition, e.g. `goals`).
 * @csspart status - A line's status, in words and with an icon.
 * @csspart funding-cliff - The warning that funding ends without follow-up funding.
 * @csspart linked-mark - The "Verknüpft" mark of a line that concerns a selection made in another widget.
 */
export class KoopCooperationSummary extends KoopWidget {
  static override styles = [...KoopWidget.styles, cooperationSummaryStyles];
  static override localizedStrings = [...KoopWidget.localizedStrings, summaryStrings];

  static override properties = {
    ...KoopWidget.properties,
    hide: { type: String, reflect: true },
    layout: { type: String, reflect: true },
    today: { type: String },
    goalsHref: { type: String, attribute: 'goals-href' },
    indicatorsHref: { type: String, attribute: 'indicators-href' },
    activitiesHref: { type: String, attribute: 'activities-href' },
    communicationHref: { type: String, attribute: 'communication-href' },
    backboneHref: { type: String, attribute: 'backbone-href' },
  };

  /** Conditions not to show, space-separated. */
  declare hide: string | null;
  /** `column` (default) or `row`. */
  declare layout: 'row' | 'column';
  /** Reference date of the figures (YYYY-MM-DD). */
  declare today: string | null;
  /** Link of the goals line; null: the page's widget with the details, empty: none. */
  declare goalsHref: string | null;
  /** Link of the indicators line (as `goalsHref`). */
  declare indicatorsHref: string | null;
  /** Link of the activities line (as `goalsHref`). */
  declare activitiesHref: string | null;
  /** Link of the communication line (as `goalsHref`). */
  declare communicationHref: string | null;
  /** Link of the backbone line (as `goalsHref`). */
  declare backboneHref: string | null;
  private readonly memo = new Memo();
  private summary?: CooperationSummary;

  constructor() {
    super();
    this.hide = null;
    this.layout = 'column';
    this.today = null;
    this.goalsHref = null;
    this.indicatorsHref = null;
    this.activitiesHref = null;
    this.communicationHref = null;
    this.backboneHref = null;
  }

  private get strings(): SummaryStrings {
    return summaryStrings.in(this.language.ui);
  }

  // Worked out in update(): the document may change in the controller's hostUpdate, after willUpdate.
  protected override update(changed: PropertyValues<this>): void {
    const document = this.document;
    const today = document && this.referenceTime(document);
    this.summary =
      document && this.memo.get('summary', [document, today], () => cooperationSummary(document, today!));
    super.update(changed);
  }

  private referenceTime(document: KoopDocument): number {
    return (
      dateStart(this.today ?? undefined) ?? Math.min(Date.now(), dateStart(document.updatedAt) ?? Infinity)
    );
  }

  /** The line's link: its attribute (through the URL allowlist), else the page's widget with the details. */
  private href(condition: Condition): string | undefined {
    const own = this[`${condition}Href`];
    if (own !== null) return safeUrl(own);
    // The widgets that share this one's <koop-data> first: they show the same document.
    for (const scope of [this.closest('koop-data'), this.getRootNode() as ParentNode])
      for (const tag of DETAILS[condition]) {
        const target = scope?.querySelector?.(`${tag}[id]:not([id=''])`);
        if (target) return `#${idFragment(target.id)}`;
      }
    return undefined;
  }

  private date(value: string | undefined): string {
    return formatDate(value, this.language.locale);
  }

  private rhythm(days: number): string {
    const rhythm = rhythmOf(days);
    return typeof rhythm === 'number' ? this.strings.rhythm.months(rhythm) : this.strings.rhythm[rhythm];
  }

  /** An actor's or a title's text from the document, as `docText`, with the id as last resort. */
  private name(value: LocalizedText | undefined, id: string): TemplateResult | string {
    return this.text(value) ? this.docText(value) : id;
  }

  protected renderDocument(document: KoopDocument): TemplateResult {
    const s = this.strings;
    const summary = this.summary ?? cooperationSummary(document, this.referenceTime(document));
    const cooperation = document.cooperation;
    const period = cooperation.period;
    // Space-separated as in `class`; the builder writes its sets with commas.
    const hidden = new Set((this.hide ?? '').split(/[\s,]+/));
    const linked = this.linked.foreign(document);
    const when = period?.end
      ? formatDateRange(period.start ?? undefined, period.end, this.language.locale)
      : period?.start
        ? s.since(this.date(period.start))
        : '';
    const meta = [cooperation.type && s.type[cooperation.type], when].filter(Boolean).join(' · ');
    return html`<section
      class="summary ${this.layout === 'row' ? 'row' : 'column'}"
      aria-label=${this.regionLabel(s.conditions)}
    >
      <div class="header" part="header">
        <div role="heading" aria-level=${this.level()}>${this.docText(cooperation.name)}</div>
        ${meta ? html`<p class="meta">${meta}</p>` : nothing}
      </div>
      ${this.renderLinkedStatus(document)}
      <ol class="conditions" role="list" aria-label=${s.conditions}>
        ${CONDITIONS.map((condition, i) =>
          hidden.has(condition) ? nothing : this.renderLine(condition, i + 1, summary, document, linked),
        )}
      </ol>
    </section>`;
  }

  private renderLine(
    condition: Condition,
    number: number,
    summary: CooperationSummary,
    document: KoopDocument,
    linked: LinkedItems | undefined,
  ): TemplateResult {
    const s = this.strings;
    const { status } = summary[condition];
    const href = this.href(condition);
    const name = s.condition[condition];
    const facts = this.facts(condition, summary, document);
    const marked = linked && this.concerns(condition, linked, summary, document);
    return html`<li
      class="condition ${condition} status-${status}${marked ? ' linked' : ''}"
      part="condition"
    >
      <p class="name">
        <span class="number">${number}</span>
        ${href ? html`<a href=${href} part="link">${name}</a>` : html`<span>${name}</span>`}
      </p>
      <p class="status" part="status">${statusIcon(status)}${s.status[status]}</p>
      ${facts.length ? html`<p class="facts">${facts.map((fact, i) => (i ? html`; ${fact}` : fact))}</p>` : nothing}
      ${marked ? this.linkedMark() : nothing}
    </li>`;
  }

  private facts(condition: Condition, summary: CooperationSummary, document: KoopDocument): Fact[] {
    const s = this.strings;
    const locale = this.language.locale;
    switch (condition) {
      case 'goals': {
        const { total, count } = summary.goals;
        const byStatus = (['on-track', 'at-risk', 'achieved'] as const).map(
          (status) => `${count[status] ?? 0} ${s.goalStatus[status]}`,
        );
        return total ? [`${s.goals(total)}: ${byStatus.join(', ')}`] : [];
      }
      case 'indicators': {
        const { total, measured, forecast, onTrack, atRisk, latest } = summary.indicators;
        if (!total) return [];
        return [
          s.indicators(total, measured),
          ...(forecast ? [s.onTrack(onTrack, forecast, formatPercent(onTrack / forecast, locale))] : []),
          ...(atRisk ? [s.atRisk(atRisk)] : []),
          ...(latest ? [s.lastObserved(this.date(latest))] : []),
        ];
      }
      case 'activities': {
        const { partners, sectors, milestones, reached, late, next } = summary.activities;
        return [
          ...(partners
            ? [s.partners(partners, sectors.map(([sector, n]) => `${n} ${s.sector[sector]}`).join(', '))]
            : []),
          ...(milestones ? [s.milestones(reached, milestones)] : []),
          ...(late ? [s.late(late)] : []),
          ...(next ? [html`${s.next}: ${this.name(next.title, next.id)} (${this.date(next.planned)})`] : []),
        ];
      }
      case 'communication': {
        const { entries, latest, lastMeeting, rhythm } = summary.communication;
        if (!entries) return [];
        return [
          s.entries(entries),
          ...(latest
            ? [html`${s.latest}: ${this.name(latest.title, latest.id)} (${this.date(latest.date)})`]
            : []),
          lastMeeting ? s.lastMeeting(this.date(lastMeeting.date)) : s.noMeeting,
          ...(rhythm ? [this.rhythm(rhythm)] : []),
        ];
      }
      case 'backbone': {
        const { holders, coordination, fundedUntil, cliff } = summary.backbone;
        if (summary.backbone.status === 'none') return [];
        const who = holders.map(
          ({ assignment, actor }, i) =>
            html`${i ? ', ' : ''}${this.name(actor?.shortName ?? actor?.name, assignment.actor)}${
              assignment.staffing ? ` (${s.staffing[assignment.staffing]})` : ''
            }`,
        );
        const funded = document.phases?.some((p) => p.type === 'funding-period');
        return [
          holders.length
            ? html`${s.coordination}: ${who}`
            : coordination
              ? s.noCoordinator
              : s.noCoordination,
          // A cliff at the end of the current funding says when it ends already.
          ...(funded && !(cliff && cliff.phase.end === fundedUntil)
            ? [
                fundedUntil === null
                  ? s.fundedOpen
                  : fundedUntil
                    ? s.fundedUntil(this.date(fundedUntil))
                    : s.notFunded,
              ]
            : []),
          ...(cliff
            ? [
                html`<strong class="cliff" part="funding-cliff"
                  >${s.cliff(this.date(cliff.phase.end))}</strong
                >`,
              ]
            : []),
        ];
      }
    }
  }

  /** Whether a line concerns what a selection made elsewhere links to. */
  private concerns(
    condition: Condition,
    linked: LinkedItems,
    summary: CooperationSummary,
    document: KoopDocument,
  ): boolean {
    const goals = (document.goals ?? []).filter((goal) => linked.goals.has(goal.id));
    switch (condition) {
      case 'goals':
        return goals.length > 0;
      case 'indicators':
        return goals.some((goal) => goal.indicators?.length);
      case 'activities':
        return linked.milestones.size > 0 || linked.kind === 'actor';
      case 'communication':
        return (document.entries ?? []).some(
          (e) =>
            e.actors?.some((id) => linked.actors.has(id)) ||
            e.goals?.some((id) => linked.goals.has(id)) ||
            e.milestones?.some((id) => linked.milestones.has(id)),
        );
      case 'backbone':
        return summary.backbone.holders.some(({ assignment }) => linked.actors.has(assignment.actor));
    }
  }
}
