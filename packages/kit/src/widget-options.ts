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

const TODAY: DateOption = {
  kind: 'date',
  attribute: 'today',
  precision: 'day',
  label: w('Bezugsdatum', 'Reference date'),
  hint: w('Leer: das heutige Datum.', 'Empty: the current date.'),
};

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
      {
        kind: 'id',
        attribute: 'goal',
        collection: 'goals',
        label: w('Nur dieses Ziel', 'Only this goal'),
        hint: w('Mit seinen Unterzielen.', 'With its sub-goals.'),
      },
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
      {
        kind: 'set',
        attribute: 'types',
        choices: ENTRY_TYPES,
        label: w('Nur diese Arten von Einträgen', 'Only these kinds of entries'),
        hint: w('Nichts angekreuzt: alle.', 'None ticked: all.'),
      },
      {
        kind: 'id',
        attribute: 'actor',
        collection: 'actors',
        label: w('Nur Einträge mit', 'Only entries with'),
      },
      {
        kind: 'id',
        attribute: 'goal',
        collection: 'goals',
        label: w('Nur Einträge zum Ziel', 'Only entries for the goal'),
      },
      {
        kind: 'number',
        attribute: 'year',
        min: 1900,
        max: 2200,
        label: w('Nur das Jahr', 'Only the year'),
      },
      {
        kind: 'text',
        attribute: 'query',
        label: w('Nur Einträge mit den Wörtern', 'Only entries with the words'),
      },
      {
        kind: 'number',
        attribute: 'page-size',
        min: 1,
        max: 500,
        default: 20,
        label: w('Einträge pro Seite', 'Entries per page'),
      },
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
      {
        kind: 'choice',
        attribute: 'zoom',
        label: w('Maßstab', 'Scale'),
        choices: [
          { value: '', label: w('Automatisch (Standard)', 'Automatic (default)') },
          { value: 'years', label: w('Jahre', 'Years') },
          { value: 'quarters', label: w('Quartale', 'Quarters') },
          { value: 'months', label: w('Monate', 'Months') },
        ],
      },
      {
        kind: 'choice',
        attribute: 'group-by',
        label: w('Meilensteine in Spuren nach', 'Milestones in lanes by'),
        choices: [
          { value: '', label: w('Eine Spur (Standard)', 'One lane (default)') },
          { value: 'phase', label: w('Phase', 'Phase') },
          { value: 'goal', label: w('Ziel', 'Goal') },
          { value: 'actor', label: w('Akteur', 'Actor') },
        ],
      },
      {
        kind: 'flag',
        attribute: 'view',
        value: 'list',
        label: w('Immer als Liste zeigen', 'Always show as a list'),
      },
      {
        kind: 'id',
        attribute: 'selected',
        collection: 'milestones',
        label: w('Diesen Meilenstein geöffnet zeigen', 'Show this milestone opened'),
      },
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
      {
        kind: 'date',
        attribute: 'at',
        precision: 'day',
        label: w('Stichtag', 'Day shown'),
        hint: w('Leer: Stand des Dokuments.', 'Empty: the document’s date.'),
      },
      { kind: 'flag', attribute: 'at', value: 'all', label: w('Alle Zeiträume zeigen', 'Show all periods') },
      {
        kind: 'choice',
        attribute: 'sort',
        label: w('Reihenfolge', 'Order'),
        choices: [
          { value: '', label: w('Nach Sektor gruppiert (Standard)', 'Grouped by sector (default)') },
          { value: 'actor', label: w('Akteure A–Z', 'Actors A–Z') },
          { value: 'roles', label: w('Nach Zahl der Rollen', 'By number of roles') },
        ],
      },
      {
        kind: 'flag',
        attribute: 'conflicts-only',
        label: w('Nur Akteure mit Rollenkonflikt', 'Only actors with a role conflict'),
      },
      {
        kind: 'number',
        attribute: 'page-size',
        min: 1,
        max: 1000,
        default: 50,
        label: w('Akteure pro Seite', 'Actors per page'),
      },
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
      {
        kind: 'choice',
        attribute: 'layout',
        label: w('Anordnung', 'Layout'),
        choices: [
          { value: '', label: w('Netzwerk (Standard)', 'Network (default)') },
          { value: 'sectors', label: w('Nach Sektoren', 'By sector') },
          { value: 'geo', label: w('Nach Ort (braucht Koordinaten)', 'By place (needs coordinates)') },
        ],
      },
      {
        kind: 'choice',
        attribute: 'node-size',
        label: w('Größe der Punkte', 'Size of the nodes'),
        choices: [
          { value: '', label: w('Nach Zahl der Beziehungen (Standard)', 'By number of relations (default)') },
          { value: 'circle', label: w('Nach Kreis (Kern, operativ …)', 'By circle (core, operative …)') },
        ],
      },
      { kind: 'flag', attribute: 'view', value: 'list', label: w('Als Liste zeigen', 'Show as a list') },
      {
        kind: 'id',
        attribute: 'focus-actor',
        collection: 'actors',
        label: w('Nur das Umfeld von', 'Only the network around'),
      },
      {
        kind: 'number',
        attribute: 'depth',
        min: 1,
        max: 10,
        default: 1,
        label: w('Schritte um diesen Akteur', 'Steps around that actor'),
        hint: w(
          'Nur mit „Nur das Umfeld von“ (Standard 1).',
          'Only with “Only the network around” (default 1).',
        ),
      },
      {
        kind: 'id',
        attribute: 'selected',
        collection: 'actors',
        label: w('Diesen Akteur ausgewählt zeigen', 'Show this actor selected'),
      },
      {
        kind: 'date',
        attribute: 'at',
        precision: 'partial',
        label: w('Nur gültig am', 'Only valid at'),
        hint: w(
          'JJJJ, JJJJ-MM oder JJJJ-MM-TT. Leer: alle Zeiten.',
          'YYYY, YYYY-MM or YYYY-MM-DD. Empty: all times.',
        ),
      },
      {
        kind: 'set',
        attribute: 'sectors',
        choices: SECTORS,
        label: w('Nur diese Sektoren', 'Only these sectors'),
        hint: w('Nichts angekreuzt: alle.', 'None ticked: all.'),
      },
      {
        kind: 'set',
        attribute: 'types',
        choices: RELATION_TYPES,
        label: w('Nur diese Beziehungen', 'Only these relations'),
        hint: w('Nichts angekreuzt: alle.', 'None ticked: all.'),
      },
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
  {
    kind: 'choice',
    attribute: 'lang',
    label: w('Sprache des Widgets', 'Language of the widget'),
    choices: [
      { value: '', label: w('Wie die Seite (Standard)', 'As the page (default)') },
      { value: 'de', label: w('Deutsch', 'German') },
      { value: 'en', label: w('Englisch', 'English') },
    ],
  },
  {
    kind: 'choice',
    attribute: 'theme',
    label: w('Farbschema', 'Colour scheme'),
    choices: [
      { value: '', label: w('Hell (Standard)', 'Light (default)') },
      { value: 'dark', label: w('Dunkel', 'Dark') },
      { value: 'auto', label: w('Wie das System der Lesenden', 'As the reader’s system') },
    ],
  },
  {
    kind: 'number',
    attribute: 'heading-level',
    min: 1,
    max: 6,
    default: 2,
    label: w('Größe der Überschrift im Widget', 'Size of the widget’s heading'),
    hint: w(
      'Wie im Format-Menü Ihres Editors: Steht das Widget unter einer „Überschrift 2“, wählen Sie 3. Ohne Angabe: 2 – passend, wenn über dem Widget nur der Seitentitel steht.',
      'As in your editor’s format menu: if the widget sits below a “Heading 2”, choose 3. Left empty: 2 – right when only the page title stands above the widget.',
    ),
  },
];

/** Only for documents from an address: an inline document never changes. */
export const REFRESH_OPTION: NumberOption = {
  kind: 'number',
  attribute: 'refresh',
  min: 10,
  max: 86_400,
  label: w('Alle … Sekunden neu laden', 'Reload every … seconds'),
  hint: w('Leer: nur beim Aufruf der Seite.', 'Empty: only when the page is opened.'),
};

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
