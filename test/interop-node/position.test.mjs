// Where a problem is, in words: English for the command line, German for the editor's dialog.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { interop } from './load.mjs';

const { describePosition } = interop;

test('describePosition names sheet, row, column, line and URL, in English or German', () => {
  const position = { sheet: 'Akteure.csv', row: 3, column: 'Breite' };
  assert.equal(describePosition(position), 'sheet Akteure.csv, row 3, column Breite');
  assert.equal(describePosition(position, 'de'), 'Tabelle Akteure.csv, Zeile 3, Spalte Breite');
  assert.equal(describePosition({ line: 7, url: 'uid-1' }, 'de'), 'Zeile 7, uid-1');
  assert.equal(describePosition(undefined, 'de'), '');
});
