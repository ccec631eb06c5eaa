/** Public types of the Pith engine. The engine is pure: no browser-extension API, no network. */

/** One rule, parsed from a line of uBlock Origin cosmetic filter syntax. */
export interface Rule {
  /** Stable id from the rule's text (`src/rules/rule-id.ts`): `<pack>:<hash>`, e.g. `share:1x2k9qa`, `user:3bd0f1`. */
  id: string;
  /** The pack (file) the rule came from, e.g. `comments`, `share`, `user`. */
  pack: string;
  /** Human sentence shown to users as the reason for a removal. */
  reason: string;
  /** Hosts it applies to; empty means everywhere. A host matches itself and its subdomains. */
  hosts: string[];
  /** Hosts it must not apply to (`~example.com` in the host list). */
  excludedHosts: string[];
  /** `true` for `#@#` exceptions: blocks matched by the selector are kept. */
  exception: boolean;
  /** The filter text after the `##` / `#@#` separator, exactly as written. */
  selectorText: string;
  /** The original line. */
  source: string;
}

/** A parse error in a rule list, with a 1-based line and column. */
export interface RuleError {
  line: number;
  column: number;
  message: string;
  source: string;
}

/** One block the engine removed, and why. */
export interface RemovedBlock {
  /** The rule id (`comments:12`, `user:ab12cd`) or heuristic name (`heuristic:link-dense-list`). */
  ruleId: string;
  /** A human sentence: "Comment form", "Related articles list". */
  reason: string;
  /** Which stage removed it. */
  stage: 'pre-rules' | 'readability' | 'post-rules';
  /** The text that was cut, whitespace-collapsed. */
  text: string;
  /** A short CSS path to the block in the original document, e.g. `body > div.post > aside:nth-of-type(2)`. */
  where: string;
  /** The removed block's outer HTML (unsanitized: sanitize before display). */
  html: string;
}

/** One block the engine put back after Readability left it out, and why. */
export interface RestoredBlock {
  /** The heuristic that brought it back, e.g. `restore:landmark-prose`. */
  ruleId: string;
  /** A human sentence: why it is article text. */
  reason: string;
  /** The text that came back, whitespace-collapsed. */
  text: string;
  /** A short CSS path to the block in the original document. */
  where: string;
}

export interface CleanStats {
  wordsBefore: number;
  wordsAfter: number;
  /** Milliseconds spent per stage. */
  ms: {
    clone: number;
    preRules: number;
    readability: number;
    postRules: number;
    serialise: number;
    total: number;
  };
}

/** Something the engine could not do as asked, said instead of swallowed: a rule skipped, a retry, a limit hit. */
export interface EngineWarning {
  /**
   * `rule-error`: a line of the user's rules did not parse (see `ruleErrors`); `rule-skipped`: a rule was
   * skipped on this page (too slow, unsafe pattern, threw); `retry`: the result looked too short and the engine
   * cleaned again with fewer removals; `too-large`: the page passed a size or depth limit and was cleaned in part;
   * `stage-failed`: a stage threw and the engine went on without it.
   */
  code: 'rule-error' | 'rule-skipped' | 'retry' | 'too-large' | 'stage-failed';
  /** A plain sentence for people. */
  message: string;
  /** The rule or heuristic concerned, when there is one. */
  ruleId?: string;
}

export interface CleanResult {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  /** Clean article HTML (not sanitized for display: run DOMPurify before inserting it anywhere). */
  html: string;
  /** Plain text of the body: paragraphs separated by a blank line; no title, captions or credits. */
  text: string;
  /** GitHub-flavoured Markdown of `html`, converted on first read (an enumerable getter: spread and JSON copy it). */
  markdown: string;
  /** False when Readability found no article and `html` is the rule-cleaned body. */
  isArticle: boolean;
  removed: RemovedBlock[];
  /** Blocks Readability left out that the engine put back as article text (see `src/stages/restore-*.ts`). */
  restored: RestoredBlock[];
  /** Rules that fired, with how many blocks each removed. */
  firedRules: { ruleId: string; reason: string; count: number }[];
  stats: CleanStats;
  url: string;
  /** Parse errors in the user's rules (those lines were skipped). */
  ruleErrors: RuleError[];
  /** What the engine could not do as asked; empty on an ordinary page. */
  warnings: EngineWarning[];
  /** With `collectPrints`: the fingerprints of this page's blocks (see `BlockPrint`). */
  prints?: BlockPrint[];
}

export interface CleanOptions {
  /** The page URL; decides which site rules apply and resolves relative links. */
  url: string;
  /** Extra rule-list text (the user's rules), in uBO cosmetic syntax. */
  rules?: string;
  /** Use the built-in packs (default true; off only when exactly `false`). */
  builtinRules?: boolean;
  /** Rule ids (built-in or user) that are switched off. */
  disabledRuleIds?: readonly string[];
  /** Built-in packs switched off (their names, as in `src/rules/packs/*.txt`): none of their rules run. */
  disabledPacks?: readonly string[];
  /** Skip the text-pattern and structural heuristics (rules still run). */
  heuristics?: boolean;
  /** Skip Readability: return the whole page with only the rules' and heuristics' cuts (isArticle false). */
  rulesOnly?: boolean;
  /**
   * With `rulesOnly`: also run the heuristics that find page chrome (navigation, share bars, sign-up boxes …,
   * `src/heuristics/page-chrome.ts`) over the whole page, for "clean anyway" on a page that is not an article.
   */
  pageChrome?: boolean;
  /** Return the rule-cleaned body even when Readability finds no article (default true). */
  fallbackToBody?: boolean;
  /**
   * Site memory (`src/memory/`): the blocks known to repeat on this site's pages. Blocks of this page whose
   * fingerprint is listed are cut (`ruleId` `memory:<print>`, reason "Repeats on N pages of this site"), never a
   * paragraph of the article body. Switch one off with its id in `disabledRuleIds`.
   */
  siteTemplate?: SiteTemplate;
  /** Fill `result.prints` with the fingerprints of this page's blocks, for the site memory to remember. */
  collectPrints?: boolean;
}

/** What the site memory knows of a site's template, given to the engine as data. */
export interface SiteTemplate {
  /** Fingerprints of blocks seen on at least the memory's threshold of distinct pages, with how many pages. */
  blocks: readonly { print: string; pages: number }[];
}

/** One block of a page as the site memory remembers it: never its text, only hashes and a stable selector. */
export interface BlockPrint {
  /** The fingerprint: a hash of the block's normalised text and of its structural path. */
  print: string;
  /** A stable selector for the block (no text in it), for "Make this a rule"; empty when none was found. */
  selector: string;
}
