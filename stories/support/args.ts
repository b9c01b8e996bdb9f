import type { ArgTypes } from '@storybook/web-components-vite';
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { REGISTRY } from '@koop/kit/registry.js';

/** The controls every widget story has: where the document comes from, language, theme, headings. */
export interface WidgetArgs {
  src: string;
  data?: unknown;
  lang: '' | 'de' | 'en';
  theme: 'light' | 'dark' | 'auto';
  headingLevel: number;
  refresh: number;
  timeout: number;
}

/** The defaults of the controls every widget has (its `src` and own controls come with it). */
export const widgetArgs = {
  lang: 'de',
  theme: 'light',
  headingLevel: 2,
  refresh: 0,
  timeout: 0,
} satisfies Omit<WidgetArgs, 'src'>;

/** One element's entry in the registry (packages/kit/src/registry.generated.ts). */
export interface RegistryEntry {
  readonly tag: string;
  readonly attributes: readonly {
    readonly name: string;
    readonly field: string;
    readonly type: string;
    readonly default?: string;
    readonly description: string;
    readonly inherited?: boolean;
  }[];
}
export type Registry = readonly RegistryEntry[];

const entryOf = (tag: string, registry: Registry): RegistryEntry | undefined =>
  registry.find((entry) => entry.tag === tag);
/** The args every widget story shares (see `widgetArgTypes`), so not derived per widget. */
const COMMON = new Set(['src', 'data', 'lang', 'theme', 'headingLevel', 'refresh', 'timeout']);
const literals = (type: string) => [...type.matchAll(/'([^']*)'/g)].map(([, value]) => value);

/**
 * The defaults of a widget's own controls, one per attribute its doc comment documents: off,
 * empty, or the documented number. A story file lists only what differs.
 */
export function ownArgs(tag: string, registry: Registry = REGISTRY): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const attribute of entryOf(tag, registry)?.attributes ?? []) {
    if (COMMON.has(attribute.field)) continue;
    const number = Number(attribute.default);
    args[attribute.field] =
      attribute.type === 'boolean'
        ? false
        : /\bnumber\b/.test(attribute.type)
          ? Number.isFinite(number) && attribute.default !== 'null'
            ? number
            : 0
          : '';
  }
  return args;
}

/**
 * The argTypes of a widget: the source first, then a control for every attribute its doc
 * comment documents (worded better by `own` where a story file wants), then the common ones.
 */
export function widgetArgTypes<A extends WidgetArgs>(
  tag: string,
  own: Partial<ArgTypes<A>> = {},
  registry: Registry = REGISTRY,
): Partial<ArgTypes<A>> {
  const common: Partial<ArgTypes<WidgetArgs>> = {
    lang: { control: 'inline-radio', options: ['', 'de', 'en'], description: 'Language; empty: inherited.' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6 } },
    refresh: { control: { type: 'number', min: 0 }, description: 'Re-fetch `src` every this many seconds.' },
    timeout: { control: { type: 'number', min: 0 }, description: 'Milliseconds before loading gives up.' },
  };
  const derived: Record<string, unknown> = {};
  for (const attribute of entryOf(tag, registry)?.attributes ?? []) {
    if (COMMON.has(attribute.field)) continue;
    const values = literals(attribute.type);
    derived[attribute.field] = {
      ...(attribute.field !== attribute.name ? { name: attribute.name } : {}),
      description: attribute.description,
      control:
        attribute.type === 'boolean'
          ? 'boolean'
          : values.length && !/\bstring\b/.test(attribute.type)
            ? 'select'
            : /\bnumber\b/.test(attribute.type)
              ? { type: 'number', min: 0 }
              : 'text',
      ...(values.length && !/\bstring\b/.test(attribute.type) ? { options: ['', ...values] } : {}),
      ...(own as Record<string, object>)[attribute.field],
    };
  }
  return {
    src: { control: 'text', description: 'URL of the koop document (JSON).' },
    data: { control: 'object', description: 'The document as an object; takes precedence over `src`.' },
    ...own,
    ...derived,
    ...common,
  } as Partial<ArgTypes<A>>;
}

/**
 * `<koop-x ${attributes('koop-x', args)}>`: sets every attribute the registry documents for the
 * tag from the arg of its property name (`pageSize` → `page-size`), and removes it when the arg
 * is empty, 0 or false — so a story template never lists the attributes one by one.
 */
class AttributesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() belongs on an element');
  }

  render(_tag: string, _args: object, _registry?: Registry) {
    return nothing;
  }

  override update(part: ElementPart, [tag, args, registry = REGISTRY]: [string, object, Registry?]) {
    const values = args as Record<string, unknown>;
    for (const attribute of entryOf(tag, registry)?.attributes ?? []) {
      const value = values[attribute.field];
      if (value === undefined || value === null || value === '' || value === false || value === 0)
        part.element.removeAttribute(attribute.name);
      else part.element.setAttribute(attribute.name, value === true ? '' : String(value));
    }
    return nothing;
  }
}
export const attributes = directive(AttributesDirective);
