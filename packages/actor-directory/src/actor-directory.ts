import { KoopActorDirectory } from './actor-directory.element.js';

KoopActorDirectory.define('koop-actor-directory');

declare global {
  interface HTMLElementTagNameMap {
    'koop-actor-directory': KoopActorDirectory;
  }
}
