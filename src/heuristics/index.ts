/** The heuristics, in the order they are listed in the removal log. All run on the same unmodified tree. */
import { announcedList } from './announced-list';
import { authorBox } from './author-box';
import type { Heuristic } from './heuristic';
import { hashtagRow } from './hashtag-row';
import { inlinePromo } from './inline-promo';
import { shareCluster } from './share-cluster';
import { syndicationLine } from './syndication-line';

export const HEURISTICS: readonly Heuristic[] = [announcedList, inlinePromo, syndicationLine, authorBox, shareCluster, hashtagRow];
