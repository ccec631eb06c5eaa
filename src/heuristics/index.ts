/**
 * The heuristics. All run on the same unmodified tree; when two take the same block, the first listed names
 * it in the removal log, so the more specific ones come first.
 */
import { announcedList } from './announced-list';
import { appPromo } from './app-promo';
import { authorBox } from './author-box';
import { boilerplateLine } from './boilerplate-line';
import { captionBlock, imageBoxCaption } from './caption-block';
import { captionCredit } from './caption-credit';
import { closingNotice } from './closing-notice';
import { ctaBox } from './cta-box';
import { dateline } from './dateline';
import type { Heuristic } from './heuristic';
import { hashtagRow } from './hashtag-row';
import { hoverCard } from './hover-card';
import { inlinePromo } from './inline-promo';
import { lookAlikeText } from './look-alike-text';
import { NAMED_FURNITURE } from './named-furniture';
import { navMenu } from './nav-menu';
import { pointerLine } from './pointer-line';
import { printOnly } from './print-only';
import { shareCluster } from './share-cluster';
import { storyCards } from './story-cards';
import { syndicationLine } from './syndication-line';

export const HEURISTICS: readonly Heuristic[] = [
  inlinePromo,
  hoverCard,
  announcedList,
  pointerLine,
  syndicationLine,
  printOnly,
  authorBox,
  shareCluster,
  hashtagRow,
  navMenu,
  dateline,
  boilerplateLine,
  captionCredit,
  captionBlock,
  imageBoxCaption,
  ctaBox,
  appPromo,
  closingNotice,
  lookAlikeText,
  storyCards,
  ...NAMED_FURNITURE,
];
