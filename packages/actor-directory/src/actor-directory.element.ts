import { SECTOR_ORDER, type KoopDocument, type Offer } from '@koop/schema';
import {
  decodeFragment,
  focusHere,
  formatDate,
  formatDateRange,
  idFragment,
  KoopWidget,
  Memo,
  HashTarget,
  OnDemand,
  RovingFocus,
  safeLink,
  saveBlob,
  type KoopSelection,
  searchField,
  selectField,
} from '@koop/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { actorDirectoryStyles } from './actor-directory.styles.js';
import {
  directoryIndex,
  filterDirectory,
  foldText,
  isFiltered,
  isOpen,
  planningTable,
  timesText,
  wallTime,
  type ActorItem,
  type DirectoryFilter,
  type DirectoryIndex,
  type ListedActor,
  type OfferItem,
} from './directory-index.js';
import { KoopDirectorySelectEvent } from './events.js';
import { directoryStrings, type DirectoryStrings } from './strings.js';
import type * as Views from './views.js';

export type DirectoryView = 'cards' | 'list';

const ACTOR_PREFIX = 'koop-actor-';
const OFFER_PREFIX = 'koop-offer-';
/** The details and the planning evaluation, loaded on demand (one loader: every directory shares them). */
const loadViews = () => import('./views.js');

/**
 * Who offers what, for whom and where: the actors of a cooperation with their offers (format
 * 1.2), A–Z, searchable (umlauts and accents do not matter) and filtered by target group,
 * sector, district, kind of offer and "open now" (where opening hours are given), as cards or a
 * compact list, a page at a time. Every actor and offer has an anchor (`#koop-actor-<id>`,
 * `#koop-offer-<id>`); an actor's details show its contacts, roles, relations and entries in the
 * record. The "Auswertung für die Planung" counts offers by target group and district (a table
 * and a bar chart in words) and names the gaps; the offers shown download as CSV.
 *
 * @summary The directory of actors and offers (Chancenportal).
 *
 * @attr query - Show only actors and offers whose texts contain every word of this text.
 * @attr target-group - Show only offers for this target group (id of the document's `targetGroups`).
 * @attr sector - Show only actors of this sector (e.g. `civil-society`).
 * @attr district - Show only offers in this district (id of the document's `districts`).
 * @attr kind - Show only offers of this kind (e.g. `counselling`).
 * @attr open-now - Show only offers open at this moment (in the cooperation's time zone).
 * @attr view - `cards` (default) or `list`, a compact list.
 * @attr page-size - Offers per page (default 20); an actor's offers stay together, an actor without any counts as one.
 * @attr selected - The actor (id) whose details are open.
 * @attr planning - Show the "Auswertung für die Planung" opened (the reader can close it).
 *
 * @prop {Date | null} now - The moment "open now" is judged at; default: the current time.
 *
 * Inside a `<koop-data>` an actor, goal or milestone selected in another widget shows only the
 * actors it names (marked "Verknüpft"); opening an actor's details selects it in the others.
 *
 * @event koop-directory-select - The reader opened or closed an actor's details. `detail: { id, actor }` (`id` null: closed).
 * @event koop-select - The same, for the other widgets of a `<koop-data>`: `detail: { kind: 'actor', id, source }`.
 *
 * @csspart filters - The filter form.
 * @csspart index - The A–Z index.
 * @csspart actor - One actor (an `article`, with its offers).
 * @csspart offer - One offer.
 * @csspart details - An actor's details: contact, roles, relations, entries.
 * @csspart more - The "Weitere laden" button.
 * @csspart planning - The "Auswertung für die Planung" (a `details`).
 * @csspart downloads - The download button.
 */
export class KoopActorDirectory extends KoopWidget {
  static override styles = [...KoopWidget.styles, actorDirectoryStyles];
  static override localizedStrings = [...KoopWidget.localizedStrings, directoryStrings];

  static override properties = {
    ...KoopWidget.properties,
    query: { type: String, reflect: true },
    targetGroup: { type: String, reflect: true, attribute: 'target-group' },
    sector: { type: String, reflect: true },
    district: { type: String, reflect: true },
    kind: { type: String, reflect: true },
    openNow: { type: Boolean, reflect: true, attribute: 'open-now' },
    view: { type: String, reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    selected: { type: String, reflect: true },
    planning: { type: Boolean, reflect: true },
    now: { attribute: false },
    pages: { state: true },
  };

  /** Search text: every word must occur in the actor's or the offer's texts. */
  declare query: string | null;
  /** Target group id to filter by. */
  declare targetGroup: string | null;
  /** Sector to filter by. */
  declare sector: string | null;
  /** District id to filter by. */
  declare district: string | null;
  /** Kind of offer to filter by. */
  declare kind: string | null;
  /** Only offers open now. */
  declare openNow: boolean;
  /** Cards or a compact list. */
  declare view: DirectoryView;
  /** Offers per page (an actor's offers stay together). */
  declare pageSize: number;
  /** The actor whose details are open. */
  declare selected: string | null;
  /** Whether the planning evaluation is open; it is worked out only then (and on paper). */
  declare planning: boolean;
  /** The moment "open now" is judged at; null: the current time. */
  declare now: Date | null;
  declare private pages: number;

  private filterKey = '';
  /** The weekday and time offers are marked "jetzt geöffnet" at, taken once per render. */
  private moment = wallTime(Date.now());
  private readonly memo = new Memo();
  private readonly viewsOnDemand = new OnDemand(this, loadViews, () => this.language.ui);

  constructor() {
    super();
    this.query = null;
    this.targetGroup = null;
    this.sector = null;
    this.district = null;
    this.kind = null;
    this.openNow = false;
    this.view = 'cards';
    this.pageSize = 20;
    this.selected = null;
    this.planning = false;
    this.now = null;
    this.pages = 1;
    // The letters of the A–Z index and the two views are one tab stop each.
    new HashTarget(this, () => this.revealFromHash());
    new RovingFocus(this, { groups: '.az, .views', items: 'button' });
  }

  private get strings(): DirectoryStrings {
    return directoryStrings.in(this.language.ui);
  }

  private get page(): number {
    const size = Math.floor(Number(this.pageSize));
    return size > 0 ? size : 20;
  }

  /** Offers shown: the pages asked for; on paper, all of them. */
  private get shown(): number {
    return this.printing.active ? Infinity : this.pages * this.page;
  }

  /**
   * Where each listed actor starts, counted in offers (an actor without any counts as one):
   * paging by offers keeps a page small however the offers are spread over the actors.
   */
  private starts(listed: ListedActor[]): number[] {
    return this.memo.get('starts', [listed], () => {
      const starts: number[] = [];
      let sum = 0;
      for (const entry of listed) {
        starts.push(sum);
        sum += Math.max(1, entry.offers.length);
      }
      starts.push(sum);
      return starts;
    });
  }

  /** How many actors the pages shown hold: every actor that starts before the limit. */
  private actorsShown(listed: ListedActor[]): number {
    const starts = this.starts(listed);
    let count = 0;
    while (count < listed.length && starts[count] < this.shown) count++;
    return count;
  }

  private index(document: KoopDocument): DirectoryIndex {
    return directoryIndex(document, SECTOR_ORDER);
  }

  /** The filter the attributes describe (and a selection made in another widget). */
  get filter(): DirectoryFilter {
    const linked = this.document && this.linked.foreign(this.document);
    return {
      query: this.query ?? '',
      targetGroup: this.targetGroup ?? '',
      sector: this.sector ?? '',
      district: this.district ?? '',
      kind: this.kind ?? '',
      openAt: this.openNow ? wallTime((this.now ?? new Date()).getTime(), this.timeZone) : undefined,
      linkedActors: linked?.actors,
    };
  }

  /** The actors passing the filter, A–Z, each with its offers that pass (all pages). */
  get filteredActors(): ListedActor[] {
    return this.document ? this.listed(this.index(this.document)) : [];
  }

  private listed(index: DirectoryIndex): ListedActor[] {
    return this.memo.get('listed', [index, this.filterKey], () => filterDirectory(index, this.filter));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const linked = this.document && this.linked.foreign(this.document);
    const openAt = this.openNow ? this.filter.openAt : undefined;
    const key = [
      this.query,
      this.targetGroup,
      this.sector,
      this.district,
      this.kind,
      openAt && `${openAt.day}${openAt.minute}`,
      linked?.kind,
      linked?.id,
    ].join('\u0000');
    if (key !== this.filterKey) {
      this.filterKey = key;
      // A new filter starts on the first page, unless the same update asks for a page.
      if (!changed.has('pages' as keyof KoopActorDirectory)) this.pages = 1;
    }
  }

  // After DocumentController's hostUpdate (the document is there), before render: the moment
  // "open now" marks are judged at, in the cooperation's time zone.
  protected override update(changed: PropertyValues<this>): void {
    const document = this.document;
    if (document) this.moment = wallTime((this.now ?? new Date()).getTime(), this.index(document).timeZone);
    super.update(changed);
  }

  // The details and the planning evaluation load after the first paint with a document, so
  // they are there when the reader opens one.
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.document && !this.views) void this.viewsOnDemand.load();
  }

  /** Resolves once the views are there too, when they are loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.viewsOnDemand.pending) {
      await this.viewsOnDemand.pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** A selection made elsewhere filters the list; the details opened here are closed. */
  protected override applySelection(selection: KoopSelection | null): void {
    if (selection) this.selected = null;
  }

  /** Clears every filter. */
  resetFilters(): void {
    this.query = null;
    this.targetGroup = null;
    this.sector = null;
    this.district = null;
    this.kind = null;
    this.openNow = false;
  }

  private onReset = (event: Event): void => {
    // The button goes with the filters: focus stays on the count of what is shown.
    focusHere((event.target as Element).closest<HTMLElement>('.filter-status'));
    this.resetFilters();
  };

  /** Opens or closes an actor's details; tells the page and the other widgets. */
  private toggleDetails(item: ActorItem): void {
    const id = this.selected === item.actor.id ? null : item.actor.id;
    this.selected = id;
    this.emit(new KoopDirectorySelectEvent({ id, actor: id ? item.actor : undefined }));
    this.linked.select('actor', id);
  }

  /** Shows the pages up to the actor at `position` of `listed` and moves focus to `target`. */
  private async reveal(
    listed: ListedActor[],
    position: number,
    target: () => HTMLElement | null,
  ): Promise<void> {
    const start = this.starts(listed)[position];
    if (start >= this.shown) this.pages = Math.floor(start / this.page) + 1;
    await this.updateComplete;
    const element = target();
    element?.scrollIntoView({ block: 'start' });
    element?.focus({ preventScroll: true });
  }

  private byAnchor(prefix: string, id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(prefix + idFragment(id))}`);
  }

  /** Shows the next page and moves focus to its first actor. */
  private async loadMore(listed: ListedActor[]): Promise<void> {
    const position = this.actorsShown(listed);
    const first = listed[position];
    this.pages += 1;
    await this.reveal(listed, position, () =>
      first ? this.byAnchor(ACTOR_PREFIX, first.item.actor.id) : null,
    );
  }

  /** The A–Z index: to the first actor listed with that letter. */
  private async jumpTo(letter: string, listed: ListedActor[]): Promise<void> {
    const position = listed.findIndex((entry) => entry.item.letter === letter);
    if (position < 0) return;
    const id = listed[position].item.actor.id;
    await this.reveal(listed, position, () => this.byAnchor(ACTOR_PREFIX, id));
  }

  /**
   * Opens the actor or offer the page's URL points to (`#koop-actor-<id>`, `#koop-offer-<id>`),
   * loading pages as needed; filters that hide it are cleared.
   */
  private async revealFromHash(): Promise<void> {
    const hash = decodeFragment(location.hash.slice(1));
    const document = this.document;
    if (!hash || !document) return;
    const index = this.index(document);
    const offerId = hash.startsWith(OFFER_PREFIX) ? hash.slice(OFFER_PREFIX.length) : undefined;
    const actor = offerId
      ? index.offersById.get(offerId)?.actor
      : hash.startsWith(ACTOR_PREFIX)
        ? index.actorsById.get(hash.slice(ACTOR_PREFIX.length))
        : undefined;
    if (!actor) return;
    const shows = (listed: ListedActor[]) =>
      listed.findIndex(
        (entry) => entry.item === actor && (!offerId || entry.offers.some((o) => o.offer.id === offerId)),
      );
    let listed = this.listed(index);
    let position = shows(listed);
    if (position < 0) {
      this.resetFilters();
      // The reader followed a link to this item: that wins over a selection linked elsewhere.
      await this.linked.cleared();
      await this.updateComplete;
      listed = this.listed(index);
      position = shows(listed);
    }
    if (position >= 0)
      await this.reveal(listed, position, () =>
        offerId ? this.byAnchor(OFFER_PREFIX, offerId) : this.byAnchor(ACTOR_PREFIX, actor.actor.id),
      );
  }

  /** The offers shown (all pages) as CSV, as the download writes it. */
  async exportCsv(): Promise<string> {
    const document = this.document;
    if (!document) return '';
    const index = this.index(document);
    const { directoryCsv } = await import('./csv.js');
    return directoryCsv({
      listed: this.listed(index),
      strings: this.strings,
      text: (value) => this.text(value),
      targetGroup: (id) => this.text(index.targetGroups.get(id)?.label) || id,
      district: (id) => this.text(index.districts.get(id)?.label) || id,
    });
  }

  private async download(): Promise<void> {
    const blob = new Blob([await this.exportCsv()], { type: 'text/csv;charset=utf-8' });
    const name = this.text(this.document?.cooperation.shortName ?? this.document?.cooperation.name);
    const slug = foldText(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    saveBlob(this.renderRoot, blob, `${slug || 'koop'}-${this.strings.offers.toLowerCase()}.csv`);
  }

  protected renderDocument(document: KoopDocument): TemplateResult {
    const s = this.strings;
    const index = this.index(document);
    const listed = this.listed(index);
    const offers = listed.reduce((sum, entry) => sum + entry.offers.length, 0);
    const linked = Boolean(this.filter.linkedActors);
    const visible = this.actorsShown(listed);
    const starts = this.starts(listed);
    const remaining = starts[listed.length] - starts[visible];
    return html`<section class="directory" aria-label=${this.regionLabel(s.heading)}>
      <div role="heading" aria-level=${this.level()} id="heading">${s.heading}</div>
      ${this.renderLinkedStatus(document)}
      ${index.actors.length ? this.renderFilters(index, listed.length, offers) : nothing}
      ${listed.length ? this.renderIndex(listed) : nothing}
      ${
        listed.length === 0
          ? html`<p class="empty">${index.actors.length ? s.noMatches : s.noActors}</p>`
          : html`<ul class="actors ${this.view === 'list' ? 'compact' : 'cards'}" role="list">
              ${listed.slice(0, visible).map((entry) => html`<li>${this.renderActor(entry, index, document, linked)}</li>`)}
            </ul>`
      }
      ${
        visible < listed.length
          ? html`<button type="button" class="more" part="more" @click=${() => this.loadMore(listed)}>
              ${s.more(Math.min(this.page, remaining), remaining)}
            </button>`
          : nothing
      }
      ${index.offers.length ? this.renderPlanning(index) : nothing}
      ${
        listed.length
          ? html`<div class="downloads" part="downloads" role="group" aria-labelledby="download-label">
              <span id="download-label">${s.download}</span>
              <button type="button" @click=${() => this.download()}>${s.downloadCsv}</button>
            </div>`
          : nothing
      }
    </section>`;
  }

  private renderFilters(index: DirectoryIndex, actors: number, offers: number) {
    const s = this.strings;
    const filter = this.filter;
    const select = (
      id: string,
      label: string,
      value: string,
      options: [string, string][],
      set: (v: string) => void,
    ) => (options.length ? selectField(id, label, s.all, value, options, set) : nothing);
    const catalogue = (items: DirectoryIndex['targetGroups']) =>
      [...items.values()].map((item): [string, string] => [item.id, this.text(item.label)]);
    const hasTimes = index.offers.some((o) => o.offer.times?.length);
    return html`<form
      class="filters"
      part="filters"
      role="search"
      aria-label=${this.regionLabel(s.filters)}
      @submit=${(e: Event) => e.preventDefault()}
    >
      ${searchField(s.search, s.searchHint, filter.query, (query) => (this.query = query))}
      ${select('target-group', s.targetGroup, filter.targetGroup, catalogue(index.targetGroups), (v) => (this.targetGroup = v || null))}
      ${select('district', s.district, filter.district, catalogue(index.districts), (v) => (this.district = v || null))}
      ${select(
        'sector',
        s.sector,
        filter.sector,
        index.sectors.map((v) => [v, s.sectors[v]]),
        (v) => (this.sector = v || null),
      )}
      ${select(
        'kind',
        s.kind,
        filter.kind,
        index.kinds.map((v) => [v, s.kinds[v]]),
        (v) => (this.kind = v || null),
      )}
      ${
        hasTimes
          ? html`<label class="check">
              <input
                type="checkbox"
                aria-describedby="open-hint"
                .checked=${this.openNow}
                @change=${(event: Event) => (this.openNow = (event.target as HTMLInputElement).checked)}
              />
              ${s.openNow}
              <span id="open-hint" class="muted">(${s.openNowHint})</span>
            </label>`
          : nothing
      }
      <div class="views" role="group" aria-label=${s.view}>
        ${(['cards', 'list'] as const).map(
          (view) =>
            html`<button
              type="button"
              aria-pressed=${String((this.view === 'list' ? 'list' : 'cards') === view)}
              @click=${() => (this.view = view)}
            >
              ${view === 'cards' ? s.cards : s.list}
            </button>`,
        )}
      </div>
      <div class="filter-status">
        <p class="count" role="status">${s.count(actors, offers, index.offers.length)}</p>
        ${isFiltered(filter) ? html`<button type="button" @click=${this.onReset}>${s.resetFilters}</button>` : nothing}
      </div>
    </form>`;
  }

  private renderIndex(listed: ListedActor[]) {
    const s = this.strings;
    const letters = [...new Set(listed.map((entry) => entry.item.letter))];
    return html`<nav class="az" part="index" aria-label=${s.index}>
      ${letters.map(
        (letter) =>
          html`<button
            type="button"
            aria-label=${s.letter(letter === '#' ? s.otherLetter : letter)}
            @click=${() => this.jumpTo(letter, listed)}
          >
            ${letter}
          </button>`,
      )}
    </nav>`;
  }

  private renderActor(
    { item, offers }: ListedActor,
    index: DirectoryIndex,
    document: KoopDocument,
    linked: boolean,
  ) {
    const s = this.strings;
    const actor = item.actor;
    const key = idFragment(actor.id);
    const open = this.selected === actor.id;
    const compact = this.view === 'list';
    return html`<article
      id="${ACTOR_PREFIX}${key}"
      class="actor${open ? ' open' : ''}"
      part="actor"
      tabindex="-1"
      aria-labelledby="name-${key}"
    >
      <div class="actor-head">
        <div role="heading" aria-level=${this.level(1)} id="name-${key}" class="actor-name">
          ${this.docText(actor.name)}
        </div>
        ${linked ? this.linkedMark() : nothing}
      </div>
      ${actor.sector ? html`<p class="sector">${s.sectors[actor.sector]}</p>` : nothing}
      ${!compact && actor.description ? html`<p class="description">${this.docText(actor.description)}</p>` : nothing}
      ${
        offers.length
          ? html`<ul class="offers" role="list" aria-label=${s.offers}>
              ${offers.map((offer) => this.renderOffer(offer, index, compact))}
            </ul>`
          : item.offers.length
            ? nothing
            : html`<p class="muted">${s.noOffers}</p>`
      }
      <p class="actor-links">
        <button
          type="button"
          class="toggle"
          aria-expanded=${String(open)}
          aria-controls="details-${key}"
          @click=${() => this.toggleDetails(item)}
        >
          ${s.details}<span class="visually-hidden">: ${this.text(actor.name)}</span>
        </button>
        <a class="permalink" href="#${ACTOR_PREFIX}${key}"
          >${s.permalink}<span class="visually-hidden">: ${this.text(actor.name)}</span></a
        >
      </p>
      <div id="details-${key}" class="details" part="details" ?hidden=${!open}>
        ${open ? this.views?.renderDetails(this.viewContext, item, document, this.index(document)) : nothing}
      </div>
    </article>`;
  }

  private names(ids: readonly string[] | undefined, catalogue: DirectoryIndex['targetGroups']) {
    return this.docTexts((ids ?? []).map((id) => catalogue.get(id)?.label ?? id));
  }

  private renderOffer({ offer }: OfferItem, index: DirectoryIndex, compact: boolean) {
    const s = this.strings;
    const key = idFragment(offer.id);
    const open = Boolean(offer.times?.length) && isOpen(offer.times, this.moment);
    const tags = [
      offer.kind ? s.kinds[offer.kind] : '',
      offer.targetGroups?.length ? this.names(offer.targetGroups, index.targetGroups) : '',
      offer.districts?.length ? this.names(offer.districts, index.districts) : '',
    ].filter((tag) => (Array.isArray(tag) ? tag.length : tag));
    const fact = (label: string, value: unknown) =>
      html`<div>
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`;
    return html`<li id="${OFFER_PREFIX}${key}" class="offer" part="offer" tabindex="-1">
      <div role="heading" aria-level=${this.level(2)} class="offer-title">
        <span class="offer-name">${this.docText(offer.title)}</span>
        ${open ? html`<span class="open-mark">${s.isOpen}</span>` : nothing}
      </div>
      ${tags.length ? html`<p class="tags">${tags.map((tag, i) => (i ? [' · ', tag] : tag))}</p>` : nothing}
      ${
        compact
          ? nothing
          : html`${offer.description ? html`<p>${this.docText(offer.description)}</p>` : nothing}
              <dl class="facts">
                ${offer.location?.label ? fact(s.place, this.docText(offer.location.label)) : nothing}
                ${offer.times?.length ? fact(s.times, timesText(offer.times, s)) : nothing}
                ${this.renderContact(offer)}
                ${offer.since || offer.until ? fact(s.period, this.period(offer)) : nothing}
              </dl>
              <a class="permalink" href="#${OFFER_PREFIX}${key}"
                >${s.permalinkOffer}<span class="visually-hidden">: ${this.text(offer.title)}</span></a
              >`
      }
    </li>`;
  }

  private period(offer: Offer): string {
    const s = this.strings;
    const locale = this.language.locale;
    if (offer.since && offer.until) return formatDateRange(offer.since, offer.until, locale);
    return offer.since ? s.since(formatDate(offer.since, locale)) : s.until(formatDate(offer.until!, locale));
  }

  /** Mail, phone and web links, each through the URL allowlist (a phone as `tel:` with its digits). */
  private renderContact(offer: Offer) {
    const s = this.strings;
    const contact = offer.contact;
    const url = offer.url ?? contact?.url;
    const links = [
      contact?.email && [s.email, safeLink(`mailto:${contact.email}`, contact.email)],
      contact?.phone && [s.phone, safeLink(`tel:${contact.phone.replace(/[^\d+]/g, '')}`, contact.phone)],
      url && [s.website, safeLink(url, url.replace(/^https?:\/\//, ''), this.documentUrl)],
    ].filter(Boolean) as [string, TemplateResult][];
    if (!links.length && !contact?.name) return nothing;
    return html`<div>
      <dt>${s.contact}</dt>
      ${contact?.name ? html`<dd>${this.docText(contact.name)}</dd>` : nothing}
      ${links.map(([label, link]) => html`<dd>${label}: ${link}</dd>`)}
    </div>`;
  }

  private renderPlanning(index: DirectoryIndex) {
    const s = this.strings;
    const open = this.planning || this.printing.active;
    return html`<details
      class="planning"
      part="planning"
      .open=${open}
      @toggle=${(event: Event) => (this.planning = (event.target as HTMLDetailsElement).open)}
    >
      <summary>${s.planning}</summary>
      ${
        !open
          ? nothing
          : index.targetGroups.size && index.districts.size
            ? this.views?.renderPlanningBody(this.viewContext, index, this.planningTable(index))
            : html`<p>${s.noCatalogue}</p>`
      }
    </details>`;
  }

  private planningTable(index: DirectoryIndex) {
    return this.memo.get('planning', [index, this.filterKey], () =>
      planningTable(index, filterDirectory(index, this.filter, 'place')),
    );
  }

  private get views(): typeof Views | undefined {
    return this.viewsOnDemand.module;
  }

  private get viewContext(): Views.ViewContext {
    return {
      s: this.strings,
      locale: this.language.locale,
      url: this.documentUrl,
      text: (value) => this.text(value),
      docText: (value) => this.docText(value),
      level: (depth) => this.level(depth),
    };
  }
}
