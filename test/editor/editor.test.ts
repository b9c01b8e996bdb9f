import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { KoopEditor } from '@koop/editor';
import { demoDocument, uniqueName } from '../support/helpers.js';
import { emulateMediaFeatures } from '../support/media.js';
import {
  activate,
  announced,
  button,
  choose,
  control,
  download,
  editorFixture,
  focused,
  group,
  press,
  root,
  saved,
  settle,
  textControl,
  textOf,
  typeInto,
  validateFile,
} from './support.js';

/** Opens a section from the navigation. */
async function section(editor: KoopEditor, name: RegExp | string) {
  const nav = root(editor).querySelector('nav')!;
  const target = [...nav.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? textOf(b).startsWith(name) : name.test(textOf(b)),
  );
  if (!target) throw new Error(`No section ${name}`);
  await activate(editor, target);
}

/** Opens the item named `name` in the current list. */
async function openItem(editor: KoopEditor, name: string) {
  await activate(editor, button(editor, name, root(editor).querySelector('.items')!));
}

/** A localized text as the editor shows it in German. */
const de = (text: unknown) => (typeof text === 'string' ? text : (text as Record<string, string>).de);

const problemsAtField = (editor: KoopEditor, element: HTMLElement) => {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => textOf(root(editor).getElementById(id))).join(' ');
};

describe('<koop-editor>: starting', () => {
  it('offers the template, a blank document, an address and a file; the template follows the guide', async () => {
    const editor = await editorFixture();
    const start = root(editor);
    expect(textOf(start.querySelector('[role="heading"]'))).to.equal('Womit möchten Sie beginnen?');
    for (const label of ['Vorlage Ko-Produktion', 'Leeres Dokument', 'Laden'])
      expect(button(editor, label)).to.exist;
    expect(control(editor, 'Adresse der Koop-Datei (JSON)')).to.exist;
    expect(control(editor, 'Koop-Datei auswählen').type).to.equal('file');
    await expect(editor).to.be.accessible();

    await activate(editor, button(editor, 'Vorlage Ko-Produktion'));
    const doc = editor.document!;
    expect(doc.cooperation.type).to.equal('co-production');
    expect(doc.defaultConflictRules).to.equal(true);
    expect(doc.phases!.map((p) => p.type)).to.deep.equal([
      'co-planning',
      'co-design',
      'co-implementation',
      'co-evaluation',
    ]);
    expect(doc.roles!.map((r) => r.type)).to.include.members([
      'expertise',
      'coordination',
      'funder',
      'mediation',
      'evaluation',
      'protest',
    ]);
    expect(doc.milestones!.every((m) => m.kind === 'reflection' && m.phase)).to.equal(true);
    // Focus moves to the editor, which says what is missing.
    expect(focused(editor)?.id).to.equal('editor-heading');
    expect(textOf(root(editor).querySelector('[part="problems"] summary'))).to.equal('1 Fehler');
  });

  it('opens a document from an address and says why one cannot be opened', async () => {
    const editor = await editorFixture();
    await typeInto(editor, control(editor, 'Adresse der Koop-Datei (JSON)'), '/__koop/status/404');
    await press(editor, 'Enter');
    await waitUntil(() => root(editor).querySelector('[role="alert"]'), 'failure shown');
    expect(textOf(root(editor).querySelector('[role="alert"]'))).to.contain('HTTP 404');
    expect(focused(editor)?.id).to.equal('start-error');

    const url = control<HTMLInputElement>(editor, 'Adresse der Koop-Datei (JSON)');
    url.select();
    await typeInto(editor, url, '/demo/data/ko-produktion.json');
    await press(editor, 'Enter');
    await waitUntil(() => editor.document, 'document opened');
    expect((editor.document!.cooperation.name as any).de).to.contain('Alte Feuerwache');
    const file = await download(editor);
    expect(file.fileName).to.equal('ko-produktion.json');
  });

  it('opens a dropped file, also a broken one, and refuses what is no JSON document', async () => {
    const editor = await editorFixture();
    const drop = async (text: string, name: string) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/json' }));
      root(editor)
        .querySelector('.drop')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settle(editor);
    };
    await drop('{"schemaVersion": "1.0", "cooperation": {"name": ', 'kaputt.json');
    expect(textOf(root(editor).querySelector('[role="alert"]'))).to.contain('kein gültiges JSON');
    await drop('[1, 2]', 'liste.json');
    expect(textOf(root(editor).querySelector('[role="alert"]'))).to.contain('kein Koop-Dokument');
    await drop('{"schemaVersion": "1.0", "cooperation": {"name": 5}, "goals": "kaputt"}', 'fehler.json');
    await waitUntil(() => editor.document, 'opened');
    expect(textOf(root(editor).querySelector('[part="problems"] summary'))).to.equal('2 Fehler');
  });
});

describe('<koop-editor>: checked as you type', () => {
  it('shows each problem at its field and in a summary whose links lead there', async () => {
    const editor = await editorFixture();
    await activate(editor, button(editor, 'Leeres Dokument'));
    const name = textControl(editor, 'Name der Kooperation');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(problemsAtField(editor, name)).to.contain('Name der Kooperation fehlt.');
    const link = root(editor).querySelector<HTMLAnchorElement>('[part="problems"] a')!;
    expect(textOf(link)).to.equal('Kooperation › Name der Kooperation');
    await activate(editor, link);
    expect(focused(editor)?.id).to.equal(name.id);

    await typeInto(editor, name, 'Stadtteilküche');
    expect(name.getAttribute('aria-invalid')).to.equal('false');
    expect(textOf(root(editor).querySelector('[part="problems"]'))).to.contain('Keine Probleme');
    expect(editor.document!.cooperation.name).to.equal('Stadtteilküche');

    // A date as precise as the format allows: a year alone, then a month.
    const start = group(editor, 'Beginn');
    await typeInto(editor, control(editor, 'Jahr', start), '2024');
    expect(editor.document!.cooperation.period).to.deep.equal({ start: '2024' });
    await choose(editor, control<HTMLSelectElement>(editor, 'Monat', start), 'März');
    expect(editor.document!.cooperation.period).to.deep.equal({ start: '2024-03' });
    const end = group(editor, 'Ende');
    await typeInto(editor, control(editor, 'Jahr', end), '2023');
    expect(problemsAtField(editor, control(editor, 'Jahr', group(editor, 'Ende')))).to.contain(
      'liegt vor dem Beginn',
    );
    await expect(editor).to.be.accessible();
  });

  it('shows a value the fields cannot hold as it is, to correct by hand', async () => {
    const editor = await editorFixture();
    await editor.open({
      schemaVersion: '1.0',
      cooperation: { name: 'X' },
      milestones: [
        { id: 'm', title: 'M', planned: '2025-13', questions: ['Wer fehlt?', { de: 'Was nun?' }] },
      ],
    });
    await section(editor, 'Meilensteine');
    await openItem(editor, 'M');
    const raw = control<HTMLInputElement>(editor, 'Geplant für (Wert in der Datei)');
    expect(raw.value).to.equal('2025-13');
    expect(problemsAtField(editor, raw)).to.contain(
      'muss ein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT sein',
    );
    raw.select();
    await typeInto(editor, raw, '2025-12');
    expect(focused(editor)?.id, 'the field stays while typing').to.equal(raw.id);
    await press(editor, 'Tab');
    // Now the fields can show it.
    expect(control<HTMLSelectElement>(editor, 'Monat', group(editor, 'Geplant für')).value).to.equal('12');
    // Each question of a list of texts has its own legend.
    expect(textControl(editor, 'Frage 2').value).to.equal('Was nun?');
    expect(textControl(editor, 'Frage 1').value).to.equal('Wer fehlt?');
  });

  it('takes numbers as typed, with a decimal comma, and says when one is none', async () => {
    const editor = await editorFixture();
    await startWithActor(editor);
    const lat = control<HTMLInputElement>(editor, 'Breitengrad');
    await typeInto(editor, lat, '51,96');
    expect(lat.value).to.equal('51,96');
    expect((editor.document as any).actors[0].location).to.deep.equal({ lat: 51.96 });
    const lon = control<HTMLInputElement>(editor, 'Längengrad');
    await typeInto(editor, lon, 'östlich');
    expect(problemsAtField(editor, lon)).to.contain('Längengrad muss eine Zahl sein');
    await press(editor, 'Tab');
    expect(control<HTMLInputElement>(editor, 'Breitengrad').value).to.equal('51,96');
  });

  it('names fields and options as the widgets do, in English too', async () => {
    const editor = await editorFixture({ lang: 'en' });
    await activate(editor, button(editor, 'Co-production template'));
    await section(editor, 'Actors');
    await activate(editor, button(editor, 'Add actor'));
    const sector = control<HTMLSelectElement>(editor, 'Sector');
    // The partner map's own words for the sectors.
    expect([...sector.options].map((o) => textOf(o))).to.include.members([
      'Civil society',
      'Administration',
      'Funders',
    ]);
    expect(textOf(root(editor).querySelector('[part="problems"] summary'))).to.equal('2 errors');
    expect(problemsAtField(editor, textControl(editor, 'Name', 'English'))).to.contain('Name is missing.');
  });
});

/** Presses Ctrl + `key` (with Shift) in whatever has focus. */
async function shortcut(editor: KoopEditor, key: string, shift = false) {
  await sendKeys({ down: 'Control' });
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  if (shift) await sendKeys({ up: 'Shift' });
  await sendKeys({ up: 'Control' });
  await settle(editor);
}

/** A blank document with a name and an actor "Stadt Musterstadt", as a person makes it. */
async function startWithActor(editor: KoopEditor) {
  await activate(editor, button(editor, 'Leeres Dokument'));
  await typeInto(editor, textControl(editor, 'Name der Kooperation'), 'Stadtteilküche');
  await section(editor, 'Akteure');
  await activate(editor, button(editor, 'Akteur hinzufügen'));
  await typeInto(editor, textControl(editor, 'Name'), 'Stadt Musterstadt');
}

describe('<koop-editor>: undo and redo', () => {
  it('undoes and redoes every kind of change, step by step, with the keyboard', async function () {
    this.timeout(60_000);
    const editor = await editorFixture();
    const states: unknown[] = [];
    const step = () => states.push(editor.document);
    await activate(editor, button(editor, 'Leeres Dokument'));
    step();
    // A text, typed: one step.
    await typeInto(editor, textControl(editor, 'Name der Kooperation'), 'Stadtteilküche');
    step();
    // A choice.
    await choose(editor, control(editor, 'Art'), 'Netzwerk (lockerer Austausch)');
    step();
    // A date.
    await typeInto(editor, control(editor, 'Jahr', group(editor, 'Beginn')), '2024');
    step();
    // An item added and named (its id follows the name in the same steps).
    await section(editor, 'Akteure');
    await activate(editor, button(editor, 'Akteur hinzufügen'));
    step();
    await typeInto(editor, textControl(editor, 'Name'), 'Stadt');
    step();
    expect((editor.document as any).actors[0].id).to.equal('stadt');
    // Duplicated, moved, deleted.
    await activate(editor, button(editor, 'Duplizieren'));
    step();
    expect((editor.document as any).actors.map((a: any) => a.id)).to.deep.equal(['stadt', 'stadt-2']);
    await activate(editor, button(editor, 'Nach oben'));
    step();
    expect((editor.document as any).actors.map((a: any) => a.id)).to.deep.equal(['stadt-2', 'stadt']);
    await activate(editor, button(editor, 'Löschen'));
    step();
    expect((editor.document as any).actors.map((a: any) => a.id)).to.deep.equal(['stadt']);
    // A reference picked by name, a nested item, an id renamed with its references.
    await section(editor, 'Ziele');
    await activate(editor, button(editor, 'Ziel hinzufügen'));
    step();
    await typeInto(editor, textControl(editor, 'Titel'), 'Teilhabe');
    step();
    const owners = group(editor, 'Verantwortlich');
    await choose(editor, control(editor, 'Akteur hinzufügen', owners), 'Stadt');
    await activate(editor, button(editor, 'Akteur hinzufügen', owners));
    step();
    expect((editor.document as any).goals[0].owners).to.deep.equal(['stadt']);
    await activate(editor, button(editor, 'Indikator hinzufügen'));
    step();
    await section(editor, 'Akteure');
    await openItem(editor, 'Stadt');
    const id = control<HTMLInputElement>(editor, 'Kennung');
    id.select();
    await typeInto(editor, id, 'stadtverwaltung');
    await press(editor, 'Tab');
    step();
    expect((editor.document as any).goals[0].owners).to.deep.equal(['stadtverwaltung']);

    const undo = button(editor, 'Rückgängig');
    expect(textOf(root(editor).getElementById(undo.getAttribute('aria-describedby')!))).to.equal(
      'Rückgängig: Akteure › 1. Akteur „Stadt“ › Kennung umbenannt',
    );
    // Back through every step with Ctrl+Z (focus in a text field: the editor's undo, not the field's).
    textControl(editor, 'Name').focus();
    for (let i = states.length - 2; i >= 0; i--) {
      await shortcut(editor, 'z');
      expect(editor.document, `undo to step ${i}`).to.deep.equal(states[i]);
    }
    expect(undo.getAttribute('aria-disabled')).to.equal('true');
    // And forward again: with the button, then Ctrl+Shift+Z and Ctrl+Y.
    await activate(editor, button(editor, 'Wiederholen'));
    expect(editor.document).to.deep.equal(states[1]);
    expect(announced(editor)).to.contain('Wiederholt: Kooperation › Name der Kooperation geändert');
    for (let i = 2; i < states.length; i++) {
      await shortcut(editor, i % 2 ? 'y' : 'z', i % 2 === 0);
      expect(editor.document, `redo to step ${i}`).to.deep.equal(states[i]);
    }
  });
});

describe('<koop-editor>: nothing lost', () => {
  it('restores every change after a reload, with its history', async () => {
    const key = uniqueName('reload');
    const editor = await editorFixture({ key });
    await startWithActor(editor);
    await section(editor, 'Ziele');
    await activate(editor, button(editor, 'Ziel hinzufügen'));
    await typeInto(editor, textControl(editor, 'Titel'), 'Teilhabe');
    await saved(editor);
    expect(textOf(root(editor).querySelector('.saved-state'))).to.equal('Im Browser gespeichert');
    const before = editor.document;
    editor.remove();

    const again = await editorFixture({ key });
    expect(again.document).to.deep.equal(before);
    expect(again.hasChanges).to.equal(true);
    expect(textOf(root(again).querySelector('.notice'))).to.match(/Ihre Arbeit vom .* ist wiederhergestellt/);
    await activate(again, button(again, 'Rückgängig'));
    expect((again.document as any).goals[0].title).to.equal(undefined);
  });

  it('warns before leaving with changes not downloaded', async () => {
    const editor = await editorFixture();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).to.equal(false);
    await startWithActor(editor);
    expect(leave()).to.equal(true);
    expect(textOf(root(editor).querySelector('.changes'))).to.equal('Änderungen noch nicht heruntergeladen');
    await download(editor);
    expect(leave()).to.equal(false);
    expect(root(editor).querySelector('.changes')).to.equal(null);
  });

  it('keeps work not downloaded when another document is started, to continue with later', async () => {
    const editor = await editorFixture();
    await startWithActor(editor);
    await activate(editor, button(editor, 'Neu oder öffnen …'));
    await activate(editor, button(editor, 'Vorlage Ko-Produktion'));
    expect(editor.document!.cooperation.type).to.equal('co-production');
    await activate(editor, button(editor, 'Neu oder öffnen …'));
    const restore = root(editor).getElementById('start-restore')!;
    expect(textOf(restore)).to.match(/^Weiterarbeiten an „Stadtteilküche“/);
    await activate(editor, restore);
    expect(editor.document!.cooperation.name).to.equal('Stadtteilküche');
    expect((editor.document as any).actors[0].name).to.equal('Stadt Musterstadt');
  });
});

describe('<koop-editor>: saving', () => {
  it('opening and saving unchanged changes no value; saving twice gives the same bytes', async () => {
    const editor = await editorFixture();
    const original = { ...(await demoDocument('ko-produktion')), zukunft: { feld: [1, 2] } } as any;
    original.actors[0].unbekannt = 'bleibt';
    await editor.open(structuredClone(original), 'feuerwache.json');
    await settle(editor);
    const first = await download(editor);
    expect(first.fileName).to.equal('feuerwache.json');
    expect(JSON.parse(first.text)).to.deep.equal(original);
    expect((await download(editor)).text).to.equal(first.text);
    expect(first.text.startsWith('{\n  "schemaVersion": "1.0",\n  "updatedAt"')).to.equal(true);

    await typeInto(editor, textControl(editor, 'Kurzname'), ' Nord');
    const changed = JSON.parse((await download(editor)).text);
    expect(changed.updatedAt).not.to.equal(original.updatedAt);
    expect(changed.cooperation.shortName.de).to.equal('Alte Feuerwache Nord');
    expect({ ...changed, updatedAt: original.updatedAt, cooperation: original.cooperation }).to.deep.equal(
      original,
    );
    const again = await download(editor);
    expect(JSON.parse(again.text)).to.deep.equal(changed);
    expect((await download(editor)).text).to.equal(again.text);
    const { code, output } = await validateFile(again.text);
    expect(code, output).to.equal(0);
  });
});

describe('<koop-editor>: references and ids', () => {
  it('shows what would dangle before an actor is deleted; undo brings it back', async () => {
    const editor = await editorFixture();
    await editor.open(await demoDocument('ko-produktion'));
    await settle(editor);
    await section(editor, 'Akteure');
    const first = editor.document!.actors![0];
    await openItem(editor, de(first.name));
    await activate(editor, button(editor, 'Löschen'));
    const dialog = root(editor).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(textOf(dialog.querySelector('[role="heading"]'))).to.equal(`Akteur „${de(first.name)}“ löschen?`);
    const references = [...dialog.querySelectorAll('.references li')].map(textOf);
    expect(references.length).to.be.greaterThan(2);
    expect(
      references.some((r) => /^Beziehungen › \d+\. Beziehung .* › (Von|Zu) \(Akteur\)$/.test(r)),
    ).to.equal(true);
    await expect(editor).to.be.accessible();
    await activate(editor, button(editor, 'Abbrechen', dialog));
    expect(root(editor).querySelector('dialog')).to.equal(null);
    expect(focused(editor)?.id).to.equal('item-remove');
    expect(editor.document!.actors![0] === first).to.equal(true);

    await activate(editor, button(editor, 'Löschen'));
    await activate(editor, button(editor, 'Trotzdem löschen', root(editor).querySelector('dialog')!));
    expect(editor.document!.actors![0].id).not.to.equal(first.id);
    expect(focused(editor)?.id).to.equal('item-actors-0');
    expect(announced(editor)).to.contain('gelöscht');
    expect(textOf(root(editor).querySelector('[part="problems"]'))).to.contain(`verweist auf „${first.id}“`);
    await activate(editor, button(editor, 'Rückgängig', root(editor).querySelector('.removed')!));
    expect(editor.document!.actors![0]).to.deep.equal(first);
  });

  it('picks references by name and keeps an id once its form is left', async () => {
    const editor = await editorFixture();
    await startWithActor(editor);
    await activate(editor, button(editor, 'Akteur hinzufügen'));
    await typeInto(editor, textControl(editor, 'Name'), 'Bürgerverein Nord');
    expect(textOf(root(editor).querySelector('.id .hint:last-child'))).to.equal(
      'Folgt dem Namen, solange dieser Eintrag neu ist.',
    );
    await section(editor, 'Beziehungen');
    await activate(editor, button(editor, 'Beziehung hinzufügen'));
    const from = control<HTMLSelectElement>(editor, 'Von (Akteur)');
    expect([...from.options].map(textOf)).to.deep.equal([
      '– bitte wählen –',
      'Stadt Musterstadt',
      'Bürgerverein Nord',
    ]);
    await choose(editor, from, 'Bürgerverein Nord');
    expect((editor.document as any).relations[0].source).to.equal('buergerverein-nord');
    // Renamed later: the id stays, and so do the references.
    await section(editor, 'Akteure');
    await openItem(editor, 'Bürgerverein Nord');
    const name = textControl(editor, 'Name');
    name.select();
    await typeInto(editor, name, 'Bürgerverein Nordstadt');
    expect((editor.document as any).actors[1]).to.deep.equal({
      id: 'buergerverein-nord',
      name: 'Bürgerverein Nordstadt',
    });
  });
});

describe('<koop-editor>: preview', () => {
  it('shows the document in the widgets as it is edited; selecting there opens the form', async function () {
    this.timeout(30_000);
    const editor = await editorFixture();
    await editor.open(await demoDocument('equal-strategien'));
    await section(editor, 'Ziele');
    const tracker = () =>
      root(editor).querySelector('.preview koop-goal-tracker') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
    await waitUntil(() => tracker()?.shadowRoot?.querySelector('.tracker'), 'goal tracker shown', {
      timeout: 8000,
    });
    const goal = editor.document!.goals![1];
    await openItem(editor, de(goal.title));
    const title = textControl(editor, 'Titel');
    title.select();
    await typeInto(editor, title, 'Ein neuer Titel');
    await waitUntil(() => tracker().shadowRoot!.textContent!.includes('Ein neuer Titel'), 'preview updated');

    // Selected in the preview: that goal's form opens.
    await activate(editor, button(editor, 'Zurück zur Liste Ziele'));
    const other = editor.document!.goals![3];
    const toggle = [
      ...tracker().shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-pressed]'),
    ].find((b) => textOf(b).endsWith(`: ${de(other.title)}`))!;
    toggle.click();
    await waitUntil(() => editor.shadowRoot!.getElementById('item-heading'), 'form opened');
    expect(textOf(root(editor).getElementById('item-heading'))).to.equal(`Ziel: ${de(other.title)}`);
    // The goal being edited is the preview's linked selection.
    expect(root(editor).querySelector('.preview koop-data')!.getAttribute('selection')).to.equal(
      `goal:${other.id}`,
    );

    // Several widgets, linked through one <koop-data>.
    await choose(editor, control(editor, 'Vorschau zeigen'), 'Alle Widgets');
    const data = root(editor).querySelector('.preview koop-data')!;
    expect([...data.children].map((c) => c.localName)).to.deep.equal([
      'koop-goal-tracker',
      'koop-partner-map',
      'koop-role-matrix',
      'koop-milestone-timeline',
      'koop-transparency-feed',
    ]);
  });
});

describe('<koop-editor>: keyboard, screen reader, small screens', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMediaFeatures([]);
  });

  it('moves focus sensibly after adding, moving and deleting in a list inside a form', async () => {
    const editor = await editorFixture();
    await startWithActor(editor);
    await section(editor, 'Ziele');
    await activate(editor, button(editor, 'Ziel hinzufügen'));
    expect(focused(editor)?.id).to.equal(textControl(editor, 'Titel').id);
    await activate(editor, button(editor, 'Indikator hinzufügen'));
    expect(focused(editor)?.id).to.equal(
      textControl(editor, 'Name', 'Deutsch', group(editor, 'Indikator 1')).id,
    );
    await activate(editor, button(editor, 'Indikator hinzufügen'));
    await activate(editor, button(editor, 'Nach oben: Indikator 2'));
    expect(focused(editor)?.id).to.equal(button(editor, 'Nach unten: Indikator 1').id);
    await activate(editor, button(editor, 'Löschen: Indikator 1'));
    expect(focused(editor)?.id).to.equal(
      textControl(editor, 'Name', 'Deutsch', group(editor, 'Indikator 1')).id,
    );
    await expect(editor).to.be.accessible();
  });

  it('fits 320 px and keeps every state visible without colour in forced colours', async () => {
    await setViewport({ width: 320, height: 640 });
    const editor = await editorFixture();
    await activate(editor, button(editor, 'Vorlage Ko-Produktion'));
    await section(editor, 'Akteure');
    await activate(editor, button(editor, 'Akteur hinzufügen'));
    await settle(editor);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const beyond = [...root(editor).querySelectorAll('*')].filter(
      (el) => el.getBoundingClientRect().right > 321,
    );
    expect(beyond.map((el) => el.localName + (el.id ? `#${el.id}` : ''))).to.deep.equal([]);

    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    const invalid = textControl(editor, 'Name');
    expect(invalid.getAttribute('aria-invalid')).to.equal('true');
    expect(parseFloat(getComputedStyle(invalid).borderTopWidth)).to.be.greaterThan(1);
    expect(problemsAtField(editor, invalid)).to.contain('Fehler: Name fehlt.');
    await expect(editor).to.be.accessible();
  });

  it('copies the embed code made by the kit’s snippet code, in an accessible dialog', async () => {
    const editor = await editorFixture();
    await startWithActor(editor);
    await activate(editor, button(editor, 'Einbettungscode …'));
    await waitUntil(() => root(editor).querySelector('dialog[open]'), 'dialog');
    const dialog = root(editor).querySelector('dialog')!;
    await waitUntil(
      () => control<HTMLTextAreaElement>(editor, 'HTML-Code für die Seite', dialog).value,
      'snippet',
    );
    const url = control<HTMLInputElement>(editor, 'Adresse der hochgeladenen Datei', dialog);
    url.select();
    await typeInto(editor, url, 'https://www.musterstadt.de/koop/kueche.json');
    await waitUntil(
      () =>
        control<HTMLTextAreaElement>(editor, 'HTML-Code für die Seite', dialog).value.includes('kueche.json'),
      'new address',
    );
    expect(control<HTMLTextAreaElement>(editor, 'HTML-Code für die Seite', dialog).value).to.equal(
      '<script type="module" src="https://www.example.org/koop/koop-autoloader.js"></script>\n' +
        '<koop-partner-map src="https://www.musterstadt.de/koop/kueche.json"><a href="https://www.musterstadt.de/koop/kueche.json">Daten der Kooperation „Stadtteilküche“ (JSON-Datei)</a></koop-partner-map>\n',
    );
    await expect(editor).to.be.accessible();
    await activate(editor, button(editor, 'Code kopieren', dialog));
    await waitUntil(() => textOf(dialog.querySelector('[role="status"]')), 'copy reported');
    await activate(editor, button(editor, 'Schließen', dialog));
    expect(focused(editor)?.id).to.equal('snippet');
  });
});
