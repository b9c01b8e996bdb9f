import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@koop/kit/koop.js';
import '../../demo/builder/koop-snippet-builder.js';
import type { KoopSnippetBuilder } from '../../demo/builder/koop-snippet-builder.element.js';
import {
  DATA_ATTRIBUTES,
  DATA_TAG,
  optionsOf,
  wordpressBlock,
  wordpressShortcode,
  wordpressWidget,
  type WordPressWidget,
} from '@koop/kit/snippet.js';
import { blockOptions, blockTags, formValues } from '../../packages/wordpress/src/block-values.js';
import { goalsDocument } from '../fixtures/documents.js';

// The builder's "WordPress" target: the Koop plugin's block or shortcode, no script tag, the
// document by address. test/wordpress/ pastes these into a real WordPress.

const SRC = 'https://www.example.org/wp-content/uploads/2026/05/kooperation.json';

/** The JSON of a block comment, read back as the block editor's parser does. */
const blockJson = (block: string) =>
  JSON.parse(/^<!-- wp:koop\/widget (.*) \/-->\n$/s.exec(block)![1]) as WordPressWidget;

describe('snippet builder: the WordPress target', () => {
  it('gives one widget its options, as the HTML snippet does', () => {
    const widget = wordpressWidget(
      {
        tag: 'koop-role-matrix',
        values: {
          lang: 'en',
          refresh: '300',
          'koop-role-matrix/conflicts-only': 'on',
          'koop-role-matrix/page-size': '50',
        },
      },
      SRC,
    );
    // page-size 50 is the default: left out, as in HTML.
    expect(widget).to.deep.equal({
      widgets: ['role-matrix'],
      src: SRC,
      options: { 'role-matrix': { lang: 'en', refresh: '300', 'conflicts-only': '' } },
    });
    expect(wordpressShortcode(widget)).to.equal(
      `[koop widget="role-matrix" src="${SRC}" lang="en" refresh="300" conflicts-only]\n`,
    );
    expect(blockJson(wordpressBlock(widget))).to.deep.equal(widget);
  });

  it('puts several widgets in one <koop-data>, each with its own options', () => {
    const widget = wordpressWidget(
      {
        tag: 'koop-data',
        widgets: ['koop-goal-tracker', 'koop-transparency-feed'],
        values: { lang: 'de', theme: 'dark', 'koop-transparency-feed/types': 'decision,meeting' },
      },
      SRC,
    );
    expect(widget.widgets).to.deep.equal(['goal-tracker', 'transparency-feed']);
    expect(widget.options).to.deep.equal({
      data: { lang: 'de' },
      'goal-tracker': { theme: 'dark' },
      'transparency-feed': { theme: 'dark', types: 'decision,meeting' },
    });
    expect(wordpressShortcode(widget)).to.equal(
      `[koop widget="goal-tracker,transparency-feed" src="${SRC}" lang="de" goal-tracker-theme="dark" transparency-feed-theme="dark" transparency-feed-types="decision,meeting"]\n`,
    );
  });

  it('escapes so that nothing typed ends the block comment or the shortcode', () => {
    const query = `--> ]"[<script>alert(1)</script> & Co`;
    const widget = wordpressWidget(
      { tag: 'koop-transparency-feed', values: { 'koop-transparency-feed/query': query } },
      `${SRC}?a=1&b=2`,
    );
    const block = wordpressBlock(widget);
    expect(block.slice('<!-- wp:koop/widget '.length, -' /-->\n'.length)).not.to.match(/--|<|>|&/);
    expect(blockJson(block).options['transparency-feed'].query).to.equal(query);

    const shortcode = wordpressShortcode(widget);
    expect(shortcode.slice(1, -2)).not.to.match(/[[\]<>]/);
    expect(shortcode).to.contain(
      'src="https://www.example.org/wp-content/uploads/2026/05/kooperation.json?a=1&amp;b=2"',
    );
    expect(shortcode).to.contain(
      'query="--&gt; &#93;&quot;&#91;&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"',
    );
  });
});

const $ = <T extends Element = HTMLElement>(element: KoopSnippetBuilder, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector)!;

async function setInput(element: KoopSnippetBuilder, selector: string, value: string) {
  const input = $<HTMLInputElement>(element, selector);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

describe('<koop-snippet-builder> for WordPress', () => {
  it('writes the block or the shortcode for a document address, without a script tag', async () => {
    const element = await fixture<KoopSnippetBuilder>(
      html`<koop-snippet-builder kit-url="/packages/kit/src/koop.ts"></koop-snippet-builder>`,
    );
    await setInput(element, '#document-url', '/demo/data/ko-produktion.json');
    $<HTMLButtonElement>(element, 'form button[type="submit"]').click();
    await waitUntil(() => element.snippet, 'snippet', { timeout: 8000 });
    const src = '/demo/data/ko-produktion.json';
    const fallbackText =
      'Daten der Kooperation „Nachbarschaftshaus Alte Feuerwache – Ko-Produktion in Musterstadt“ (JSON-Datei)';
    expect(element.snippet).to.contain('<script');

    $<HTMLInputElement>(element, '#target-wordpress-block').click();
    await element.updateComplete;
    expect(element.snippet).not.to.contain('<script');
    // The same fallback link as the HTML snippet, inside the element the plugin renders.
    expect(blockJson(element.snippet)).to.deep.equal({
      widgets: ['goal-tracker'],
      src,
      options: {},
      fallbackText,
    });
    expect($(element, 'label[for="snippet"]').textContent).to.contain('WordPress-Editor');
    // The kit's address and file are the plugin's business.
    expect($(element, '#kit-url').checkVisibility()).to.equal(false);
    expect($(element, 'input[name="bundle"]').checkVisibility()).to.equal(false);

    $<HTMLInputElement>(element, '#target-wordpress-shortcode').click();
    await element.updateComplete;
    expect(element.snippet).to.equal(
      `[koop widget="goal-tracker" src="${src}" fallback="${fallbackText}"]\n`,
    );
    await expect(element).to.be.accessible();
  });

  it('asks for the address of the uploaded file instead of embedding a dropped one', async () => {
    const element = await fixture<KoopSnippetBuilder>(
      html`<koop-snippet-builder lang="en"></koop-snippet-builder>`,
    );
    $<HTMLInputElement>(element, '#target-wordpress-shortcode').click();
    $<HTMLInputElement>(element, '#source-file').click();
    await element.updateComplete;
    const transfer = new DataTransfer();
    transfer.items.add(new File([JSON.stringify(goalsDocument())], 'kooperation.json'));
    $(element, '.drop').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
    await waitUntil(() => element.shadowRoot!.querySelector('#delivery-inline'), 'file read', {
      timeout: 8000,
    });
    $<HTMLInputElement>(element, '#delivery-inline').click();
    await element.updateComplete;
    expect(element.snippet).to.equal('');
    expect($(element, '#snippet-hint').textContent).to.contain('upload it to the Media Library');

    $<HTMLInputElement>(element, '#delivery-upload').click();
    await element.updateComplete;
    await setInput(element, '#uploaded-url', SRC);
    expect(element.snippet).to.equal(
      `[koop widget="goal-tracker" src="${SRC}" fallback="Data of the cooperation “Test network” (JSON file)"]\n`,
    );
  });
});

describe('the WordPress block: its options and the form values its sidebar edits', () => {
  it("offers exactly the attributes an editor sets that the kit's custom-elements.json lists", async () => {
    const manifest = await (await fetch('/packages/kit/custom-elements.json')).json();
    // The document comes from the block's own field; the rest is for pages and developers.
    const notOptions = new Set(['src', 'timeout', 'selection', 'link-hash', 'selectable']);
    for (const module of manifest.modules)
      for (const declaration of module.declarations ?? []) {
        if (!declaration.tagName) continue;
        const tag: string = declaration.tagName;
        const documented = (declaration.attributes as { name: string }[]).map((a) => a.name);
        const offered = optionsOf(tag, true)
          .filter(({ key }) => tag !== DATA_TAG || DATA_ATTRIBUTES.has(key))
          .map(({ option }) => option.attribute);
        const global = ['lang'];
        expect(
          offered.filter((name) => !documented.includes(name) && !global.includes(name)),
          tag,
        ).to.deep.equal([]);
        expect(
          documented.filter((name) => !notOptions.has(name) && !offered.includes(name)),
          tag,
        ).to.deep.equal([]);
      }
  });

  it('reads the values back that it was made from, for one widget and several', () => {
    const cases: [string[], Record<string, string>][] = [
      [['role-matrix'], { lang: 'en', 'koop-role-matrix/at=all': 'on', 'koop-role-matrix/sort': 'actor' }],
      [['role-matrix'], { 'koop-role-matrix/at': '2026-01-01', 'koop-role-matrix/conflicts-only': 'on' }],
      [['milestone-timeline'], { 'koop-milestone-timeline/view=list': 'on', refresh: '600', theme: 'auto' }],
      [
        ['transparency-feed', 'partner-map'],
        {
          lang: 'de',
          theme: 'dark',
          'koop-partner-map/view=list': 'on',
          'koop-transparency-feed/types': 'decision',
        },
      ],
    ];
    for (const [widgets, values] of cases) {
      const block = blockOptions(widgets, values);
      expect(block.widgets).to.deep.equal(widgets);
      expect(formValues(block), JSON.stringify(values)).to.deep.equal(values);
    }
  });

  it('keeps the widgets in the order the editor chose and drops unknown ones', () => {
    expect(blockTags(['partner-map', 'goal-tracker', 'no-such-widget', 'goal-tracker'])).to.deep.equal({
      tag: 'koop-data',
      children: ['koop-partner-map', 'koop-goal-tracker'],
    });
    expect(blockTags(['unknown'])).to.deep.equal({ tag: 'koop-goal-tracker', children: [] });
  });
});
