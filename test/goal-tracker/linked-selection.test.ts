import { expect } from '@open-wc/testing';
import type { KoopGoalTracker } from '@koop/goal-tracker';
import { itemName, pressOn, runLinkedSelectionSuite, text } from '../support/linked-selection-suite.js';

runLinkedSelectionSuite<KoopGoalTracker>({
  tag: 'koop-goal-tracker',
  marks: {
    selection: 'actor:inpuncto',
    // The actor's goals in view, marked "Verknüpft".
    async expect(tracker) {
      const titles = await Promise.all(
        ['o-erfolgsfaktoren', 'o-kooperationskultur'].map((id) => itemName('goal', id)),
      );
      const goals = [...tracker.shadowRoot!.querySelectorAll('li.goal.linked')];
      expect(goals.map((li) => text(li.querySelector('.title'))).sort()).to.deep.equal(titles.sort());
      for (const li of goals)
        expect(text(li.querySelector(':scope > .meta > .linked-mark'))).to.equal('Verknüpft');
    },
  },
  // The highlight toggle of an objective below a collapsed goal (opened first).
  async select(tracker) {
    const root = tracker.shadowRoot!;
    const parent = await itemName('goal', 'g-stabilisierung');
    await pressOn(
      [...root.querySelectorAll<HTMLButtonElement>('button.toggle')].find((b) => text(b).includes(parent))!,
    );
    await tracker.updateComplete;
    const title = await itemName('goal', 'o-mainstreaming');
    const toggle = [...root.querySelectorAll<HTMLButtonElement>('.link-toggle')].find((b) =>
      b.closest('li')!.querySelector('.title')!.textContent!.includes(title),
    )!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    await pressOn(toggle, 'Space');
    await tracker.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    return { kind: 'goal', id: 'o-mainstreaming' };
  },
});
