import type { LocalizedText } from '@koop/schema';

/** The UI languages the kit ships. Other languages fall back to German. */
export type UiLanguage = 'de' | 'en';

export interface LanguageChoice {
  /** Language of the UI strings. */
  ui: UiLanguage;
  /** The full tag for `Intl` (`de`, `en-GB`, …). */
  locale: string;
}

/**
 * The element's `lang`, else the nearest ancestor's (across shadow roots), else German.
 */
export function resolveLanguage(element: HTMLElement): LanguageChoice {
  // The property first: it may be set but not yet reflected to the attribute.
  if (element.lang) return choose(element.lang);
  let node: Element | null = element;
  while (node) {
    const tag = node.getAttribute('lang');
    if (tag) return choose(tag);
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return choose('de');
}

function choose(tag: string): LanguageChoice {
  const ui: UiLanguage = tag.toLowerCase().startsWith('en') ? 'en' : 'de';
  let locale: string = ui;
  try {
    if (tag.toLowerCase().startsWith(ui)) locale = Intl.getCanonicalLocales(tag)[0];
  } catch {
    // an invalid tag keeps the plain language
  }
  return { ui, locale };
}

/** A text from the document and the language it is in (undefined: not known). */
export interface LocalizedString {
  text: string;
  lang?: string;
}

/**
 * The text of a localized value in `lang`, and the language it is in: the exact tag, then its
 * base language, then the document's language, then German, English and whatever else there
 * is (the key chosen); a plain string is in the document's language.
 */
export function localized(
  text: LocalizedText | undefined,
  lang: string,
  documentLang?: string,
): LocalizedString {
  if (text === undefined || text === null) return { text: '' };
  if (typeof text === 'string') return { text: closeDirectionalControls(text), lang: documentLang };
  if (typeof text !== 'object') return { text: '' };
  const base = lang.split('-')[0];
  for (const key of [lang, base, documentLang, 'de', 'en']) {
    if (key && typeof text[key] === 'string') return { text: closeDirectionalControls(text[key]), lang: key };
  }
  const first = Object.entries(text).find(([, value]) => typeof value === 'string');
  return first ? { text: closeDirectionalControls(first[1]), lang: first[0] } : { text: '' };
}

/** The text of a localized value in `lang` (see `localized`). */
export function localize(text: LocalizedText | undefined, lang: string, documentLang?: string): string {
  return localized(text, lang, documentLang).text;
}

/** Whether two language tags name different languages (`de-AT` and `de` do not). */
export function otherLanguage(tag: string | undefined, ui: string): boolean {
  return Boolean(tag) && tag!.split('-')[0].toLowerCase() !== ui.split('-')[0].toLowerCase();
}

/**
 * Closes the right-to-left overrides, embeddings and isolates a text opens and leaves open:
 * otherwise they would reorder everything after it on the reader's line (e.g. disguise a URL).
 */
export function closeDirectionalControls(text: string): string {
  if (!/[\u202a-\u202e\u2066-\u2069]/.test(text)) return text;
  let embeddings = 0;
  let isolates = 0;
  for (const char of text) {
    if (char === '\u202c') embeddings = Math.max(0, embeddings - 1);
    else if (char >= '\u202a' && char <= '\u202e') embeddings++;
    else if (char === '\u2069') isolates = Math.max(0, isolates - 1);
    else if (char >= '\u2066' && char <= '\u2068') isolates++;
  }
  return text + '\u202c'.repeat(embeddings) + '\u2069'.repeat(isolates);
}

/**
 * One package's UI strings: German is built in; English (and any later language) is a module
 * of its own, loaded the first time an element needs it, so German pages never download it.
 */
export class LocalizedStrings<T> {
  private readonly tables = new Map<UiLanguage, T>();
  private readonly loading = new Map<UiLanguage, Promise<void>>();

  constructor(
    german: T,
    private readonly loaders: Partial<Record<UiLanguage, () => Promise<T>>>,
  ) {
    this.tables.set('de', german);
  }

  /** The strings in `lang`, or German until they have arrived. */
  in(lang: UiLanguage): T {
    return this.tables.get(lang) ?? this.tables.get('de')!;
  }

  has(lang: UiLanguage): boolean {
    return this.tables.has(lang) || !this.loaders[lang];
  }

  /** Loads `lang`; if that fails (offline), German stays in use. Never rejects. */
  load(lang: UiLanguage): Promise<void> {
    let pending = this.loading.get(lang);
    if (!pending) {
      pending = (this.loaders[lang]?.() ?? Promise.reject(new Error(lang))).then(
        (table) => void this.tables.set(lang, table),
        () => undefined,
      );
      this.loading.set(lang, pending);
    }
    return pending;
  }
}

/**
 * Loads whichever of `tables` do not have `lang` yet; undefined when all have it, so an element
 * renders at once and waits only when a language is still on its way.
 */
export function loadMissing(
  tables: readonly LocalizedStrings<unknown>[],
  lang: UiLanguage,
): Promise<unknown> | undefined {
  const missing = tables.filter((strings) => !strings.has(lang));
  return missing.length ? Promise.all(missing.map((strings) => strings.load(lang))) : undefined;
}
