import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '@koop/kit/koop.js';
import { KoopWidget } from '@koop/core';
import type { SettledState } from '../stories/support/settled.js';
import { controlsManifest } from '../stories/support/manifest.js';
import * as actorDirectoryStories from '../stories/actor-directory.stories.js';
import * as goalTrackerStories from '../stories/goal-tracker.stories.js';
import * as koopDataStories from '../stories/koop-data.stories.js';
import * as linkedViewsStories from '../stories/linked-views.stories.js';
import * as milestoneTimelineStories from '../stories/milestone-timeline.stories.js';
import * as partnerMapStories from '../stories/partner-map.stories.js';
import * as roleMatrixStories from '../stories/role-matrix.stories.js';
import * as transparencyFeedStories from '../stories/transparency-feed.stories.js';
import * as cooperationSummaryStories from '../stories/cooperation-summary.stories.js';
import * as editorStories from '../stories/editor.stories.js';
import * as editorProposalStories from '../stories/editor-proposals.stories.js';
import type { KoopEditor } from '@koop/editor';

/**
 * Renders every story of every stories file as Storybook would (args, loaders, decorators,
 * render, play), waits until its widgets have settled, and checks the state the story declares
 * (`parameters.koop`, see stories/support/settled.ts), that no data became markup, and axe.
 */
const storyFiles = [
  actorDirectoryStories,
  goalTrackerStories,
  koopDataStories,
  linkedViewsStories,
  milestoneTimelineStories,
  partnerMapStories,
  roleMatrixStories,
  transparencyFeedStories,
  cooperationSummaryStories,
  editorStories,
  editorProposalStories,
];

type Args = Record<string, unknown>;
type Context = {
  id: string;
  name: string;
  title: string;
  args: Args;
  argTypes: Record<string, unknown>;
  parameters: Record<string, any>;
  globals: Record<string, unknown>;
  loaded: Record<string, unknown>;
  viewMode: 'story';
  canvasElement?: HTMLElement;
};
type Render = (args: Args, context: Context) => TemplateResult;
type Decorator = (story: (update?: Partial<Context>) => unknown, context: Context) => TemplateResult;
interface Annotations {
  name?: string;
  args?: Args;
  argTypes?: Record<string, unknown>;
  parameters?: Record<string, any>;
  loaders?: ((context: Context) => unknown)[];
  decorators?: Decorator[];
  render?: Render;
  play?: (context: Context) => Promise<void> | void;
}

/**
 * The test server serves the demo documents under /demo/data/, Storybook (staticDirs) under
 * /data/. Every document URL a story uses is an arg, so this is the one place that differs.
 */
function onTestServer(args: Args): Args {
  const mapped = { ...args };
  if (typeof mapped.src === 'string') mapped.src = mapped.src.replace(/^\/data\//, '/demo/data/');
  return mapped;
}

function storyContext(meta: Annotations & { title: string }, key: string, story: Annotations): Context {
  return {
    id: `${meta.title}--${key}`,
    name: story.name ?? key,
    title: meta.title,
    args: onTestServer({ ...meta.args, ...story.args }),
    argTypes: { ...meta.argTypes, ...story.argTypes },
    parameters: { ...meta.parameters, ...story.parameters },
    globals: {},
    loaded: {},
    viewMode: 'story',
  };
}

/** The story's template with its decorators (the story's own innermost, as in Storybook). */
function decorated(meta: Annotations, story: Annotations, context: Context): TemplateResult {
  const render = story.render ?? meta.render;
  if (!render) throw new Error(`${context.name}: no render function`);
  let storyFn = (ctx: Context): unknown => render(ctx.args, ctx);
  for (const decorator of [...(story.decorators ?? []), ...(meta.decorators ?? [])]) {
    const inner = storyFn;
    storyFn = (ctx) => decorator((update) => inner({ ...ctx, ...update }), ctx);
  }
  return storyFn(context) as TemplateResult;
}

/** Every Koop widget in `root`, however deeply wrapped. */
const widgetsIn = (root: Element) =>
  [...root.querySelectorAll('*')].filter((el): el is KoopWidget => el instanceof KoopWidget);

function settledAs(widget: KoopWidget, state: SettledState['state']): boolean {
  const root = widget.shadowRoot!;
  const loading = root.querySelector('.loading') !== null;
  const alert = root.querySelector('[role="alert"]') !== null;
  const stale = root.querySelector('[part="stale-notice"]') !== null;
  switch (state) {
    case 'loading':
      return loading;
    case 'error':
      return alert && !loading;
    case 'stale':
      return stale && widget.document !== undefined;
    case 'ready':
      return !loading && widget.document !== undefined;
  }
}

/** Markup that could only come from data: an element or attribute no widget renders itself. */
function markupFromData(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (['img', 'script', 'iframe', 'b', 'u', 'object', 'embed'].includes(el.localName))
      found.push(el.localName);
    for (const attribute of el.attributes) {
      if (attribute.name.startsWith('on')) found.push(`${el.localName}[${attribute.name}]`);
      if (/^\s*javascript:/i.test(attribute.value))
        found.push(`${el.localName}[${attribute.name}=javascript:]`);
    }
  }
  return found;
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ');

for (const file of storyFiles) {
  const { default: meta, ...stories } = file as unknown as {
    default: Annotations & { title: string };
  } & Record<string, Annotations>;

  describe(`stories: ${meta.title}`, () => {
    it('has stories', () => {
      expect(Object.keys(stories)).not.to.be.empty;
    });

    for (const [key, story] of Object.entries(stories)) {
      it(`${story.name ?? key}`, async function () {
        this.timeout(30_000);
        const context = storyContext(meta, key, story);
        const expected = context.parameters.koop as SettledState | undefined;
        expect(expected, 'parameters.koop (settled) is declared').to.exist;

        for (const loader of [...(meta.loaders ?? []), ...(story.loaders ?? [])]) {
          Object.assign(context.loaded, await loader(context));
        }
        const container = await fixture<HTMLDivElement>(html`<div>${decorated(meta, story, context)}</div>`);
        context.canvasElement = container;

        // The editor: settled once it has opened its document (or shown the start) and saved.
        const editors = [...container.querySelectorAll<KoopEditor>('koop-editor')];
        if (editors.length) {
          await Promise.all(editors.map((editor) => editor.settled()));
          await story.play?.(context);
          await Promise.all(editors.map((editor) => editor.settled()));
          const shown = editors.map((editor) => text(editor.shadowRoot)).join(' | ');
          if (expected!.when)
            expect(editors.some((editor) => editor.shadowRoot!.querySelector(expected!.when!))).to.equal(
              true,
            );
          for (const expectedText of expected!.shows) expect(shown).to.contain(expectedText);
          for (const editor of editors)
            expect(markupFromData(editor.shadowRoot!), 'markup from data').to.deep.equal([]);
          await expect(container).to.be.accessible();
          return;
        }

        const widgets = widgetsIn(container);
        expect(widgets, 'widgets rendered').not.to.be.empty;
        const { when } = expected!;
        await waitUntil(
          () =>
            widgets.every((widget) => settledAs(widget, expected!.state)) &&
            (!when || widgets.some((widget) => widget.shadowRoot!.querySelector(when) !== null)),
          `every widget ${expected!.state}`,
          { timeout: 8000 },
        ).catch(() => {
          const shown = widgets.map((w) => text(w.shadowRoot).trim().slice(0, 300)).join(' | ');
          const also = when ? ` with ${when}` : '';
          throw new Error(`Not every widget became ${expected!.state}${also}; they show: ${shown}`);
        });
        await story.play?.(context);
        await Promise.all(widgets.map((widget) => widget.updateComplete));

        for (const widget of widgets) {
          const root = widget.shadowRoot!;
          const alert = root.querySelector('[role="alert"]');
          if (expected!.state === 'error') expect(alert, 'error alert').to.exist;
          else expect(text(alert), 'no error alert').to.equal('');
          expect(markupFromData(root), 'markup from data').to.deep.equal([]);
        }
        const shown = widgets.map((widget) => text(widget.shadowRoot)).join(' | ');
        const alerts = widgets
          .map((widget) => text(widget.shadowRoot!.querySelector('[role="alert"]')))
          .join(' | ');
        for (const expectedText of expected!.shows) {
          expect(expected!.state === 'error' ? alerts : shown).to.contain(expectedText);
        }

        await expect(container).to.be.accessible();
      });
    }
  });
}

describe('the Storybook preview', () => {
  it('shows the widgets in a neutral system font, as a page would', async () => {
    const head = await (await fetch('/.storybook/preview-head.html')).text();
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      new DOMParser().parseFromString(head, 'text/html').querySelector('style')!.textContent!,
    );
    const body = [...sheet.cssRules].find(
      (rule) => (rule as CSSStyleRule).selectorText === 'body',
    ) as CSSStyleRule;
    expect(body, 'a rule for the preview body').to.exist;
    expect(body.style.fontFamily).to.match(/^system-ui,/);
    expect(body.style.fontFamily).to.match(/sans-serif$/);
  });

  it('offers controls only for what a page sets on an element, not for the classes’ internals', async () => {
    type Manifest = { modules: { declarations?: object[] }[] };
    const manifest = (await (await fetch('/packages/kit/custom-elements.json')).json()) as Manifest;
    const members = (m: Manifest) =>
      m.modules.flatMap((module) =>
        (module.declarations ?? []).flatMap(
          (d: { tagName?: string; members?: { name: string; static?: boolean }[] }) =>
            d.tagName
              ? (d.members ?? []).map(
                  (member) => `${d.tagName} ${member.name}${member.static ? ' static' : ''}`,
                )
              : [],
        ),
      );
    const all = members(manifest);
    const controls = members(controlsManifest(manifest));
    expect(all).to.include('koop-goal-tracker localizedStrings static');
    expect(controls.filter((name) => /localizedStrings|define|static/.test(name))).to.deep.equal([]);
    expect(controls).to.include.members([
      'koop-goal-tracker goal',
      'koop-goal-tracker src',
      'koop-data selection',
    ]);
  });
});
