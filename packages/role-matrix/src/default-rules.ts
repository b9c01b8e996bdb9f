import type { RoleType } from '@koop/schema';

/** A conflict rule the kit ships: two well-known role types and why they pull against each other. */
export interface DefaultConflictRule {
  id: string;
  roles: readonly [RoleType, RoleType];
  /** The reason, in German and English. */
  description: { de: string; en: string };
  /** The section of the co-production guide the rule is drawn from. */
  section: string;
}

/** The well-known role types (`roles[].type`): the document format's, re-exported here. */
export { ROLE_TYPES } from '@koop/schema';

/**
 * The default rules, drawn from the guide "Ko-Produktion" (Vollmer et al. 2023): two roles
 * conflict whenever one actor holds both at the same time. A document switches them off with
 * `"defaultConflictRules": false` and adds its own in `conflictRules[]`.
 */
export const DEFAULT_CONFLICT_RULES: readonly DefaultConflictRule[] = [
  {
    id: 'koop:funder-interest',
    roles: ['funder', 'interest-representation'],
    description: {
      de: 'Wer fördert und zugleich eigene Interessen vertritt, schafft eine Hierarchie durch Finanzierung; die Geförderten geraten in Abhängigkeit.',
      en: 'Whoever funds and also represents its own interests creates a hierarchy through funding; those funded become dependent.',
    },
    section: 'Handlungsspielräume verstehen',
  },
  {
    id: 'koop:funder-evaluation',
    roles: ['funder', 'evaluation'],
    description: {
      de: 'Wer fördert, kann nicht unabhängig bewerten, ob sich die eigene Förderung lohnt; eine ehrliche Evaluation braucht Abstand zum Geld.',
      en: 'A funder cannot judge independently whether its own funding pays off; an honest evaluation needs distance from the money.',
    },
    section: 'Transparenz und Öffentlichkeit',
  },
  {
    id: 'koop:coordination-protest',
    roles: ['coordination', 'protest'],
    description: {
      de: 'Für alle Partner koordinieren und zugleich gegen einen von ihnen protestieren: der Rollenkonflikt zwischen Aktivismus und (bezahlter) Stelle.',
      en: 'Coordinating for all partners while protesting against one of them: the role conflict between activism and a (paid) post.',
    },
    section: 'Bezahlte Stellen in der Zivilgesellschaft?',
  },
  {
    id: 'koop:decision-protest',
    roles: ['decision-mandate', 'protest'],
    description: {
      de: 'Mitentscheiden und zugleich protestieren: Die Zivilgesellschaft changiert zwischen Protest und Kooperation. Hilft nichts anderes, teilt sie sich in einen kooperierenden und einen konflikthaft agierenden Teil.',
      en: 'Deciding together while protesting: civil society oscillates between protest and cooperation. If nothing else helps, it splits into a cooperating and a campaigning part.',
    },
    section: 'Rollenverteilung/Rollenkonflikte',
  },
  {
    id: 'koop:mediation-interest',
    roles: ['mediation', 'interest-representation'],
    description: {
      de: 'Wer vermittelt oder moderiert, muss allparteilich sein und kann nicht zugleich eine Seite vertreten.',
      en: 'Whoever mediates or moderates must be impartial and cannot represent one side at the same time.',
    },
    section: 'Externe Unterstützung',
  },
  {
    id: 'koop:mediation-decision',
    roles: ['mediation', 'decision-mandate'],
    description: {
      de: 'Wer in festgefahrenen Konflikten vermittelt, steht außerhalb der Entscheidung; wer mitentscheidet, ist Partei.',
      en: 'Whoever mediates in deadlocked conflicts stands outside the decision; whoever shares in it is a party.',
    },
    section: 'Entscheidungsfähigkeit trotz Konflikten',
  },
  {
    id: 'koop:decision-evaluation',
    roles: ['decision-mandate', 'evaluation'],
    description: {
      de: 'Wer mitentscheidet, bewertet sonst die eigenen Entscheidungen; Ko-Evaluation braucht einen unabhängigen Blick.',
      en: 'Whoever shares in decisions would be judging its own decisions; co-evaluation needs an independent view.',
    },
    section: 'Transparenz und Öffentlichkeit',
  },
];
