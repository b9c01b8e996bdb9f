// A change in plain words, never as a JSON path: which record ("Akteur „Nachbarschaftsverein“"),
// which field ("Beschreibung"), what happens, and the old and new value as readers see them
// (enumerations with the widgets' labels, references by name, texts per language).
import type { KoopDocument } from '@koop/schema';
import { enumLabel, fieldLabel } from '../labels.js';
import { itemName, listConfig, textIn } from '../lists.js';
import { fromPointer, getAt, type Path } from '../patch.js';
import { describeWhere } from '../problems.js';
import { fieldInfo, propertiesOf, schemaAt } from '../schema-form.js';
import type { EditorStrings } from '../strings.js';
import type { Located, ProposedChange } from './changes.js';
import type { ChangeAction, ProposalStrings } from './strings.js';

export interface ChangeWords {
  /** The record the change belongs to, for grouping: a list item, the cooperation, the document. */
  groupKey: string;
  group: string;
  /** The field inside the record; empty for a whole new or deleted record. */
  field: string;
  action: ChangeAction;
  /** `group › field action`, e.g. `Akteur „Nachbarschaftsverein“ › Beschreibung geändert`. */
  summary: string;
  /** The value now, as text (`''` for a new record). */
  before: string;
  /** The proposed value, as text (`''` for a removal). */
  after: string;
}

type Lang = 'de' | 'en';

const quote = (name: string, lang: Lang) => (lang === 'de' ? `„${name}“` : `“${name}”`);

/** A value as a reader sees it; records and lists as `Label: value` lines. */
export function valueText(
  s: EditorStrings,
  p: ProposalStrings,
  lang: Lang,
  document: KoopDocument,
  path: Path,
  value: unknown,
): string {
  if (value === undefined || value === null || value === '') return p.notGiven;
  const schema = schemaAt(path);
  const info = schema ? fieldInfo(schema) : undefined;
  const named = (list: string, id: unknown): string => {
    const items = (document as unknown as Record<string, unknown[] | undefined>)[list] ?? [];
    const item = items.find((i) => (i as { id?: unknown } | null)?.id === id);
    return (item ? itemName(document, list, item, lang) : '') || String(id);
  };
  switch (info?.kind) {
    case 'text':
      if (typeof value === 'object') {
        const entries = Object.entries(value as Record<string, string>).map(([tag, text]) => [
          tag,
          String(text),
        ]);
        return entries.length === 1
          ? String(entries[0][1])
          : entries.map(([tag, text]) => `${s.language(tag)}: ${text}`).join('\n');
      }
      return String(value);
    case 'enum':
      return enumLabel(s, lang, path, String(value));
    case 'ref':
      return named(info.refList!, value);
    case 'refs':
      return Array.isArray(value) ? value.map((id) => named(info.refList!, id)).join(', ') : String(value);
    case 'boolean':
      return value ? s.yes : s.no;
    case 'number':
      return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : String(value);
    case 'texts':
    case 'rolePair':
      return Array.isArray(value)
        ? value.map((v) => textIn(v, lang, document.lang) || String(v)).join('; ')
        : String(value);
    case 'object':
      return recordLines(s, p, lang, document, path, value).join('\n');
    case 'list':
      return Array.isArray(value)
        ? value
            .map((item, i) => {
              const name = itemName(document, String(path[path.length - 1]), item, lang);
              return `${i + 1}. ${name || s.items[String(path[path.length - 1])] || ''}`;
            })
            .join('\n')
        : String(value);
  }
  if (typeof value === 'object')
    return recordLines(s, p, lang, document, path, value).join('\n') || JSON.stringify(value);
  return String(value);
}

/** The fields of a record, in the format's order: `Titel: Treffen`, `Art: Sitzung`. */
function recordLines(
  s: EditorStrings,
  p: ProposalStrings,
  lang: Lang,
  document: KoopDocument,
  path: Path,
  value: unknown,
): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [String(value)];
  const record = value as Record<string, unknown>;
  const schema = schemaAt(path);
  const known = schema ? propertiesOf(schema).map(([name]) => name) : [];
  const keys = [
    ...known.filter((key) => key in record),
    ...Object.keys(record).filter((key) => !known.includes(key)),
  ];
  return keys.map((key) => {
    const text = valueText(s, p, lang, document, [...path, key], record[key]);
    const label = fieldLabel(s, [...path, key]);
    return text.includes('\n') ? `${label}:\n  ${text.replace(/\n/g, '\n  ')}` : `${label}: ${text}`;
  });
}

/** The record a path is in: an item of a top-level list, or the top-level field. */
function groupOf(
  s: EditorStrings,
  lang: Lang,
  document: KoopDocument,
  path: Path,
  newItem: unknown,
  key: string,
): { groupKey: string; group: string; depth: number } {
  const [list, index] = path;
  const noun = s.items[String(list)];
  if (typeof list === 'string' && listConfig(list) && path.length >= 2) {
    if (index === '-' || newItem !== undefined) {
      const name = itemName(document, list, newItem, lang);
      return { groupKey: `new:${key}`, group: name ? `${noun} ${quote(name, lang)}` : noun, depth: 2 };
    }
    const item = getAt(document, [list, index]);
    const name = itemName(document, list, item, lang);
    const id = (item as { id?: unknown } | undefined)?.id;
    return {
      groupKey: `${list}/${typeof id === 'string' ? id : String(index)}`,
      group: name ? `${noun} ${quote(name, lang)}` : `${noun} ${Number(index) + 1}`,
      depth: 2,
    };
  }
  if (list === 'cooperation' || list === 'publisher' || (typeof list === 'string' && listConfig(list)))
    return { groupKey: String(list), group: fieldLabel(s, [list]), depth: 1 };
  return { groupKey: 'document', group: s.documentSection, depth: 0 };
}

/** The change in plain words, against the document it is checked on. */
export function changeWords(
  s: EditorStrings,
  p: ProposalStrings,
  lang: Lang,
  document: KoopDocument,
  change: ProposedChange,
  located: Located,
  key: string,
): ChangeWords {
  const op = change.op;
  const path = located.status === 'gone' ? fromPointer(op.path) : located.path;
  const last = path[path.length - 1];
  const parent = getAt(document, path.slice(0, -1));
  const appended = op.op === 'add' && (last === '-' || Array.isArray(parent));
  const itemPath = appended ? path.slice(0, -1) : path;
  const value = 'value' in op ? op.value : undefined;
  const isTopItem =
    typeof path[0] === 'string' &&
    listConfig(path[0]) !== undefined &&
    itemPath.length === (appended ? 1 : 2);
  const action: ChangeAction = appended
    ? 'new-item'
    : op.op === 'remove'
      ? typeof last === 'number'
        ? 'removed-item'
        : 'removed'
      : op.op === 'add'
        ? 'added'
        : 'changed';
  const { groupKey, group, depth } = groupOf(
    s,
    lang,
    document,
    path,
    appended && isTopItem ? value : undefined,
    key,
  );
  // The field: the path below the record, named as the editor's forms name it.
  let field = '';
  if (!(isTopItem && (appended || action === 'removed-item'))) {
    const where = describeWhere(
      s,
      lang,
      document,
      itemPath.filter((segment) => segment !== '-'),
    );
    field = where.split(' › ').slice(depth).join(' › ');
    if (appended) {
      const list = String(itemPath[itemPath.length - 1]);
      const name = itemName(document, list, value, lang);
      field = [field, `${s.items[list] ?? list}${name ? ` ${quote(name, lang)}` : ''}`]
        .filter(Boolean)
        .join(' › ');
    }
  }
  const valuePath = appended ? [...itemPath, 0] : path;
  const current = located.status === 'gone' ? undefined : getAt(document, path);
  const before = appended ? '' : valueText(s, p, lang, document, valuePath, current);
  const after = op.op === 'remove' ? '' : valueText(s, p, lang, document, valuePath, value);
  const summary = `${[group, field].filter(Boolean).join(' › ')} ${p.actions[action]}`;
  return { groupKey, group, field, action, summary, before, after };
}
