// One source of widget metadata: the registry gen-manifest writes from the class doc comments
// (packages/kit/src/registry.generated.ts). The builder, the JSX types, the stories and the
// test lists read it, so a new attribute in a doc comment reaches all of them without an edit.
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import type { JSX } from 'react';
import type {} from '@koop/kit/jsx.js';
import { REGISTRY, type RegistryClasses } from '@koop/kit/registry.js';
import { optionsOf, widgetsFrom, WIDGETS, type ChoiceOption } from '@koop/kit/snippet.js';
import { elementTags } from '../../packages/kit/src/autoload.js';
import { attributes, ownArgs, widgetArgTypes, type Registry } from '../../stories/support/args.js';
import * as actorDirectoryStories from '../../stories/actor-directory.stories.js';
import * as goalTrackerStories from '../../stories/goal-tracker.stories.js';
import * as milestoneTimelineStories from '../../stories/milestone-timeline.stories.js';
import * as partnerMapStories from '../../stories/partner-map.stories.js';
import * as roleMatrixStories from '../../stories/role-matrix.stories.js';
import * as transparencyFeedStories from '../../stories/transparency-feed.stories.js';
import * as cooperationSummaryStories from '../../stories/cooperation-summary.stories.js';
import { WIDGETS as FRAMEWORK_CASES } from '../frameworks/support.js';
import { feedStrings } from '@koop/transparency-feed';
import { partnerMapStrings } from '@koop/partner-map';

type Entry = (typeof REGISTRY)[number];
type Attribute = Entry['attributes'][number];
interface StoryMeta {
  component: string;
  args: Record<string, unknown>;
  argTypes: Record<string, { name?: string }>;
  render: (args: Record<string, unknown>) => unknown;
}

const widgets = REGISTRY.filter((entry) => entry.widget);
const stories = [
  actorDirectoryStories,
  goalTrackerStories,
  milestoneTimelineStories,
  partnerMapStories,
  roleMatrixStories,
  transparencyFeedStories,
  cooperationSummaryStories,
].map((file) => file.default as unknown as StoryMeta);
/** What the builder sets outside the per-widget options: the source fields and nothing for `timeout`. */
const SOURCE_ATTRIBUTES = new Set(['src', 'timeout']);

/** A value an attribute of this type takes, and what it reads as in the markup. */
function sample(attribute: { type: string }): [unknown, string] {
  const literal = /'([^']+)'/.exec(attribute.type)?.[1];
  if (attribute.type === 'boolean') return [true, ''];
  if (literal && !/\bstring\b/.test(attribute.type)) return [literal, literal];
  if (/\bnumber\b/.test(attribute.type)) return [7, '7'];
  return ['sample-value', 'sample-value'];
}

function rendered(template: unknown): Element {
  const host = document.createElement('div');
  render(template, host);
  return host.firstElementChild!;
}

describe('the widget registry', () => {
  it('lists the elements the autoloader loads, and the widgets the framework tests mount', () => {
    expect(REGISTRY.map((entry) => entry.tag).sort()).to.deep.equal([...elementTags].sort());
    expect(FRAMEWORK_CASES.map((c) => c.tag).sort()).to.deep.equal(widgets.map((w) => w.tag).sort());
  });

  it('gives every widget the attributes its base class documents, with the full text', () => {
    for (const entry of widgets) {
      const refresh = entry.attributes.find((a: Attribute) => a.name === 'refresh');
      expect(refresh?.description, entry.tag).to.include('a failed refresh keeps the last good data');
      for (const name of ['src', 'theme', 'lang', 'heading-level', 'timeout'])
        expect(
          entry.attributes.some((a: Attribute) => a.name === name),
          `${entry.tag} ${name}`,
        ).to.equal(true);
    }
  });

  it('offers every widget of the registry in the builder, and every attribute of each as an option', () => {
    expect(WIDGETS.map((w) => w.tag).sort()).to.deep.equal(widgets.map((w) => w.tag).sort());
    for (const entry of widgets) {
      const offered = new Set(optionsOf(entry.tag, true).map(({ option }) => option.attribute));
      for (const attribute of entry.attributes)
        if (!SOURCE_ATTRIBUTES.has(attribute.name))
          expect(offered.has(attribute.name), `${entry.tag} ${attribute.name} in the builder`).to.equal(true);
    }
  });

  it('gives every attribute of every widget a story control, an arg and a place in the template', () => {
    for (const entry of widgets) {
      const meta = stories.find((m) => m.component === entry.tag);
      expect(meta, `stories of ${entry.tag}`).to.exist;
      for (const attribute of entry.attributes) {
        const where = `${entry.tag} ${attribute.name}`;
        expect(meta!.argTypes, where).to.have.property(attribute.field);
        expect(meta!.argTypes[attribute.field].name ?? attribute.field, where).to.equal(
          attribute.field === attribute.name ? attribute.field : attribute.name,
        );
        expect(meta!.args, where).to.have.property(attribute.field);
        const [value, markup] = sample(attribute);
        const element = rendered(meta!.render({ ...meta!.args, src: 'x.json', [attribute.field]: value }));
        expect(element.getAttribute(attribute.name), where).to.equal(markup);
      }
    }
  });

  it('types every attribute and event of every element in JSX', () => {
    // Fails to compile (npm run typecheck) when an attribute's property is not a JSX prop.
    type Fields<T extends Entry['tag']> = Extract<Entry, { tag: T }>['attributes'][number]['field'];
    type Missing = {
      [T in keyof RegistryClasses]: Exclude<Fields<T>, keyof JSX.IntrinsicElements[T]>;
    }[keyof RegistryClasses];
    const complete: [Missing] extends [never] ? true : false = true;
    expect(complete).to.equal(true);
    const props = {
      pageSize: 5,
      focusActor: 'amt',
      'onkoop-actor-select': (event) => event.detail,
    } satisfies JSX.IntrinsicElements['koop-partner-map'] & Record<string, unknown>;
    expect(Object.keys(props)).to.have.length(3);
  });

  it('words entry types, sectors and relation types as the widgets do', async () => {
    await Promise.all([feedStrings.load('en'), partnerMapStrings.load('en')]);
    const choices = (tag: string, attribute: string) =>
      (WIDGETS.find((w) => w.tag === tag)!.options.find((o) => o.attribute === attribute) as ChoiceOption)
        .choices;
    for (const lang of ['de', 'en'] as const) {
      for (const { value, label } of choices('koop-transparency-feed', 'types'))
        expect(label[lang], value).to.equal(feedStrings.in(lang).types[value as 'decision']);
      const map = partnerMapStrings.in(lang);
      for (const { value, label } of choices('koop-partner-map', 'sectors'))
        expect(label[lang].toLowerCase(), value).to.equal(map.sector[value as 'media'].toLowerCase());
      for (const { value, label } of choices('koop-partner-map', 'types'))
        expect(label[lang], value).to.equal(map.type[value as 'other']);
    }
  });

  describe('a new attribute in a doc comment', () => {
    // What gen-manifest writes once `@attr mode - …` is added to the goal tracker's doc comment.
    const added = {
      name: 'mode',
      field: 'mode',
      type: "'compact' | 'full' | null",
      default: 'null',
      description: 'How much each goal shows.',
    };
    const registry = REGISTRY.map((entry) =>
      entry.tag === 'koop-goal-tracker' ? { ...entry, attributes: [...entry.attributes, added] } : entry,
    ) as unknown as Registry & Parameters<typeof widgetsFrom>[0];

    it('is a builder option, its values from its type and its hint from its description', () => {
      const tracker = widgetsFrom(registry).find((w) => w.tag === 'koop-goal-tracker')!;
      const option = tracker.options.find((o) => o.attribute === 'mode') as ChoiceOption;
      expect(option.kind).to.equal('choice');
      expect(option.choices.map((c) => c.value)).to.deep.equal(['', 'compact', 'full']);
      expect(option.hint?.en).to.equal('How much each goal shows.');
      expect(widgetsFrom(REGISTRY).find((w) => w.tag === 'koop-goal-tracker')!.options).to.deep.equal(
        WIDGETS.find((w) => w.tag === 'koop-goal-tracker')!.options,
      );
    });

    it('is a story control with an arg, and the story template writes it', () => {
      const argTypes = widgetArgTypes('koop-goal-tracker', {}, registry) as Record<string, object>;
      expect(argTypes.mode).to.deep.include({
        description: 'How much each goal shows.',
        control: 'select',
        options: ['', 'compact', 'full'],
      });
      expect(ownArgs('koop-goal-tracker', registry)).to.have.property('mode', '');
      const element = rendered(
        html`<koop-goal-tracker
          ${attributes('koop-goal-tracker', { mode: 'full' }, registry)}
        ></koop-goal-tracker>`,
      );
      expect(element.getAttribute('mode')).to.equal('full');
      expect(
        rendered(
          html`<koop-goal-tracker ${attributes('koop-goal-tracker', { mode: 'full' })}></koop-goal-tracker>`,
        ).hasAttribute('mode'),
      ).to.equal(false);
    });
  });
});
