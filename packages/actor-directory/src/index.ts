export { KoopActorDirectory, type DirectoryView } from './actor-directory.element.js';
export { KoopDirectorySelectEvent, type KoopDirectorySelectDetail } from './events.js';
export {
  directoryIndex,
  filterDirectory,
  planningTable,
  isOpen,
  wallTime,
  foldText,
  OFFER_KIND_ORDER,
  type ActorItem,
  type DirectoryFilter,
  type DirectoryIndex,
  type ListedActor,
  type OfferItem,
  type PlanningTable,
} from './directory-index.js';
export { directoryCsv, type CsvInput } from './csv.js';
export { directoryStrings, type DirectoryStrings } from './strings.js';
