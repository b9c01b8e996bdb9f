import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@koop/kit/koop.js';
import type { KoopEditor } from '@koop/editor';
import {
  activate,
  button,
  choose,
  control,
  download,
  editorFixture,
  focused,
  group,
  root,
  textControl,
  textOf,
  typeInto,
  validateFile,
} from './support.js';

/**
 * Someone who has never seen JSON: starts from the template, adds three actors, a relation, a
 * goal with an indicator and two observations, a milestone and an entry of the record, fixes
 * what the editor says is missing, downloads the file and sees it in the widgets. Only labels
 * and the keyboard: every control is found by the words on screen.
 */
describe('<koop-editor>: a newcomer’s first document', () => {
  const summary = (editor: KoopEditor) => textOf(root(editor).querySelector('[part="problems"] summary'));
  const problemLinks = (editor: KoopEditor) => [
    ...root(editor).querySelectorAll<HTMLAnchorElement>('[part="problems"] a'),
  ];

  async function goToPart(editor: KoopEditor, part: string) {
    const nav = root(editor).querySelector('nav')!;
    await activate(
      editor,
      [...nav.querySelectorAll('button')].find((b) => textOf(b).startsWith(part))!,
    );
  }

  async function addActor(editor: KoopEditor, name: string, sector: string) {
    await activate(editor, button(editor, 'Akteur hinzufügen'));
    expect(focused(editor)?.id, 'focus in the new actor’s name').to.equal(textControl(editor, 'Name').id);
    await typeInto(editor, focused(editor)!, name);
    await choose(editor, control(editor, 'Sektor'), sector);
  }

  it('goes from the template to a valid file that the widgets show', async function () {
    this.timeout(120_000);
    const editor = await editorFixture();
    await activate(editor, button(editor, 'Vorlage Ko-Produktion'));

    // The one thing the template lacks, named and linked.
    expect(summary(editor)).to.equal('1 Fehler');
    await activate(editor, problemLinks(editor)[0]);
    await typeInto(editor, focused(editor)!, 'Stadtteilküche Nordstadt');
    expect(textOf(root(editor).querySelector('[part="problems"]'))).to.contain('Keine Probleme');

    // Three actors.
    await goToPart(editor, 'Akteure');
    await addActor(editor, 'Stadt Musterstadt', 'Verwaltung');
    await addActor(editor, 'Bürgerverein Nordstadt', 'Zivilgesellschaft');
    await addActor(editor, 'Bürgerstiftung Musterstadt', 'Fördermittelgebende');

    // A relation between two of them, picked by name.
    await goToPart(editor, 'Beziehungen');
    await activate(editor, button(editor, 'Beziehung hinzufügen'));
    expect(summary(editor)).to.equal('3 Fehler');
    await choose(editor, control(editor, 'Von (Akteur)'), 'Bürgerstiftung Musterstadt');
    await choose(editor, control(editor, 'Zu (Akteur)'), 'Bürgerverein Nordstadt');
    await choose(editor, control(editor, 'Art'), 'Förderung');

    // A goal with an indicator and two observations.
    await goToPart(editor, 'Ziele');
    await activate(editor, button(editor, 'Ziel hinzufügen'));
    await typeInto(editor, focused(editor)!, 'Mehr Mittagstische im Viertel');
    await choose(editor, control(editor, 'Status'), 'im Plan');
    await activate(editor, button(editor, 'Indikator hinzufügen'));
    await typeInto(editor, focused(editor)!, 'Mittagessen pro Woche');
    await choose(
      editor,
      control(editor, 'Messart', group(editor, 'Indikator 1: Mittagessen pro Woche')),
      'Zahl',
    );
    await typeInto(
      editor,
      control(editor, 'Ausgangswert', group(editor, 'Indikator 1: Mittagessen pro Woche')),
      '40',
    );
    await typeInto(
      editor,
      control(editor, 'Zielwert', group(editor, 'Indikator 1: Mittagessen pro Woche')),
      '200',
    );
    for (const [year, month, value] of [
      ['2025', 'März', '60'],
      ['2025', 'September', '95'],
    ]) {
      await activate(editor, button(editor, 'Messwert hinzufügen'));
      const observation = group(
        editor,
        `Messwert ${root(editor).querySelectorAll('fieldset.nested-item fieldset.nested-item').length}`,
      );
      await typeInto(editor, control(editor, 'Jahr', group(editor, 'Datum', observation)), year);
      await choose(editor, control(editor, 'Monat', group(editor, 'Datum', observation)), month);
      await typeInto(editor, control(editor, 'Wert', observation), value);
    }

    // A milestone, planned for a month.
    await goToPart(editor, 'Meilensteine');
    await activate(editor, button(editor, 'Meilenstein hinzufügen'));
    await typeInto(editor, focused(editor)!, 'Küche eröffnet');
    await typeInto(editor, control(editor, 'Jahr', group(editor, 'Geplant für')), '2025');
    await choose(editor, control(editor, 'Monat', group(editor, 'Geplant für')), 'Mai');

    // An entry of the public record; its date is still missing.
    await goToPart(editor, 'Chronik');
    await activate(editor, button(editor, 'Eintrag hinzufügen'));
    const entryTitle = textControl(editor, 'Titel');
    await typeInto(editor, entryTitle, 'Kooperationsvertrag unterschrieben');
    await choose(editor, control(editor, 'Art'), 'Beschluss');

    // The problems the editor shows, fixed by following its links.
    expect(summary(editor)).to.equal('1 Fehler');
    const [missing] = problemLinks(editor);
    expect(textOf(missing.parentElement)).to.equal(
      'Fehler: Chronik › 1. Eintrag „Kooperationsvertrag unterschrieben“ › Datum: Datum fehlt.',
    );
    await activate(editor, missing);
    const date = group(editor, 'Datum');
    expect(focused(editor)?.id).to.equal(control(editor, 'Jahr', date).id);
    // A year is a date an entry may have (format 1.1); the day makes it precise.
    await typeInto(editor, focused(editor)!, '2025');
    expect(textOf(root(editor).querySelector('[part="problems"]'))).to.equal(
      'Keine Probleme: Die Daten können veröffentlicht werden.',
    );
    await choose(editor, control(editor, 'Monat', group(editor, 'Datum')), 'Februar');
    await choose(editor, control(editor, 'Tag', group(editor, 'Datum')), '14');
    expect(textOf(root(editor).querySelector('[part="problems"]'))).to.equal(
      'Keine Probleme: Die Daten können veröffentlicht werden.',
    );

    // Downloaded, the file passes the command-line check …
    const file = await download(editor);
    expect(file.fileName).to.equal('stadtteilkueche-nordstadt.json');
    const check = await validateFile(file.text, file.fileName);
    expect(check.code, check.output).to.equal(0);
    expect(check.output).to.contain('stadtteilkueche-nordstadt.json: OK');

    // … and the widgets show it.
    const saved = JSON.parse(file.text);
    expect(saved.actors.map((a: any) => a.id)).to.deep.equal([
      'stadt-musterstadt',
      'buergerverein-nordstadt',
      'buergerstiftung-musterstadt',
    ]);
    expect(saved.relations).to.deep.equal([
      { source: 'buergerstiftung-musterstadt', target: 'buergerverein-nordstadt', type: 'funding' },
    ]);
    expect(saved.goals[0].indicators[0].observations).to.deep.equal([
      { date: '2025-03', value: 60 },
      { date: '2025-09', value: 95 },
    ]);
    expect(saved.entries[0].date).to.equal('2025-02-14');
    const page = await fixture(
      html`<koop-data .data=${saved}>
        <koop-goal-tracker></koop-goal-tracker>
        <koop-partner-map view="list"></koop-partner-map>
        <koop-milestone-timeline view="list"></koop-milestone-timeline>
        <koop-transparency-feed></koop-transparency-feed>
      </koop-data>`,
    );
    const shown = (tag: string) => textOf(page.querySelector(tag)!.shadowRoot);
    const widgets = [...page.children] as (HTMLElement & {
      document?: unknown;
      updateComplete: Promise<unknown>;
    })[];
    await waitUntil(() => widgets.every((widget) => widget.document), 'widgets shown', { timeout: 8000 });
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    expect(shown('koop-goal-tracker'))
      .to.contain('Mehr Mittagstische im Viertel')
      .and.contain('Mittagessen pro Woche');
    expect(shown('koop-partner-map'))
      .to.contain('Bürgerverein Nordstadt')
      .and.contain('Bürgerstiftung Musterstadt');
    expect(shown('koop-milestone-timeline')).to.contain('Küche eröffnet');
    expect(shown('koop-transparency-feed')).to.contain('Kooperationsvertrag unterschrieben');
    for (const widget of widgets) expect(widget.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});
