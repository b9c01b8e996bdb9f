// The HTML a web editor pastes into a page (the snippet builder and the editor make it): pure
// functions from the chosen widgets, options and document source to HTML, so they can be tested
// without a form. Everything that comes from the editor or the document is escaped.
import { DATA_ATTRIBUTES, DATA_TAG, optionsOf, type Lang, type WidgetOption } from './widget-options.js';

export * from './widget-options.js';

export type Bundle = 'autoloader' | 'all';

export type SnippetSource =
  { kind: 'none' } | { kind: 'url'; url: string } | { kind: 'inline'; document: unknown };

export interface SnippetConfig {
  /** A widget's tag, or `koop-data` for several widgets sharing one document. */
  tag: string;
  /** The widgets inside `<koop-data>`, in page order. */
  widgets?: readonly string[];
  /** Raw form values by option key (see `optionsOf`): `''` unset, `'on'` for a ticked flag. */
  values: Readonly<Record<string, string>>;
  source: SnippetSource;
  /** Folder of the kit (`…/koop/`) or the full address of its script. */
  kitUrl: string;
  bundle: Bundle;
  /** Words of the fallback link to the document (see `fallbackText`); default: without a name. */
  fallback?: string;
}

/** Shown until the page names the kit's real address. */
export const PLACEHOLDER_KIT_URL = 'https://www.example.org/koop/';
/** Inline documents above this size belong in a file of their own. */
export const INLINE_WARNING_BYTES = 50 * 1024;

const SCRIPT_FILES: Record<Bundle, string> = { autoloader: 'koop-autoloader.js', all: 'koop.js' };

/** Text content: nothing in it becomes markup. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The words of the link to the document that a page shows until (or instead of) the widget. */
export function fallbackText(lang: Lang, name?: string): string {
  if (lang === 'en')
    return name ? `Data of the cooperation “${name}” (JSON file)` : 'Data of the cooperation (JSON file)';
  return name ? `Daten der Kooperation „${name}“ (JSON-Datei)` : 'Daten der Kooperation (JSON-Datei)';
}

/** For a double-quoted attribute value: nothing the editor types can end the attribute or tag. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The document as JSON for a `<script type="application/json">` element. `<`, `>` and `&` become
 * `\u003c` … escapes (still the same JSON), so no text in the document can close the script
 * element or open a comment; U+2028/2029 are escaped for old parsers.
 */
export function inlineJson(document: unknown): string {
  return (JSON.stringify(document, null, 2) ?? 'null')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Byte size of the inline document in UTF-8. */
export function inlineSize(document: unknown): number {
  return new TextEncoder().encode(inlineJson(document)).length;
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const PARTIAL = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * The attribute value an option's raw form value stands for: `null` when it is unset, the
 * widget's default or invalid (see `optionError`), `''` for a boolean attribute.
 */
export function optionValue(option: WidgetOption, raw: string | undefined): string | null {
  const value = (raw ?? '').trim();
  if (!value) return null;
  switch (option.kind) {
    case 'choice':
      return option.choices.some((c) => c.value === value) ? value : null;
    case 'set': {
      const chosen = new Set(value.split(',').map((v) => v.trim()));
      const known = option.choices.filter((c) => chosen.has(c.value)).map((c) => c.value);
      return known.length && known.length < option.choices.length ? known.join(',') : null;
    }
    case 'number': {
      if (optionError(option, value, 'de')) return null;
      const number = Number(value);
      return number === option.default ? null : String(number);
    }
    case 'flag':
      return value === 'on' ? (option.value ?? '') : null;
    case 'date':
      return (option.precision === 'day' ? DAY : PARTIAL).test(value) ? value : null;
    case 'id':
    case 'text':
      return value;
  }
}

/** Why a raw form value cannot be used, or `''` when it can (or is empty). */
export function optionError(option: WidgetOption, raw: string, lang: Lang): string {
  const value = raw.trim();
  if (!value) return '';
  if (option.kind === 'number') {
    const number = Number(value);
    if (!Number.isInteger(number) || number < option.min || number > option.max) {
      return lang === 'de'
        ? `Bitte eine ganze Zahl von ${option.min} bis ${option.max} eingeben.`
        : `Please enter a whole number from ${option.min} to ${option.max}.`;
    }
  }
  if (option.kind === 'date' && !(option.precision === 'day' ? DAY : PARTIAL).test(value)) {
    if (option.precision === 'day')
      return lang === 'de'
        ? 'Bitte ein Datum wie 2026-06-30 eingeben.'
        : 'Please enter a date like 2026-06-30.';
    return lang === 'de'
      ? 'Bitte ein Datum wie 2026, 2026-06 oder 2026-06-30 eingeben.'
      : 'Please enter a date like 2026, 2026-06 or 2026-06-30.';
  }
  return '';
}

type AttributeConfig = Pick<SnippetConfig, 'tag' | 'values' | 'source'>;

/**
 * The attributes of the outer tag (the widget, or `<koop-data>` with the source, language and
 * refresh), in form order: only what differs from the widget's defaults.
 */
export function widgetAttributes(config: AttributeConfig): [string, string][] {
  const { source } = config;
  const options = optionsOf(config.tag, source.kind === 'url').filter(
    ({ key }) => config.tag !== DATA_TAG || DATA_ATTRIBUTES.has(key),
  );
  return attributes(options, config.values, source.kind === 'url' ? source : undefined);
}

/** The attributes of a widget inside `<koop-data>`: everything but what `<koop-data>` carries. */
export function childAttributes(tag: string, values: SnippetConfig['values']): [string, string][] {
  return attributes(
    optionsOf(tag, false).filter(({ key }) => !DATA_ATTRIBUTES.has(key)),
    values,
  );
}

function attributes(
  options: ReturnType<typeof optionsOf>,
  values: SnippetConfig['values'],
  source?: { url: string },
): [string, string][] {
  const result = new Map<string, string>();
  if (source?.url) result.set('src', source.url);
  for (const { key, option } of options) {
    const value = optionValue(option, values[key]);
    // A ticked flag for the same attribute (the matrix's "all periods") wins over the field before it.
    if (value !== null) result.set(option.attribute, value);
  }
  return [...result];
}

const tagWith = (tag: string, attributes: [string, string][]) => {
  // Tags come from the widget list, never from input; this keeps it so.
  if (!/^koop-[a-z-]+$/.test(tag)) throw new Error(`not a Koop tag: ${tag}`);
  return `<${tag}${attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('')}>`;
};

/** The kit's script: the address itself if it names a file, else the chosen file in that folder. */
export function kitScriptUrl(kitUrl: string, bundle: Bundle): string {
  const base = kitUrl.trim() || PLACEHOLDER_KIT_URL;
  const path = base.replace(/[?#].*$/, '');
  if (/\.(m?js|ts)$/i.test(path)) return base;
  return `${base.endsWith('/') ? base : `${base}/`}${SCRIPT_FILES[bundle]}`;
}

/**
 * The complete HTML to paste into a page: the kit's script and the widget's tag. A document
 * from an address gets a link to it inside the (first) widget, for readers without JavaScript
 * and until the widget shows the data: on one line right inside the tag, so a CMS that turns
 * blank lines into paragraphs (WordPress's wpautop) has nothing to break apart.
 */
export function buildSnippet(config: SnippetConfig): string {
  const script = `<script type="module" src="${escapeAttribute(kitScriptUrl(config.kitUrl, config.bundle))}"></script>`;
  const open = tagWith(config.tag, widgetAttributes(config));
  const close = `</${config.tag}>`;
  const fallback =
    config.source.kind === 'url' && config.source.url
      ? `<a href="${escapeAttribute(config.source.url)}">${escapeText(config.fallback ?? fallbackText('de'))}</a>`
      : '';
  const inline =
    config.source.kind === 'inline'
      ? `  <script type="application/json">\n    ${inlineJson(config.source.document).replace(/\n/g, '\n    ')}\n  </script>\n`
      : '';
  const children =
    config.tag === DATA_TAG
      ? (config.widgets ?? []).map(
          (tag, i) => `  ${tagWith(tag, childAttributes(tag, config.values))}${i ? '' : fallback}</${tag}>\n`,
        )
      : [];
  if (!inline && !children.length) return `${script}\n${open}${fallback}${close}\n`;
  return `${script}\n${open}\n${inline}${children.join('')}${close}\n`;
}

// ----- WordPress (the Koop plugin in packages/wordpress) -----

/** What the plugin's "Koop-Widget" block stores, and what its shortcode says. */
export interface WordPressWidget {
  /** Short names of the widgets (`goal-tracker` for `<koop-goal-tracker>`), in page order. */
  widgets: string[];
  src: string;
  /** Attributes by short name (`data` for `<koop-data>`): attribute → value, `''` for a boolean one. */
  options: Record<string, Record<string, string>>;
  /** Words of the link to the document inside the widget (see `fallbackText`); default: the plugin's. */
  fallbackText?: string;
}

/** `goal-tracker` for `koop-goal-tracker`, `data` for `koop-data`. */
export const shortName = (tag: string): string => tag.replace(/^koop-/, '');

/** The editor's choices as the plugin takes them: the same attributes as the HTML snippet. */
export function wordpressWidget(
  config: Pick<SnippetConfig, 'tag' | 'widgets' | 'values' | 'fallback'>,
  src: string,
): WordPressWidget {
  const several = config.tag === DATA_TAG;
  const tags = several ? [...(config.widgets ?? [])] : [config.tag];
  const options: WordPressWidget['options'] = {};
  const add = (tag: string, attributes: [string, string][]) => {
    if (attributes.length) options[shortName(tag)] = Object.fromEntries(attributes);
  };
  // A document from an address: refresh is offered, the address itself is `src`, not an option.
  add(
    config.tag,
    widgetAttributes({ tag: config.tag, values: config.values, source: { kind: 'url', url: '' } }),
  );
  if (several) for (const tag of tags) add(tag, childAttributes(tag, config.values));
  return {
    widgets: tags.map(shortName),
    src,
    options,
    ...(config.fallback ? { fallbackText: config.fallback } : {}),
  };
}

/** The block as the block editor writes it (and parses it when pasted). */
export function wordpressBlock(widget: WordPressWidget): string {
  // Escaped as the block editor escapes block attributes, so nothing ends the comment.
  const json = JSON.stringify(widget)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
  return `<!-- wp:koop/widget ${json} /-->\n`;
}

/** For a shortcode attribute value: no quote or bracket ends the attribute or the shortcode. */
const shortcodeValue = (value: string) =>
  escapeAttribute(value).replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');

/**
 * The shortcode. With several widgets, an attribute of one of them carries its short name
 * (`transparency-feed-types="decision"`), those of `<koop-data>` none.
 */
export function wordpressShortcode(widget: WordPressWidget): string {
  const several = widget.widgets.length > 1;
  const parts = [`widget="${widget.widgets.join(',')}"`, `src="${shortcodeValue(widget.src)}"`];
  if (widget.fallbackText) parts.push(`fallback="${shortcodeValue(widget.fallbackText)}"`);
  for (const [name, attributes] of Object.entries(widget.options)) {
    const prefix = several && name !== shortName(DATA_TAG) ? `${name}-` : '';
    for (const [attribute, value] of Object.entries(attributes))
      parts.push(value === '' ? `${prefix}${attribute}` : `${prefix}${attribute}="${shortcodeValue(value)}"`);
  }
  return `[koop ${parts.join(' ')}]\n`;
}
