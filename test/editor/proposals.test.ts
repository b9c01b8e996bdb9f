import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@koop/kit/koop.js';
import { validateDocument, validateProposal } from '@koop/schema';
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
  textControl,
  textOf,
  typeInto,
  validateFile,
} from './support.js';
import {
  catchFile,
  changeItem,
  changeSummaries,
  chooseFiles,
  decide,
  openReview,
} from './proposals-support.js';
import type { KoopEditor } from '@koop/editor';

const PUBLISHED = '/demo/data/ko-produktion.json';
const VEREIN = 'Akteur „Nachbarschaftsverein Nordviertel e.V.“';
const MEETING = 'Eintrag „Offenes Treffen im Nachbarschaftscafé“';

async function published(): Promise<any> {
  return (await fetch(PUBLISHED)).json();
}

async function goToPart(editor: KoopEditor, part: string) {
  const nav = root(editor).querySelector('nav')!;
  await activate(
    editor,
    [...nav.querySelectorAll('button')].find((b) => textOf(b).startsWith(part))!,
  );
}

/** A partner's proposal, made through the UI: their actor's description and a new meeting. */
async function partnerProposes(): Promise<{ text: string; fileName: string }> {
  const partner = await editorFixture();
  await typeInto(partner, control(partner, 'Adresse der veröffentlichten Koop-Datei'), PUBLISHED);
  await press(partner, 'Enter');
  await partner.settled();
  await waitUntil(() => root(partner).querySelector('#proposal-banner'), 'proposal mode', { timeout: 5000 });
  expect(textOf(root(partner).querySelector('#proposal-banner'))).to.contain(
    'Änderungsvorschlag zu „Nachbarschaftshaus',
  );
  // In a proposal, the download is the proposal's; the document itself is not offered.
  expect(() => button(partner, 'Herunterladen (JSON)')).to.throw();

  await goToPart(partner, 'Akteure');
  await activate(partner, button(partner, 'Nachbarschaftsverein Nordviertel e.V.'));
  const description = textControl(partner, 'Beschreibung');
  description.focus();
  await sendKeys({ press: 'End' });
  await typeInto(partner, description, ' Seit 2026 mit offenem Café an drei Tagen.');

  await goToPart(partner, 'Chronik');
  await activate(partner, button(partner, 'Eintrag hinzufügen'));
  await typeInto(partner, textControl(partner, 'Titel'), 'Offenes Treffen im Nachbarschaftscafé');
  await choose(partner, control(partner, 'Art'), 'Sitzung');
  const date = group(partner, 'Datum');
  await typeInto(partner, control(partner, 'Jahr', date), '2026');
  await choose(partner, control(partner, 'Monat', date), 'Mai');
  await choose(partner, control(partner, 'Tag', date), '14');

  await activate(partner, button(partner, 'Vorschlag herunterladen …'));
  await waitUntil(() => root(partner).querySelector('#propose-dialog[open]'), 'dialog', { timeout: 5000 });
  const dialog = root(partner).querySelector('#propose-dialog')!;
  expect(textOf(dialog)).to.contain('Ihr Vorschlag enthält 2 Änderungen');
  expect(textOf(dialog)).to.contain(`${VEREIN} › Beschreibung geändert`);
  expect(textOf(dialog)).to.contain(`${MEETING} neu hinzugefügt`);
  await expect(partner).to.be.accessible();
  // Name and organisation are needed; the editor says so at the field.
  await activate(partner, button(partner, 'Vorschlag herunterladen', dialog));
  expect(focused(partner)?.id).to.equal(control(partner, 'Ihr Name', dialog).id);
  expect(textOf(dialog)).to.contain('Ihr Name fehlt.');
  await typeInto(partner, control(partner, 'Ihr Name', dialog), 'Aylin Demir');
  await typeInto(
    partner,
    control(partner, 'Ihre Organisation', dialog),
    'Nachbarschaftsverein Nordviertel e.V.',
  );
  await typeInto(
    partner,
    control(partner, 'Kontakt für Rückfragen (optional)', dialog),
    'a.demir@example.org',
  );
  await typeInto(
    partner,
    control(partner, 'Anmerkung an die Geschäftsstelle (optional)', dialog),
    'Bitte übernehmen.',
  );
  const file = await catchFile(partner, () =>
    activate(partner, button(partner, 'Vorschlag herunterladen', dialog)),
  );
  expect(announced(partner)).to.contain('Vorschlag heruntergeladen');
  expect(partner.hasChanges, 'the proposal counts as saved').to.equal(false);
  return file;
}

describe('<koop-editor>: proposing changes and reviewing them', () => {
  it('a partner proposes, the office accepts one change, rejects one with a reason, applies; the widgets show it', async function () {
    this.timeout(180_000);
    const base = await published();
    const file = await partnerProposes();
    expect(file.fileName).to.match(
      /^vorschlag-nachbarschaftsverein-nordviertel-e-v-\d{4}-\d{2}-\d{2}\.json$/,
    );
    const proposal = JSON.parse(file.text);
    expect(validateProposal(proposal).valid).to.equal(true);
    expect(proposal.proposer).to.deep.equal({
      name: 'Aylin Demir',
      organisation: 'Nachbarschaftsverein Nordviertel e.V.',
      contact: 'a.demir@example.org',
    });
    expect(proposal.base.updatedAt).to.equal(base.updatedAt);
    expect(proposal.base.hash).to.match(/^sha256:[0-9a-f]{64}$/);
    expect(proposal.base.url).to.match(/\/demo\/data\/ko-produktion\.json$/);
    // Every replaced value is tested first, and the record it is in by its id.
    const index = base.actors.findIndex((a: any) => a.id === 'verein');
    expect(proposal.patch.slice(0, 3)).to.deep.equal([
      { op: 'test', path: `/actors/${index}/id`, value: 'verein' },
      { op: 'test', path: `/actors/${index}/description`, value: base.actors[index].description },
      {
        op: 'replace',
        path: `/actors/${index}/description`,
        value: `${base.actors[index].description} Seit 2026 mit offenem Café an drei Tagen.`,
      },
    ]);
    expect(proposal.patch[3]).to.deep.include({ op: 'add', path: '/entries/-' });
    expect(proposal.patch[3].value).to.deep.include({ type: 'meeting', date: '2026-05-14' });

    // The office: the current document, then the proposal.
    const office = await editorFixture();
    await typeInto(office, control(office, 'Adresse der Koop-Datei (JSON)'), PUBLISHED);
    await press(office, 'Enter');
    await office.settled();
    await openReview(office);
    expect(focused(office)?.id).to.equal('review-heading');
    await chooseFiles(office, 'Vorschläge hinzufügen', [{ name: file.fileName, text: file.text }]);
    const review = root(office).querySelector('.review')!;
    expect(textOf(review)).to.contain('Vorschlag von Aylin Demir (Nachbarschaftsverein Nordviertel e.V.)');
    expect(textOf(review)).to.contain('Bitte übernehmen.');
    expect(textOf(review)).to.contain('Beruht auf dem aktuellen Stand des Dokuments.');
    expect(changeSummaries(office)).to.deep.equal([
      `${VEREIN} › Beschreibung geändert`,
      `${MEETING} neu hinzugefügt`,
    ]);
    // Side by side, the added words marked (struck-through and underlined, not by colour only).
    const description = changeItem(office, `${VEREIN} › Beschreibung geändert`);
    expect(textOf(description.querySelector('.side.before'))).to.contain(base.actors[index].description);
    expect(textOf(description.querySelector('.side.after ins'))).to.equal(
      'eingefügt: Seit 2026 mit offenem Café an drei Tagen.',
    );
    expect(description.querySelector('.side.before del')).to.equal(null);
    expect(textOf(description)).to.contain('Passt zum aktuellen Stand.');
    expect(textOf(description)).to.contain('Datenprüfung: keine neuen Probleme.');
    await expect(office).to.be.accessible();

    await decide(office, `${VEREIN} › Beschreibung geändert`, 'Ablehnen');
    await typeInto(
      office,
      control(
        office,
        'Begründung für Aylin Demir (optional)',
        changeItem(office, `${VEREIN} › Beschreibung geändert`),
      ),
      'Das Café ist noch nicht beschlossen.',
    );
    await decide(office, `${MEETING} neu hinzugefügt`, 'Annehmen');
    expect(textOf(root(office).querySelector('#review-tally'))).to.equal(
      '1 angenommen, 1 abgelehnt, 0 offen',
    );
    expect(
      control<HTMLInputElement>(office, 'In der Chronik festhalten, wessen Vorschläge übernommen wurden')
        .checked,
    ).to.equal(true);
    await activate(office, button(office, 'Übernehmen'));
    expect(focused(office)?.id).to.equal('review-outcome');
    expect(textOf(root(office).querySelector('#review-outcome'))).to.contain('1 Änderung übernommen');

    // The answer goes back with the reason, as text and as a file.
    const answerField = control<HTMLTextAreaElement>(
      office,
      'Antwort an Aylin Demir (Nachbarschaftsverein Nordviertel e.V.)',
    );
    expect(answerField.value).to.contain('Übernommen:\n- ' + `${MEETING} neu hinzugefügt`);
    expect(answerField.value).to.contain(
      `Nicht übernommen:\n- ${VEREIN} › Beschreibung geändert – Begründung: Das Café ist noch nicht beschlossen.`,
    );
    const answer = await catchFile(office, () =>
      activate(office, button(office, 'Antwort herunterladen (Text)')),
    );
    expect(answer.fileName).to.equal('antwort-nachbarschaftsverein-nordviertel-e-v.txt');
    expect(answer.text).to.equal(answerField.value);

    // Back in the editor: one step to undo, then the file to publish.
    await activate(office, button(office, 'Zum Dokument'));
    expect(textOf(root(office).querySelector('#undo-what'))).to.contain('Rückgängig');
    const saved = await download(office);
    const check = await validateFile(saved.text, saved.fileName);
    expect(check.code, check.output).to.equal(0);
    const result = JSON.parse(saved.text);
    expect(validateDocument(result).valid).to.equal(true);
    expect(result.actors[index].description).to.equal(base.actors[index].description);
    expect(result.updatedAt).to.not.equal(base.updatedAt);
    const meeting = result.entries.find((e: any) => e.title === 'Offenes Treffen im Nachbarschaftscafé');
    expect(meeting).to.deep.include({ type: 'meeting', date: '2026-05-14' });
    const announcement = result.entries[result.entries.length - 1];
    expect(announcement).to.deep.include({
      type: 'announcement',
      title: 'Änderungen übernommen: Vorschläge von Aylin Demir (Nachbarschaftsverein Nordviertel e.V.)',
      actors: ['verein'],
    });
    expect(announcement.summary).to.contain(`${MEETING} neu hinzugefügt`);

    const page = await fixture(
      html`<koop-data .data=${result}><koop-transparency-feed></koop-transparency-feed></koop-data>`,
    );
    const feed = page.querySelector('koop-transparency-feed') as HTMLElement & { document?: unknown };
    await waitUntil(() => feed.document, 'feed shown', { timeout: 8000 });
    await (feed as any).updateComplete;
    expect(textOf(feed.shadowRoot)).to.contain('Offenes Treffen im Nachbarschaftscafé');
    expect(textOf(feed.shadowRoot)).to.contain('Änderungen übernommen');
  });
});
