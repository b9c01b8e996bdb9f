// The block stores the attributes of its elements (what the shortcode says and the PHP renders);
// the sidebar edits them with the snippet builder's form values. These are the two directions.
import {
  DATA_ATTRIBUTES,
  DATA_TAG,
  optionsOf,
  shortName,
  WIDGETS,
  wordpressWidget,
  type KeyedOption,
  type WidgetOption,
  type WordPressWidget,
} from '@koop/kit/snippet.js';

export interface BlockAttributes extends WordPressWidget {
  mediaId?: number;
  fallbackText: string;
  fallbackUrl: string;
}

/** The outer element and the widgets inside it, as tags: one widget, or `<koop-data>` with several. */
export function blockTags(widgets: readonly string[]): { tag: string; children: string[] } {
  const known = new Set(WIDGETS.map((widget) => widget.tag));
  // In the block's order, which is the page's.
  const tags = [...new Set(widgets.map((name) => `koop-${name}`))].filter((tag) => known.has(tag));
  if (tags.length > 1) return { tag: DATA_TAG, children: tags };
  return { tag: tags[0] ?? WIDGETS[0].tag, children: [] };
}

/** The form values (see `optionsOf`) that stand for the block's options. */
export function formValues(block: Pick<WordPressWidget, 'widgets' | 'options'>): Record<string, string> {
  const { tag, children } = blockTags(block.widgets);
  const values: Record<string, string> = {};
  const read = (element: string, options: KeyedOption[]) => {
    const attributes = block.options[shortName(element)] ?? {};
    for (const { key, option } of options) {
      const value = attributes[option.attribute];
      if (value === undefined) continue;
      // A flag stands for one value of its attribute (`view="list"`, the matrix's `at="all"`).
      const flagFor = (other: WidgetOption) =>
        other.kind === 'flag' && other.attribute === option.attribute && (other.value ?? '') === value;
      if (option.kind === 'flag') {
        if (flagFor(option)) values[key] = 'on';
      } else if (!options.some((other) => flagFor(other.option))) values[key] = value;
    }
  };
  const outer = optionsOf(tag, true);
  read(tag, tag === DATA_TAG ? outer.filter(({ key }) => DATA_ATTRIBUTES.has(key)) : outer);
  for (const child of children)
    read(
      child,
      optionsOf(child, false).filter(({ key }) => !DATA_ATTRIBUTES.has(key)),
    );
  return values;
}

/** The block's widgets and options after the editor changed a form value or the widgets. */
export function blockOptions(
  widgets: readonly string[],
  values: Readonly<Record<string, string>>,
): Pick<WordPressWidget, 'widgets' | 'options'> {
  const { tag, children } = blockTags(widgets);
  const { widgets: names, options } = wordpressWidget({ tag, widgets: children, values }, '');
  return { widgets: names, options };
}
