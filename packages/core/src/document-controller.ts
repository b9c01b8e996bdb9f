import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { IDLE, type DocumentState } from './document-state.js';
import { KoopErrorEvent, KoopLoadEvent, type LoadError } from './events.js';
import { absoluteUrl, loadDocument, outcomeOf, parseDocumentText, type LoadOutcome } from './loader.js';

/** The properties an element exposes to name its document. */
export interface DocumentSourceHost extends ReactiveControllerHost, HTMLElement {
  /** URL of the document. */
  src?: string | null;
  /** The document itself (an object), taking precedence over everything else. */
  data?: unknown;
  /** Seconds between re-fetches of `src`; 0 or unset: never. */
  refresh?: number | null;
  /** Milliseconds before a fetch gives up. */
  timeout?: number | null;
}

type Source =
  | { kind: 'data'; value: unknown }
  | { kind: 'inline'; text: string }
  | { kind: 'url'; url: string | undefined; raw: string }
  | { kind: 'context' };

const MIN_REFRESH_SECONDS = 1;
const WAITING: DocumentState = Object.freeze({ status: 'loading', problems: [] }) as DocumentState;

/** Whether `element` sits inside a `<koop-data>`, looking through shadow roots. */
export function insideKoopData(element: Element): boolean {
  for (
    let node: Node | null = element.parentNode;
    node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode
  ) {
    if (node instanceof Element && node.localName === 'koop-data') return true;
  }
  return false;
}

/**
 * Finds, loads, validates and refreshes an element's document, from (in this order) its
 * `data` property, an inline `<script type="application/json">` child, its `src`, or an
 * enclosing `<koop-data>`. Fires `koop-load` and `koop-error` for sources the element owns.
 */
export class DocumentController implements ReactiveController {
  state: DocumentState = IDLE;
  private source: Source = { kind: 'context' };
  private contextState?: DocumentState;
  private generation = 0;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private pendingEvents: Event[] = [];
  private consuming = false;
  /** A load the reader asked for is under way: its states carry `requested`. */
  private requested = false;

  constructor(
    private readonly host: DocumentSourceHost,
    private readonly options: { consumeContext: boolean },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.options.consumeContext && !this.consuming && insideKoopData(this.host)) {
      this.consuming = true;
      this.contextState = WAITING;
      // The page may have loaded only this widget's module: <koop-data> then comes on demand.
      if (!customElements.get('koop-data')) void import('./koop-data.js');
      import('./context-consumer.js').then(({ consume, koopDocumentContext }) =>
        consume(this.host, koopDocumentContext, (state) => {
          // A <koop-data> that has just upgraded answers before it has a state of its own.
          this.contextState = state ?? WAITING;
          if (this.source.kind === 'context') this.setState(this.contextState);
        }),
      );
    }
    this.syncSource();
  }

  hostDisconnected(): void {
    this.generation++;
    clearTimeout(this.refreshTimer);
    // Reconnecting (e.g. moving the element) must start afresh, not assume the old source.
    this.source = { kind: 'context' };
  }

  hostUpdate(): void {
    this.syncSource();
  }

  hostUpdated(): void {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const event of events) this.host.dispatchEvent(event);
  }

  /** Whether the document comes from an enclosing `<koop-data>`. */
  get fromContext(): boolean {
    return this.source.kind === 'context' && this.contextState !== undefined;
  }

  /**
   * Fetches `src` again now; a failure keeps the last good document. `requested`: the reader
   * asked for it, so the states until it settles say so (and the widgets announce them).
   */
  reload(requested = false): void {
    this.requested = requested;
    if (this.source.kind === 'url' && this.source.url) {
      // After a failure the reader sees the new attempt; a shown document stays until it is replaced.
      if (requested && this.state.status === 'error')
        this.setState({ status: 'loading', problems: [], url: this.source.url, requested });
      this.fetch(this.source.url, 0);
    } else this.syncSource(true);
  }

  private currentSource(): Source {
    const host = this.host;
    if (host.data !== undefined && host.data !== null) return { kind: 'data', value: host.data };
    const script = host.querySelector(':scope > script[type="application/json"]');
    if (script) return { kind: 'inline', text: script.textContent ?? '' };
    if (host.src) return { kind: 'url', url: absoluteUrl(host.src), raw: host.src };
    return { kind: 'context' };
  }

  private syncSource(force = false): void {
    const next = this.currentSource();
    if (!force && sameSource(next, this.source)) return;
    this.source = next;
    this.generation++;
    if (!force) this.requested = false;
    clearTimeout(this.refreshTimer);
    switch (next.kind) {
      case 'data':
        this.applyNowOrLater(outcomeOf(next.value));
        break;
      case 'inline':
        this.applyNowOrLater(parseDocumentText(next.text));
        break;
      case 'url':
        if (!next.url) {
          this.apply({ ok: false, error: { kind: 'network', detail: next.raw, problems: [] } });
          break;
        }
        this.setState({ status: 'loading', problems: [], url: next.url });
        this.fetch(next.url, Infinity);
        break;
      case 'context':
        this.setState(this.contextState ?? IDLE);
        break;
    }
  }

  private fetch(url: string, maxAge: number): void {
    const generation = this.generation;
    const timeout = this.host.timeout ?? undefined;
    loadDocument(url, { maxAge, timeout }).then((outcome) => {
      if (generation !== this.generation) return;
      this.apply(outcome);
      this.scheduleRefresh(url);
    });
  }

  /** Applies a synchronous outcome at once, a pending one when it arrives (if still current). */
  private applyNowOrLater(outcome: LoadOutcome | Promise<LoadOutcome>): void {
    if (!(outcome instanceof Promise)) {
      this.apply(outcome);
      return;
    }
    // Problems are being put into words: meanwhile a new widget says it is loading, one that
    // shows a document keeps showing it.
    if (this.state.status !== 'ready') this.setState({ status: 'loading', problems: [] });
    const generation = this.generation;
    outcome.then((settled) => {
      if (generation === this.generation) this.apply(settled);
    });
  }

  private scheduleRefresh(url: string): void {
    clearTimeout(this.refreshTimer);
    const seconds = Number(this.host.refresh);
    if (!(seconds > 0) || !this.host.isConnected) return;
    const ms = Math.max(seconds, MIN_REFRESH_SECONDS) * 1000;
    this.refreshTimer = setTimeout(() => {
      // A hidden tab does not poll; it catches up on the next tick after it is shown again.
      if (document.hidden) this.scheduleRefresh(url);
      else {
        this.requested = false;
        this.fetch(url, ms / 2);
      }
    }, ms);
  }

  /** Turns a load outcome into state, keeping the last good document when a refresh fails. */
  private apply(outcome: LoadOutcome): void {
    const previous = this.state;
    const url = outcome.url || undefined;
    if (outcome.ok) {
      const { document, problems } = outcome;
      const unchanged = previous.status === 'ready' && previous.document === document && !previous.error;
      if (unchanged) {
        this.requested = false;
        return;
      }
      if (previous.document !== document)
        this.pendingEvents.push(new KoopLoadEvent({ document, url, problems }));
      this.setState({ status: 'ready', document, problems, url });
      return;
    }
    const keepLastGood =
      previous.status === 'ready' && previous.document !== undefined && previous.url === url && url;
    const error: LoadError = outcome.error;
    this.pendingEvents.push(new KoopErrorEvent({ ...error, stale: Boolean(keepLastGood) }));
    this.setState(
      keepLastGood
        ? { ...previous, error, requested: false }
        : { status: 'error', problems: error.problems, error, url },
    );
  }

  /** A state of the element's own load carries `requested`; one from `<koop-data>` keeps its own. */
  private setState(state: DocumentState): void {
    this.state = this.requested ? { ...state, requested: true } : state;
    // A load settles (ready or failed): the next one is not the reader's unless asked again.
    if (state.status === 'ready' || state.status === 'error') this.requested = false;
    // Within hostUpdate this joins the update under way; outside it, it schedules one.
    this.host.requestUpdate();
  }
}

function sameSource(a: Source, b: Source): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'data') return a.value === (b as typeof a).value;
  if (a.kind === 'inline') return a.text === (b as typeof a).text;
  if (a.kind === 'url') return a.url === (b as typeof a).url;
  return true;
}
