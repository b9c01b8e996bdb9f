import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { sendKeys } from '@web/test-runner-commands';
import '@koop/core/koop-data.js';
import '@koop/goal-tracker/koop-goal-tracker.js';
import '@koop/transparency-feed/koop-transparency-feed.js';
import type { KoopDataElement, KoopSelectDetail } from '@koop/core';
import type { KoopDocument } from '@koop/schema';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
type Kind = 'actor' | 'goal' | 'milestone';

/** The demo document every linked check runs on. */
export const LINKED_DEMO = '/demo/data/equal-strategien.json';
let demo: KoopDocument | undefined;
async function demoDocument(): Promise<KoopDocument> {
  demo ??= (await (await fetch(LINKED_DEMO)).json()) as KoopDocument;
  return structuredClone(demo);
}

export const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** An item's name in the demo document, as the widgets show it (German). */
export async function itemName(kind: Kind, id: string): Promise<string> {
  const doc = await demoDocument();
  if (kind === 'actor') {
    const actor = doc.actors!.find((a) => a.id === id)!;
    return (actor.shortName ?? actor.name) as string;
  }
  const value = doc[`${kind}s`]!.find((item) => item.id === id)!.title;
  return typeof value === 'string' ? value : (value as Record<string, string>).de;
}

/** Focuses an element and presses a key on it. */
export async function pressOn(element: HTMLElement | SVGElement, key = 'Enter'): Promise<void> {
  element.focus();
  await sendKeys({ press: key });
}

/** What a widget tells the linked-selection suite. */
export interface LinkedSelectionSuite<W extends Widget> {
  tag: string;
  /** Attributes the widget needs for the demo document (e.g. the timeline's `today`). */
  attributes?: string;
  /** A selection the page makes (`kind:id`), and how the widget marks what belongs to it. */
  marks: { selection: `${Kind}:${string}`; expect(widget: W): unknown };
  /**
   * Selects one of its items by keyboard and returns it. Widgets that only follow a selection
   * (the feed filters by it) leave this out.
   */
  select?(widget: W): Promise<{ kind: Kind; id: string }>;
}

const root = (element: Element) => element.shadowRoot!;
const status = (element: Element) =>
  text(root(element).querySelector('[part~="linked-status"] .linked-text'));
const clearButton = (element: Element) =>
  root(element).querySelector<HTMLButtonElement>('[part~="linked-status"] button');
const marked = (element: Element) => root(element).querySelector('.linked, .linked-mark, .linked-ring');
const LABEL: Record<Kind, string> = { actor: 'Akteur', goal: 'Ziel', milestone: 'Meilenstein' };

/**
 * Linked views, run against every widget: inside a `<koop-data>` it marks what a selection made
 * elsewhere names, says so in its status line, announces its own selections with `koop-select`,
 * lets the reader clear the selection (button, Escape), ignores unknown ones and stays idle
 * outside a `<koop-data>`.
 */
export function runLinkedSelectionSuite<W extends Widget>(suite: LinkedSelectionSuite<W>): void {
  const { tag } = suite;
  // The other widget in the <koop-data>, where a selection of this one must arrive.
  const partnerTag = tag === 'koop-goal-tracker' ? 'koop-transparency-feed' : 'koop-goal-tracker';

  async function linked(selection?: string) {
    const data = await fixture<KoopDataElement>(
      staticHtml`<koop-data lang="de">
        <${unsafeStatic(tag)} ${unsafeStatic(suite.attributes ?? '')}></${unsafeStatic(tag)}>
        <${unsafeStatic(partnerTag)}></${unsafeStatic(partnerTag)}>
      </koop-data>`,
    );
    const events: KoopSelectDetail[] = [];
    data.addEventListener('koop-select', (event) => events.push(event.detail));
    if (selection) data.setAttribute('selection', selection);
    data.data = await demoDocument();
    const widget = data.querySelector<W>(tag)!;
    const partner = data.querySelector<Widget>(partnerTag)!;
    await waitUntil(
      () => [widget, partner].every((w) => root(w)?.querySelector('[part~="linked-status"]')),
      'both widgets linked',
      { timeout: 10_000 },
    );
    const settle = async () => {
      await data.updateComplete;
      for (let i = 0; i < 2; i++) await Promise.all([widget.updateComplete, partner.updateComplete]);
    };
    await settle();
    return { data, widget, partner, events, settle };
  }

  const statusFor = async (kind: Kind, id: string) =>
    `Verknüpfte Auswahl: ${LABEL[kind]} „${await itemName(kind, id)}“`;

  describe(`${tag}: the linked-selection suite`, () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('marks what a selection made elsewhere names, and says so in its status line', async () => {
      const { widget, events } = await linked(suite.marks.selection);
      const [kind, id] = suite.marks.selection.split(':') as [Kind, string];
      expect(status(widget)).to.equal(await statusFor(kind, id));
      await suite.marks.expect(widget);
      // Set by the page: no event.
      expect(events).to.deep.equal([]);
      await expect(widget).to.be.accessible();
    });

    if (suite.select)
      it('announces a selection made in it with koop-select; the other widgets show it', async () => {
        const { data, widget, partner, events, settle } = await linked();
        const { kind, id } = await suite.select!(widget);
        await settle();
        expect(events).to.deep.equal([{ kind, id, source: widget }]);
        expect(data.selection).to.equal(`${kind}:${id}`);
        expect(status(partner)).to.equal(await statusFor(kind, id));
        // The source says nothing about its own selection, and keeps focus.
        expect(status(widget)).to.equal('');
        expect(document.activeElement).to.equal(widget);
      });

    it("its status line's button clears the selection everywhere", async () => {
      const { data, widget, partner, events, settle } = await linked(suite.marks.selection);
      const button = clearButton(widget)!;
      expect(text(button)).to.equal('Auswahl aufheben');
      await pressOn(button);
      await settle();
      const [kind] = suite.marks.selection.split(':');
      expect(events).to.deep.equal([{ kind, id: null, source: widget }]);
      expect(data.selection).to.equal(null);
      expect(data.hasAttribute('selection')).to.equal(false);
      for (const w of [widget, partner]) {
        expect(status(w), w.tagName).to.equal('');
        expect(clearButton(w), w.tagName).to.equal(null);
        expect(marked(w), w.tagName).to.equal(null);
      }
      // The button is gone; focus stays in the widget, where the status line was.
      expect(document.activeElement).to.equal(widget);
      expect(root(widget).activeElement).to.equal(root(widget).querySelector('[part~="linked-status"]'));
      await expect(widget).to.be.accessible();
    });

    it('clears the selection on Escape', async () => {
      const { data, widget, settle } = await linked(suite.marks.selection);
      const focusable = root(widget).querySelector<HTMLElement>('button:not(:disabled), [tabindex="0"]')!;
      await pressOn(focusable, 'Escape');
      await settle();
      expect(data.selection).to.equal(null);
      expect(status(widget)).to.equal('');
      expect(marked(widget)).to.equal(null);
    });

    it('ignores a selection of an unknown id or kind', async () => {
      const { data, widget, settle } = await linked();
      for (const selection of ['actor:nobody', 'goal:', 'person:faf', 'nonsense']) {
        data.setAttribute('selection', selection);
        await settle();
        expect(status(widget), selection).to.equal('');
        expect(marked(widget), selection).to.equal(null);
        expect(root(widget).querySelector('[role="alert"]'), selection).to.equal(null);
      }
    });

    it('stays unlinked outside a <koop-data>', async () => {
      const widget = await fixture<W>(
        staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(suite.attributes ?? '')}></${unsafeStatic(tag)}>`,
      );
      widget.setAttribute('src', LINKED_DEMO);
      await waitUntil(() => (widget as unknown as { document?: unknown }).document, 'loaded', {
        timeout: 5000,
      });
      await widget.updateComplete;
      expect(root(widget).querySelector('[part~="linked-status"], .link-toggle')).to.equal(null);
      expect(marked(widget)).to.equal(null);
    });
  });
}
