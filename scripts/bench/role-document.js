// A cooperation with `actors` actors and a catalogue of `roles` roles, for the role-matrix
// benchmark: every actor holds three to five roles, some in succession, some in conflict.
import { ROLE_TYPES as TYPES } from '/dist/koop.js';
import { SECTORS } from './network-document.js';

const MANDATES = ['none', 'advisory', 'binding'];

export function roleDocument(actors = 200, roles = 30) {
  const assignments = [];
  for (let a = 0; a < actors; a++) {
    const count = 3 + (a % 3);
    for (let k = 0; k < count; k++) {
      const role = (a * 7 + k * 11) % roles;
      assignments.push({
        actor: `a${a}`,
        role: `r${role}`,
        mandate: MANDATES[(a + k) % 3],
        staffing: (a + k) % 4 === 0 ? 'paid' : 'volunteer',
        since: `${2018 + ((a + k) % 5)}-0${1 + (k % 9)}`,
        ...(k === 0 && a % 5 === 0 ? { until: '2024-12' } : {}),
        ...(a % 9 === 0 ? { holder: `Person ${a}-${k}` } : {}),
      });
    }
  }
  return {
    schemaVersion: '1.0',
    updatedAt: '2025-06-30',
    cooperation: { name: `Rollen ${actors} × ${roles}` },
    actors: Array.from({ length: actors }, (_, i) => ({
      id: `a${i}`,
      name: `Akteur ${i + 1}`,
      sector: SECTORS[i % SECTORS.length],
    })),
    roles: Array.from({ length: roles }, (_, i) => ({
      id: `r${i}`,
      name: `Rolle ${i + 1}`,
      type: TYPES[i % TYPES.length],
    })),
    assignments,
    conflicts: [{ actor: 'a3', roles: ['r0', 'r1'], status: 'open', description: 'Beispielkonflikt' }],
  };
}
