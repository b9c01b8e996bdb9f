import { LABELS_EN } from '@koop/schema';
import type { PartnerMapStrings } from './strings.js';

export const en: PartnerMapStrings = {
  heading: 'Actors and relations',
  summary: (actors, relations) =>
    `${actors === 1 ? '1 actor' : `${actors} actors`}, ${en.relations(relations)}`,
  relations: (count) => (count === 1 ? '1 relation' : `${count} relations`),
  noActors: 'No actors have been entered for this cooperation yet.',
  // The shared labels; "none" is lower case here, as it stands inside sentences.
  sector: { ...LABELS_EN.sectors, none: 'no sector' },
  kind: { organisation: 'Organisation', person: 'Person', group: 'Group', body: 'Body' },
  circle: {
    core: 'core circle',
    operative: 'operative circle',
    strategic: 'strategic circle',
    supporter: 'supporters',
  },
  type: { ...LABELS_EN.relationTypes, parent: 'part of' },
  layout: { force: 'Network', sectors: 'By sector', geo: 'By place' },
  layoutLabel: 'Arrangement',
  asList: 'As a list',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  view: 'View',
  saveSvg: 'Save as SVG',
  savePng: 'Save as PNG',
  directed: 'Arrows show the direction of directed relations.',
  legend: 'Legend and filter',
  sectors: 'Sectors',
  types: 'Relations',
  size: {
    relations: 'Size: number of relations',
    circle: 'Size: circle (core, operative, strategic, supporters)',
  },
  map: 'Network map',
  keys: 'Tab into the map; arrow keys move to the nearest actor in that direction, Enter selects it, Escape clears the selection, + and − zoom.',
  steps: (count) => (count === 1 ? '1 step' : `${count} steps`),
  selected: (name, relations) => `Selected: ${name}, ${relations}`,
  arranging: 'Arranging the map …',
  noCoordinates: 'No actor has coordinates; the map shows the network.',
  withoutPlace: 'Without a place',
  missingPlaces: (count) =>
    `${count === 1 ? '1 actor has' : `${count} actors have`} no coordinates and ${count === 1 ? 'is' : 'are'} shown below the map.`,
  focusNotFound: (id) => `There is no actor "${id}" in this document; the map shows the whole network.`,
  ego: (name, depth) => `Network around ${name}: actors up to ${en.steps(depth)} away`,
  time: 'Point in time',
  allTimes: 'all times',
  invalidDate: (value) => `"${value}" is not a valid date; the map shows all times.`,
  allHidden: 'All actors are hidden. The legend shows them again.',
};
