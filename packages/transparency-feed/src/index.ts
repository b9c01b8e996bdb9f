export { KoopTransparencyFeed, type FeedFormat } from './transparency-feed.element.js';
export {
  feedIndex,
  filterItems,
  searchable,
  type FeedFilter,
  type FeedIndex,
  type FeedItem,
} from './feed-index.js';
export {
  toJsonFeed,
  toAtom,
  toICalendar,
  exportFileName,
  type FeedExportInput,
  type JsonFeed,
  type JsonFeedItem,
} from './exports.js';
export { feedStrings, type FeedStrings } from './strings.js';
