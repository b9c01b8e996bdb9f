import { headerStyles, statusIconStyles } from '@koop/core';
import { css } from 'lit';

export const cooperationSummaryStyles = css`
  ${headerStyles}
  ${statusIconStyles}

  /* A compact card reserves less than the other widgets' 45em (reserve.styles.ts): a default
     that the page's own --koop-height overrides (the outer rule wins over :host). dist/koop.css
     says the same from scripts/elements.mjs. */
  :host {
    --koop-height: 16em;
  }

  .header {
    margin-bottom: 0.5em;
  }

  .meta {
    margin: 0;
    color: var(--_muted);
  }

  .conditions {
    list-style: none;
    display: grid;
    /* minmax(0, …): a long word wraps instead of widening the card. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
  }

  /* Side by side, as many as fit; one column again in a sidebar. */
  .row .conditions {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
  }

  .condition {
    border: 1px solid var(--_border);
    border-inline-start-width: 0.3em;
    border-radius: var(--_radius);
    padding: 0.4em 0.6em;
    background: var(--_surface);
  }

  .condition p {
    margin: 0;
  }

  .condition.linked {
    border-color: var(--_accent);
    border-inline-start-width: 0.5em;
  }

  .name {
    font-weight: 700;
  }

  .number {
    display: inline-block;
    min-width: 1.2em;
    color: var(--_muted);
  }

  .status {
    display: flex;
    align-items: center;
    gap: 0.3em;
    font-weight: 700;
  }

  .status-ok {
    border-inline-start-color: var(--_success);
  }

  .status-ok .status {
    color: var(--_success);
  }

  .status-attention {
    border-inline-start-color: var(--_warning);
  }

  .status-attention .status,
  .cliff {
    color: var(--_warning);
  }

  .status-none .status {
    color: var(--_neutral);
  }

  .facts {
    font-size: 0.95em;
  }

  .linked-mark {
    margin-top: 0.2em;
  }

  @media (forced-colors: active) {
    .condition {
      border-color: CanvasText;
    }
    .condition.linked {
      border-color: Highlight;
    }
  }
`;
