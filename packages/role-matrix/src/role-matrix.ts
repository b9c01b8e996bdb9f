import { KoopRoleMatrix } from './role-matrix.element.js';

KoopRoleMatrix.define('koop-role-matrix');

declare global {
  interface HTMLElementTagNameMap {
    'koop-role-matrix': KoopRoleMatrix;
  }
}
