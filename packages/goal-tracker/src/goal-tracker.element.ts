import {
  dateStart,
  decimalsOf,
  GOAL_STATUS_ORDER,
  indicatorProgress,
  type Goal,
  type GoalStatus,
  type Indicator,
  type IndicatorProgress,
  type IndicatorValue,
  type KoopDocument,
  type Milestone,
  type ObservationFlag,
} from '@koop/schema';
import {
  chevron,
  formatDate,
  formatNumber,
  formatPercent,
  idFragment,
  KoopWidget,
  LONG_LIST,
  safeLink,
  type LinkedItems,
} from '@koop/core';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { goalIndex, type GoalIndex } from './goal-index.js';
import { goalTrackerStyles } from './goal-tracker.styles.js';
import { statusIcon } from './icons.js';
import { goalTrackerStrings, type GoalTrackerStrings } from './strings.js';
import { trendChart } from './trend-chart.js';

/** Top-level goals shown at first; more on request, so very large documents stay fast. */
const TOP_LEVEL_PAGE = 25;

/** What every goal of one render shares, worked out before it (render assigns nothing). */
interface GoalContext {
  document: KoopDocument;
  index: GoalIndex;
  /** The reference time of forecasts (ms). */
  today: number;
  /** A selection made in another widget. */
  linked?: LinkedItems;
}

/** Where a goal is in the tree: its depth and the goals above it (a cycle stops there). */
interface GoalPlace {
  depth: number;
  ancestors: ReadonlySet<string>;
}

/**
 * The shared goals of a cooperation as a hierarchy (vision → goals → objectives): status,
 * perspective (and where the goals of civil society and administration meet in a shared goal),
 * owners, linked milestones, and each indicator's progress from baseline to target with a trend
 * chart, a forecast, and the same numbers as a table.
 *
 * @summary Shared goals, indicators and progress of a cooperation.
 *
 * @attr goal - Show only this goal and its sub-goals.
 * @attr today - Reference date (YYYY-MM-DD) for forecasts; default: the document's `updatedAt`, else today.
 *
 * @event koop-select - Inside a `<koop-data>`: the reader pressed a goal's "Zugehöriges auf dieser Seite hervorheben" toggle, shown when other widgets share the `<koop-data>` (or released it: `id` null). `detail: { kind: 'goal', id, source }`. A selection made in another widget highlights and marks the goals linked to it (owned by the actor, served by the milestone) and opens their parents.
 *
 * @csspart linked-mark - The "Verknüpft" mark of a goal linked to that selection.
 * @csspart goal - One goal.
 * @csspart status - A goal's status badge.
 * @csspart progress - An indicator's progress bar.
 * @csspart chart - An indicator's trend chart.
 * @csspart more - The button that shows the next top-level goals of a long list.
 */
export class KoopGoalTracker extends KoopWidget {
  static override styles = [...KoopWidget.styles, goalTrackerStyles];
  static override localizedStrings = [...KoopWidget.localizedStrings, goalTrackerStrings];

  static override properties = {
    ...KoopWidget.properties,
    goal: { type: String, reflect: true },
    today: { type: String },
    expanded: { state: true },
    tables: { state: true },
    shownTopLevel: { state: true },
  };

  /** Id of the goal whose subtree to show; empty: all goals. */
  declare goal: string | null;
  /** Reference date for forecasts (YYYY-MM-DD). */
  declare today: string | null;
  declare private expanded: Set<string>;
  declare private tables: Set<string>;
  declare private shownTopLevel: number;
  private expandedFor?: KoopDocument;
  private expandedForGoal?: string | null;
  private context?: GoalContext;

  constructor() {
    super();
    this.goal = null;
    this.today = null;
    this.expanded = new Set();
    this.tables = new Set();
    this.shownTopLevel = TOP_LEVEL_PAGE;
  }

  private get strings(): GoalTrackerStrings {
    return goalTrackerStrings.in(this.language.ui);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const document = this.document;
    // A new document or another focus goal starts with the top level open.
    if (document && (document !== this.expandedFor || this.goal !== this.expandedForGoal)) {
      const index = goalIndex(document);
      const top = this.goal ? [index.goals.get(this.goal)].filter((g) => g !== undefined) : index.roots;
      this.expanded = new Set(top.slice(0, TOP_LEVEL_PAGE).map((g) => g.id));
      this.shownTopLevel = TOP_LEVEL_PAGE;
      this.expandedFor = document;
      this.expandedForGoal = this.goal;
      // A selection made before this document arrived still opens the parents of its goals.
      this.applySelection();
    }
  }

  // What render() reads, worked out in update(): the document and the linked selection may
  // change in the controllers' hostUpdate, which Lit runs after willUpdate.
  protected override update(changed: PropertyValues<this>): void {
    const document = this.document;
    this.context = document && this.contextOf(document);
    super.update(changed);
  }

  private contextOf(document: KoopDocument): GoalContext {
    const index = goalIndex(document);
    return { document, index, today: this.referenceTime(document), linked: this.linked.foreign(document) };
  }

  /** Opens every goal. */
  expandAll(): void {
    if (this.document) this.expanded = new Set(goalIndex(this.document).goals.keys());
  }

  /** Closes every goal. */
  collapseAll(): void {
    this.expanded = new Set();
  }

  private toggle(set: 'expanded' | 'tables', id: string): void {
    const next = new Set(this[set]);
    if (!next.delete(id)) next.add(id);
    this[set] = next;
  }

  private referenceTime(document: KoopDocument): number {
    return (
      dateStart(this.today ?? undefined) ?? Math.min(Date.now(), dateStart(document.updatedAt) ?? Infinity)
    );
  }

  /** Opens the parents of the goals linked to a selection made elsewhere, so they are in view. */
  protected override applySelection(): void {
    const document = this.document;
    const items = document && this.linked.foreign(document);
    if (!items) return;
    const { goals, roots } = goalIndex(document);
    const expanded = new Set(this.expanded);
    for (const id of items.goals) {
      // Stops at an open goal, so a cycle of parents ends too.
      for (let up = goals.get(id)?.parent; up && !expanded.has(up); up = goals.get(up)?.parent)
        expanded.add(up);
      // A linked goal below a top-level goal of a later page brings that page into view.
      if (!this.goal) this.showTopLevelOf(id, goals, roots);
    }
    this.expanded = expanded;
  }

  private showTopLevelOf(id: string, goals: Map<string, Goal>, roots: Goal[]): void {
    const seen = new Set<string>();
    let top = id;
    for (let up = goals.get(id)?.parent; up && goals.has(up) && !seen.has(up); up = goals.get(up)?.parent)
      seen.add((top = up));
    const position = roots.findIndex((goal) => goal.id === top);
    if (position >= this.shownTopLevel)
      this.shownTopLevel = (Math.floor(position / TOP_LEVEL_PAGE) + 1) * TOP_LEVEL_PAGE;
  }

  /** Shows the next top-level goals (open, as the first ones) and moves focus to the first of them. */
  private async showMoreGoals(top: Goal[]): Promise<void> {
    const next = top.slice(this.shownTopLevel, this.shownTopLevel + TOP_LEVEL_PAGE);
    this.expanded = new Set([...this.expanded, ...next.map((goal) => goal.id)]);
    this.shownTopLevel += TOP_LEVEL_PAGE;
    await this.updateComplete;
    const toggles = this.renderRoot.querySelectorAll<HTMLElement>(
      '.tracker > .goals > li > .goal-heading .toggle',
    );
    toggles[this.shownTopLevel - TOP_LEVEL_PAGE]?.focus();
  }

  private toggleLinked(id: string): void {
    this.linked.select('goal', this.linked.is('goal', id) ? null : id);
  }

  protected renderDocument(document: KoopDocument): TemplateResult {
    const s = this.strings;
    const context = this.context?.document === document ? this.context : this.contextOf(document);
    const index = context.index;
    const focus = this.goal ? index.goals.get(this.goal) : undefined;
    const top = this.goal ? (focus ? [focus] : []) : index.roots;
    const shown = this.collectShown(top, index);
    return html`<section
      class="tracker${shown.length > LONG_LIST ? ' long' : ''}"
      aria-label=${this.regionLabel(focus ? this.text(focus.title) : s.heading)}
    >
      <div class="header">
        <div role="heading" aria-level=${this.level()} id="heading">
          ${focus ? this.docText(focus.title) : s.heading}
        </div>
        ${
          shown.length
            ? html`<p class="summary">${s.summary(shown.length, this.statusSummary(shown))}</p>
                <div class="actions">
                  <button type="button" @click=${this.expandAll}>${s.expandAll}</button>
                  <button type="button" @click=${this.collapseAll}>${s.collapseAll}</button>
                </div>`
            : nothing
        }
      </div>
      ${this.renderLinkedStatus(document)}
      ${
        this.goal && !focus
          ? html`<p class="notice">${s.goalNotFound(this.goal)}</p>`
          : top.length === 0
            ? html`<p>${s.noGoals}</p>`
            : html`<ul class="goals" role="list">
                  ${top
                    .slice(0, this.printing.active ? undefined : this.shownTopLevel)
                    .map((goal) => this.renderGoal(goal, context, { depth: 0, ancestors: new Set() }))}
                </ul>
                ${
                  top.length > this.shownTopLevel && !this.printing.active
                    ? html`<button
                        type="button"
                        class="more"
                        part="more"
                        @click=${() => this.showMoreGoals(top)}
                      >
                        ${s.showMore(
                          Math.min(TOP_LEVEL_PAGE, top.length - this.shownTopLevel),
                          top.length - this.shownTopLevel,
                        )}
                      </button>`
                    : nothing
                }`
      }
    </section>`;
  }

  private collectShown(top: Goal[], index: GoalIndex): Goal[] {
    const seen = new Set<string>();
    const visit = (goal: Goal) => {
      if (seen.has(goal.id)) return;
      seen.add(goal.id);
      index.children.get(goal.id)?.forEach(visit);
    };
    top.forEach(visit);
    return [...seen].map((id) => index.goals.get(id)!);
  }

  private statusSummary(goals: Goal[]): string {
    const s = this.strings;
    const counts = new Map<GoalStatus, number>();
    for (const goal of goals) if (goal.status) counts.set(goal.status, (counts.get(goal.status) ?? 0) + 1);
    return GOAL_STATUS_ORDER.filter((status) => counts.has(status))
      .map((status) => s.statusCount(counts.get(status)!, s.status[status]))
      .join(', ');
  }

  private renderGoal(goal: Goal, context: GoalContext, place: GoalPlace): TemplateResult {
    const s = this.strings;
    const { index, today } = context;
    const { depth, ancestors } = place;
    // On paper every goal is open.
    const open = this.expanded.has(goal.id) || this.printing.active;
    const children = (index.children.get(goal.id) ?? []).filter((child) => !ancestors.has(child.id));
    const status = goal.status ?? 'unknown';
    const bodyId = `goal-${idFragment(goal.id)}-body`;
    const owners = (goal.owners ?? []).map((id) => index.actors.get(id)).filter((a) => a !== undefined);
    const linked = context.linked?.goals.has(goal.id);
    return html`<li
      class="goal status-${status} ${goal.status === 'dropped' ? 'dropped' : ''}${linked ? ' linked' : ''}"
      part="goal"
    >
      <div role="heading" aria-level=${this.level(depth + 1)} class="goal-heading">
        <button
          type="button"
          class="toggle disclosure"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${bodyId}
          @click=${() => this.toggle('expanded', goal.id)}
        >
          ${chevron}<span class="title">${this.docText(goal.title)}</span>
        </button>
      </div>
      <div class="meta">
        <span class="status" part="status"
          >${statusIcon(status)}${goal.status ? s.status[goal.status] : s.statusUnknown}</span
        >
        ${goal.level ? html`<span class="tag">${s.level[goal.level]}</span>` : nothing}
        ${
          goal.perspective
            ? html`<span class="tag perspective perspective-${goal.perspective}"
                >${s.perspective[goal.perspective]}</span
              >`
            : nothing
        }
        ${owners.length ? html`<span>${s.owners}: ${this.docTexts(owners.map((a) => a.shortName ?? a.name))}</span>` : nothing}
        ${children.length && !open ? html`<span class="muted">${s.subgoals(children.length)}</span>` : nothing}
        ${linked ? this.linkedMark() : nothing}
        ${
          this.hasLinkedWidgets
            ? html`<button
                type="button"
                class="link-toggle"
                aria-pressed=${this.linked.is('goal', goal.id) ? 'true' : 'false'}
                @click=${() => this.toggleLinked(goal.id)}
              >
                ${s.showLinked}<span class="visually-hidden">: ${this.docText(goal.title)}</span>
              </button>`
            : nothing
        }
      </div>
      ${
        (goal.indicators ?? []).length && !open
          ? html`<ul class="indicator-summary" role="list">
              ${goal.indicators!.map((indicator) => this.renderIndicatorSummary(indicator, indicatorProgress(indicator, today)))}
            </ul>`
          : nothing
      }
      <div id=${bodyId} class="body" ?hidden=${!open}>
        ${open ? this.renderGoalBody(goal, context, place, children) : nothing}
      </div>
    </li>`;
  }

  private renderGoalBody(
    goal: Goal,
    context: GoalContext,
    place: GoalPlace,
    children: Goal[],
  ): TemplateResult {
    const s = this.strings;
    const { index, today } = context;
    const { depth, ancestors } = place;
    const description = this.text(goal.description);
    const reason = this.text(goal.statusReason);
    const basedOn = (goal.basedOn ?? []).map((id) => index.goals.get(id)).filter((g) => g !== undefined);
    const sharedIn = index.sharedIn.get(goal.id) ?? [];
    const milestones = index.milestonesByGoal.get(goal.id) ?? [];
    const path = new Set(ancestors).add(goal.id);
    return html`${description ? html`<p class="description">${this.docText(goal.description)}</p>` : nothing}
    ${reason ? html`<p class="reason"><strong>${s.reason}:</strong> ${this.docText(goal.statusReason)}</p>` : nothing}
    ${basedOn.length ? this.renderGoalLinks(s.bringsTogether, basedOn) : nothing}
    ${sharedIn.length ? this.renderGoalLinks(s.sharedIn, sharedIn) : nothing}
    ${
      (goal.indicators ?? []).length
        ? html`<div role="heading" aria-level=${this.level(depth + 2)} class="subheading">
              ${s.indicators}
            </div>
            <ul class="indicators" role="list">
              ${goal.indicators!.map((indicator, i) => this.renderIndicator(goal, indicator, i, today))}
            </ul>`
        : nothing
    }
    ${milestones.length ? this.renderMilestones(milestones, depth) : nothing}
    ${
      children.length
        ? html`<ul class="goals" role="list">
            ${children.map((child) => this.renderGoal(child, context, { depth: depth + 1, ancestors: path }))}
          </ul>`
        : nothing
    }`;
  }

  private renderGoalLinks(label: string, goals: Goal[]) {
    const s = this.strings;
    return html`<p class="related">
      <strong>${label}:</strong>
      ${goals.map(
        (g, i) =>
          html`${i ? '; ' : ''}${this.docText(g.title)}${g.perspective ? html` <span class="muted">(${s.perspective[g.perspective]})</span>` : nothing}`,
      )}
    </p>`;
  }

  /**
   * A value as precise as the data: with the indicator's `decimals` if it sets them, else with
   * `digits` (a computed value: the data's precision) or as many as the value has.
   */
  private formatValue(
    indicator: Indicator,
    value: IndicatorValue | null | undefined,
    digits?: number,
  ): string {
    if (value === null) return this.strings.gap;
    if (value === undefined) return '–';
    if (typeof value !== 'number') return this.text(value);
    const locale = this.language.locale;
    if (indicator.measure === 'ordinal' && indicator.scale?.[value] !== undefined) {
      return `${this.text(indicator.scale[value])} (${formatNumber(value, locale)})`;
    }
    const fixed = indicator.decimals;
    const places = Math.min(20, fixed ?? digits ?? decimalsOf(value));
    if (indicator.measure === 'percent') return formatPercent(value / 100, locale, places, fixed);
    const number = formatNumber(value, locale, places, fixed);
    const unit = this.text(indicator.unit);
    return unit ? `${number} ${unit}` : number;
  }

  /** "vorläufig, geschätzt": an observation's flags in words. */
  private flags(flags: readonly ObservationFlag[] | undefined): string {
    const words = this.strings.flag;
    return (flags ?? [])
      .map((flag) => words[flag])
      .filter(Boolean)
      .join(', ');
  }

  private renderProgressBar(progress: IndicatorProgress) {
    if (progress.share === undefined) return nothing;
    const width = Math.round(progress.share * 1000) / 10;
    return svg`<svg class="bar" part="progress" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="track" x="0" y="0" width="100" height="8"></rect>
      <rect class="fill forecast-${progress.forecast}" x="0" y="0" width=${width} height="8"></rect>
    </svg>`;
  }

  private renderIndicatorSummary(indicator: Indicator, progress: IndicatorProgress) {
    const s = this.strings;
    return html`<li class="indicator-line">
      <span class="name">${this.docText(indicator.name)}</span>
      ${this.renderProgressBar(progress)}
      <span class="value"
        >${
          progress.share !== undefined
            ? formatPercent(progress.share, this.language.locale)
            : this.formatValue(indicator, progress.latest?.value)
        }</span
      >
      ${
        progress.forecast === 'at-risk' || progress.forecast === 'missed'
          ? html`<span class="forecast forecast-${progress.forecast}"
              >${statusIcon('at-risk')}${s.forecast[progress.forecast]}</span
            >`
          : nothing
      }
    </li>`;
  }

  private renderIndicator(goal: Goal, indicator: Indicator, position: number, today: number) {
    const s = this.strings;
    const locale = this.language.locale;
    const progress = indicatorProgress(indicator, today);
    const key = `${goal.id}/${position}`;
    const tableOpen = this.tables.has(key);
    const tableId = `table-${idFragment(goal.id)}-${position}`;
    const name = this.text(indicator.name);
    const description = this.text(indicator.description);
    const { target, targets } = progress;
    const others = targets.filter((t) => t !== target);
    const when = (date?: string, flags?: readonly ObservationFlag[]) =>
      [date && formatDate(date, locale), this.flags(flags)].filter(Boolean).join(', ');
    const dated = (
      label: string,
      value: IndicatorValue | undefined,
      date?: string,
      flags?: readonly ObservationFlag[],
    ) =>
      html`<div>
        <dt>${label}</dt>
        <dd>
          ${this.formatValue(indicator, value)}${when(date, flags) ? html` <span class="muted">(${when(date, flags)})</span>` : nothing}
        </dd>
      </div>`;
    return html`<li class="indicator">
      <p class="indicator-name"><strong>${this.docText(indicator.name)}</strong></p>
      ${description ? html`<p class="muted">${this.docText(indicator.description)}</p>` : nothing}
      <dl class="figures">
        ${indicator.baseline ? dated(s.baseline, indicator.baseline.value, indicator.baseline.date) : nothing}
        ${
          progress.latest && progress.latest !== indicator.baseline
            ? dated(s.latest, progress.latest.value, progress.latest.date, progress.latest.flags)
            : nothing
        }
        ${target ? dated(s.target, target.value, target.date) : nothing}
        ${
          others.length
            ? html`<div>
                <dt>${s.otherTargets}</dt>
                <dd>
                  ${others.map((t) => `${t.date ? `${formatDate(t.date, locale)}: ` : ''}${this.formatValue(indicator, t.value)}`).join('; ')}
                </dd>
              </div>`
            : nothing
        }
      </dl>
      ${
        progress.share !== undefined
          ? html`<div class="progress-row">
              ${this.renderProgressBar(progress)}
              <span>${s.progress(formatPercent(progress.share, locale))}</span>
            </div>`
          : nothing
      }
      ${
        progress.forecast !== 'unknown'
          ? html`<p class="forecast forecast-${progress.forecast}">
              ${statusIcon(progress.forecast)}${s.forecast[progress.forecast]}${
                progress.projected !== undefined &&
                target?.date &&
                progress.forecast !== 'reached' &&
                progress.forecast !== 'missed'
                  ? html`.
                    ${s.projection(this.formatValue(indicator, progress.projected, progress.decimals), formatDate(target.date, locale))}`
                  : nothing
              }
            </p>`
          : nothing
      }
      ${
        progress.points.length
          ? html`<div class="chart-wrap" part="chart">${trendChart(progress)}</div>`
          : html`<p class="muted">${s.noData}</p>`
      }
      <button
        type="button"
        class="table-toggle"
        aria-expanded=${tableOpen ? 'true' : 'false'}
        aria-controls=${tableId}
        @click=${() => this.toggle('tables', key)}
      >
        ${tableOpen ? s.hideTable : s.showTable}<span class="visually-hidden"
          >: ${this.docText(indicator.name)}</span
        >
      </button>
      <div id=${tableId} ?hidden=${!tableOpen}>
        ${
          tableOpen
            ? // A region that can take focus, so a table wider than a phone scrolls by keyboard too.
              html`<div class="table-wrap" role="region" tabindex="0" aria-label=${s.tableCaption(name)}>
                ${this.renderTable(indicator, progress, name)}
              </div>`
            : nothing
        }
      </div>
    </li>`;
  }

  private renderTable(indicator: Indicator, progress: IndicatorProgress, name: string) {
    const s = this.strings;
    const locale = this.language.locale;
    const rows = [
      ...(indicator.baseline ? [{ kind: s.kindBaseline, ...indicator.baseline }] : []),
      ...(indicator.observations ?? []).map((o) => ({ kind: s.kindObservation, ...o })),
      ...progress.targets.map((t) => ({ kind: s.kindTarget, ...t })),
    ] as {
      kind: string;
      date?: string;
      value: IndicatorValue | null;
      flags?: ObservationFlag[];
      note?: unknown;
      source?: unknown;
      sourceUrl?: string;
    }[];
    return html`<table>
      <caption>
        ${s.tableCaption(name)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${s.date}</th>
          <th scope="col">${s.value}</th>
          <th scope="col">${s.note}</th>
          <th scope="col">${s.source}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              <th scope="row">
                ${row.date ? formatDate(row.date, locale) : '–'} <span class="muted">${row.kind}</span>
              </th>
              <td>
                ${this.formatValue(indicator, row.value)}${row.flags?.length ? html` <span class="muted">(${this.flags(row.flags)})</span>` : nothing}
              </td>
              <td>${this.docText(row.note as string | undefined)}</td>
              <td>
                ${
                  row.sourceUrl
                    ? safeLink(
                        row.sourceUrl,
                        this.text(row.source as string | undefined) || row.sourceUrl,
                        this.documentUrl,
                      )
                    : this.docText(row.source as string | undefined)
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderMilestones(milestones: Milestone[], depth: number) {
    const s = this.strings;
    const locale = this.language.locale;
    const sorted = [...milestones].sort(
      (a, b) =>
        (dateStart(a.actual ?? a.planned) ?? Infinity) - (dateStart(b.actual ?? b.planned) ?? Infinity),
    );
    return html`<div role="heading" aria-level=${this.level(depth + 2)} class="subheading">
        ${s.milestones}
      </div>
      <ul class="milestones">
        ${sorted.map((m) => {
          const date = m.actual ?? m.planned;
          return html`<li>
            ${date ? html`<time datetime=${date}>${formatDate(date, locale)}</time>: ` : nothing}${this.docText(m.title)}
            ${m.status ? html`<span class="muted">(${s.milestoneStatus[m.status]})</span>` : nothing}
          </li>`;
        })}
      </ul>`;
  }
}
