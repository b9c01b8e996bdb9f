// Labels of fields and of enumeration values. A field is named by the end of its path, most
// specific first (`goals.indicators.target.value` → `target.value` → `value`); enumeration
// values carry the words the widgets themselves show, so an editor picks what readers will see.
import type { LocalizedStrings, UiLanguage } from '@koop/core';
import { goalTrackerStrings } from '@koop/goal-tracker';
import { timelineStrings } from '@koop/milestone-timeline';
import { partnerMapStrings } from '@koop/partner-map';
import { roleMatrixStrings } from '@koop/role-matrix';
import { feedStrings } from '@koop/transparency-feed';
import type { Path } from './patch.js';
import { proposalStrings } from './proposals/strings.js';
import { editorStrings, type EditorStrings } from './strings.js';

/** Every string table the editor shows words from; each loads its language before a render. */
export const STRING_TABLES: readonly LocalizedStrings<unknown>[] = [
  editorStrings,
  goalTrackerStrings,
  timelineStrings,
  partnerMapStrings,
  roleMatrixStrings,
  feedStrings,
  proposalStrings,
];

type Table = Readonly<Record<string, string>>;

/** The widgets' labels for the enumerations they show, by the same keys as field labels. */
const WIDGET_ENUMS: Record<string, (lang: UiLanguage) => Table> = {
  'actors.sector': (lang) => partnerMapStrings.in(lang).sector,
  'actors.kind': (lang) => partnerMapStrings.in(lang).kind,
  'actors.circle': (lang) => partnerMapStrings.in(lang).circle,
  'relations.type': (lang) => partnerMapStrings.in(lang).type,
  'assignments.mandate': (lang) => roleMatrixStrings.in(lang).mandate,
  'assignments.staffing': (lang) => roleMatrixStrings.in(lang).staffing,
  'conflicts.status': (lang) => roleMatrixStrings.in(lang).conflictStatus,
  'goals.level': (lang) => goalTrackerStrings.in(lang).level,
  'goals.perspective': (lang) => goalTrackerStrings.in(lang).perspective,
  'goals.status': (lang) => goalTrackerStrings.in(lang).status,
  'phases.type': (lang) => timelineStrings.in(lang).phaseType,
  'milestones.kind': (lang) => timelineStrings.in(lang).kind,
  'milestones.status': (lang) => timelineStrings.in(lang).status,
  'entries.type': (lang) => feedStrings.in(lang).types,
  'entries.status': (lang) => feedStrings.in(lang).status,
  'how.format': (lang) => feedStrings.in(lang).formats,
  'how.procedure': (lang) => feedStrings.in(lang).procedures,
};

/** The keys a path is looked up by, most specific first. */
export function keysOf(path: Path): string[] {
  const names = path.filter((segment): segment is string => typeof segment === 'string');
  return names.map((_, i) => names.slice(i).join('.'));
}

function lookup<T>(path: Path, table: (key: string) => T | undefined): T | undefined {
  for (const key of keysOf(path)) {
    const found = table(key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The label of the field at `path`; the field's own name if the editor has none for it. */
export function fieldLabel(s: EditorStrings, path: Path): string {
  const name = path.filter((segment) => typeof segment === 'string').at(-1);
  return lookup(path, (key) => s.fields[key]) ?? String(name ?? '');
}

export function fieldHint(s: EditorStrings, path: Path): string | undefined {
  return lookup(path, (key) => s.hints[key]);
}

/** The label of one value of the enumeration at `path`. */
export function enumLabel(s: EditorStrings, lang: UiLanguage, path: Path, value: string): string {
  const widget = lookup(path, (key) => WIDGET_ENUMS[key]?.(lang)[value]);
  return widget ?? lookup(path, (key) => s.enums[key]?.[value]) ?? value;
}
