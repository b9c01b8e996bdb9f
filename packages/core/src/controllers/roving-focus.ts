import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** Selector of the groups in the host's render root; each group is one tab stop. */
  groups: string;
  /** Selector of the items of a group (default: its buttons and inputs). */
  items?: string;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);

/**
 * A roving tab stop: each group of controls (a toolbar of buttons, a set of filter chips or
 * checkboxes) is one stop in the Tab order; the arrow keys move within it (Home and End to its
 * ends) and the control last used is where Tab comes back to. The groups are found anew after
 * every update, so they may be rendered, replaced or removed at will.
 */
export class RovingFocus implements ReactiveController {
  /** Each group's current stop, until the group or the item is rendered anew. */
  private readonly current = new WeakMap<Element, Element>();
  private root?: HTMLElement | DocumentFragment;

  constructor(
    private readonly host: Host,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.root = this.host.renderRoot;
    this.root.addEventListener('keydown', this.onKeydown as EventListener);
    this.root.addEventListener('focusin', this.onFocusin as EventListener);
  }

  hostDisconnected(): void {
    this.root?.removeEventListener('keydown', this.onKeydown as EventListener);
    this.root?.removeEventListener('focusin', this.onFocusin as EventListener);
  }

  hostUpdated(): void {
    for (const group of this.host.renderRoot.querySelectorAll(this.options.groups)) {
      const items = this.items(group);
      const current = this.current.get(group);
      const stop = current && items.includes(current as HTMLElement) ? current : items[0];
      for (const item of items) {
        const tabIndex = item === stop ? 0 : -1;
        if (item.tabIndex !== tabIndex) item.tabIndex = tabIndex;
      }
    }
  }

  private items(group: Element): HTMLElement[] {
    return [...group.querySelectorAll<HTMLElement>(this.options.items ?? 'button, input')].filter(
      (item) => !(item as HTMLButtonElement).disabled && !item.closest('[hidden]'),
    );
  }

  /** The group `target` is an item of, if any. */
  private groupOf(target: EventTarget | null): Element | undefined {
    const group = (target as Element | null)?.closest?.(this.options.groups);
    return group && this.items(group).includes(target as HTMLElement) ? group : undefined;
  }

  private onFocusin = (event: FocusEvent): void => {
    const group = this.groupOf(event.target);
    if (!group) return;
    this.current.set(group, event.target as Element);
    for (const item of this.items(group)) item.tabIndex = item === event.target ? 0 : -1;
  };

  private onKeydown = (event: KeyboardEvent): void => {
    const group = this.groupOf(event.target);
    if (!group || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = this.items(group);
    const at = items.indexOf(event.target as HTMLElement);
    // In a right-to-left text, the right arrow goes back.
    const key = getComputedStyle(group).direction === 'rtl' ? mirror(event.key) : event.key;
    let next: number;
    if (NEXT.has(key)) next = (at + 1) % items.length;
    else if (PREVIOUS.has(key)) next = (at - 1 + items.length) % items.length;
    else if (key === 'Home') next = 0;
    else if (key === 'End') next = items.length - 1;
    else return;
    event.preventDefault();
    items[next].focus();
  };
}

const mirror = (key: string) =>
  key === 'ArrowLeft' ? 'ArrowRight' : key === 'ArrowRight' ? 'ArrowLeft' : key;
