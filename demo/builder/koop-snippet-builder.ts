import { KoopSnippetBuilder } from './koop-snippet-builder.element.js';

KoopSnippetBuilder.define('koop-snippet-builder');

declare global {
  interface HTMLElementTagNameMap {
    'koop-snippet-builder': KoopSnippetBuilder;
  }
}
