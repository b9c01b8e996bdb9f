import { clearDocumentCache, type KoopErrorEvent, type KoopLoadEvent } from '@koop/core';
import type { KoopDocument } from '@koop/schema';
import { oneEvent, waitUntil } from '@open-wc/testing';

/** Starts every test without responses cached by an earlier one. */
export function freshCache(): void {
  beforeEach(() => clearDocumentCache());
}

/** A unique URL so the server-side request counters of two tests never meet. */
let counter = 0;
export function uniqueName(prefix = 'doc'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

/** A fresh copy of a demo document (each file is fetched once). */
const demoTexts = new Map<string, Promise<string>>();
export async function demoDocument(
  file: 'equal-strategien' | 'ko-produktion' = 'equal-strategien',
): Promise<KoopDocument> {
  if (!demoTexts.has(file))
    demoTexts.set(
      file,
      fetch(`/demo/data/${file}.json`).then((response) => response.text()),
    );
  return JSON.parse(await demoTexts.get(file)!) as KoopDocument;
}

export async function requestCount(name: string): Promise<number> {
  const response = await fetch(`/__koop/count/${name}`);
  return (await response.json()) as number;
}

export function nextLoad(element: Element): Promise<KoopLoadEvent> {
  return oneEvent(element, 'koop-load') as Promise<KoopLoadEvent>;
}

export function nextError(element: Element): Promise<KoopErrorEvent> {
  return oneEvent(element, 'koop-error') as Promise<KoopErrorEvent>;
}

/** The widget's shadow root, which every test here renders into. */
export function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

export function textOf(element: Element): string {
  return (shadow(element).textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function waitForStatus(
  element: Element & { updateComplete: Promise<unknown> },
  selector: string,
) {
  await waitUntil(() => shadow(element).querySelector(selector), `waiting for ${selector}`, {
    timeout: 5000,
  });
  await element.updateComplete;
}
