import type { Sector } from '@koop/schema';
import type { MatrixRow, RoleMatrix } from './matrix.js';
import type { SortKey } from './strings.js';

/** The actors of one sector (sorted by sector), or all of them (`sector` unset). */
export interface Group {
  sector?: Sector | 'none';
  rows: MatrixRow[];
}

/** How the rows are shown: the sort, the filter and how a row's name reads. */
export interface RowOrder {
  sort: SortKey;
  conflictsOnly: boolean;
  locale: string;
  /** The sectors in the order their groups follow. */
  sectors: readonly (Sector | 'none')[];
  name: (row: MatrixRow) => string;
}

/** The actors in the view, sorted: sector order first when grouped. */
export function sortedRows(matrix: RoleMatrix, order: RowOrder): MatrixRow[] {
  const { sort, sectors } = order;
  const names = new Map(matrix.rows.map((row) => [row, order.name(row)]));
  const collator = new Intl.Collator(order.locale);
  const sector = (row: MatrixRow) => (sort === 'sector' ? sectors.indexOf(row.actor.sector ?? 'none') : 0);
  return matrix.rows
    .filter((row) => !order.conflictsOnly || row.conflicts.length)
    .sort(
      (a, b) =>
        sector(a) - sector(b) ||
        (sort === 'roles' ? b.cells.size - a.cells.size : 0) ||
        collator.compare(names.get(a)!, names.get(b)!),
    );
}

/** The shown actors (the pages loaded), in sector groups when sorted by sector. */
export function groupRows(rows: MatrixRow[], sort: SortKey): Group[] {
  if (sort !== 'sector') return [{ rows }];
  const groups: Group[] = [];
  for (const row of rows) {
    const sector = row.actor.sector ?? 'none';
    if (groups.at(-1)?.sector === sector) groups.at(-1)!.rows.push(row);
    else groups.push({ sector, rows: [row] });
  }
  return groups;
}
