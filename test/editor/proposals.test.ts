import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@koop/kit/koop.js';
import { validateDocument } from '@koop/schema';
import { validateProposal } from '@koop/schema/proposal.js';
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

/** A proposal file for `edited`, made on `base` (the way the partner's editor makes one). */
async function proposalFile(base: any, edited: any, name: string, organisation: string) {
  const { createProposal } = await import('../../packages/editor/src/proposals/create.js');
  const proposal = await createProposal({
    base,
    edited,
    proposer: { name, organisation },
    createdAt: '2026-07-02T10:00+02:00',
  });
  return {
    name: `vorschlag-${name.split(' ')[0].toLowerCase()}.json`,
    text: JSON.stringify(proposal, null, 2),
  };
}

/** An office editor with `document` open (through the start's address field). */
async function officeWith(document: unknown, lang = 'de'): Promise<KoopEditor> {
  const office = await editorFixture({ lang });
  await office.open(document);
  await office.settled();
  return office;
}

describe('<koop-editor>: conflicts, stale proposals and refused files', () => {
  it('shows the second of two proposals for the same field as a conflict with both values, resolved by choosing one', async function () {
    this.timeout(60_000);
    const base = await published();
    const first = structuredClone(base);
    first.actors[9].description = 'Betreiber des Nachbarschaftshauses und des Cafés.';
    const second = structuredClone(base);
    second.actors[9].description = 'Betreiber des Nachbarschaftshauses, mit Beratung.';
    const office = await officeWith(base);
    await openReview(office);
    await chooseFiles(office, 'Vorschläge hinzufügen', [
      await proposalFile(base, first, 'Aylin Demir', 'Nachbarschaftsverein Nordviertel e.V.'),
      await proposalFile(base, second, 'Jonas Weber', 'Initiative „Feuerwache für alle“'),
    ]);
    const summary = `${VEREIN} › Beschreibung geändert`;
    const [a, b] = [...root(office).querySelectorAll('.change')];
    expect(textOf(a)).to.contain('Passt zum aktuellen Stand.');
    expect(textOf(b)).to.contain(
      'Konflikt: Vorschlag von Aylin Demir (Nachbarschaftsverein Nordviertel e.V.) ändert denselben Wert.',
    );
    expect(textOf(b.querySelector('.side.expected'))).to.contain(base.actors[9].description);
    expect(textOf(b.querySelector('.side.current'))).to.contain(
      'Betreiber des Nachbarschaftshauses und des Cafés.',
    );
    expect(textOf(b.querySelector('.side.after'))).to.contain(
      'Betreiber des Nachbarschaftshauses, mit Beratung.',
    );
    await expect(office).to.be.accessible();

    // The office takes the second value: the first is rejected, the conflict resolved.
    const legends = [...root(office).querySelectorAll('.change legend')];
    expect(legends.map((l) => textOf(l))).to.deep.equal([
      `Entscheidung: ${summary}`,
      `Entscheidung: ${summary}`,
    ]);
    const firstRadios = a.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    firstRadios[0].focus();
    await press(office, 'ArrowRight');
    await press(office, 'ArrowRight');
    expect(control<HTMLInputElement>(office, 'Ablehnen', a).checked).to.equal(true);
    // With the first rejected, the second fits again.
    expect(textOf(root(office).querySelectorAll('.change')[1])).to.contain('Passt zum aktuellen Stand.');
    // Accepting the first again brings the conflict back; the second is resolved by choosing its value.
    control<HTMLInputElement>(office, 'Ablehnen', a).focus();
    await press(office, 'ArrowLeft');
    const conflict = root(office).querySelectorAll('.change')[1];
    expect(textOf(conflict)).to.contain('Konflikt');
    control<HTMLInputElement>(office, 'Offen', conflict).focus();
    await press(office, 'ArrowRight');
    await press(office, 'ArrowRight');
    expect(control<HTMLInputElement>(office, 'Vorgeschlagenen Wert übernehmen', conflict).checked).to.equal(
      true,
    );
    await activate(office, button(office, 'Übernehmen'));
    expect(textOf(root(office).querySelector('#review-outcome'))).to.contain('2 Änderungen übernommen');
    expect((office.document as any).actors[9].description).to.equal(
      'Betreiber des Nachbarschaftshauses, mit Beratung.',
    );
    // Both proposers are named in the record.
    const entry = (office.document as any).entries.at(-1);
    expect(entry.title).to.equal(
      'Änderungen übernommen: Vorschläge von Aylin Demir (Nachbarschaftsverein Nordviertel e.V.), Jonas Weber (Initiative „Feuerwache für alle“)',
    );
    await activate(office, button(office, 'Zum Dokument'));
    office.undo();
    expect((office.document as any).actors[9].description).to.equal(base.actors[9].description);
  });

  it('checks a proposal made on an old version change by change: what is stale is a conflict, the rest applies', async function () {
    this.timeout(60_000);
    const old = await published();
    const edited = structuredClone(old);
    edited.actors[9].description = 'Vorschlag auf altem Stand.';
    edited.actors[12].shortName = 'Brückenschlag';
    const current = structuredClone(old);
    current.updatedAt = '2026-07-15';
    current.actors[9].description = 'Inzwischen von der Geschäftsstelle geändert.';
    const office = await officeWith(current);
    await openReview(office);
    await chooseFiles(office, 'Vorschläge hinzufügen', [
      await proposalFile(old, edited, 'Aylin Demir', 'Verein'),
    ]);
    const review = textOf(root(office).querySelector('.proposal'));
    expect(review).to.contain('Beruht auf einem anderen Stand (2026-06-30).');
    const stale = changeItem(office, `${VEREIN} › Beschreibung geändert`);
    expect(textOf(stale)).to.contain('Konflikt: Der Wert hat sich geändert, seit der Vorschlag entstand.');
    expect(textOf(stale.querySelector('.side.expected'))).to.contain(old.actors[9].description);
    expect(textOf(stale.querySelector('.side.current'))).to.contain(
      'Inzwischen von der Geschäftsstelle geändert.',
    );
    const fresh = changeItem(office, 'Akteur „Moderationsbüro Brückenschlag“ › Kurzname ergänzt');
    expect(textOf(fresh)).to.contain('Passt zum aktuellen Stand.');
    // Accept all takes what fits and leaves the conflict to be decided.
    await activate(office, button(office, 'Alle annehmen'));
    expect(textOf(root(office).querySelector('#review-tally'))).to.equal(
      '1 angenommen, 0 abgelehnt, 1 offen',
    );
    await activate(office, button(office, 'Übernehmen'));
    const doc = office.document as any;
    expect(doc.actors[12].shortName).to.equal('Brückenschlag');
    expect(doc.actors[9].description).to.equal('Inzwischen von der Geschäftsstelle geändert.');
    expect(control<HTMLTextAreaElement>(office, 'Antwort an Aylin Demir (Verein)').value).to.contain(
      `Noch offen:\n- ${VEREIN} › Beschreibung geändert`,
    );
  });

  it('refuses hostile or wrong files with a reason each, and changes nothing', async function () {
    this.timeout(60_000);
    const base = await published();
    const edited = structuredClone(base);
    edited.actors[9].description = 'Neu.';
    const good = JSON.parse((await proposalFile(base, edited, 'Aylin Demir', 'Verein')).text);
    const file = (name: string, value: unknown) => ({
      name,
      text: typeof value === 'string' ? value : JSON.stringify(value),
    });
    const office = await officeWith(base);
    const before = office.document;
    await openReview(office);
    await chooseFiles(office, 'Vorschläge hinzufügen', [
      file('aussen.json', { ...good, patch: [{ op: 'add', path: '/geheim', value: 1 }] }),
      file('proto.json', {
        ...good,
        patch: [{ op: 'add', path: '/actors/0/__proto__', value: { polluted: true } }],
      }),
      file('konstruktor.json', {
        ...good,
        patch: [
          { op: 'add', path: '/entries/-', value: { id: 'x', constructor: { prototype: { polluted: 1 } } } },
        ],
      }),
      file('riesig.json', {
        ...good,
        patch: [{ op: 'add', path: '/entries/-', value: { id: 'x', title: 'x'.repeat(300_000) } }],
      }),
      file('kaputt.json', '{"koopProposal": "1.0", "patch": ['),
      file('fremd.json', { ...good, cooperation: { name: 'Quartiersrat Südstadt' } }),
    ]);
    const alert = root(office).querySelector('[role="alert"]')!;
    const reasons = [...alert.querySelectorAll('li')].map((li) => textOf(li));
    expect(reasons).to.deep.equal([
      'aussen.json wurde nicht geöffnet: Änderung 1 zielt auf /geheim, eine Stelle, die es im Koop-Format nicht gibt.',
      'proto.json wurde nicht geöffnet: Der Vorschlag enthält den unzulässigen Namen „__proto__“ (bei /actors/0/__proto__).',
      'konstruktor.json wurde nicht geöffnet: Der Vorschlag enthält den unzulässigen Namen „constructor“ (bei patch[0].value.constructor).',
      'riesig.json wurde nicht geöffnet: Änderung 1 enthält einen zu großen Wert (293 KB; höchstens 100 KB).',
      'kaputt.json wurde nicht geöffnet: Die Datei ist kein gültiges JSON (Zeile 1, Spalte 35).',
      'fremd.json wurde nicht geöffnet: Der Vorschlag gehört zu einer anderen Kooperation („Quartiersrat Südstadt“).',
    ]);
    expect(root(office).querySelector('.proposal')).to.equal(null);
    expect(textOf(root(office).querySelector('.review'))).to.contain('Noch kein Vorschlag geöffnet.');
    await activate(office, button(office, 'Übernehmen'));
    expect(textOf(root(office).querySelector('#review-status'))).to.equal(
      'Nehmen Sie zuerst mindestens eine Änderung an.',
    );
    await activate(office, button(office, 'Zurück zum Dokument, ohne zu übernehmen'));
    expect(office.document).to.equal(before);
    expect(office.hasChanges).to.equal(false);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    await expect(office).to.be.accessible();
  });

  it('opens the document and its proposals chosen together on the start screen', async function () {
    this.timeout(60_000);
    const base = await published();
    const edited = structuredClone(base);
    edited.actors[9].description = 'Zusammen geöffnet.';
    const office = await editorFixture();
    await chooseFiles(office, 'Dokument und Vorschläge auswählen', [
      await proposalFile(base, edited, 'Aylin Demir', 'Verein'),
      { name: 'kooperation.json', text: JSON.stringify(base) },
    ]);
    expect(textOf(root(office).querySelector('.review'))).to.contain(
      'Dokument „Nachbarschaftshaus Alte Feuerwache',
    );
    expect(changeSummaries(office)).to.deep.equal([`${VEREIN} › Beschreibung geändert`]);
    await decide(office, `${VEREIN} › Beschreibung geändert`, 'Annehmen');
    await activate(office, button(office, 'Übernehmen'));
    await activate(office, button(office, 'Zum Dokument'));
    expect((office.document as any).actors[9].description).to.equal('Zusammen geöffnet.');
    const saved = await download(office);
    expect(saved.fileName).to.equal('kooperation.json');
  });
});

describe('<koop-editor>: a proposal in progress', () => {
  it('keeps the proposal’s base across a reload, so the changes are still the partner’s', async function () {
    this.timeout(60_000);
    const key = `proposal-${Date.now().toString(36)}`;
    const partner = await editorFixture({ key });
    await chooseFiles(partner, 'Veröffentlichte Datei auswählen', [
      { name: 'ko-produktion.json', text: JSON.stringify(await published()) },
    ]);
    await partner.settled();
    await goToPart(partner, 'Akteure');
    await activate(partner, button(partner, 'Bürgerstiftung Musterstadt'));
    await typeInto(partner, textControl(partner, 'Kurzname'), 'Stiftung');
    await partner.settled();
    partner.remove();

    const again = await editorFixture({ key });
    await waitUntil(() => root(again).querySelector('#proposal-banner'), 'still a proposal', {
      timeout: 5000,
    });
    await waitUntil(
      () => button(again, 'Vorschlag herunterladen …').getAttribute('aria-disabled') === 'false',
      'base loaded',
    );
    await activate(again, button(again, 'Vorschlag herunterladen …'));
    await waitUntil(() => root(again).querySelector('#propose-dialog[open]'), 'dialog', { timeout: 5000 });
    expect(textOf(root(again).querySelector('.proposal-summary'))).to.equal(
      'Akteur „Bürgerstiftung Musterstadt“ › Kurzname geändert',
    );
    await press(again, 'Escape');
    expect(root(again).querySelector('#propose-dialog')).to.equal(null);
    expect(focused(again)?.id).to.equal('propose-download');
  });

  it('reviews in English, fits 320 px and keeps every state visible in forced colours', async function () {
    this.timeout(60_000);
    const { setViewport } = await import('@web/test-runner-commands');
    const { emulateMediaFeatures } = await import('../support/media.js');
    const base = await published();
    const first = structuredClone(base);
    first.actors[9].description = 'First.';
    const second = structuredClone(base);
    second.actors[9].description = 'Second.';
    const office = await officeWith(base, 'en');
    await activate(office, button(office, 'Review proposals …'));
    await waitUntil(() => root(office).querySelector('.review'), 'review', { timeout: 5000 });
    await chooseFiles(office, 'Add proposals', [
      await proposalFile(base, first, 'Aylin Demir', 'Verein'),
      await proposalFile(base, second, 'Jonas Weber', 'Initiative'),
    ]);
    expect(changeSummaries(office).map((s) => s.replace(/^Decision: /, ''))).to.have.length(2);
    const text = textOf(root(office).querySelector('.review'));
    expect(text).to.contain('Review proposals: Alte Feuerwache neighbourhood centre');
    expect(text).to.contain('Proposal by Jonas Weber (Initiative)');
    expect(text).to.contain('Conflict: Proposal by Aylin Demir (Verein) changes the same value.');
    try {
      await setViewport({ width: 320, height: 640 });
      await office.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      const ins = root(office).querySelector('ins');
      expect(getComputedStyle(ins!).textDecorationLine).to.equal('underline');
      await expect(office).to.be.accessible();
    } finally {
      await emulateMediaFeatures([]);
      await setViewport({ width: 1280, height: 800 });
    }
  });
});
