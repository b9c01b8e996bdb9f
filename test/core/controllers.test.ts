import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { css, LitElement } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ElementSize, LocalizedStrings, Memo, OnDemand, PanZoom, type PanZoomOptions } from '@koop/core';

/** A host with a surface to pan and zoom and its size measured, recording what it is told. */
class ControllerHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
      width: 20em;
    }
    .surface {
      display: block;
      width: 100%;
      height: 10em;
    }
  `;
  calls: { pan: [number, number][]; zoom: [number, number?, number?][]; taps: (Element | null)[] } = {
    pan: [],
    zoom: [],
    taps: [],
  };
  drags: string[] = [];
  resized = 0;
  readonly size = new ElementSize(this, {
    target: () => this.renderRoot.querySelector('.surface'),
    onResize: () => this.resized++,
  });
  readonly hostSize = new ElementSize(this);
  panZoom!: PanZoom;
  /** A key of the surface: a new one renders a new element. */
  surfaceKey = 0;

  configure(options: Partial<PanZoomOptions>): void {
    this.panZoom = new PanZoom(this, {
      surface: '.surface',
      pan: (dx, dy) => this.calls.pan.push([dx, dy]),
      zoom: (factor, x, y) => this.calls.zoom.push([factor, x, y]),
      tap: (target) => this.calls.taps.push(target),
      dragStart: () => this.drags.push('start'),
      dragEnd: (done) => this.drags.push(done ? 'end' : 'cancel'),
      ...options,
    });
  }

  override render() {
    return html`${keyed(
        this.surfaceKey,
        html`<div class="surface"><button type="button" class="item">A</button></div>`,
      )} <button type="button" class="outside">B</button>`;
  }
}
customElements.define('test-controller-host', ControllerHost);

async function host(options: Partial<PanZoomOptions> = {}, style = ''): Promise<ControllerHost> {
  const element = document.createElement('test-controller-host') as ControllerHost;
  element.configure(options);
  if (style) element.setAttribute('style', style);
  await fixture(html`<div>${element}</div>`);
  await element.updateComplete;
  return element;
}

const surfaceOf = (element: ControllerHost) => element.shadowRoot!.querySelector<HTMLElement>('.surface')!;

function pointer(element: ControllerHost, type: string, id: number, x: number, y: number, target?: Element) {
  const box = surfaceOf(element).getBoundingClientRect();
  (target ?? surfaceOf(element)).dispatchEvent(
    new PointerEvent(type, {
      pointerId: id,
      pointerType: 'touch',
      clientX: box.left + x,
      clientY: box.top + y,
      bubbles: true,
    }),
  );
}

describe('ElementSize', () => {
  it('measures the observed element in px and in em (the host font size in px)', async () => {
    const element = await host({}, 'font-size: 20px');
    await waitUntil(() => element.size.width > 0, 'measured');
    expect(element.size.em).to.equal(20);
    expect(element.size.width).to.equal(400);
    expect(element.size.widthEm).to.equal(20);
    expect(element.size.height).to.equal(200);
    expect(element.size.heightEm).to.equal(10);
    expect(element.hostSize.width).to.equal(400);
    expect(element.resized).to.equal(1);
  });

  it('reports a change of size, and a change of the font size, once each', async () => {
    const element = await host();
    await waitUntil(() => element.size.width > 0, 'measured');
    expect(element.size.em).to.equal(16);
    element.style.fontSize = '8px';
    await waitUntil(() => element.size.width === 160, 'resized');
    expect(element.size.em).to.equal(8);
    expect(element.size.widthEm).to.equal(20);
    expect(element.resized).to.equal(2);
    element.style.width = '100px';
    await waitUntil(() => element.size.width === 100, 'resized again');
    expect(element.size.widthEm).to.equal(12.5);
    expect(element.resized).to.equal(3);
  });

  it('follows an element rendered anew and stops when disconnected', async () => {
    const element = await host();
    await waitUntil(() => element.size.width > 0, 'measured');
    const first = element.size.element;
    element.surfaceKey++;
    element.requestUpdate();
    await element.updateComplete;
    await waitUntil(() => element.size.element !== first, 'observes the new surface');
    await waitUntil(() => element.resized === 2, 'reports the new surface');
    element.remove();
    expect(element.size.element).to.equal(undefined);
  });
});

describe('PanZoom', () => {
  afterEach(() => resetMouse());

  it('pans by a mouse drag and taps on a press that does not move', async () => {
    const element = await host();
    const box = surfaceOf(element).getBoundingClientRect();
    const from: [number, number] = [Math.round(box.left + 40), Math.round(box.top + 40)];
    await sendMouse({ type: 'move', position: from });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from[0] + 2, from[1] + 1] });
    expect(element.calls.pan).to.deep.equal([]);
    expect(element.panZoom.dragging).to.equal(false);
    await sendMouse({ type: 'move', position: [from[0] + 30, from[1] + 20] });
    expect(element.panZoom.dragging).to.equal(true);
    await sendMouse({ type: 'up' });
    // The first, small move is part of the drag: the view moves as far as the pointer.
    expect(element.calls.pan).to.deep.equal([[30, 20]]);
    expect(element.drags).to.deep.equal(['start', 'end']);
    expect(element.calls.taps).to.deep.equal([]);

    const item = element.shadowRoot!.querySelector('.item')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(item.left + 4), Math.round(item.top + 4)] });
    expect(element.calls.taps).to.deep.equal([element.shadowRoot!.querySelector('.item')]);
  });

  it('pans only horizontally on an x axis', async () => {
    const element = await host({ axis: 'x' });
    pointer(element, 'pointerdown', 1, 50, 50);
    pointer(element, 'pointermove', 1, 60, 90);
    pointer(element, 'pointermove', 1, 70, 20);
    pointer(element, 'pointerup', 1, 70, 20);
    expect(element.calls.pan).to.deep.equal([
      [10, 0],
      [10, 0],
    ]);
  });

  it('zooms by a pinch around the middle of two fingers, and does not tap', async () => {
    const element = await host();
    pointer(element, 'pointerdown', 1, 100, 100);
    pointer(element, 'pointerdown', 2, 200, 100);
    pointer(element, 'pointermove', 2, 300, 100);
    pointer(element, 'pointerup', 1, 100, 100);
    pointer(element, 'pointerup', 2, 300, 100);
    expect(element.calls.zoom).to.have.length(1);
    const [factor, x, y] = element.calls.zoom[0];
    expect(factor).to.be.closeTo(2, 1e-9);
    expect(x).to.be.closeTo(200, 1e-6);
    expect(y).to.be.closeTo(100, 1e-6);
    expect(element.calls.pan).to.deep.equal([[50, 0]]);
    expect(element.calls.taps).to.deep.equal([]);
  });

  it('ignores presses outside the surface and a cancelled press', async () => {
    const element = await host();
    const outside = element.shadowRoot!.querySelector('.outside')!;
    outside.dispatchEvent(new PointerEvent('pointerdown', { pointerId: 3, bubbles: true }));
    outside.dispatchEvent(new PointerEvent('pointerup', { pointerId: 3, bubbles: true }));
    pointer(element, 'pointerdown', 4, 10, 10);
    pointer(element, 'pointercancel', 4, 10, 10);
    expect(element.calls.taps).to.deep.equal([]);
    pointer(element, 'pointerdown', 5, 10, 10);
    pointer(element, 'pointermove', 5, 40, 10);
    pointer(element, 'pointercancel', 5, 40, 10);
    expect(element.drags).to.deep.equal(['start', 'cancel']);
  });

  it('zooms with the wheel around the pointer, in pixels of lines and pages too', async () => {
    const element = await host();
    const box = surfaceOf(element).getBoundingClientRect();
    const wheel = (init: WheelEventInit) => {
      const event = new WheelEvent('wheel', {
        clientX: box.left + 30,
        clientY: box.top + 20,
        bubbles: true,
        cancelable: true,
        ...init,
      });
      surfaceOf(element).dispatchEvent(event);
      return event;
    };
    expect(wheel({ deltaY: -100 }).defaultPrevented).to.equal(true);
    expect(wheel({ deltaY: 3, deltaMode: 1 }).defaultPrevented).to.equal(true);
    const [[inFactor, x, y], [outFactor]] = element.calls.zoom;
    expect(inFactor).to.be.closeTo(Math.exp(0.2), 1e-9);
    expect(x).to.be.closeTo(30, 1e-6);
    expect(y).to.be.closeTo(20, 1e-6);
    expect(outFactor).to.be.closeTo(Math.exp(-48 * 0.002), 1e-9);
  });

  it('pans a strip with a horizontal wheel and leaves a vertical one to the page', async () => {
    const element = await host({ axis: 'x', wheel: 'pan' });
    const wheel = (init: WheelEventInit) => {
      const event = new WheelEvent('wheel', { bubbles: true, cancelable: true, ...init });
      surfaceOf(element).dispatchEvent(event);
      return event;
    };
    expect(wheel({ deltaY: 50 }).defaultPrevented).to.equal(false);
    expect(wheel({ deltaX: 30 }).defaultPrevented).to.equal(true);
    expect(wheel({ deltaY: 2, shiftKey: true, deltaMode: 1 }).defaultPrevented).to.equal(true);
    expect(element.calls.pan).to.deep.equal([
      [-30, 0],
      [-32, 0],
    ]);
    expect(element.calls.zoom).to.deep.equal([]);
  });

  it('zooms in and out by buttons and the + and - keys inside the surface', async () => {
    const element = await host({ step: 2 });
    element.panZoom.zoomIn();
    element.panZoom.zoomOut();
    element.shadowRoot!.querySelector<HTMLElement>('.item')!.focus();
    await sendKeys({ press: '+' });
    await sendKeys({ press: '-' });
    element.shadowRoot!.querySelector<HTMLElement>('.outside')!.focus();
    await sendKeys({ press: '+' });
    expect(element.calls.zoom.map(([factor]) => factor)).to.deep.equal([2, 0.5, 2, 0.5]);
    expect(element.calls.zoom.every(([, x, y]) => x === undefined && y === undefined)).to.equal(true);
  });
});

describe('Memo', () => {
  it('makes a value again only when one of its inputs changes', () => {
    const memo = new Memo();
    let made = 0;
    const make = () => ++made;
    const a = {};
    expect(memo.get('x', [a, 1], make)).to.equal(1);
    expect(memo.get('x', [a, 1], make)).to.equal(1);
    expect(memo.get('x', [{}, 1], make)).to.equal(2);
    expect(memo.get('x', [{}, 1, 2], make)).to.equal(3);
    expect(memo.get('y', [a, 1], make)).to.equal(4);
    expect(memo.set('x', ['z'], 10)).to.equal(10);
    expect(memo.get('x', ['z'], make)).to.equal(10);
    memo.clear();
    expect(memo.get('x', ['z'], make)).to.equal(5);
  });
});

describe('OnDemand', () => {
  const strings = new LocalizedStrings<{ hello: string }>(
    { hello: 'Hallo' },
    { en: () => Promise.resolve({ hello: 'Hello' }) },
  );
  const views = {
    strings,
    styles: css`
      .view {
        outline: 3px solid rgb(1, 2, 3);
      }
    `,
  };
  let loads = 0;
  const loader = () => {
    loads++;
    return Promise.resolve(views);
  };
  const failing = () => Promise.reject(new Error('offline'));

  class ViewsHost extends LitElement {
    static override styles = css`
      :host {
        display: block;
      }
    `;
    static localizedStrings: LocalizedStrings<unknown>[] = [];
    override lang = 'en';
    readonly views = new OnDemand(this, loader, () => this.lang as 'de' | 'en');
    readonly offline = new OnDemand(this, failing, () => 'de');
    override render() {
      return html`<p class="view">${this.views.module?.strings.in('en').hello ?? 'no views'}</p>`;
    }
  }
  customElements.define('on-demand-host', ViewsHost);

  it('loads a module once for every host, joins its strings and adopts its styles in each shadow root', async () => {
    const first = await fixture<ViewsHost>(html`<on-demand-host></on-demand-host>`);
    const second = await fixture<ViewsHost>(html`<on-demand-host></on-demand-host>`);
    expect(first.views.module).to.equal(undefined);
    const paragraph = (host: ViewsHost) => host.shadowRoot!.querySelector('.view')!;
    expect(paragraph(first).textContent).to.equal('no views');

    const [a, b] = await Promise.all([first.views.load(), first.views.load()]);
    expect(a).to.equal(views);
    expect(b).to.equal(views);
    await first.updateComplete;
    // The host renders again with the module, its English strings already there.
    expect(paragraph(first).textContent).to.equal('Hello');
    expect(getComputedStyle(paragraph(first)).outlineColor).to.equal('rgb(1, 2, 3)');
    expect(ViewsHost.localizedStrings).to.deep.equal([strings]);

    // The second host has it at once, without loading again, once it renders.
    expect(second.views.module).to.equal(views);
    second.requestUpdate();
    await second.updateComplete;
    expect(getComputedStyle(paragraph(second)).outlineColor).to.equal('rgb(1, 2, 3)');
    await second.views.load();
    expect(loads).to.equal(1);
    expect(ViewsHost.localizedStrings).to.have.length(1);
    // The host's own styles stay.
    expect(getComputedStyle(second).display).to.equal('block');
  });

  it('resolves to undefined when the module cannot load (offline), and may try again', async () => {
    const host = await fixture<ViewsHost>(html`<on-demand-host></on-demand-host>`);
    expect(await host.offline.load()).to.equal(undefined);
    expect(host.offline.module).to.equal(undefined);
    expect(host.offline.pending).to.equal(undefined);
    expect(await host.offline.load()).to.equal(undefined);
  });
});
