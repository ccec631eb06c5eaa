/** The heuristics, in the order they are listed in the removal log. All run on the same unmodified tree. */
import { announcedList } from './announced-list';
import { authorBox } from './author-box';
import { captionBlock } from './caption-block';
import { ctaBox } from './cta-box';
import { dateline } from './dateline';
import type { Heuristic } from './heuristic';
import { hashtagRow } from './hashtag-row';
import { inlinePromo } from './inline-promo';
import { navMenu } from './nav-menu';
import { shareCluster } from './share-cluster';
import { storyCards } from './story-cards';
import { syndicationLine } from './syndication-line';

export const HEURISTICS: readonly Heuristic[] = [
  announcedList,
  inlinePromo,
  syndicationLine,
  authorBox,
  shareCluster,
  hashtagRow,
  navMenu,
  dateline,
  captionBlock,
  ctaBox,
  storyCards,
];
