// Which words of a text a change deletes and inserts (jsdiff's word diff, loaded only where
// changes are reviewed).
import { diffWords } from 'diff';

export interface TextPart {
  text: string;
  kind: 'same' | 'deleted' | 'inserted';
}

/** Above this length a text is compared as a whole: word diffs of long texts say little. */
const MAX_DIFF_LENGTH = 20_000;

export function textDiff(before: string, after: string): TextPart[] {
  if (before.length + after.length > MAX_DIFF_LENGTH)
    return [
      { text: before, kind: 'deleted' },
      { text: after, kind: 'inserted' },
    ];
  return diffWords(before, after).map((part) => ({
    text: part.value,
    kind: part.added ? 'inserted' : part.removed ? 'deleted' : 'same',
  }));
}
