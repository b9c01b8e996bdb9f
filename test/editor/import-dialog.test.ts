// The editor's "Importieren …" dialog, driven as a person does: opened from the toolbar with the
// keyboard, a format of the importers' registry chosen, files set on the file input as the
// browser's file dialog would, changes unticked, applied as one step, undone.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { IMPORTERS, ICAL_SCHEME, type Importer } from '@koop/interop';
import type { KoopEditor } from '@koop/editor';
import {
  activate,
  button,
  choose,
  control,
  editorFixture,
  focused,
  press,
  root,
  saved,
  settle,
  textOf,
} from './support.js';
import { uniqueName } from '../support/helpers.js';
import { emulateMediaFeatures } from '../support/media.js';
import { chooseFiles } from './proposals-support.js';

type Row = Record<string, any>;

const BASE = {
  schemaVersion: '1.1',
  lang: 'de',
  cooperation: { name: 'Stadtteilrunde Nord' },
  entries: [
    { id: 'von-hand', date: '2026-01-10', type: 'meeting', title: 'Von Hand eingetragen' },
    {
      id: 'n1',
      identifiers: [{ scheme: 'jsonfeed', value: 'n1' }],
      date: '2026-02-01',
      type: 'announcement',
      title: 'Alter Titel',
    },
  ],
};

const FEED = JSON.stringify(
  {
    version: 'https://jsonfeed.org/version/1.1',
    items: [
      { id: 'n1', title: 'Sommerfest im Hof', date_published: '2026-02-01' },
      { id: 'n2', title: 'Neue Sprechstunde', date_published: '2026-03-05' },
      { id: 'n3', title: 'Baustelle am Platz', date_published: '2026-04-20' },
    ],
  },
  null,
  2,
);

const BROKEN_FEED =
  '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": [\n    { "id": "n1", }\n';

const CALENDAR = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Test//DE',
  'BEGIN:VEVENT',
  'UID:konferenz@example.org',
  'DTSTAMP:20260101T000000Z',
  'DTSTART;VALUE=DATE:20260514',
  'SUMMARY:Stadtteilkonferenz',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:fest@example.org',
  'DTSTAMP:20260101T000000Z',
  'DTSTART:20260620T150000Z',
  'SUMMARY:Hoffest',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

const dialog = (editor: KoopEditor) =>
  root(editor).getElementById('import-dialog') as HTMLDialogElement | null;

async function started(lang = 'de', document: unknown = BASE, key?: string): Promise<KoopEditor> {
  const editor = await editorFixture({ lang, key });
  await editor.open(document, 'stadtteilrunde.json');
  await settle(editor);
  return editor;
}

/** Opens the dialog from the toolbar with the keyboard. */
async function openImport(editor: KoopEditor, label = 'Importieren …') {
  await activate(editor, button(editor, label));
  await waitUntil(() => dialog(editor)?.open, 'the import dialog opens', { timeout: 5000 });
  await settle(editor);
}

/** Chooses the format, the files, and asks for the changes; waits for the list or the problems. */
async function readSource(
  editor: KoopEditor,
  format: string,
  files: { name: string; text: string }[],
  labels = { file: 'Datei', read: 'Änderungen anzeigen' },
) {
  await choose(editor, control(editor, 'Format'), format);
  await chooseFiles(editor, labels.file, files);
  await activate(editor, button(editor, labels.read));
  await waitUntil(
    () => root(editor).querySelector('#import-plan-heading, #import-failed-heading'),
    'the change list or the problems',
    { timeout: 5000 },
  );
  await settle(editor);
}

/** Unticks the change whose checkbox reads `label`, with the space key. */
async function untick(editor: KoopEditor, label: string) {
  const box = control<HTMLInputElement>(editor, label, dialog(editor)!);
  expect(box.checked).to.equal(true);
  box.focus();
  await press(editor, ' ');
  expect(box.checked).to.equal(false);
}

const changeLabels = (editor: KoopEditor) =>
  [...dialog(editor)!.querySelectorAll('.import-change label')].map((l) => textOf(l));

const entryKeys = (editor: KoopEditor) =>
  ((editor.document as unknown as Row).entries as Row[]).map((e) => e.identifiers?.[0]?.value ?? e.id);

describe('<koop-editor>: Importieren …', function () {
  // Each test drives the dialog through several states with axe in each; the machine is shared.
  this.timeout(30_000);

  it('opens by keyboard as a modal dialog offering every registered format; Escape closes and returns focus', async () => {
    const editor = await started();
    await openImport(editor);
    const d = dialog(editor)!;
    expect(d.contains(focused(editor))).to.equal(true);
    expect(textOf(d.querySelector('#import-heading'))).to.equal('Importieren');
    const offered = [...control<HTMLSelectElement>(editor, 'Format').options].map((o) => textOf(o));
    expect(offered).to.deep.equal(Object.values(IMPORTERS).map((i) => i!.label.de));
    expect(control(editor, 'Einträge entfernen, die die Quelle nicht mehr enthält').type).to.equal(
      'checkbox',
    );
    // A calendar's options come from its importer; a JSON Feed has none.
    await choose(editor, control(editor, 'Format'), 'Kalender (iCalendar)');
    expect(control<HTMLInputElement>(editor, 'Termine ab').type).to.equal('date');
    expect(control<HTMLInputElement>(editor, 'Datei').accept).to.equal('.ics,.ical');
    await expect(editor).to.be.accessible();

    // Nothing chosen: said at the fields, nothing runs.
    await activate(editor, button(editor, 'Änderungen anzeigen'));
    expect(textOf(root(editor).getElementById('import-choose-error'))).to.equal(
      'Bitte eine Datei wählen oder eine Adresse angeben.',
    );

    await press(editor, 'Escape');
    expect(dialog(editor)).to.equal(null);
    expect(focused(editor)?.id).to.equal('import-open');
  });

  it('JSON Feed: the change list per list, one change unticked, applied as one undoable step; a re-import changes nothing', async () => {
    const key = uniqueName('import');
    let editor = await started('de', BASE, key);
    await openImport(editor);
    await readSource(editor, 'JSON Feed', [{ name: 'nachrichten.json', text: FEED }]);
    const group = root(editor).getElementById('import-group-entries')!;
    expect(textOf(group.querySelector('legend'))).to.equal(
      'Chronik: 2 neu, 1 geändert, 0 entfernt, 0 unverändert',
    );
    expect(changeLabels(editor)).to.deep.equal([
      'Geändert: Eintrag „Sommerfest im Hof“',
      'Neu: Eintrag „Neue Sprechstunde“',
      'Neu: Eintrag „Baustelle am Platz“',
    ]);
    const changed = control(editor, 'Geändert: Eintrag „Sommerfest im Hof“', group);
    expect(textOf(root(editor).getElementById(changed.getAttribute('aria-describedby')!))).to.contain(
      'Titel',
    );
    await expect(editor).to.be.accessible();

    await untick(editor, 'Neu: Eintrag „Baustelle am Platz“');
    expect(textOf(root(editor).getElementById('import-tally'))).to.equal('2 von 3 Änderungen ausgewählt.');
    await activate(editor, button(editor, 'Übernehmen'));
    expect(dialog(editor)).to.equal(null);
    expect(focused(editor)?.id).to.equal('import-open');
    expect(entryKeys(editor)).to.deep.equal(['von-hand', 'n1', 'n2']);
    const entries = (editor.document as unknown as Row).entries as Row[];
    expect(entries[0]).to.deep.equal(BASE.entries[0]);
    expect(entries[1].title).to.equal('Sommerfest im Hof');
    expect(entries[1].type).to.equal('announcement');

    // Saved in the browser like every change: after a reload the import is there, as one step.
    await saved(editor);
    const imported = editor.document;
    editor.remove();
    editor = await editorFixture({ key });
    expect(editor.document).to.deep.equal(imported);

    // One step: a single undo restores the document as it was.
    await activate(editor, button(editor, 'Rückgängig'));
    expect(JSON.parse(JSON.stringify(editor.document))).to.deep.equal(BASE);

    // Everything applied, then the same source again: nothing to change.
    await openImport(editor);
    await readSource(editor, 'JSON Feed', [{ name: 'nachrichten.json', text: FEED }]);
    await activate(editor, button(editor, 'Übernehmen'));
    expect(entryKeys(editor)).to.deep.equal(['von-hand', 'n1', 'n2', 'n3']);
    await openImport(editor);
    await readSource(editor, 'JSON Feed', [{ name: 'nachrichten.json', text: FEED }]);
    expect(textOf(root(editor).getElementById('import-no-changes'))).to.equal(
      'Keine Änderungen: Das Dokument enthält schon alles aus der Quelle (3 unverändert).',
    );
    expect(() => button(editor, 'Übernehmen')).to.throw();
    await expect(editor).to.be.accessible();
  });

  it('iCalendar: the ticked event comes in, the unticked one does not; "Keine" unticks a whole list', async () => {
    const editor = await started();
    await openImport(editor);
    await readSource(editor, 'Kalender (iCalendar)', [{ name: 'termine.ics', text: CALENDAR }]);
    expect(changeLabels(editor)).to.deep.equal([
      'Neu: Eintrag „Stadtteilkonferenz“',
      'Neu: Eintrag „Hoffest“',
    ]);
    await activate(editor, button(editor, 'Keine Chronik'));
    expect(textOf(root(editor).getElementById('import-tally'))).to.equal('0 von 2 Änderungen ausgewählt.');
    await activate(editor, button(editor, 'Alle Chronik'));
    await untick(editor, 'Neu: Eintrag „Hoffest“');
    await activate(editor, button(editor, 'Übernehmen'));
    const added = ((editor.document as unknown as Row).entries as Row[]).slice(2);
    expect(added.map((e) => e.title)).to.deep.equal(['Stadtteilkonferenz']);
    expect(added[0].identifiers[0].scheme).to.equal(ICAL_SCHEME);

    // The event cancelled from the calendar: removed only when asked for, what was typed by hand stays.
    const without = CALENDAR.replace(/BEGIN:VEVENT\r\nUID:konferenz[^]*?END:VEVENT\r\n/, '');
    await openImport(editor);
    // The window the calendar speaks for, from the importer's options (not today's date).
    await choose(editor, control(editor, 'Format'), 'Kalender (iCalendar)');
    for (const [label, value] of [
      ['Termine ab', '2026-01-01'],
      ['Termine bis', '2026-12-31'],
    ]) {
      const field = control<HTMLInputElement>(editor, label);
      field.value = value;
      field.dispatchEvent(new Event('input'));
    }
    const remove = control<HTMLInputElement>(editor, 'Einträge entfernen, die die Quelle nicht mehr enthält');
    remove.focus();
    await press(editor, ' ');
    await readSource(editor, 'Kalender (iCalendar)', [{ name: 'termine.ics', text: without }]);
    expect(changeLabels(editor)).to.deep.equal([
      'Neu: Eintrag „Hoffest“',
      'Entfernt: Eintrag „Stadtteilkonferenz“',
    ]);
    await untick(editor, 'Neu: Eintrag „Hoffest“');
    await activate(editor, button(editor, 'Übernehmen'));
    expect(entryKeys(editor)).to.deep.equal(['von-hand', 'n1']);
  });

  it('a long source shows each list a hundred changes at a time; "Keine" unticks the whole list', async () => {
    const editor = await started();
    await openImport(editor);
    const rows = Array.from({ length: 150 }, (_, i) => `a${i};Akteur ${i};organisation`).join('\n');
    await readSource(editor, 'CSV-Tabellen', [{ name: 'Akteure.csv', text: `ID;Name;Art\n${rows}\n` }], {
      file: 'Dateien (eine oder mehrere)',
      read: 'Änderungen anzeigen',
    });
    expect(changeLabels(editor)).to.have.length(100);
    await activate(editor, button(editor, 'Keine Akteure'));
    expect(textOf(root(editor).getElementById('import-tally'))).to.equal('0 von 150 Änderungen ausgewählt.');
    await activate(editor, button(editor, '50 weitere anzeigen'));
    expect(changeLabels(editor)).to.have.length(150);
    expect(focused(editor)?.id).to.equal('import-change-99');
    const last = control<HTMLInputElement>(editor, 'Neu: Akteur „Akteur 149“', dialog(editor)!);
    last.focus();
    await press(editor, ' ');
    await activate(editor, button(editor, 'Übernehmen'));
    expect(((editor.document as unknown as Row).actors as Row[]).map((a) => a.id)).to.deep.equal(['a149']);
  });

  it('a broken file shows its problems with their place and applies nothing', async () => {
    const editor = await started();
    const before = editor.document;
    await openImport(editor);
    await readSource(editor, 'JSON Feed', [{ name: 'kaputt.json', text: BROKEN_FEED }]);
    const failed = root(editor).querySelector('.import-failed')!;
    expect(failed.getAttribute('role')).to.equal('alert');
    expect(textOf(failed.querySelector('.import-problems'))).to.match(/^Fehler: Kein JSON: .*\(Zeile 4\)$/);
    expect(() => button(editor, 'Übernehmen')).to.throw();
    expect(focused(editor)?.id).to.equal('import-failed-heading');
    await expect(editor).to.be.accessible();
    await activate(editor, button(editor, 'Abbrechen', dialog(editor)!));
    expect(editor.document).to.equal(before);
    expect(button(editor, 'Rückgängig').getAttribute('aria-disabled')).to.equal('true');
  });

  it('an address: only that address is fetched, and read like a file', async () => {
    const editor = await started();
    await openImport(editor);
    await choose(editor, control(editor, 'Format'), 'JSON Feed');
    const url = new URL('/test/editor/import-feed.json', location.href).href;
    control<HTMLInputElement>(editor, 'Oder Adresse (URL)').value = url;
    control<HTMLInputElement>(editor, 'Oder Adresse (URL)').dispatchEvent(new Event('input'));
    await activate(editor, button(editor, 'Änderungen anzeigen'));
    await waitUntil(() => root(editor).querySelector('#import-plan-heading'), 'the change list', {
      timeout: 5000,
    });
    expect(textOf(root(editor).getElementById('import-plan-heading'))).to.equal(`Änderungen aus ${url}`);
    expect(changeLabels(editor)).to.deep.equal(['Neu: Eintrag „Aus dem Netz“']);
  });

  it('shows the progress of a long import and cancels it; a format added to the registry is offered', async () => {
    let aborted = false;
    const slow: Importer = {
      format: 'opensdg',
      scheme: 'test-slow',
      label: { de: 'Langsamer Test', en: 'Slow test' },
      reads: 'text',
      extensions: ['.txt'],
      run: ({ progress, signal }) =>
        new Promise((_, reject) => {
          progress?.(1, 4);
          signal?.addEventListener('abort', () => {
            aborted = true;
            reject(new DOMException('Aborted', 'AbortError'));
          });
        }),
    };
    const registered = IMPORTERS.opensdg;
    IMPORTERS.opensdg = slow;
    try {
      const editor = await started();
      const before = editor.document;
      await openImport(editor);
      await choose(editor, control(editor, 'Format'), 'Langsamer Test');
      await chooseFiles(editor, 'Datei', [{ name: 'viel.txt', text: 'x' }]);
      await activate(editor, button(editor, 'Änderungen anzeigen'));
      await waitUntil(
        () => root(editor).getElementById('import-progress-text')?.textContent?.trim(),
        'progress',
        {
          timeout: 5000,
        },
      );
      const bar = root(editor).getElementById('import-progress') as HTMLProgressElement;
      expect([bar.value, bar.max]).to.deep.equal([1, 4]);
      expect(textOf(root(editor).getElementById('import-progress-text'))).to.equal('1 von 4 gelesen');
      expect(focused(editor)?.id).to.equal('import-cancel-run');
      await expect(editor).to.be.accessible();
      await activate(editor, button(editor, 'Import abbrechen'));
      expect(aborted).to.equal(true);
      expect(textOf(root(editor).getElementById('import-status'))).to.equal(
        'Import abgebrochen. Es wurde nichts übernommen.',
      );
      expect(editor.document).to.equal(before);
    } finally {
      if (registered) IMPORTERS.opensdg = registered;
      else delete IMPORTERS.opensdg;
    }
  });

  it('fits 320 px and shows problems without colour in forced colours', async () => {
    try {
      await setViewport({ width: 320, height: 640 });
      const editor = await started();
      await openImport(editor);
      await readSource(editor, 'JSON Feed', [{ name: 'nachrichten.json', text: FEED }]);
      const beyond = (d: HTMLDialogElement) =>
        [d, ...d.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > 321)
          .map((el) => el.localName + (el.id ? `#${el.id}` : ''));
      expect(beyond(dialog(editor)!)).to.deep.equal([]);
      await activate(editor, button(editor, 'Zurück'));
      await readSource(editor, 'JSON Feed', [{ name: 'kaputt.json', text: BROKEN_FEED }]);
      expect(beyond(dialog(editor)!)).to.deep.equal([]);
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      const problem = root(editor).querySelector('.import-problems li')!;
      expect(parseFloat(getComputedStyle(problem).borderTopWidth)).to.be.at.least(1);
      await expect(editor).to.be.accessible();
    } finally {
      await emulateMediaFeatures([]);
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('in English: CSV tables, several files, problems with sheet, row and column', async () => {
    const editor = await started('en', { ...BASE, lang: 'en' });
    await openImport(editor, 'Import …');
    expect(textOf(root(editor).getElementById('import-heading'))).to.equal('Import');
    const labels = { file: 'Files (one or more)', read: 'Show changes' };
    await choose(editor, control(editor, 'Format'), 'CSV tables');
    expect(control<HTMLInputElement>(editor, labels.file).multiple).to.equal(true);
    await readSource(
      editor,
      'CSV tables',
      [{ name: 'Actors.csv', text: 'ID,Name,Latitude\nverein,Neighbours,north\n' }],
      labels,
    );
    expect(textOf(root(editor).querySelector('.import-problems'))).to.contain(
      '(sheet Actors.csv, row 2, column Latitude)',
    );
    expect(textOf(root(editor).querySelector('.import-problems'))).to.match(/^Error: /);
    await expect(editor).to.be.accessible();

    await activate(editor, button(editor, 'Back'));
    await readSource(
      editor,
      'CSV tables',
      [
        { name: 'Actors.csv', text: 'ID,Name,Kind\nverein,Neighbours,organisation\nstadt,City,body\n' },
        { name: 'Roles.csv', text: 'ID,Name\ncoordination,Coordination\n' },
      ],
      labels,
    );
    expect(textOf(root(editor).querySelector('#import-group-actors legend'))).to.equal(
      'Actors: 2 new, 0 changed, 0 removed, 0 unchanged',
    );
    expect(changeLabels(editor)).to.deep.equal([
      'New: Actor “Neighbours”',
      'New: Actor “City”',
      'New: Role “Coordination”',
    ]);
    await expect(editor).to.be.accessible();
    await untick(editor, 'New: Actor “City”');
    await activate(editor, button(editor, 'Apply'));
    const doc = editor.document as unknown as Row;
    expect(doc.actors.map((a: Row) => a.id)).to.deep.equal(['verein']);
    expect(doc.roles.map((r: Row) => r.id)).to.deep.equal(['coordination']);
    await activate(editor, button(editor, 'Undo'));
    expect(JSON.parse(JSON.stringify(editor.document))).to.deep.equal({ ...BASE, lang: 'en' });
  });
});
