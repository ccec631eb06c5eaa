/**
 * Clutter phrases of one language, as data. Every entry is plain text (no pattern syntax), matched
 * case-insensitively against a whole short block, never against a sentence inside a paragraph:
 *
 * - `lines`: the block is exactly the phrase, give or take closing punctuation and a count ("Comments (3)").
 *   Widget labels and buttons: share prompts, comment-form notices, "load more", rating questions, print links.
 * - `labels`: the block opens with the label and a colon and is a short line ("Photo: Jane Doe", "Updated:
 *   03.04.2020"). Image credits, post metadata, ad and read-also lead-ins.
 * - `announce`: a heading that announces a list of other pages ("Read also", "Related posts"); the list after it
 *   goes with it (see announced-list).
 * - `announceLeads`: the opening words of a heading that announces other pages on a topic it then names ("Mehr zu
 *   Klima und Konsum", "More about the harbour"); it counts only with a list of links after it (see announced-list).
 * - `credits`: the label of a photo credit ("Photo: Jane Doe", "Foto: dpa", "Fot. PAP"), a line of its own or
 *   the end of a figure's caption (see caption-credit). The article's caption before it stays.
 * - `ads`: the label that opens an advertising disclosure set apart in italics or small print ("*Werbung. Dieser
 *   Beitrag enthält Werbung für …", "Anzeige, enthält Affiliate Links"): a note about the article, not its text.
 * - `months`: month names, full and abbreviated, in the forms dates use ("16 marca 2021", "6. Mai 2014").
 * - `rights`: words of a copyright, reprint or licence notice ("all rights reserved", "without written
 *   permission", "veröffentlicht unter der Lizenz"), found inside a short block after the article's last paragraph
 *   (see closing-notice).
 * - `counters`: what a post's counters count ("views", "Aufrufe", "komentarzy", "min read"): a line of counts and
 *   nothing else ("1.248 Aufrufe · 7 Kommentare", "Views: 184") is post metadata (see boilerplate-line).
 * - `appeals`: words of a plea for support or sign-up ("support our journalism", "apóyanos", "jetzt spenden"), or of
 *   the site promoting its own channels ("follow us", "síguenos", "kennt ihr schon unseren", "download our app",
 *   "for iOS and Android"), found inside a short block with a link after the article's last paragraph (see
 *   closing-notice).
 */
export interface PhraseList {
  /** BCP 47 primary language subtag: `en`, `de`, … */
  lang: string;
  /** Common short words of the language, to recognise it from text when the page does not say. */
  stopwords: readonly string[];
  lines: readonly string[];
  labels: readonly string[];
  announce: readonly string[];
  /** Openings of a heading that announces other pages on a topic named after them ("Mehr zum Thema …"). */
  announceLeads: readonly string[];
  credits: readonly string[];
  /** Labels of an advertising or sponsorship disclosure ("Anzeige", "Werbung", "Sponsored content"). */
  ads: readonly string[];
  /** Month names and their usual abbreviations, to recognise a line that is a date and nothing else. */
  months: readonly string[];
  /** Words of a copyright, reprint or licence notice, matched inside a block as whole words. */
  rights: readonly string[];
  /** What a post's counters count, after or before the number: "1.248 Aufrufe", "Views: 184", "5 min read". */
  counters: readonly string[];
  /** Words of a plea to donate, subscribe or become a member, matched inside a block as whole words. */
  appeals: readonly string[];
}
