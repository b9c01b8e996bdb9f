import type { ArgTypes } from '@storybook/web-components-vite';

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

/** The argTypes of a widget: the source first, then the widget's `own` controls, then the common ones. */
export function widgetArgTypes<A extends WidgetArgs>(own: Partial<ArgTypes<A>>): Partial<ArgTypes<A>> {
  const common: Partial<ArgTypes<WidgetArgs>> = {
    lang: { control: 'inline-radio', options: ['', 'de', 'en'], description: 'Language; empty: inherited.' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6 } },
    refresh: { control: { type: 'number', min: 0 }, description: 'Re-fetch `src` every this many seconds.' },
    timeout: { control: { type: 'number', min: 0 }, description: 'Milliseconds before loading gives up.' },
  };
  return {
    src: { control: 'text', description: 'URL of the koop document (JSON).' },
    data: { control: 'object', description: 'The document as an object; takes precedence over `src`.' },
    ...own,
    ...common,
  } as Partial<ArgTypes<A>>;
}
