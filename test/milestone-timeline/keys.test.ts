import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { shadow } from '../support/helpers.js';
import { milestones, timeline } from './support.js';

const pressedZoom = (element: Element) =>
  [...shadow(element).querySelectorAll('[part="controls"] button[aria-pressed="true"]')].map((b) =>
    b.textContent!.trim(),
  );

describe('<koop-milestone-timeline> zoom keys', () => {
  it('zooms one step with + (or =) and - on the axis, and announces the scale', async () => {
    const element = await timeline({ zoom: 'quarters' });
    milestones(element)
      .find((g) => g.getAttribute('tabindex') === '0')!
      .focus();
    await sendKeys({ press: '+' });
    await element.updateComplete;
    expect(pressedZoom(element)).to.deep.equal(['Monate']);
    expect(shadow(element).querySelector('.announce')!.textContent).to.contain('Monate');
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await element.updateComplete;
    expect(pressedZoom(element)).to.deep.equal(['Jahre']);
    // At the coarsest scale, "-" changes nothing.
    await sendKeys({ press: '-' });
    await element.updateComplete;
    expect(pressedZoom(element)).to.deep.equal(['Jahre']);
    await sendKeys({ press: '=' });
    await element.updateComplete;
    expect(pressedZoom(element)).to.deep.equal(['Quartale']);
  });
});
