// js-yaml ships no types; what the Open SDG importer uses of it (https://github.com/nodeca/js-yaml).
declare module 'js-yaml' {
  export interface LoadOptions {
    filename?: string;
    schema?: unknown;
    json?: boolean;
  }
  /** Parses one YAML document; throws a YAMLException (with `mark.line`, 0-based) when it cannot. */
  export function load(text: string, options?: LoadOptions): unknown;
  /** Only what JSON has (no dates): an Open SDG date stays the text it is written as. */
  export const JSON_SCHEMA: unknown;
}
