/** The first logical column a cell covers. */
function columnOf(cell: HTMLTableCellElement): number {
  let column = 0;
  for (const other of (cell.parentElement as HTMLTableRowElement).cells) {
    if (other === cell) break;
    column += other.colSpan;
  }
  return column;
}

/** The cell of `row` that covers logical column `column`. */
function cellAt(row: HTMLTableRowElement, column: number): HTMLTableCellElement {
  let end = 0;
  for (const cell of row.cells) if ((end += cell.colSpan) > column) return cell;
  return row.cells[row.cells.length - 1];
}

/** The `tabindex` of the cell at row `r` from logical column `c` over `span` columns. */
export type TabStop = (r: number, c: number, span?: number) => number;

/**
 * The matrix's grid keys: one tab stop, kept by row (0 = column headers) and logical column
 * (0 = row headers); arrow keys, Home/End and Ctrl+Home/End move it. A run of empty cells is
 * one cell spanning them, and moving up or down keeps the column the reader was in.
 */
export class GridFocus {
  private stop = [0, 0];

  /** `rows`: the grid's rows in the render root, `columns`: how many roles it has. */
  constructor(
    private readonly rows: () => HTMLTableRowElement[],
    private readonly columns: () => number,
  ) {}

  /** Keeps the tab stop inside a grid of `rows` body rows and `columns` roles (call before rendering). */
  fit(rows: number, columns: number): void {
    this.stop = [Math.min(this.stop[0], rows), Math.min(this.stop[1], columns)];
  }

  /** The `tabindex` of a cell: 0 for the one tab stop, else -1. */
  readonly tabindex: TabStop = (r, c, span = 1) => {
    const [sr, sc] = this.stop;
    return r === sr && sc >= c && sc < c + span ? 0 : -1;
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    const cell = (event.target as Element).closest('td, th') as HTMLTableCellElement | null;
    const row = cell?.parentElement as HTMLTableRowElement | null;
    if (!cell || !row?.classList.contains('nav')) return;
    const rows = this.rows();
    const last = rows.length - 1;
    const end = this.columns();
    const start = columnOf(cell);
    let r = rows.indexOf(row);
    let c = this.stop[1] >= start && this.stop[1] < start + cell.colSpan ? this.stop[1] : start;
    switch (event.key) {
      case 'ArrowUp':
        r--;
        break;
      case 'ArrowDown':
        r++;
        break;
      case 'ArrowLeft':
        c = start - 1;
        break;
      case 'ArrowRight':
        c = start + cell.colSpan;
        break;
      case 'Home':
        [r, c] = [event.ctrlKey ? 0 : r, 0];
        break;
      case 'End':
        [r, c] = [event.ctrlKey ? last : r, end];
        break;
      default:
        return;
    }
    event.preventDefault();
    r = Math.max(0, Math.min(last, r));
    c = Math.max(0, Math.min(end, c));
    const target = cellAt(rows[r], c);
    // Keep the focused cell clear of the sticky headers.
    const wrap = target.closest<HTMLElement>('.table-wrap')!;
    wrap.style.setProperty(
      'scroll-padding',
      `${rows[0].offsetHeight}px 0 0 ${rows[0].cells[0].offsetWidth}px`,
    );
    this.stop = [r, c];
    (target.querySelector('button') ?? target).focus();
  };

  /** Whatever cell takes focus (keys, mouse, Tab) becomes the one tab stop. */
  readonly onFocusin = (event: FocusEvent): void => {
    const target = event.target as HTMLElement;
    const cell = target.closest('td, th') as HTMLTableCellElement | null;
    const row = cell?.parentElement as HTMLTableRowElement | null;
    if (!cell || !row?.classList.contains('nav')) return;
    const table = row.closest('table')!;
    for (const old of table.querySelectorAll('[tabindex="0"]'))
      if (old !== target) old.setAttribute('tabindex', '-1');
    target.setAttribute('tabindex', '0');
    const r = [...table.querySelectorAll('tr.nav')].indexOf(row);
    const start = columnOf(cell);
    const [sr, sc] = this.stop;
    if (sr !== r || sc < start || sc >= start + cell.colSpan) this.stop = [r, start];
  };
}
