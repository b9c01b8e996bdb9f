// The widgets a snippet can hold and, for each, the attributes an editor sets. Which widgets and
// attributes there are comes from the registry (the class doc comments of
// packages/*/src/*.element.ts, see scripts/gen-manifest.mjs); this file only words them better
// (German and English labels, id pickers, ranges). An attribute it does not word still shows,
// with its name as label and its doc comment as hint.
import { localize } from '@koop/core';
import {
  ENTRY_TYPE_ORDER,
  LABELS_DE,
  LABELS_EN,
  RELATION_TYPE_ORDER,
  SECTOR_ORDER,
  type LocalizedText,
  type VocabularyLabels,
} from '@koop/schema';
import { REGISTRY } from './registry.generated.js';

export type Lang = 'de' | 'en';
export type Words = Readonly<Record<Lang, string>>;
export type Collection = 'actors' | 'goals' | 'milestones';

interface OptionBase {
  /** The attribute name, e.g. `page-size`. */
  attribute: string;
  label: Words;
  hint?: Words;
}

/** A fixed list of values; `''` is the widget's default and never written. */
export interface ChoiceOption extends OptionBase {
  kind: 'choice';
  choices: readonly { value: string; label: Words }[];
}

/** Ids from one list of the loaded document. */
export interface IdOption extends OptionBase {
  kind: 'id';
  collection: Collection;
}

/** Several values, written comma-separated. */
export interface SetOption extends OptionBase {
  kind: 'set';
  choices: readonly { value: string; label: Words }[];
}

export interface NumberOption extends OptionBase {
  kind: 'number';
  min: number;
  max: number;
  /** The widget's default: this value is never written. */
  default?: number;
}

/** A boolean attribute: present or absent. */
export interface FlagOption extends OptionBase {
  kind: 'flag';
  /** The attribute's value when present (`view="list"`); empty: a plain boolean attribute. */
  value?: string;
}

/** A date: `YYYY-MM-DD` (day) or also `YYYY` and `YYYY-MM` (partial). */
export interface DateOption extends OptionBase {
  kind: 'date';
  precision: 'day' | 'partial';
}

/** Free text, e.g. a search. */
export interface TextOption extends OptionBase {
  kind: 'text';
}

export type WidgetOption =
  ChoiceOption | IdOption | SetOption | NumberOption | FlagOption | DateOption | TextOption;

export interface WidgetInfo {
  tag: string;
  label: Words;
  description: Words;
  options: readonly WidgetOption[];
}

const w = (de: string, en: string): Words => ({ de, en });

/** Choices as `[value, German, English]`; a `''` value is the widget's default. */
type Choices = readonly (readonly [value: string, de: string, en: string])[];

const hinted = (hint?: Words) => (hint ? { hint } : {});

const choice = (attribute: string, label: Words, choices: Choices): ChoiceOption => ({
  kind: 'choice',
  attribute,
  label,
  choices: choices.map(([value, de, en]) => ({ value, label: w(de, en) })),
});

const ids = (attribute: string, collection: Collection, label: Words, hint?: Words): IdOption => ({
  kind: 'id',
  attribute,
  collection,
  label,
  ...hinted(hint),
});

/** `range`: min, max and the widget's default (never written), if it has one. */
const number = (
  attribute: string,
  [min, max, fallback]: [min: number, max: number, fallback?: number],
  label: Words,
  hint?: Words,
): NumberOption => ({
  kind: 'number',
  attribute,
  min,
  max,
  ...(fallback === undefined ? {} : { default: fallback }),
  label,
  ...hinted(hint),
});

const flag = (attribute: string, value: string | undefined, label: Words): FlagOption => ({
  kind: 'flag',
  attribute,
  ...(value ? { value } : {}),
  label,
});

const date = (
  attribute: string,
  precision: DateOption['precision'],
  label: Words,
  hint: Words,
): DateOption => ({
  kind: 'date',
  attribute,
  precision,
  label,
  hint,
});

/** A set of checkboxes where none ticked means all. */
const set = (attribute: string, choices: SetOption['choices'], label: Words): SetOption => ({
  kind: 'set',
  attribute,
  choices,
  label,
  hint: w('Nichts angekreuzt: alle.', 'None ticked: all.'),
});

/** The lines of the cooperation summary, as it names them. */
const SUMMARY_LINES: SetOption['choices'] = [
  { value: 'goals', label: w('Gemeinsame Ziele', 'Shared goals') },
  {
    value: 'indicators',
    label: w('Gemeinsame Indikatoren und Messung', 'Shared indicators and measurement'),
  },
  { value: 'activities', label: w('Sich verstärkende Aktivitäten', 'Mutually reinforcing activities') },
  { value: 'communication', label: w('Kontinuierliche Kommunikation', 'Continuous communication') },
  { value: 'backbone', label: w('Koordination (Rückgrat)', 'Backbone (coordination)') },
];

const TODAY = date(
  'today',
  'day',
  w('Bezugsdatum', 'Reference date'),
  w('Leer: das heutige Datum.', 'Empty: the current date.'),
);

/** The choices of a vocabulary: its order, and the words the widgets show (`@koop/schema`). */
const vocabulary = <K extends string>(
  order: readonly K[],
  words: (labels: VocabularyLabels) => Record<K, string>,
) => order.map((value) => ({ value, label: w(words(LABELS_DE)[value], words(LABELS_EN)[value]) }));

const ENTRY_TYPES = vocabulary(ENTRY_TYPE_ORDER, (labels) => labels.entryTypes);

const SECTORS = vocabulary([...SECTOR_ORDER, 'none'], (labels) => labels.sectors);

const RELATION_TYPES = [
  ...vocabulary(RELATION_TYPE_ORDER, (labels) => labels.relationTypes),
  // Not a relation type of the format but the partner map's "part of" lines (`parent`).
  { value: 'parent', label: w('gehört zu', 'part of') },
];

/** How the builder words each widget and its options, in the builder's order. */
const WORDING: readonly WidgetInfo[] = [
  {
    tag: 'koop-goal-tracker',
    label: w('Ziele und Fortschritt', 'Goals and progress'),
    description: w(
      'Die gemeinsamen Ziele mit Status, Indikatoren und Fortschritt.',
      'The shared goals with status, indicators and progress.',
    ),
    options: [
      ids(
        'goal',
        'goals',
        w('Nur dieses Ziel', 'Only this goal'),
        w('Mit seinen Unterzielen.', 'With its sub-goals.'),
      ),
      {
        ...TODAY,
        hint: w('Für Prognosen. Leer: Stand des Dokuments.', 'For forecasts. Empty: the document’s date.'),
      },
    ],
  },
  {
    tag: 'koop-transparency-feed',
    label: w('Transparenz-Feed', 'Transparency feed'),
    description: w(
      'Beschlüsse, Sitzungen und Ergebnisse, neueste zuerst, mit Filtern.',
      'Decisions, meetings and results, newest first, with filters.',
    ),
    options: [
      set('types', ENTRY_TYPES, w('Nur diese Arten von Einträgen', 'Only these kinds of entries')),
      ids('actor', 'actors', w('Nur Einträge mit', 'Only entries with')),
      ids('goal', 'goals', w('Nur Einträge zum Ziel', 'Only entries for the goal')),
      number('year', [1900, 2200], w('Nur das Jahr', 'Only the year')),
      {
        kind: 'text',
        attribute: 'query',
        label: w('Nur Einträge mit den Wörtern', 'Only entries with the words'),
      },
      number('page-size', [1, 500, 20], w('Einträge pro Seite', 'Entries per page')),
    ],
  },
  {
    tag: 'koop-milestone-timeline',
    label: w('Zeitstrahl', 'Timeline'),
    description: w(
      'Phasen, Förderzeiträume und Meilensteine auf einer Zeitachse.',
      'Phases, funding periods and milestones on one time axis.',
    ),
    options: [
      choice('zoom', w('Maßstab', 'Scale'), [
        ['', 'Automatisch (Standard)', 'Automatic (default)'],
        ['years', 'Jahre', 'Years'],
        ['quarters', 'Quartale', 'Quarters'],
        ['months', 'Monate', 'Months'],
      ]),
      choice('group-by', w('Meilensteine in Spuren nach', 'Milestones in lanes by'), [
        ['', 'Eine Spur (Standard)', 'One lane (default)'],
        ['phase', 'Phase', 'Phase'],
        ['goal', 'Ziel', 'Goal'],
        ['actor', 'Akteur', 'Actor'],
      ]),
      flag('view', 'list', w('Immer als Liste zeigen', 'Always show as a list')),
      ids('selected', 'milestones', w('Diesen Meilenstein geöffnet zeigen', 'Show this milestone opened')),
      TODAY,
    ],
  },
  {
    tag: 'koop-role-matrix',
    label: w('Rollen und Rollenkonflikte', 'Roles and role conflicts'),
    description: w(
      'Wer welche Rolle innehat und wo Rollen in Konflikt stehen.',
      'Who holds which role, and where roles conflict.',
    ),
    options: [
      date(
        'at',
        'day',
        w('Stichtag', 'Day shown'),
        w('Leer: Stand des Dokuments.', 'Empty: the document’s date.'),
      ),
      flag('at', 'all', w('Alle Zeiträume zeigen', 'Show all periods')),
      choice('sort', w('Reihenfolge', 'Order'), [
        ['', 'Nach Sektor gruppiert (Standard)', 'Grouped by sector (default)'],
        ['actor', 'Akteure A–Z', 'Actors A–Z'],
        ['roles', 'Nach Zahl der Rollen', 'By number of roles'],
      ]),
      flag(
        'conflicts-only',
        undefined,
        w('Nur Akteure mit Rollenkonflikt', 'Only actors with a role conflict'),
      ),
      number('page-size', [1, 1000, 50], w('Akteure pro Seite', 'Actors per page')),
    ],
  },
  {
    tag: 'koop-partner-map',
    label: w('Partnerkarte', 'Partner map'),
    description: w(
      'Die Akteure und ihre Beziehungen als Netzwerkkarte.',
      'The actors and their relations as a network map.',
    ),
    options: [
      choice('layout', w('Anordnung', 'Layout'), [
        ['', 'Netzwerk (Standard)', 'Network (default)'],
        ['sectors', 'Nach Sektoren', 'By sector'],
        ['geo', 'Nach Ort (braucht Koordinaten)', 'By place (needs coordinates)'],
      ]),
      choice('node-size', w('Größe der Punkte', 'Size of the nodes'), [
        ['', 'Nach Zahl der Beziehungen (Standard)', 'By number of relations (default)'],
        ['circle', 'Nach Kreis (Kern, operativ …)', 'By circle (core, operative …)'],
      ]),
      flag('view', 'list', w('Als Liste zeigen', 'Show as a list')),
      ids('focus-actor', 'actors', w('Nur das Umfeld von', 'Only the network around')),
      number(
        'depth',
        [1, 10, 1],
        w('Schritte um diesen Akteur', 'Steps around that actor'),
        w('Nur mit „Nur das Umfeld von“ (Standard 1).', 'Only with “Only the network around” (default 1).'),
      ),
      ids('selected', 'actors', w('Diesen Akteur ausgewählt zeigen', 'Show this actor selected')),
      date(
        'at',
        'partial',
        w('Nur gültig am', 'Only valid at'),
        w(
          'JJJJ, JJJJ-MM oder JJJJ-MM-TT. Leer: alle Zeiten.',
          'YYYY, YYYY-MM or YYYY-MM-DD. Empty: all times.',
        ),
      ),
      set('sectors', SECTORS, w('Nur diese Sektoren', 'Only these sectors')),
      set('types', RELATION_TYPES, w('Nur diese Beziehungen', 'Only these relations')),
    ],
  },
  {
    tag: 'koop-cooperation-summary',
    label: w('Stand der Kooperation', 'State of the cooperation'),
    description: w(
      'Die fünf Bedingungen gemeinsamen Wirkens auf einer Karte, mit Links zu den Einzelheiten.',
      'The five conditions of collective impact on one card, with links to the details.',
    ),
    options: [
      {
        ...set('hide', SUMMARY_LINES, w('Diese Zeilen ausblenden', 'Hide these lines')),
        hint: w('Nichts angekreuzt: alle Zeilen.', 'None ticked: every line.'),
      },
      choice('layout', w('Anordnung', 'Layout'), [
        ['', 'Untereinander (Standard)', 'One below the other (default)'],
        ['row', 'Nebeneinander', 'Side by side'],
      ]),
      { ...TODAY, hint: w('Leer: Stand des Dokuments.', 'Empty: the document’s date.') },
      ...SUMMARY_LINES.map(({ value, label }): TextOption => ({
        kind: 'text',
        attribute: `${value}-href`,
        label: w(`Link der Zeile „${label.de}“`, `Link of the line “${label.en}”`),
        hint: w(
          'Leer: das Widget mit den Einzelheiten auf dieser Seite (nach seiner id).',
          'Empty: the widget with the details on this page (by its id).',
        ),
      })),
    ],
  },
  {
    tag: 'koop-actor-directory',
    label: w('Akteure und Angebote', 'Actors and offers'),
    description: w(
      'Wer bietet was für wen wo an: durchsuchbar, mit Filtern und einer Auswertung für die Planung.',
      'Who offers what, for whom and where: searchable, with filters and an evaluation for planning.',
    ),
    options: [
      {
        kind: 'text',
        attribute: 'query',
        label: w('Nur Akteure und Angebote mit den Wörtern', 'Only actors and offers with the words'),
      },
      {
        kind: 'text',
        attribute: 'target-group',
        label: w('Nur Angebote für die Zielgruppe', 'Only offers for the target group'),
        hint: w('Kennung aus „targetGroups“ des Dokuments.', 'An id of the document’s “targetGroups”.'),
      },
      {
        kind: 'text',
        attribute: 'district',
        label: w('Nur Angebote im Stadtteil', 'Only offers in the district'),
        hint: w('Kennung aus „districts“ des Dokuments.', 'An id of the document’s “districts”.'),
      },
      choice('sector', w('Nur Akteure des Sektors', 'Only actors of the sector'), [
        ['', 'Alle (Standard)', 'All (default)'],
        ...SECTORS.filter(({ value }) => value !== 'none').map(
          ({ value, label }) => [value, label.de, label.en] as const,
        ),
      ]),
      flag('open-now', undefined, w('Nur jetzt geöffnete Angebote', 'Only offers open now')),
      flag('view', 'list', w('Als kompakte Liste zeigen', 'Show as a compact list')),
      flag(
        'planning',
        undefined,
        w('Auswertung für die Planung geöffnet zeigen', 'Show the evaluation for planning opened'),
      ),
      number('page-size', [1, 500, 20], w('Angebote pro Seite', 'Offers per page')),
      ids(
        'selected',
        'actors',
        w('Details dieses Akteurs geöffnet zeigen', 'Show this actor’s details opened'),
      ),
    ],
  },
];

/** One registry attribute as it is documented. */
interface RegistryAttribute {
  readonly name: string;
  readonly type: string;
  readonly default?: string;
  readonly description: string;
}

/** An option for an attribute nobody worded yet: its kind from its type, its words from its doc comment. */
export function derivedOption(attribute: RegistryAttribute): WidgetOption {
  const label = w(attribute.name, attribute.name);
  const hint = w(attribute.description, attribute.description);
  const base = { attribute: attribute.name, label, ...(attribute.description ? { hint } : {}) };
  const values = [...attribute.type.matchAll(/'([^']*)'/g)].map(([, value]) => value);
  if (attribute.type === 'boolean') return { kind: 'flag', ...base };
  if (values.length && !/\bstring\b/.test(attribute.type))
    return {
      kind: 'choice',
      ...base,
      choices: [
        { value: '', label: w('Standard', 'Default') },
        ...values.map((value) => ({ value, label: w(value, value) })),
      ],
    };
  if (/\bnumber\b/.test(attribute.type)) {
    const fallback = Number(attribute.default);
    return {
      kind: 'number',
      ...base,
      min: 0,
      max: Number.MAX_SAFE_INTEGER,
      ...(Number.isFinite(fallback) && attribute.default !== 'null' ? { default: fallback } : {}),
    };
  }
  return { kind: 'text', ...base };
}

/**
 * Attributes of every widget the builder does not offer per widget: the source (its own
 * fields), the common options below, and `timeout` (the default suits every page).
 */
export const BUILDER_SKIPS: ReadonlySet<string> = new Set([
  'src',
  'timeout',
  'lang',
  'theme',
  'heading-level',
  'refresh',
]);

/** One element's entry in the registry, as `widgetsFrom` reads it. */
export interface RegistryEntry {
  readonly tag: string;
  readonly widget: boolean;
  readonly summary: string;
  readonly attributes: readonly RegistryAttribute[];
}

/**
 * The widgets of a registry (every element that extends `KoopWidget`) with their options: the
 * worded ones first, in their order, then any attribute not worded yet.
 */
export function widgetsFrom(registry: readonly RegistryEntry[]): WidgetInfo[] {
  return registry
    .filter((entry) => entry.widget)
    .map((entry): WidgetInfo => {
      const worded = WORDING.find((widget) => widget.tag === entry.tag);
      const own = entry.attributes.filter((attribute) => !BUILDER_SKIPS.has(attribute.name));
      const wordedOptions = (worded?.options ?? []).filter((option) =>
        own.some((attribute) => attribute.name === option.attribute),
      );
      const rest = own
        .filter((attribute) => !wordedOptions.some((option) => option.attribute === attribute.name))
        .map(derivedOption);
      return {
        tag: entry.tag,
        label: worded?.label ?? w(entry.tag, entry.tag),
        description: worded?.description ?? w(entry.summary, entry.summary),
        options: [...wordedOptions, ...rest],
      };
    })
    .sort((a, b) => rank(a.tag) - rank(b.tag));
}

/** The widgets the builder offers, from the registry the doc comments generate. */
export const WIDGETS: readonly WidgetInfo[] = widgetsFrom(REGISTRY);

function rank(tag: string): number {
  const index = WORDING.findIndex((widget) => widget.tag === tag);
  return index < 0 ? WORDING.length : index;
}

/** What every widget has, shown above the widget's own options. */
export const COMMON_OPTIONS: readonly WidgetOption[] = [
  choice('lang', w('Sprache des Widgets', 'Language of the widget'), [
    ['', 'Wie die Seite (Standard)', 'As the page (default)'],
    ['de', 'Deutsch', 'German'],
    ['en', 'Englisch', 'English'],
  ]),
  choice('theme', w('Farbschema', 'Colour scheme'), [
    ['', 'Hell (Standard)', 'Light (default)'],
    ['dark', 'Dunkel', 'Dark'],
    ['auto', 'Wie das System der Lesenden', 'As the reader’s system'],
  ]),
  number(
    'heading-level',
    [1, 6, 2],
    w('Größe der Überschrift im Widget', 'Size of the widget’s heading'),
    w(
      'Wie im Format-Menü Ihres Editors: Steht das Widget unter einer „Überschrift 2“, wählen Sie 3. Ohne Angabe: 2 – passend, wenn über dem Widget nur der Seitentitel steht.',
      'As in your editor’s format menu: if the widget sits below a “Heading 2”, choose 3. Left empty: 2 – right when only the page title stands above the widget.',
    ),
  ),
];

/** Only for documents from an address: an inline document never changes. */
export const REFRESH_OPTION: NumberOption = number(
  'refresh',
  [10, 86_400],
  w('Alle … Sekunden neu laden', 'Reload every … seconds'),
  w('Leer: nur beim Aufruf der Seite.', 'Empty: only when the page is opened.'),
);

/** `<koop-data>`: loads the document once for several widgets inside it. */
export const DATA_TAG = 'koop-data';

export const DATA_CHOICE = {
  tag: DATA_TAG,
  label: w('Mehrere Widgets mit denselben Daten', 'Several widgets with the same data'),
  description: w(
    'Lädt die Daten einmal für alle gewählten Widgets.',
    'Loads the data once for all the chosen widgets.',
  ),
};

/** Options that sit on `<koop-data>` (the widgets inside inherit the language) rather than on each widget. */
export const DATA_ATTRIBUTES: ReadonlySet<string> = new Set(['lang', 'refresh']);

export function widgetInfo(tag: string): WidgetInfo | undefined {
  return WIDGETS.find((widget) => widget.tag === tag);
}

export interface KeyedOption {
  /** Key of the form value: the attribute for options every widget has, else `<tag>/<attribute>`. */
  key: string;
  option: WidgetOption;
  common: boolean;
}

/**
 * Every option of a widget in form order, each with the key of its form value: each widget
 * keeps its own values, so switching widgets and back loses nothing.
 */
export function optionsOf(tag: string, withRefresh: boolean): KeyedOption[] {
  const common = [...COMMON_OPTIONS, ...(withRefresh ? [REFRESH_OPTION] : [])];
  return [
    ...common.map((option) => ({ key: optionKey(option), option, common: true })),
    ...(widgetInfo(tag)?.options ?? []).map((option) => ({
      key: `${tag}/${optionKey(option)}`,
      option,
      common: false,
    })),
  ];
}

/** `at` appears twice in the role matrix (a day, or all periods): the key tells them apart. */
export function optionKey(option: WidgetOption): string {
  return option.kind === 'flag' && option.value ? `${option.attribute}=${option.value}` : option.attribute;
}

/** The items of one list of a document (actors, goals, milestones) as choices: name and id. */
export function documentChoices(
  document: unknown,
  collection: Collection,
  lang: Lang,
): { value: string; label: string }[] {
  const items = (document as Record<string, unknown> | undefined)?.[collection] as
    { id?: unknown; name?: unknown; title?: unknown }[] | undefined;
  return (Array.isArray(items) ? items : [])
    .filter((item) => item && typeof item.id === 'string')
    .map((item) => {
      const id = item.id as string;
      const name = localize((item.title ?? item.name) as LocalizedText, lang);
      return { value: id, label: name && name !== id ? `${name} (${id})` : id };
    });
}
