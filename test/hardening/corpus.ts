// An XSS corpus: documents built from the demo documents in which every text field carries
// markup and script payloads and every URL field a hostile URL. Which field is which comes from
// the schema itself (`$defs/text`, `$defs/url`), so a field added to the format is covered too.
import { koopSchema, type JsonSchema } from '@koop/schema';

/** Set by any payload that manages to run. */
export const PWNED = '__pwned';

/** Text payloads: markup, script, template syntax, bidi and invisible characters. */
export const TEXT_PAYLOADS = [
  `<script>window.${PWNED}=1</script>`,
  `<img src=x onerror="window.${PWNED}=2">`,
  `<svg onload="window.${PWNED}=3"><circle r="9"/></svg>`,
  `"><iframe srcdoc="<script>parent.${PWNED}=4</script>"></iframe>`,
  `<a href="javascript:window.${PWNED}=5">klick</a>`,
  `</style><style>*{display:none}</style><b>fett</b>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.${PWNED}=6">`,
  `\${window.${PWNED}=7} {{constructor.constructor('window.${PWNED}=8')()}}`,
  `&lt;script&gt;entity&lt;/script&gt; &amp;&#x3C;`,
  `Rechts\u202Enach links\u202C und \u2066isoliert\u2069 \u200F`,
  `Null\u200Bbreit\u200Dverbunden\uFEFF\u2060 unsichtbar`,
  `<!--kommentar--><![CDATA[x]]><?php echo 1; ?>`,
  `x" onmouseover="window.${PWNED}=9" data-x="`,
  `'; window.${PWNED}=10; //`,
];

/** A very long string: one word (no break opportunity) and a sentence. */
export const LONG_WORD = 'Donaudampfschifffahrtsgesellschaft'.repeat(3000); // ~100k characters
export const LONG_SENTENCE = 'Ein sehr langer Satz mit Leerzeichen. '.repeat(2700); // ~100k characters

/** URLs no widget may make clickable (the browser would run or load them). */
export const UNSAFE_URLS = [
  `JaVaScRiPt:window.${PWNED}=11`,
  `java\tscript:window.${PWNED}=12`,
  `java\nscript:window.${PWNED}=13`,
  ` \u0001javascript:window.${PWNED}=14`,
  `\u0000javascript:window.${PWNED}=15`,
  `\u00A0javascript:window.${PWNED}=16`,
  `data:text/html,<script>window.${PWNED}=17</script>`,
  `DaTa:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xODwvc2NyaXB0Pg==`,
  `vbscript:msgbox(1)`,
  `VBScript:msgbox(1)`,
  `file:///etc/passwd`,
  `blob:https://evil.example/3f2a`,
  `ftp://evil.example/`,
];

/**
 * URLs that look hostile but the allowlist lets through, because the browser reads them as
 * harmless: entity-encoded schemes are not decoded in attributes set by script (so they are
 * relative paths), and `//host` is an ordinary https link to another site.
 */
export const LOOKALIKE_URLS = [
  `&#106;avascript:window.${PWNED}=19`,
  `javascript&colon;window.${PWNED}=20`,
  `//evil.example/pfad`,
  `https://evil.example/\u202Egnp.exe`,
  `https://evil.example/x.png`,
  `mailto:a@evil.example?subject=%3Cscript%3E`,
];

export const HOSTILE_URLS = [...UNSAFE_URLS, ...LOOKALIKE_URLS];

type Json = unknown;
type Kind = 'text' | 'url';
type Visit = (kind: Kind, value: string, path: string) => string;

const defs = koopSchema.$defs as Record<string, JsonSchema>;
const refName = (schema: JsonSchema) => schema.$ref?.replace('#/$defs/', '');
/** Whether a value of `schema` may be a text: the text itself, or a choice that holds it (a value, a value or null). */
const holdsText = (schema: JsonSchema): boolean =>
  refName(schema) === 'text' || (schema.anyOf ?? defs[refName(schema) ?? '']?.anyOf ?? []).some(holdsText);

/**
 * Replaces every text and URL string of `value` (described by `schema`) by `visit`'s result;
 * with `fill`, absent URL fields and link lists are added first.
 */
function rewrite(value: Json, schema: JsonSchema, visit: Visit, path: string, fill: boolean): Json {
  const name = refName(schema);
  if (name === 'text') {
    if (typeof value === 'string') return visit('text', value, path);
    if (value && typeof value === 'object' && !Array.isArray(value))
      return Object.fromEntries(
        Object.entries(value).map(([lang, text]) => [
          lang,
          typeof text === 'string' ? visit('text', text, `${path}.${lang}`) : text,
        ]),
      );
    return value;
  }
  if (name === 'url') return typeof value === 'string' ? visit('url', value, path) : value;
  if (name) return rewrite(value, { ...defs[name], ...schema, $ref: undefined }, visit, path, fill);
  if (schema.anyOf) {
    // value: a number or a text (an observation's also null).
    return typeof value === 'string' && holdsText(schema) ? visit('text', value, path) : value;
  }
  if (Array.isArray(value))
    return schema.items
      ? value.map((item, i) => rewrite(item, schema.items!, visit, `${path}[${i}]`, fill))
      : value;
  if (value && typeof value === 'object') {
    const out: Record<string, Json> = {};
    const source = { ...value } as Record<string, Json>;
    // Fills every URL field and list of links the schema allows here, so that each is tried.
    for (const [key, child] of fill ? Object.entries(schema.properties ?? {}) : []) {
      if (key in source) continue;
      if (refName(child) === 'url') source[key] = '';
      if (child.items && refName(child.items) === 'link')
        source[key] = HOSTILE_URLS.map(() => ({ url: '', title: 'Link' }));
    }
    for (const [key, child] of Object.entries(source)) {
      const childSchema =
        schema.properties?.[key] ??
        (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
      out[key] = childSchema
        ? rewrite(child, childSchema, visit, path ? `${path}.${key}` : key, fill)
        : child;
    }
    return out;
  }
  return value;
}

export interface Corpus {
  document: any;
  /** Paths of the fields rewritten, by kind. */
  fields: Record<Kind, string[]>;
}

export interface CorpusOptions {
  /** Hostile URLs in every URL field the schema allows, added where absent (else URLs stay). */
  urls?: readonly string[];
  /** Also puts the 100k-character strings into the first few texts. */
  long?: boolean;
}

/**
 * The demo document `source` with a payload in every text field (each keeps a short readable
 * prefix so that tests can tell fields apart) and, when asked, a hostile URL in every URL field.
 */
export function hostileDocument(source: any, options: CorpusOptions = {}): Corpus {
  const fields: Record<Kind, string[]> = { text: [], url: [] };
  let longLeft = options.long ? 4 : 0;
  const document = rewrite(
    source,
    koopSchema as JsonSchema,
    (kind, value, path) => {
      const n = fields[kind].push(path) - 1;
      if (kind === 'url') return options.urls ? options.urls[n % options.urls.length] : value;
      if (longLeft > 0 && path.endsWith('.de')) {
        longLeft -= 1;
        return longLeft % 2 ? LONG_WORD : LONG_SENTENCE;
      }
      return `${value.slice(0, 12)} ${TEXT_PAYLOADS[n % TEXT_PAYLOADS.length]}`;
    },
    '',
    Boolean(options.urls),
  ) as any;
  // Free strings outside the text type.
  if (document.license) document.license = TEXT_PAYLOADS[0];
  if (document.publisher) document.publisher.email = `x@y.example" onmouseover="window.${PWNED}=21`;
  return { document, fields };
}
