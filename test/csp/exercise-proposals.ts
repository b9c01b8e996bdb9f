// Proposing and reviewing changes on the strict-CSP page: a proposal made and downloaded, then a
// review of two proposals with a conflict, decisions, apply, the answers, English; then it
// reports what it saw.
import '@koop/editor/koop-editor.js';
import { createProposal, type KoopEditor } from '@koop/editor';
import { editorSteps, until } from './editor-steps.js';

const editor = document.querySelector<KoopEditor>('koop-editor')!;
const { root, step, find, click, type } = editorSteps(editor);
const files = async (selector: string, list: File[]) => {
  const input = find<HTMLInputElement>(selector);
  const transfer = new DataTransfer();
  for (const file of list) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 100));
  await step();
};
const seen: Record<string, string> = {};
const published = '/demo/data/ko-produktion.json';

async function exercise() {
  await editor.settled();
  // A partner's proposal.
  await type('#propose-url', published);
  find('#propose-url').closest('form')!.requestSubmit();
  await until(() => root().querySelector('#proposal-banner'), 'proposal mode');
  await editor.settled();
  await click('#section-actors');
  await click('#item-actors-9');
  await type('#f_2factors_2f9_2fdescription-de', 'Unter strenger Richtlinie geändert.');
  await until(() => find('#propose-download').getAttribute('aria-disabled') === 'false', 'base');
  await click('#propose-download');
  await until(() => root().querySelector('#propose-dialog[open]'), 'dialog');
  await type('#proposer-name', 'Aylin Demir');
  await type('#proposer-organisation', 'Nachbarschaftsverein Nordviertel e.V.');
  const originalClick = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {};
  let proposalText = '';
  editor.addEventListener('koop-editor-download', (e) => (proposalText ||= e.detail.text), { once: true });
  await click('#propose-dialog-download');
  await until(() => proposalText && !root().querySelector('#propose-dialog'), 'proposal downloaded');
  seen.proposal = JSON.parse(proposalText).patch.length ? 'made' : 'empty';

  // The office: the document, two proposals for the same value.
  await click('#new-or-open');
  await type('#start-url', published);
  find('#start-url').closest('form')!.requestSubmit();
  await until(() => root().querySelector('#review-proposals'), 'document');
  await editor.settled();
  await click('#review-proposals');
  await until(() => root().querySelector('.review'), 'review');
  const base = await (await fetch(published)).json();
  const other = structuredClone(base);
  other.actors[9].description = 'Zweiter Vorschlag.';
  const second = await createProposal({
    base,
    edited: other,
    proposer: { name: 'Jonas Weber', organisation: 'Initiative' },
    createdAt: '2026-07-02T10:00+02:00',
  });
  await files('#review-add', [
    new File([proposalText], 'erster.json'),
    new File([JSON.stringify(second)], 'zweiter.json'),
    new File(['{"koopProposal": "1.0", "patch": [{"op": "add", "path": "/__proto__/x"'], 'kaputt.json'),
  ]);
  await until(() => root().querySelectorAll('.change').length === 2, 'changes');
  seen.conflict = root().querySelector('.change.conflict') ? 'shown' : 'missing';
  seen.refused = root().querySelector('#review-refused') ? 'shown' : 'missing';
  await click('#change-1-1-reject');
  await type('#change-1-1-reason', 'Zu früh.');
  await click('#change-2-1-accept');
  await click('#review-apply');
  await until(() => root().querySelector('#review-outcome'), 'applied');
  await click('#answer-1-download');
  HTMLAnchorElement.prototype.click = originalClick;
  await click('#answer-2-copy').catch(() => undefined);
  await click('#review-done');
  seen.applied = (editor.document as any).actors[9].description === 'Zweiter Vorschlag.' ? 'yes' : 'no';
  editor.lang = 'en';
  await step();
  await click('#review-proposals');
  await until(() => root().querySelector('.review'), 'review in English');
  seen.english = root().textContent?.includes('Review proposals') ? 'yes' : 'no';
  await new Promise((resolve) => setTimeout(resolve, 100));
  window.cspDone = { violations: window.cspViolations, rendered: seen };
}

exercise().catch((error: unknown) => {
  window.cspDone = { violations: [...window.cspViolations, { error: String(error) }], rendered: seen };
});
