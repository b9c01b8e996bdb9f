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
