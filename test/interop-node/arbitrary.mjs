// Fuzzed documents for the spreadsheet round trips (CSV and workbook).
import fc from 'fast-check';

// Documents the data check accepts, with every list and localized texts.
// eslint-disable-next-line no-control-regex -- no controls: the format refuses them
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/;
const word = fc.stringMatching(/^(?:'{0,2}[=+@-])?[A-Za-zÄÖÜäöüß0-9][A-Za-zÄÖÜäöüß0-9 ;,"'\n-]{0,30}$/);
const text = fc.oneof(word, fc.record({ de: word, en: word }, { requiredKeys: ['de'] }));
const number = fc
  .oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }))
  .filter((n) => !Object.is(n, -0));
const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const documentArbitrary = fc
  .record({
    actors: fc.array(
      fc.record(
        {
          name: text,
          kind: fc.constantFrom('organisation', 'person', 'group', 'body'),
          description: text,
          lat: fc.double({ min: -90, max: 90, noNaN: true }).filter((n) => !Object.is(n, -0)),
          identifiers: fc.array(fc.record({ scheme: fc.constantFrom('oparl', 'url'), value: fc.uuid() }), {
            minLength: 1,
            maxLength: 2,
          }),
        },
        { requiredKeys: ['name'] },
      ),
      { minLength: 2, maxLength: 4 },
    ),
    relations: fc.array(
      fc.record({ type: fc.constantFrom('cooperation', 'funding'), directed: fc.boolean(), amount: number }),
      { maxLength: 3 },
    ),
    goals: fc.array(
      fc.record({
        title: text,
        indicators: fc.array(
          fc.record({
            name: text,
            baseline: number,
            observations: fc.array(fc.record({ date: day, value: fc.option(number) }), { maxLength: 3 }),
          }),
          { maxLength: 2 },
        ),
      }),
      { maxLength: 3 },
    ),
    entries: fc.array(
      fc.record(
        {
          date: day,
          type: fc.constantFrom('decision', 'meeting', 'result'),
          title: text,
          summary: fc.string({ minLength: 1, maxLength: 300 }).filter((s) => !CONTROLS.test(s)),
          binding: fc.boolean(),
          links: fc.array(fc.record({ url: fc.webUrl({ validSchemeOrigin: ['https'] }), title: text }), {
            maxLength: 2,
          }),
        },
        { requiredKeys: ['date', 'type', 'title'] },
      ),
      { maxLength: 5 },
    ),
    name: text,
  })
  .map(({ actors, relations, goals, entries, name }) => {
    const document = {
      schemaVersion: '1.1',
      lang: 'de',
      cooperation: { name },
      actors: actors.map(({ lat, ...actor }, i) => ({
        id: `a${i}`,
        ...actor,
        ...(lat === undefined ? {} : { location: { lat } }),
      })),
      relations: relations.map(({ amount, ...relation }, i) => ({
        source: 'a0',
        target: `a${(i % (actors.length - 1)) + 1}`,
        ...relation,
        amount: { value: Math.abs(amount), currency: 'EUR' },
      })),
      goals: goals.map(({ indicators, ...goal }, i) => ({
        id: `g${i}`,
        ...goal,
        ...(i ? { parent: 'g0' } : {}),
        ...(indicators.length
          ? {
              indicators: indicators.map(({ baseline, observations, ...indicator }) => ({
                ...indicator,
                baseline: { value: baseline },
                ...(observations.length ? { observations } : {}),
              })),
            }
          : {}),
      })),
      entries: entries.map(({ binding, ...entry }, i) => ({
        id: `e${i}`,
        ...entry,
        actors: ['a1', 'a0'].slice(0, (i % 2) + 1),
        ...(binding === undefined ? {} : { how: { binding } }),
      })),
    };
    return JSON.parse(JSON.stringify(document));
  });
