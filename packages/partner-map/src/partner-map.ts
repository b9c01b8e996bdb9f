import { KoopPartnerMap } from './partner-map.element.js';

KoopPartnerMap.define('koop-partner-map');

declare global {
  interface HTMLElementTagNameMap {
    'koop-partner-map': KoopPartnerMap;
  }
}
