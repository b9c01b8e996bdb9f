import type { Entry, EntryType, KoopDocument, LocalizedText } from '@koop/schema';
import {
  decodeFragment,
  focusHere,
  formatDate,
  formatDateRange,
  idFragment,
  KoopWidget,
  Memo,
  HashTarget,
  RovingFocus,
  safeLink,
  saveBlob,
  searchField,
  selectField,
} from '@koop/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  feedIndex,
  filterItems,
  isFiltered,
  topLevel,
  type FeedFilter,
  type FeedIndex,
  type FeedItem,
} from './feed-index.js';
import { entryTypeIcon } from './icons.js';
import { feedStrings, type FeedStrings } from './strings.js';
import { feedStyles } from './transparency-feed.styles.js';

export type FeedFormat = 'json' | 'atom' | 'ics';

const ANCHOR_PREFIX = 'koop-entry-';
const MIME: Record<FeedFormat, string> = {
  json: 'application/feed+json',
  atom: 'application/atom+xml',
  ics: 'text/calendar',
};

/**
 * The public record of a cooperation — who, with which goal, in which way, with which
 * (interim) results: decisions, meetings, results and evaluations, newest first and grouped by
 * month, with filters, search, paging, stable links to every entry, announcements of new entries
 * and downloads as JSON Feed, Atom and iCalendar. Times are shown in the cooperation's time zone
 * (named where the reader's differs) with their end and status ("abgesagt" in words); the parts
 * of an entry (`partOf`: a meeting's agenda items) are listed under it.
 *
 * @summary The transparency feed of a cooperation.
 *
 * @attr types - Show only these entry types, comma-separated (e.g. `decision,meeting`).
 * @attr actor - Show only entries with this actor (id).
 * @attr goal - Show only entries serving this goal (id).
 * @attr year - Show only entries of this year.
 * @attr query - Show only entries whose title or summary contain every word of this text.
 * @attr page-size - Entries per page (default 20).
 * @attr refresh - Re-fetch `src` every this many seconds; a failed refresh keeps the last good data. New entries are announced and marked.
 * @attr heading-level - Heading level (1–6) of the widget's top headings; default 2. Months and entries follow.
 *
 * Inside a `<koop-data>` an actor, goal or milestone selected in another widget also filters the
 * feed (to the entries naming it), on top of the reader's own filters, until it is cleared.
 *
 * @csspart filters - The filter form.
 * @csspart entry - One entry (an `article`; the parts of an entry are entries inside it).
 * @csspart parts - The list of an entry's parts (a meeting's agenda).
 * @csspart new-badge - The "Neu" mark of an entry that arrived with a refresh.
 * @csspart more - The "Weitere laden" button.
 * @csspart downloads - The download buttons.
 */
export class KoopTransparencyFeed extends KoopWidget {
  static override styles = [...KoopWidget.styles, feedStyles];
  static override localizedStrings = [...KoopWidget.localizedStrings, feedStrings];

  static override properties = {
    ...KoopWidget.properties,
    types: { type: String, reflect: true },
    actor: { type: String, reflect: true },
    goal: { type: String, reflect: true },
    year: { type: String, reflect: true },
    query: { type: String, reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    pages: { state: true },
    newIds: { state: true },
    announcement: { state: true },
  };

  /** Entry types to show, comma-separated; empty: all. */
  declare types: string | null;
  /** Actor id to filter by. */
  declare actor: string | null;
  /** Goal id to filter by. */
  declare goal: string | null;
  /** Year to filter by. */
  declare year: string | null;
  /** Search text: every word must occur in title or summary. */
  declare query: string | null;
  /** Entries per page. */
  declare pageSize: number;
  /** How many pages are shown. */
  declare private pages: number;
  declare private newIds: ReadonlySet<string>;
  declare private announcement: string;

  private previousDocument?: KoopDocument;
  private filterKey = '';
  private readonly memo = new Memo();

  constructor() {
    super();
    this.types = null;
    this.actor = null;
    this.goal = null;
    this.year = null;
    this.query = null;
    this.pageSize = 20;
    this.pages = 1;
    this.newIds = new Set();
    this.announcement = '';
    // The entry types are one tab stop; the arrow keys move between them.
    new HashTarget(this, () => this.revealFromHash());
    new RovingFocus(this, { groups: 'fieldset.types', items: 'input' });
  }

  private get strings(): FeedStrings {
    return feedStrings.in(this.language.ui);
  }

  private get page(): number {
    const size = Math.floor(Number(this.pageSize));
    return size > 0 ? size : 20;
  }

  /** Entries shown: the pages asked for; on paper, all of them. */
  private get shown(): number {
    return this.printing.active ? Infinity : this.pages * this.page;
  }

  /** The filter the attributes describe. */
  get filter(): FeedFilter {
    return {
      types: new Set(
        (this.types ?? '')
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
      ),
      actor: this.actor ?? '',
      goal: this.goal ?? '',
      year: this.year ?? '',
      query: this.query ?? '',
      linked: this.document && this.linked.foreign(this.document),
    };
  }

  /** The entries that pass the current filter, newest first (all pages). */
  get filteredEntries(): Entry[] {
    return this.document ? this.filteredItems(feedIndex(this.document)).map((item) => item.entry) : [];
  }

  private filteredItems(index: FeedIndex): FeedItem[] {
    return this.filteredLists(index).items;
  }

  /** The entries passing the filter, and those of them listed at the top (not under another). */
  private filteredLists(index: FeedIndex): { items: FeedItem[]; top: FeedItem[] } {
    return this.memo.get('filtered', [index, this.filterKey], () => {
      const items = filterItems(index, this.filter);
      return { items, top: topLevel(items) };
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const linked = this.linked.value;
    const key = [this.types, this.actor, this.goal, this.year, this.query, linked?.kind, linked?.id].join(
      '\u0000',
    );
    if (key !== this.filterKey) {
      this.filterKey = key;
      // A new filter starts on the first page, unless the same update asks for a page.
      if (!changed.has('pages' as keyof KoopTransparencyFeed)) this.pages = 1;
    }
    const document = this.document;
    if (document !== this.previousDocument) {
      if (document && this.previousDocument)
        this.markNewEntries(feedIndex(this.previousDocument), feedIndex(document));
      this.previousDocument = document;
    }
  }

  /** New entries after a refresh are marked and announced politely; focus stays where it is. */
  private markNewEntries(before: FeedIndex, after: FeedIndex): void {
    const arrived = after.items.filter((item) => !before.byId.has(item.entry.id));
    if (!arrived.length) return;
    this.newIds = new Set([...this.newIds, ...arrived.map((item) => item.entry.id)]);
    const titles = arrived
      .slice(0, 3)
      .map((item) => this.text(item.entry.title))
      .join('; ');
    this.announcement = this.strings.newEntries(arrived.length, titles);
  }

  /** Shows the next page and moves focus to its first entry. */
  private async loadMore(top: FeedItem[]): Promise<void> {
    const first = top[this.shown];
    this.pages += 1;
    await this.updateComplete;
    if (first) this.entryElement(first.entry.id)?.focus();
  }

  private entryElement(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(ANCHOR_PREFIX + idFragment(id))}`);
  }

  /**
   * Opens the entry the page's URL points to (`#koop-entry-<id>`, the id percent-encoded where
   * needed), loading pages as needed.
   */
  private async revealFromHash(): Promise<void> {
    const hash = decodeFragment(location.hash.slice(1));
    const document = this.document;
    if (!hash?.startsWith(ANCHOR_PREFIX) || !document) return;
    const index = feedIndex(document);
    const item = index.byId.get(hash.slice(ANCHOR_PREFIX.length));
    if (!item) return;
    let lists = this.filteredLists(index);
    if (!lists.items.includes(item)) {
      this.resetFilters();
      // The reader followed a link to this entry: that wins over a selection linked elsewhere.
      await this.linked.cleared();
      lists = { items: index.items, top: topLevel(index.items) };
    }
    // A part is listed under its entry: the page of the entry at the top of its chain counts.
    const listed = new Set(lists.items);
    let top = item;
    while (top.parent && listed.has(top.parent) && !lists.top.includes(top)) top = top.parent;
    const position = lists.top.indexOf(top);
    if (position >= this.shown) this.pages = Math.ceil((position + 1) / this.page);
    await this.updateComplete;
    const article = this.entryElement(item.entry.id);
    article?.scrollIntoView({ block: 'start' });
    article?.focus({ preventScroll: true });
  }

  /** The button goes with the filters: focus stays where it was, on the count of entries shown. */
  private onReset = (event: Event): void => {
    focusHere((event.target as Element).closest<HTMLElement>('.filter-status'));
    this.resetFilters();
  };

  /** Clears every filter. */
  resetFilters(): void {
    this.types = null;
    this.actor = null;
    this.goal = null;
    this.year = null;
    this.query = null;
  }

  /** The entries currently passing the filter in one of the download formats. */
  async exportAs(format: FeedFormat): Promise<string> {
    const document = this.document;
    if (!document) return '';
    const { toJsonFeed, toAtom, toICalendar } = await import('./exports.js');
    const generate = { json: toJsonFeed, atom: toAtom, ics: toICalendar }[format];
    return generate({
      document,
      entries: this.filteredEntries,
      lang: this.language.locale,
      pageUrl: location.href.split('#')[0],
      documentUrl: this.documentUrl,
    });
  }

  private async download(format: FeedFormat): Promise<void> {
    const document = this.document;
    if (!document) return;
    const { exportFileName } = await import('./exports.js');
    const blob = new Blob([await this.exportAs(format)], { type: MIME[format] });
    saveBlob(this.renderRoot, blob, exportFileName(document, format));
  }

  private toggleType(type: EntryType, on: boolean): void {
    const types = this.filter.types as Set<string>;
    if (on) types.add(type);
    else types.delete(type);
    this.types = types.size ? [...types].join(',') : null;
  }

  protected renderDocument(document: KoopDocument): TemplateResult {
    const s = this.strings;
    const index = feedIndex(document);
    const { items, top } = this.filteredLists(index);
    const listed = new Set(items);
    const visible = top.slice(0, this.shown);
    const months: { month: string; items: FeedItem[] }[] = [];
    for (const item of visible) {
      const last = months.at(-1);
      if (last?.month === item.month) last.items.push(item);
      else months.push({ month: item.month, items: [item] });
    }
    return html`<section class="feed" aria-label=${this.regionLabel(s.heading)}>
      <div role="heading" aria-level=${this.level()} id="heading">${s.heading}</div>
      ${this.renderLinkedStatus(document)}
      ${index.items.length ? this.renderFilters(index, items.length) : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${
        items.length === 0
          ? html`<p class="empty">${index.items.length ? s.noMatches : s.noEntries}</p>`
          : html`<div class="months">
              ${months.map((group) => this.renderMonth(group.month, group.items, index, listed))}
            </div>`
      }
      ${
        top.length > this.shown
          ? html`<button type="button" class="more" part="more" @click=${() => this.loadMore(top)}>
              ${s.more(Math.min(this.page, top.length - this.shown), top.length - this.shown)}
            </button>`
          : nothing
      }
      ${
        items.length
          ? html`<div class="downloads" part="downloads" role="group" aria-labelledby="download-label">
              <span id="download-label">${s.download}</span>
              <button type="button" @click=${() => this.download('json')}>${s.downloadJson}</button>
              <button type="button" @click=${() => this.download('atom')}>${s.downloadAtom}</button>
              <button type="button" @click=${() => this.download('ics')}>${s.downloadIcal}</button>
            </div>`
          : nothing
      }
    </section>`;
  }

  private renderFilters(index: FeedIndex, count: number) {
    const s = this.strings;
    const filter = this.filter;
    const name = (id: string) => this.text(index.actors.get(id)?.shortName ?? index.actors.get(id)?.name);
    const select = (
      id: string,
      label: string,
      value: string,
      options: [string, string][],
      set: (v: string) => void,
    ) => selectField(id, label, s.all, value, options, set);
    return html`<form
      class="filters"
      part="filters"
      role="search"
      aria-label=${this.regionLabel(s.filters)}
      @submit=${(e: Event) => e.preventDefault()}
    >
      ${searchField(s.search, s.searchHint, filter.query, (query) => (this.query = query))}
      <fieldset class="types" aria-describedby="types-hint">
        <legend>${s.type}</legend>
        <span id="types-hint" class="visually-hidden">${s.typesHint}</span>
        ${index.types.map(
          (type) =>
            html`<label class="type-option">
              <input
                type="checkbox"
                .checked=${filter.types.has(type)}
                @change=${(event: Event) => this.toggleType(type, (event.target as HTMLInputElement).checked)}
              />
              ${entryTypeIcon(type)}${s.types[type]}
            </label>`,
        )}
      </fieldset>
      ${select(
        'actor',
        s.actor,
        filter.actor,
        index.actorIds.map((id) => [id, name(id)]),
        (v) => (this.actor = v || null),
      )}
      ${select(
        'goal',
        s.goal,
        filter.goal,
        index.goalIds.map((id) => [id, this.text(index.goals.get(id)!.title)]),
        (v) => (this.goal = v || null),
      )}
      ${select(
        'year',
        s.year,
        filter.year,
        index.years.map((year) => [String(year), String(year)]),
        (v) => (this.year = v || null),
      )}
      <div class="filter-status">
        <p class="count" role="status">${s.count(count, index.items.length)}</p>
        ${isFiltered(filter) ? html`<button type="button" @click=${this.onReset}>${s.resetFilters}</button>` : nothing}
      </div>
    </form>`;
  }

  private renderMonth(month: string, items: FeedItem[], index: FeedIndex, listed: Set<FeedItem>) {
    // A heading, not a region: a long feed would otherwise fill the page's list of landmarks.
    return html`<div class="month">
      <div role="heading" aria-level=${this.level(1)} class="month-heading">
        ${month ? formatDate(month, this.language.locale) : '–'}
      </div>
      <ul class="entries" role="list">
        ${items.map((item) => html`<li>${this.renderEntry(item, index, listed)}</li>`)}
      </ul>
    </div>`;
  }

  /**
   * One entry, with its parts among `listed` inside it (`depth` deeper); an entry whose own
   * entry is not listed names it, with a link.
   */
  private renderEntry(item: FeedItem, index: FeedIndex, listed: Set<FeedItem>, depth = 0): TemplateResult {
    const s = this.strings;
    const entry = item.entry;
    const summary = this.text(entry.summary);
    const results = this.text(entry.results);
    // Names as texts of the document, each in its own language.
    const names = (ids: string[] | undefined, lookup: (id: string) => LocalizedText | undefined) =>
      (ids ?? []).map(lookup).filter((text) => Boolean(this.text(text)));
    const actors = names(entry.actors, (id) => {
      const actor = index.actors.get(id);
      return actor && (actor.shortName ?? actor.name);
    });
    const goals = names(entry.goals, (id) => index.goals.get(id)?.title);
    const milestones = names(entry.milestones, (id) => index.milestones.get(id)?.title);
    const how = this.describeHow(entry, index);
    const links = (entry.links ?? []).filter((link) => link && typeof link === 'object');
    const fact = (label: string, value: unknown) =>
      html`<div>
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`;
    const key = idFragment(entry.id);
    const anchor = ANCHOR_PREFIX + key;
    const parts = (index.children.get(entry.id) ?? []).filter((part) => listed.has(part));
    const parent = item.parent && !listed.has(item.parent) ? item.parent : undefined;
    return html`<article
      id=${anchor}
      class="entry type-${entry.type}${entry.status ? ` status-${entry.status}` : ''}"
      part="entry"
      tabindex="-1"
      aria-labelledby="title-${key}${entry.status ? ` status-${key}` : ''}"
    >
      <p class="type">
        ${entryTypeIcon(entry.type)}${s.types[entry.type] ?? entry.type}${
          entry.status
            ? html` · <strong class="status" id="status-${key}">${s.status[entry.status]}</strong>`
            : nothing
        }
      </p>
      <div role="heading" aria-level=${this.level(2 + depth)} id="title-${key}" class="entry-title">
        ${this.docText(entry.title)}
      </div>
      <p class="date">
        <time datetime=${entry.date}>
          ${formatDateRange(entry.date, entry.end, this.language.locale, index.timeZone)}
        </time>
        ${this.newIds.has(entry.id) ? html`<span class="new" part="new-badge">${s.isNew}</span>` : nothing}
      </p>
      ${
        parent
          ? html`<p class="part-of">
              ${s.partOf}:
              <a href="#${ANCHOR_PREFIX}${idFragment(parent.entry.id)}"
                >${this.docText(parent.entry.title)}</a
              >
            </p>`
          : nothing
      }
      ${summary ? html`<p class="summary">${this.docText(entry.summary)}</p>` : nothing}
      ${
        actors.length || goals.length || how || results || milestones.length
          ? html`<dl class="facts">
              ${actors.length ? fact(s.who, this.docTexts(actors)) : nothing}
              ${goals.length ? fact(s.why, this.docTexts(goals, '; ')) : nothing}
              ${how ? fact(s.how, how) : nothing}
              ${results ? fact(s.results, this.docText(entry.results)) : nothing}
              ${milestones.length ? fact(s.moves, this.docTexts(milestones, '; ')) : nothing}
            </dl>`
          : nothing
      }
      ${
        links.length
          ? html`<ul class="links" aria-label=${s.links}>
              ${links.map((link) => html`<li>${safeLink(link.url, this.text(link.title) || link.url, this.documentUrl)}</li>`)}
            </ul>`
          : nothing
      }
      <a class="permalink" href="#${anchor}"
        >${s.permalink}<span class="visually-hidden">: ${this.docText(entry.title)}</span></a
      >
      ${
        parts.length
          ? html`<ol class="parts" part="parts" aria-label=${s.parts(entry.type)}>
              ${parts.map((part) => html`<li>${this.renderEntry(part, index, listed, depth + 1)}</li>`)}
            </ol>`
          : nothing
      }
    </article>`;
  }

  private describeHow(entry: Entry, index: FeedIndex): string {
    const s = this.strings;
    const how = entry.how;
    if (!how) return '';
    const body = how.body ? index.actors.get(how.body) : undefined;
    return [
      how.format && s.formats[how.format],
      this.text(how.location),
      body && `${s.body}: ${this.text(body.shortName ?? body.name)}`,
      how.procedure && s.procedures[how.procedure],
      how.outcome && `${s.outcome}: ${this.text(how.outcome)}`,
      how.binding === undefined ? '' : how.binding ? s.binding : s.notBinding,
    ]
      .filter(Boolean)
      .join(' · ');
  }
}
