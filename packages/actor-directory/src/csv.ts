import type { LocalizedText, Offer } from '@koop/schema';
import { timesText, type ListedActor } from './directory-index.js';
import type { DirectoryStrings } from './strings.js';

export interface CsvInput {
  listed: readonly ListedActor[];
  strings: DirectoryStrings;
  /** A text of the document in the widget's language. */
  text: (value: LocalizedText | undefined) => string;
  targetGroup: (id: string) => string;
  district: (id: string) => string;
}

/**
 * A cell as Excel and LibreOffice read it: quoted when it holds the separator, a quote or a line
 * break; a text starting like a formula (`=`, `+`, `-`, `@`) gets a leading `'` (CSV injection),
 * as @koop/interop's CSV export writes it.
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The offers listed (each with its actor; actors without one on a line of their own) as CSV, `;`-separated, with a BOM for Excel. */
export function directoryCsv({ listed, strings, text, targetGroup, district }: CsvInput): string {
  const rows: string[][] = [[...strings.csvHeaders]];
  for (const { item, offers } of listed) {
    const actor = item.actor;
    const sector = actor.sector ? strings.sectors[actor.sector] : '';
    const row = (offer?: Offer) => [
      text(actor.name),
      sector,
      text(offer?.title),
      offer?.kind ? strings.kinds[offer.kind] : '',
      (offer?.targetGroups ?? []).map(targetGroup).join(', '),
      (offer?.districts ?? []).map(district).join(', '),
      text(offer?.location?.label),
      timesText(offer?.times, strings),
      offer?.contact?.email ?? '',
      offer?.contact?.phone ?? '',
      offer?.url ?? offer?.contact?.url ?? (offer ? '' : (actor.url ?? '')),
      offer?.since ?? '',
      offer?.until ?? '',
    ];
    if (!offers.length) rows.push(row());
    for (const { offer } of offers) rows.push(row(offer));
  }
  return `\uFEFF${rows.map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}
