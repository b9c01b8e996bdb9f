import { KoopDataElement } from './koop-data.element.js';

KoopDataElement.define('koop-data');

declare global {
  interface HTMLElementTagNameMap {
    'koop-data': KoopDataElement;
  }
}
