import { adoptStyles, type CSSResultOrNative, type ReactiveController, type ReactiveElement } from 'lit';
import type { LocalizedStrings, UiLanguage } from '../i18n.js';

/** A module of views that a widget loads only when the reader needs them, with their own styles and strings. */
export interface OnDemandModule {
  styles: CSSResultOrNative;
  strings: LocalizedStrings<unknown>;
}

/** The widget class whose string tables the module's strings join. */
interface HostClass {
  elementStyles: CSSResultOrNative[];
  localizedStrings: LocalizedStrings<unknown>[];
}

// Per loader, the module once loaded: every element of a page shares it, a second one renders
// the views at once.
const loaded = new WeakMap<() => Promise<OnDemandModule>, OnDemandModule>();

/**
 * Loads a module of views on demand (details, panels, a list view) and makes it part of the
 * host: its strings load with the host's other tables from then on (a language change waits for
 * them), and its styles join the host's in its shadow root. Until it is there, and if it cannot
 * load (offline), `module` is undefined and the host renders without those views.
 *
 * `loader` must be one function per module (a module-level constant), so that elements share it.
 */
export class OnDemand<M extends OnDemandModule> implements ReactiveController {
  private loading?: Promise<M | undefined>;
  private adoptedInto?: ShadowRoot;

  constructor(
    private readonly host: ReactiveElement,
    private readonly loader: () => Promise<M>,
    /** The host's language now, so that the first render of the views has its strings. */
    private readonly language: () => UiLanguage,
  ) {
    host.addController(this);
  }

  /** The module, once loaded. */
  get module(): M | undefined {
    return loaded.get(this.loader) as M | undefined;
  }

  /** Whether a load has started and not finished (the host's `updateComplete` may wait for it). */
  get pending(): Promise<unknown> | undefined {
    return this.module ? undefined : this.loading;
  }

  /** Loads the module (once) and renders the host again; resolves to it, or undefined offline. */
  load(): Promise<M | undefined> {
    if (this.module) return Promise.resolve(this.adopt());
    this.loading ??= this.loader().then(
      async (module) => {
        const element = this.host.constructor as unknown as HostClass;
        if (!element.localizedStrings.includes(module.strings))
          element.localizedStrings = [...element.localizedStrings, module.strings];
        await module.strings.load(this.language());
        loaded.set(this.loader, module);
        this.host.requestUpdate();
        return this.adopt();
      },
      () => {
        this.loading = undefined;
        return undefined;
      },
    );
    return this.loading;
  }

  hostUpdate(): void {
    this.adopt();
  }

  /** Adds the module's styles to the host's shadow root, once per root. */
  private adopt(): M | undefined {
    const module = this.module;
    const root = this.host.renderRoot;
    if (module && root instanceof ShadowRoot && this.adoptedInto !== root) {
      const element = this.host.constructor as unknown as HostClass;
      adoptStyles(root, [...element.elementStyles, module.styles]);
      this.adoptedInto = root;
    }
    return module;
  }
}
