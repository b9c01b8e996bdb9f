// Shared by the hardening tests: the widgets, a walk through every shadow root, what a
// widget may render, and a routine that opens every panel and view a widget has.
import '@koop/kit/koop.js';
import { safeUrl } from '@koop/schema';
import type { KoopWidget } from '@koop/core';
import type { KoopGoalTracker } from '@koop/goal-tracker';
import type { KoopTransparencyFeed } from '@koop/transparency-feed';
import type { KoopMilestoneTimeline } from '@koop/milestone-timeline';
import type { KoopRoleMatrix } from '@koop/role-matrix';
import type { KoopPartnerMap } from '@koop/partner-map';
import type { KoopActorDirectory } from '@koop/actor-directory';
import { elementTags } from '../../packages/kit/src/autoload.js';

export { demoDocument } from '../support/helpers.js';

export type WidgetTag = Exclude<(typeof elementTags)[number], 'koop-data'>;
/** Every element of the kit but <koop-data>. */
export const WIDGET_TAGS = elementTags.filter((tag): tag is WidgetTag => tag !== 'koop-data');
export type Widget = KoopWidget & HTMLElement;

export const DEMO_FILES = ['ko-produktion', 'equal-strategien'] as const;

/** Every element in `root` and in the shadow roots below it. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...deepElements(el.shadowRoot));
  }
  return found;
}

/**
 * What a reader (or a screen reader) can get from a widget: its text and the text in the
 * attributes assistive technology reads, through every shadow root.
 */
export function deepText(root: ParentNode): string {
  const parts: string[] = [];
  const visit = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
      else if (child instanceof Element) {
        if (child.localName === 'style') continue;
        for (const name of [
          'aria-label',
          'aria-description',
          'aria-valuetext',
          'title',
          'alt',
          'placeholder',
        ])
          if (child.hasAttribute(name)) parts.push(` ${child.getAttribute(name)} `);
        if (child.shadowRoot) visit(child.shadowRoot);
        visit(child);
      }
    }
  };
  visit(root);
  return parts.join(' ');
}

/** Words in rendered text that can only come from a bug: a value printed without a check. */
export const GARBAGE = /\bundefined\b|\bNaN\b|\[object Object\]|Invalid Date|\bnull\b|Infinity/;

/** Elements a widget never creates itself: if one appears, it came from the document. */
const FOREIGN_ELEMENTS = new Set([
  'script',
  'img',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'base',
  'link',
  'meta',
  'foreignobject',
  'image',
  'video',
  'audio',
  'source',
  'marquee',
]);
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'srcdoc', 'poster', 'data'];

/** An `href` a widget may render: the allowlist (https, http, mailto, tel, relative incl. #fragment). */
export function allowedHref(value: string): boolean {
  if (value.startsWith('#')) return true;
  if (value.startsWith('blob:' + location.origin)) return true;
  if (!safeUrl(value)) return false;
  // Judged again as the browser resolves it on this page.
  const resolved = new URL(value, location.href);
  return ['https:', 'http:', 'mailto:', 'tel:'].includes(resolved.protocol);
}

/** Everything in a widget that should never be there: foreign markup, handlers, unsafe URLs. */
export function unsafeMarkup(widget: Element): string[] {
  const found: string[] = [];
  for (const el of deepElements(widget.shadowRoot!)) {
    const name = el.localName.toLowerCase();
    if (FOREIGN_ELEMENTS.has(name)) found.push(`<${name}>`);
    for (const attribute of el.attributes) {
      if (attribute.name.toLowerCase().startsWith('on')) found.push(`${name}[${attribute.name}]`);
      if (URL_ATTRIBUTES.includes(attribute.name.toLowerCase()) && !allowedHref(attribute.value))
        found.push(`${name}[${attribute.name}=${JSON.stringify(attribute.value.slice(0, 60))}]`);
    }
  }
  return found;
}

/** The tag names rendered in a widget's shadow roots. */
export function tagNames(widget: Element): Set<string> {
  return new Set(deepElements(widget.shadowRoot!).map((el) => el.localName));
}

export const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when `check` holds, rejects after `ms`. */
export async function until(check: () => unknown, what: string, ms = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(10);
  }
}

/** The widget has left its loading state: it shows its document or an alert. */
export function settled(widget: Widget): boolean {
  const root = widget.shadowRoot;
  if (!root) return false;
  if (root.querySelector('.loading')) return false;
  return Boolean(root.querySelector('[role="alert"]') || widget.document);
}

export async function settle(widget: Widget, ms = 5000): Promise<void> {
  await until(() => settled(widget), `${widget.localName} settled`, ms);
  await widget.updateComplete;
  await frame();
  await widget.updateComplete;
}

/**
 * Opens every panel, list and detail view a widget offers, calling `check` after each step so
 * that every state is inspected, not just the last. Stays away from downloads.
 */
export async function openEverything(widget: Widget, check: (step: string) => void): Promise<void> {
  const root = widget.shadowRoot!;
  const step = async (name: string) => {
    await widget.updateComplete;
    await frame();
    await widget.updateComplete;
    for (const details of root.querySelectorAll('details')) details.open = true;
    check(name);
  };
  await step('first render');
  if (root.querySelector('[role="alert"]')) return;
  const doc = widget.document!;
  switch (widget.localName as WidgetTag) {
    case 'koop-goal-tracker': {
      const tracker = widget as KoopGoalTracker;
      tracker.expandAll();
      await step('all goals expanded');
      for (const button of root.querySelectorAll<HTMLButtonElement>('.table-toggle, .more')) button.click();
      await step('tables and more');
      tracker.lang = 'en';
      await step('English');
      break;
    }
    case 'koop-transparency-feed': {
      const feed = widget as KoopTransparencyFeed;
      feed.setAttribute('page-size', '1000');
      await step('all entries');
      const search = root.querySelector<HTMLInputElement>('input[type="search"]');
      if (search) {
        search.value = '<script>';
        search.dispatchEvent(new Event('input'));
        await step('searched for markup');
        feed.resetFilters();
      }
      feed.lang = 'en';
      await step('English');
      break;
    }
    case 'koop-milestone-timeline': {
      const timeline = widget as KoopMilestoneTimeline;
      for (const milestone of (doc.milestones ?? []).slice(0, 12)) {
        timeline.selected = milestone.id;
        await step(`milestone ${milestone.id}`);
      }
      timeline.groupBy = 'goal';
      await step('lanes by goal');
      timeline.view = 'list';
      await step('list view');
      timeline.lang = 'en';
      await step('English');
      break;
    }
    case 'koop-role-matrix': {
      const matrix = widget as KoopRoleMatrix;
      matrix.at = 'all';
      await step('all periods');
      const selects = [...root.querySelectorAll<HTMLButtonElement>('button.select')].slice(0, 6);
      for (const button of selects) {
        if (!button.isConnected) continue;
        button.click();
        await step('row panel');
      }
      const roles = [...root.querySelectorAll<HTMLButtonElement>('button.role')].slice(0, 4);
      for (const button of roles) {
        if (!button.isConnected) continue;
        button.click();
        await step('role history');
      }
      matrix.style.width = '400px';
      await step('narrow list');
      matrix.style.width = '';
      matrix.lang = 'en';
      await step('English');
      break;
    }
    case 'koop-partner-map': {
      const map = widget as KoopPartnerMap;
      for (const actor of (doc.actors ?? []).slice(0, 10)) {
        map.selected = actor.id;
        // The details view is a module of its own, loaded on first use.
        await until(() => root.querySelector('[part~="details"]'), `details of ${actor.id}`);
        await step(`actor ${actor.id}`);
      }
      map.view = 'list';
      await until(() => root.querySelector('.list'), 'list view');
      await step('list view');
      map.view = 'map';
      map.layout = 'sectors';
      await step('sectors');
      map.lang = 'en';
      await step('English');
      break;
    }
    case 'koop-actor-directory': {
      const directory = widget as KoopActorDirectory;
      directory.setAttribute('page-size', '1000');
      await step('all actors');
      const search = root.querySelector<HTMLInputElement>('input[type="search"]');
      if (search) {
        search.value = '<script>';
        search.dispatchEvent(new Event('input'));
        await step('searched for markup');
        directory.resetFilters();
      }
      for (const actor of (doc.actors ?? []).slice(0, 6)) {
        directory.selected = actor.id;
        await step(`details of ${actor.id}`);
      }
      directory.view = 'list';
      await step('list view');
      directory.lang = 'en';
      await step('English');
      break;
    }
  }
}
