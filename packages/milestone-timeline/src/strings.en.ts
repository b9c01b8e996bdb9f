import type { TimelineStrings } from './strings.js';

const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

export const en: TimelineStrings = {
  heading: 'Timeline and milestones',
  summary: (m, p, byStatus) =>
    `${count(m, 'milestone', 'milestones')}${byStatus ? ` (${byStatus})` : ''}, ${count(p, 'phase', 'phases')}`,
  empty: 'No phases or milestones have been entered for this cooperation yet.',
  kind: {
    content: 'Content milestone',
    process: 'Process milestone',
    reflection: 'Reflection point',
    none: 'Milestone',
  },
  status: {
    planned: 'planned',
    reached: 'reached',
    delayed: 'delayed',
    dropped: 'dropped',
    none: 'no status',
  },
  phaseType: {
    'co-planning': 'Co-planning',
    'co-design': 'Co-design',
    'co-implementation': 'Co-implementation',
    'co-evaluation': 'Co-evaluation',
    'funding-period': 'Funding period',
    other: 'Phase',
  },
  zoom: { years: 'Years', quarters: 'Quarters', months: 'Months' },
  zoomLabel: 'Scale',
  panLabel: 'Move',
  earlier: 'Earlier',
  later: 'Later',
  today: 'Today',
  asList: 'As a list',
  axis: (n) =>
    `Time axis, ${count(n, 'milestone', 'milestones')}. Arrow keys: next milestone, plus and minus: scale`,
  shown: (from, to) => `Showing ${from} to ${to}`,
  planned: 'Planned',
  actual: 'Actual',
  delay: (n, unit) => {
    if (n === 0) return 'as planned';
    const a = Math.abs(n);
    return `${count(a, unit, `${unit}s`)} ${n > 0 ? 'later' : 'earlier'}`;
  },
  phase: 'Phase',
  outsidePhases: 'outside all phases',
  goals: 'Goals',
  actors: 'Responsible',
  questions: 'Questions for this reflection point',
  guideQuestions: [
    'Are the goals still shared by everyone?',
    'Have we come closer to the goals?',
    'Do the structures still fit the resources?',
  ],
  guideNote: "The guide's key questions (the document lists no questions of its own).",
  hint: 'Click a milestone or select it with Enter to see its details.',
  selected: (title) => `Details of “${title}” below the time axis.`,
  legend: 'Legend',
  delayLegend: 'dashed: planned date, line to the actual one',
  undated: 'Without a date',
  undatedIntro: 'These items have no date and are therefore missing from the time axis:',
  cliff: 'Funding ends without follow-up funding',
  cliffText: (name, date) => `“${name}” ends on ${date}. No follow-up funding has been entered.`,
  cliffMilestones: 'These milestones lie after it:',
  cliffRoles: 'Paid roles beyond the end of funding:',
  cliffMark: (name, date) => `Funding ends without follow-up: ${name}, ${date}`,
  until: (date) => `until ${date}`,
  range: (from, to) => `${from} to ${to}`,
  funders: 'Funded by',
  amount: 'Amount',
  none: { phase: 'No phase', goal: 'No goal', actor: 'No one named' },
  phasesHeading: 'Phases and funding periods',
  milestones: 'Milestones in time order',
  more: (next, remaining) => `Show ${next} more milestones (${remaining} left)`,
};
