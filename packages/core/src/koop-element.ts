import { LitElement } from 'lit';

/**
 * The one base class of the kit: LitElement plus a registration that tolerates a second copy
 * of the kit on the page, and a typed `emit`.
 */
export class KoopElement extends LitElement {
  /**
   * Registers this class as `name` unless that tag is already taken. A second copy of the
   * kit (two script tags, or a CMS plugin and a page both loading it) must not break the page.
   */
  static define(name: string): void {
    const existing = customElements.get(name);
    if (!existing) customElements.define(name, this);
    else if (existing !== this)
      console.warn(`<${name}> is already registered by another copy of Koop; keeping that one.`);
  }

  /** Dispatches one of the kit's typed `koop-*` events from this element. */
  emit<E extends Event>(event: E): E {
    this.dispatchEvent(event);
    return event;
  }
}
