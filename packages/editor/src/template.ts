// The documents the editor starts from. The template follows the guide "Ko-Produktion"
// (Vollmer et al. 2023): its catalogue of roles, its phases from co-planning to co-evaluation
// with a reflection point after each, and the kit's default conflict rules drawn from it.
import { SCHEMA_VERSION, type KoopDocument } from '@koop/schema';

/** A document with nothing but what the format requires (the name is still to be given). */
export function blankDocument(lang: string): KoopDocument {
  return { schemaVersion: SCHEMA_VERSION, lang, cooperation: {} } as unknown as KoopDocument;
}

const t = (de: string, en: string) => ({ de, en });

const ROLES = [
  ['expertise', t('Inhaltliche Expertise', 'Subject-matter expertise')],
  ['coordination', t('Koordination', 'Coordination')],
  ['network-interface', t('Schnittstelle zu weiteren Netzwerken', 'Interface to other networks')],
  ['interest-representation', t('Interessenvertretung', 'Representation of interests')],
  ['funder', t('Geldgeber:in', 'Funder')],
  ['decision-mandate', t('Entscheidungskompetenz', 'Decision-making mandate')],
  ['mediation', t('Moderation und Vermittlung', 'Moderation and mediation')],
  ['carrier', t('Träger', 'Operator')],
  ['evaluation', t('Begleitung und Ko-Evaluation', 'Monitoring and co-evaluation')],
  ['service-provider', t('Dienstleistung', 'Service provision')],
  ['protest', t('Protest und öffentlicher Druck', 'Protest and public pressure')],
] as const;

const PHASES = [
  [
    'ko-planung',
    'co-planning',
    t('Ko-Planung', 'Co-planning'),
    t(
      'Gemeinsame Problemdefinition; jede Seite formuliert ihre Ziele, dann die gemeinsamen.',
      'Defining the problem together; each side states its goals, then the shared ones.',
    ),
  ],
  [
    'ko-design',
    'co-design',
    t('Ko-Design', 'Co-design'),
    t(
      'Gemeinsam gestalten, wie die Leistung erbracht wird.',
      'Designing together how the service is provided.',
    ),
  ],
  [
    'ko-implementierung',
    'co-implementation',
    t('Ko-Implementierung', 'Co-implementation'),
    t('Gemeinsam umsetzen und betreiben.', 'Implementing and running it together.'),
  ],
  [
    'ko-evaluation',
    'co-evaluation',
    t('Ko-Evaluation', 'Co-evaluation'),
    t('Gemeinsam bewerten, was erreicht wurde.', 'Assessing together what was achieved.'),
  ],
] as const;

const REFLECTION = [
  t('Sind alle Perspektiven vertreten?', 'Are all perspectives represented?'),
  t('Wer hat welche Rolle – gibt es Rollenkonflikte?', 'Who holds which role – are there role conflicts?'),
  t('Was haben wir gelernt, was ändern wir?', 'What have we learned, what do we change?'),
];

/** The co-production template: roles, phases and reflection points, to be filled in. */
export function templateDocument(lang: string): KoopDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    lang,
    cooperation: { type: 'co-production' },
    actors: [],
    relations: [],
    roles: ROLES.map(([type, name]) => ({ id: `r-${type}`, name, type })),
    assignments: [],
    defaultConflictRules: true,
    goals: [],
    phases: PHASES.map(([id, type, name, description]) => ({ id: `ph-${id}`, name, type, description })),
    milestones: PHASES.map(([id, , name]) => ({
      id: `m-reflexion-${id}`,
      title: t(`Reflexion: ${name.de}`, `Reflection: ${name.en}`),
      kind: 'reflection',
      status: 'planned',
      phase: `ph-${id}`,
      questions: REFLECTION,
    })),
    entries: [],
  } as unknown as KoopDocument;
}
