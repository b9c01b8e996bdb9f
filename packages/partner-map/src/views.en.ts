import type { ViewStrings } from './views.js';

export const en: ViewStrings = {
  partOf: 'Part of',
  since: 'since',
  until: 'until',
  place: 'Place',
  roles: 'Roles',
  distances: 'Path distances',
  unreachable: 'not reachable',
  clear: 'Clear selection',
  relation: {
    cooperation: ['cooperates with', 'cooperates with', 'cooperates with'],
    funding: ['funds', 'funded by', 'funding with'],
    mandate: ['mandates', 'mandated by', 'mandate with'],
    membership: ['member of', 'has as member', 'membership with'],
    information: ['informs', 'informed by', 'exchanges information with'],
    advice: ['advises', 'advised by', 'advice with'],
    dependency: ['depends on', 'depended on by', 'interdependent with'],
    conflict: ['in conflict with', 'in conflict with', 'in conflict with'],
    other: ['related to', 'related to', 'related to'],
  },
  mutual: 'mutual',
};
