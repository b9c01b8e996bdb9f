import type { LoadError } from './events.js';
import type { CoreStrings } from './strings.js';

const reasonEn = (error: LoadError): string => {
  switch (error.kind) {
    case 'network':
      return 'The server could not be reached (network error).';
    case 'timeout':
      return 'The server did not answer in time (timeout).';
    case 'http':
      return error.status === 404
        ? 'The document was not found (HTTP 404).'
        : `The server answered with an error (HTTP ${error.status}).`;
    case 'empty':
      return 'The document is empty.';
    case 'not-json':
      return 'A web page (HTML) came back instead of JSON data – is the address right?';
    case 'json':
      return 'The document is not valid JSON.';
    case 'too-large':
      return 'The document is too large (over 10 MB).';
    case 'redirect':
      return 'The server redirects the request, but the redirect does not lead to the document (e.g. a redirect loop).';
    case 'version':
      return 'The document uses a newer version of the format.';
    case 'invalid':
      return 'The document does not follow the Koop format.';
  }
};

export const en: CoreStrings = {
  noSource: 'No document given. Please set the src attribute to the address of a Koop JSON file.',
  loading: 'Loading data …',
  loaded: (name) => `Data loaded: ${name}`,
  errorTitle: 'The data cannot be shown.',
  errorReason: reasonEn,
  problemsHeading: (count) => (count === 1 ? '1 problem:' : `${count} problems:`),
  moreProblems: (count) => `… and ${count} more.`,
  retry: 'Try again',
  staleNotice: (reason) => `Refresh failed: ${reason} Showing the last valid data.`,
  warningsSummary: (count) => (count === 1 ? '1 note on the data' : `${count} notes on the data`),
  updatedAt: (date) => `As of ${date}`,
  documentRoot: '(document)',
  pathsSummary: 'For whoever maintains the data: places in the file',
  allowedCodes: (codes) => `values allowed in the file: ${codes}`,
  dataErrors: (count) =>
    count === 1
      ? 'The data contains an error; what it concerns is missing here:'
      : `The data contains ${count} errors; what they concern is missing here:`,
  linked: (kind, name) => `Linked selection: ${kind} “${name}”`,
  clearLinked: 'Clear selection',
  linkedMark: 'Linked',
};
