// A deterministic directory for the actor-directory benchmark: `actors` actors with `offers`
// offers each, over 6 target groups and 12 districts, most with opening hours and a contact.
const GROUPS = ['jugend', 'senioren', 'gefluechtete', 'familien', 'kinder', 'erwerbslose'];
const KINDS = ['counselling', 'course', 'group', 'event', 'care', 'leisure', 'service', 'other'];
const SECTORS = ['civil-society', 'administration', 'business', 'funder', 'intermediary'];
const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const WORDS = ['Beratung', 'Treff', 'Kurs', 'Café', 'Werkstatt', 'Sprechstunde', 'Gruppe', 'Hilfe'];

export function directoryDocument(actors = 500, offers = 10) {
  const districts = Array.from({ length: 12 }, (_, i) => ({ id: `d${i}`, label: `Stadtteil ${i + 1}` }));
  return {
    schemaVersion: '1.2',
    lang: 'de',
    cooperation: { name: 'Chancenportal (Benchmark)', timeZone: 'Europe/Berlin' },
    targetGroups: GROUPS.map((id) => ({ id, label: { de: id, en: id } })),
    districts,
    actors: Array.from({ length: actors }, (_, a) => ({
      id: `a${a}`,
      name: `${String.fromCharCode(65 + ((a * 7) % 26))}${['ö', 'a', 'ü', 'e'][a % 4]}rger-Träger ${a}`,
      sector: SECTORS[a % SECTORS.length],
      description: `Träger Nummer ${a} im Stadtteil ${(a % 12) + 1}`,
      offers: Array.from({ length: offers }, (_, o) => {
        const n = a * offers + o;
        return {
          id: `o${n}`,
          title: `${WORDS[n % WORDS.length]} ${n}`,
          description: `Angebot ${n} für ${GROUPS[n % GROUPS.length]}`,
          kind: KINDS[n % KINDS.length],
          targetGroups: [GROUPS[n % GROUPS.length], GROUPS[(n + 3) % GROUPS.length]],
          districts: [`d${(a + o) % 12}`],
          ...(n % 3
            ? { times: [{ days: [DAYS[n % 7], DAYS[(n + 2) % 7]], from: '09:00', until: '17:00' }] }
            : {}),
          ...(n % 2 ? { contact: { email: `angebot${n}@example.org`, phone: '0341 555 0100' } } : {}),
        };
      }),
    })),
  };
}
