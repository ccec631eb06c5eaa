/**
 * Share cluster: a short block whose every word is a share-widget word ("Share", "Facebook", "Copy link",
 * "Email", counts). Catches share bars with hashed class names that no selector names.
 */
import type { Heuristic } from './heuristic';

const SHARE_WORDS = new Set(
  'share shares shared sharing this on via post article story page facebook twitter x linkedin whatsapp email e-mail mail print copy copied link reddit pinterest tweet messenger telegram flipboard pocket bluesky threads save comment comments the to'.split(
    ' ',
  ),
);
const NETWORK = /\b(share|facebook|twitter|linkedin|whatsapp|reddit|pinterest|tweet|telegram|bluesky)\b/i;

export const shareCluster: Heuristic = {
  name: 'share-cluster',
  reason: 'Share buttons',
  find(_root, index) {
    return index.all('div, ul, section, aside, p, span, nav').filter((el) => {
      const words = index.words(el);
      if (words < 2 || words > 16) return false;
      const text = index.text(el);
      if (!NETWORK.test(text)) return false;
      return text
        .toLowerCase()
        .split(/[\s,|·•/]+/)
        .filter((w) => w !== '')
        .every((w) => SHARE_WORDS.has(w.replace(/[^a-z-]/g, '')) || /^\d+[kmKM]?$/.test(w));
    });
  },
};
