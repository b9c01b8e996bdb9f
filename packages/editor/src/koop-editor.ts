import { KoopEditor } from './editor.element.js';

KoopEditor.define('koop-editor');

declare global {
  interface HTMLElementTagNameMap {
    'koop-editor': KoopEditor;
  }
}
