// A cooperation with `milestones` milestones and `phases` phases over ten years, for the timeline
// benchmark, and the same milestones as TimelineJS3 events for the comparison.
const KINDS = ['content', 'process', 'reflection'];
const STATUSES = ['reached', 'planned', 'delayed', 'dropped'];
const PHASE_TYPES = ['co-planning', 'co-design', 'co-implementation', 'co-evaluation', 'funding-period'];
const DAY = 86_400_000;
const START = Date.UTC(2020, 0, 1);
const iso = (time) => new Date(time).toISOString().slice(0, 10);

export function timelineDocument(milestones = 1000, phases = 20) {
  const span = 10 * 365 * DAY;
  return {
    schemaVersion: '1.0',
    updatedAt: '2025-06-30',
    cooperation: { name: 'Benchmark-Kooperation', period: { start: iso(START), end: iso(START + span) } },
    phases: Array.from({ length: phases }, (_, i) => {
      const start = START + Math.floor((i * span) / phases);
      return {
        id: `p${i}`,
        name: `Phase ${i + 1}`,
        type: PHASE_TYPES[i % PHASE_TYPES.length],
        start: iso(start),
        end: iso(start + Math.floor((1.6 * span) / phases)),
      };
    }),
    milestones: Array.from({ length: milestones }, (_, i) => {
      const planned = START + Math.floor((i * span) / milestones);
      const delayed = i % 7 === 0;
      return {
        id: `m${i}`,
        title: `Meilenstein ${i + 1}`,
        description: `Beschreibung des Meilensteins ${i + 1}.`,
        kind: KINDS[i % KINDS.length],
        status: delayed ? 'delayed' : STATUSES[i % STATUSES.length],
        planned: iso(planned),
        ...(delayed ? { actual: iso(planned + 40 * DAY) } : {}),
        phase: `p${Math.min(phases - 1, Math.floor((i * phases) / milestones))}`,
      };
    }),
  };
}

export function timelineJsData(document) {
  const date = (value) => {
    const [year, month, day] = value.split('-').map(Number);
    return { year, month, day };
  };
  return {
    title: { text: { headline: document.cooperation.name } },
    events: document.milestones.map((m) => ({
      start_date: date(m.actual ?? m.planned),
      text: { headline: m.title, text: m.description },
      group: m.phase,
    })),
    eras: document.phases.map((p) => ({
      start_date: date(p.start),
      end_date: date(p.end),
      text: { headline: p.name },
    })),
  };
}
