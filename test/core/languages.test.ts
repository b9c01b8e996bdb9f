// Mixed languages (WCAG 3.1.2): text from the document carries the language it is in where that
// is not the language of the widget, so a screen reader reads a German title in an English
// widget as German.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@koop/goal-tracker/koop-goal-tracker.js';
import '@koop/transparency-feed/koop-transparency-feed.js';
import type { KoopGoalTracker } from '@koop/goal-tracker';
import type { KoopTransparencyFeed } from '@koop/transparency-feed';
import { localized } from '@koop/core';
import { demoDocument, freshCache, shadow } from '../support/helpers.js';
import { goalsDocument } from '../fixtures/documents.js';

type Widget = KoopGoalTracker | KoopTransparencyFeed;

async function shown<T extends Widget>(element: Promise<T>): Promise<T> {
  const widget = await element;
  await waitUntil(() => widget.document, 'document shown', { timeout: 5000 });
  await widget.updateComplete;
  return widget;
}

/** The language a text is read in: the nearest `lang` around it. */
const languageOf = (node: Element) => node.closest('[lang]')!.getAttribute('lang');

const titles = (widget: Widget) => [...shadow(widget).querySelectorAll('.goal-heading .title')];

describe('document text in another language than the widget', () => {
  freshCache();

  it('takes the language of the text chosen: the map key, else the document language', () => {
    expect(localized({ de: 'Ziel', en: 'Goal' }, 'en', 'de')).to.deep.equal({ text: 'Goal', lang: 'en' });
    expect(localized({ de: 'Ziel' }, 'en', 'de')).to.deep.equal({ text: 'Ziel', lang: 'de' });
    expect(localized('Ziel', 'en', 'de')).to.deep.equal({ text: 'Ziel', lang: 'de' });
    expect(localized({ fr: 'But' }, 'en')).to.deep.equal({ text: 'But', lang: 'fr' });
    expect(localized('Ziel', 'en')).to.deep.equal({ text: 'Ziel', lang: undefined });
  });

  it('marks German document text in an English widget as German, and only that', async () => {
    const tracker = await shown(
      fixture<KoopGoalTracker>(
        html`<koop-goal-tracker lang="en" .data=${goalsDocument()}></koop-goal-tracker>`,
      ),
    );
    const base = shadow(tracker).querySelector('[part~="base"]')!;
    expect(base.getAttribute('lang')).to.equal('en');
    // Plain strings are in the document's language (de); a map gives the English text.
    const read = titles(tracker).map(
      (title) => `${languageOf(title.querySelector('[lang]') ?? title)}: ${title.textContent!.trim()}`,
    );
    expect(read).to.deep.equal([
      'en: Participation for all',
      'de: Mehr Mitsprache',
      'de: Bessere Versorgung',
      'en: Plan together',
    ]);
    // Names in running text too: the owners.
    const owners = [...shadow(tracker).querySelectorAll('.meta [lang="de"]')].map((n) => n.textContent);
    expect(owners).to.include.members(['Bürgerinitiative Nord', 'Sozialamt']);
    // The widget's own words stay English.
    expect(languageOf(shadow(tracker).querySelector('.actions button')!)).to.equal('en');
    await expect(tracker).to.be.accessible();
  });

  it('leaves text in the widget language alone and marks the one text that is not', async () => {
    const document = goalsDocument();
    document.goals![0].title = { en: 'Only in English' };
    const tracker = await shown(
      fixture<KoopGoalTracker>(html`<koop-goal-tracker lang="de-AT" .data=${document}></koop-goal-tracker>`),
    );
    const marked = shadow(tracker).querySelectorAll('[part~="base"] [lang]');
    expect([...marked].map((node) => `${node.getAttribute('lang')}: ${node.textContent}`)).to.deep.equal([
      'en: Only in English',
    ]);
  });

  it('marks the feed’s entry titles, summaries and names the same way', async () => {
    const feed = await shown(
      fixture<KoopTransparencyFeed>(
        html`<koop-transparency-feed
          lang="en"
          .data=${await demoDocument('ko-produktion')}
        ></koop-transparency-feed>`,
      ),
    );
    const entry = shadow(feed).querySelector('[part="entry"]')!;
    const title = entry.querySelector('.entry-title')!;
    expect(entry.querySelector('.type')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(languageOf(title.querySelector('span') ?? title)).to.equal(
      // ko-produktion gives most titles in German only; where an English one exists it is used.
      title.querySelector('[lang="de"]') ? 'de' : 'en',
    );
    expect(shadow(feed).querySelectorAll('[part="entry"] [lang="de"]').length).to.be.greaterThan(0);
  });
});
