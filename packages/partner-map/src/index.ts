export { KoopPartnerMap } from './partner-map.element.js';
export { KoopActorSelectEvent, type KoopActorSelectDetail } from './events.js';
export {
  forceLayout,
  forceSteps,
  separateSteps,
  placeLabels,
  nearestInDirection,
  complete as completeLayout,
  UNIT as LAYOUT_UNIT,
  type Positions as LayoutPositions,
  type Box as LayoutBox,
  type ForceOptions,
  type Repulsion as LayoutRepulsion,
} from './layout.js';
export { groupSteps, geoSteps } from './arrange.js';
export { QuadTree } from './quadtree.js';
export {
  networkIndex,
  scope as networkScope,
  distances as pathDistances,
  type NetworkIndex,
  type Scope as NetworkScope,
  type Link as NetworkLink,
} from './graph.js';
export {
  SECTORS as MAP_SECTORS,
  TYPES as RELATION_TYPES,
  shapePath as sectorShape,
  edgeGeometry,
  wrapLabel,
} from './draw.js';
export { partnerMapStrings, type MapLayout, type PartnerMapStrings } from './strings.js';
export type { NodeSize } from './scene.js';
