import { KoopCooperationSummary } from './cooperation-summary.element.js';

KoopCooperationSummary.define('koop-cooperation-summary');

declare global {
  interface HTMLElementTagNameMap {
    'koop-cooperation-summary': KoopCooperationSummary;
  }
}
