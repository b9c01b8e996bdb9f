import { KoopTransparencyFeed } from './transparency-feed.element.js';

KoopTransparencyFeed.define('koop-transparency-feed');

declare global {
  interface HTMLElementTagNameMap {
    'koop-transparency-feed': KoopTransparencyFeed;
  }
}
