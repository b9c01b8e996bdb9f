import { safeUrl } from '@koop/schema';
import { html, type TemplateResult } from 'lit';
import { closeDirectionalControls } from './i18n.js';

/**
 * A link to `url` with `label` as its text, or just the text when the URL fails the protocol
 * allowlist (https, http, mailto, relative). Relative URLs resolve against `base` (the
 * document's URL) when given. External links open in the same tab, as readers expect.
 */
export function safeLink(url: unknown, label: string, base?: string): TemplateResult {
  const href = safeUrl(url, base);
  const text = closeDirectionalControls(label);
  return href ? html`<a href=${href} part="link">${text}</a>` : html`<span>${text}</span>`;
}
