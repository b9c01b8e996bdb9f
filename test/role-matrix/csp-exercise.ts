// Uses every control of the <koop-role-matrix> elements on a page: for the strict-CSP page
// (test/csp/exercise.ts calls it), where any inline style or unsafe markup would be reported.
import type { KoopRoleMatrix } from '@koop/role-matrix';

type Until = (check: () => boolean, what: string) => Promise<void>;

export async function exerciseRoleMatrices(until: Until): Promise<void> {
  const matrices = [...document.querySelectorAll<KoopRoleMatrix>('koop-role-matrix')];
  await until(
    () => matrices.every((m) => m.shadowRoot?.querySelector('.matrix, [role="alert"]')),
    'role matrices',
  );
  for (const matrix of matrices) {
    const root = matrix.shadowRoot!;
    if (!root.querySelector('.matrix')) continue;
    root.querySelector<HTMLButtonElement>('button.select')?.click();
    root.querySelector<HTMLButtonElement>('button.role')?.click();
    await until(() => Boolean(root.querySelector('#history')), 'role history');
    // Arrow keys set the scroll padding of the table (a CSSOM property, allowed under the policy).
    const stop = root.querySelector<HTMLElement>('table [tabindex="0"]');
    stop?.focus();
    stop?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    for (const box of root.querySelectorAll<HTMLInputElement>('.controls input[type="checkbox"]')) {
      box.click();
      await matrix.updateComplete;
    }
    const sort = root.querySelector<HTMLSelectElement>('select#sort')!;
    sort.value = 'roles';
    sort.dispatchEvent(new Event('change'));
    await matrix.updateComplete;
    // The narrow list layout, with its panels inline.
    matrix.style.width = '400px';
    await until(() => Boolean(root.querySelector('.cards')), 'list layout');
    root.querySelector<HTMLButtonElement>('.card button.select')?.click();
    await matrix.updateComplete;
    matrix.lang = matrix.lang === 'en' ? 'de' : 'en';
    matrix.theme = matrix.theme === 'dark' ? 'light' : 'dark';
    await matrix.updateComplete;
  }
}
