import type { PathSegment } from './json-schema.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `['goals', 3, 'indicators', 0, 'target', 'value']` → `goals[3].indicators[0].target.value`. */
export function formatPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
