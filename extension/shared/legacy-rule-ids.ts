/**
 * Frozen data for the v1 → v2 settings migration: what each built-in rule id meant when ids were `<pack>:<line>`
 * (the packs as of commit f55672e, the last version with line ids). The migration turns a stored old id into the
 * text-based id of the same rule. Never regenerate this from newer packs: it records the past.
 */
export const LEGACY_BUILTIN_RULE_TEXT: Readonly<Record<string, string>> = {
  'comments:3': '###comments',
  'comments:4': '###disqus_thread',
  'comments:5': '##.comments-area',
  'comments:6': '##.comment-list',
  'comments:7': '##.comments-section',
  'comments:8': '##[id^="comments-"]',
  'comments:9': '##.fb-comments',
  'comments:10': '##.wp-block-comments',
  'comments:12': '###respond',
  'comments:13': '##.comment-respond',
  'comments:14': '##form#commentform',
  'comments:15': '##form.comment-form',
  'comments:17':
    '##*:has-text(/^(\\d+\\s+)?(Comments?|Responses?|Discussion|Join the (conversation|discussion))(\\s*\\(\\d+\\))?$/i)',
  'comments:19':
    '##*:has-text(/^(No comments( yet)?|Be the first to (comment|reply|leave a comment)|There are no comments( yet)?)[.…!]*$/i)',
  'comments:21':
    '##*:has-text(/^(Leave a (Reply|Comment)|Post a Comment|Add a comment|Write a comment)( Cancel reply)?[.…:]*$/i)',
  'comments:22': '##*:has-text(/^(Show|View|Load|Read) (all )?(\\d+ )?comments$/i)',
  'comments:24':
    '##*:has-text(/^This site uses Akismet to reduce spam\\.( Learn how your comment data is processed\\.?)?$/i)',
  'comments:25':
    '##*:has-text(/^Your email address will not be published\\.( Required fields are marked \\*?)?$/i)',
  'cookies:3': '###onetrust-consent-sdk',
  'cookies:4': '###CybotCookiebotDialog',
  'cookies:5': '##.cc-window',
  'cookies:6': '##[id*="cookie-banner"]',
  'cookies:7': '##[class*="cookie-banner"]',
  'cookies:8': '##[class*="cookie-consent"]',
  'cookies:9': '##[id*="cookie-consent"]',
  'cookies:10': '###gdpr-consent',
  'cookies:11':
    '##*:has-text(/^We (value|care about|respect) your privacy\\.?( We and our \\d+ (partners|vendors) [^.]{1,160}\\.)?$/i)',
  'cookies:12': '##[role="dialog"]:has-text(/\\b(cookies?|privacy|consent)\\b/i)',
  'cookies:13': '##*:has-text(/^We and our \\d+ (partners|vendors) [^.]{1,120}\\.$/i)',
  'cookies:14':
    '##*:has-text(/^(We use cookies|This (site|website) uses cookies)[^.]{0,160}\\.( [^.]{0,120}\\.)?$/i)',
  'media-credits:4': '##*:has-text(/^(Image|Photo|Picture|Video|Pic|Watch)( source)?:$/i)',
  'media-credits:6':
    '##*:has-text(/^(Image source|Image caption|Photo|Pic|Picture|Credit|Photo credit|Image credit|File pic|File photo|Source)\\s*:\\s*[^.]{1,80}$/i)',
  'media-credits:7': '##*:has-text(/^\\(?(AP|AFP|Reuters|Getty|EPA|PA)( Photo| Images)?\\/[^)]{1,80}\\)?$/)',
  'media-credits:8': '##*:has-text(/^(Photo|Photograph|Illustration) by [^.]{1,60}$/i)',
  'media-credits:9': '##*:has-text(/^(Getty Images|Shutterstock|AFP via Getty Images|AP Photo)$/)',
  'media-credits:10':
    '##*:has-text(/^(Image|Photo|Media) (copyright|caption|source)(\\s*:?\\s*[^.]{1,60})?$/i)',
  'media-credits:13':
    '##*:has-text(/^[^()]{0,600}\\((Getty Images|(AP|AFP|EPA|PA|Reuters) Photo\\/[^()]{1,60}|[^()]{1,50} via (AP|AFP|Getty Images|Reuters)|(Photo|Image|Pic)( by|:)[^()]{1,60})(, File)?\\)$/)',
  'newsletter:3': '##.newsletter-signup',
  'newsletter:4': '##.newsletter-box',
  'newsletter:5': '##.subscription-widget-wrap',
  'newsletter:6': '##[class*="newsletter-form"]',
  'newsletter:7':
    '##*:has-text(/^(Be the first to know|Join our (community|newsletter|mailing list)[^.]{0,80}|Sign up (for|to) (our|the) [\\w ]{0,30}newsletters?[^.]{0,60}|Subscribe to (our|the) [\\w ]{0,30}newsletters?|Get (our|the) [\\w ]{0,30}newsletter[^.]{0,40})[.!]?$/i)',
  'newsletter:9':
    '##*:has-text(/^(Get the latest [^.]{1,40} (right )?in(to)? your inbox\\.?( Subscribe to [^.]{1,40} newsletters?\\.?)?|Subscribe to [^.]{1,40}newsletters?\\.?)$/i)',
  'newsletter:10':
    "##*:has-text(/^(Subscribing|Subscribe|Subscribe now|Subscribed|You[’']ve been subscribed|Thanks for subscribing|Something went wrong|Please enter a valid email( address)?)[.…!]*$/i)",
  'newsletter:11':
    '##*:has-text(/^Thanks for reading [^.!]{1,60}! Subscribe for free to receive new posts and support my work\\.$/i)',
  'newsletter:13':
    '##*:has-text(/^By (signing up|subscribing|clicking [^,]{1,30}),? you (agree|consent) to [^.]{1,120}\\.?$/i)',
  'page-chrome:4': '##.breadcrumb',
  'page-chrome:5': '##.breadcrumbs',
  'page-chrome:6': '##[aria-label="breadcrumb"]',
  'page-chrome:7': '##[aria-label="Breadcrumb"]',
  'page-chrome:9': '##*:has-text(/^Skip to (main )?content$/i)',
  'page-chrome:11':
    '##*:has-text(/^(Filed under|Tagged( with)?|Tags|Topics|Categories|Category|Posted in)\\s*:?\\s*[^.!?]{1,120}$/i)',
  'page-chrome:12': '##.post-tags',
  'page-chrome:13': '##.entry-tags',
  'page-chrome:14': '##.tag-list',
  'page-chrome:16':
    '##*:has-text(/^(Copyright|©|\\(c\\))\\s*(©\\s*)?\\d{4}[^.]{0,100}\\.?( All rights reserved\\.?)?$/i)',
  'page-chrome:17': '##*:has-text(/^All rights reserved\\.?$/i)',
  'page-chrome:19':
    '##*:has-text(/^(\\d+\\s*(min|mins|minute|minutes)( read)?|Reading time:?\\s*\\d+\\s*(min|mins|minutes?)|Tempo de leitura:?\\s*\\d+\\s*minutos?)$/i)',
  'page-chrome:21': '##*:has-text(/^((Image|Photo|Slide|Picture)\\s+)?\\d{1,3}\\s*(of|\\/)\\s*\\d{1,3}$/i)',
  'page-chrome:22':
    '##*:has-text(/^(Enlarge( this)? image|Expand|Close|Caption|Hide caption|Show caption|View gallery|Open gallery)$/i)',
  'page-chrome:24': '##[class*="author-bio"]',
  'page-chrome:25': '##[class*="author-box"]',
  'page-chrome:26': '##.about-author',
  'page-chrome:27': '##[class*="author-info"]',
  'page-chrome:28': '##.byline-bio',
  'page-chrome:30':
    '##*:has-text(/^(Follow|Like) (us|[\\w .&-]{1,40}) on (Instagram|Facebook|Twitter|X|TikTok|YouTube|LinkedIn|Threads|Bluesky|WhatsApp|Telegram)[^.!?]{0,120}[.!]?$/i)',
  'page-chrome:32':
    '##*:has-text(/^(This (post|article|page|story) (may )?contains? (affiliate|referral)[^.]{0,80}\\.|We may earn (a )?commission[^.]{0,120}\\.)( [^.]{0,80}\\.)?$/i)',
  'promos:3': '##*:has-text(/^Try Our AI Features$/i)',
  'promos:4': '##*:has-text(/^Explore what [\\w .-]{1,40} AI can do for you:?$/i)',
  'promos:6': '##*:has-text(/^Please use (the )?Chrome browser for a more accessible video player$/i)',
  'promos:8':
    '##*:has-text(/^Please use (the )?Chrome browser for a more accessible video player$/i) + *:has-text(/^[^.]{1,120}[^.]$/)',
  'promos:10': '##*:has-text(/^(Source|Source link|Original source|Read the original article)$/i)',
  'promos:12':
    '##*:has-text(/^[-–—\\s]*(Advertisement|ADVERTISEMENT|Advertisements|Advert|Sponsored|Sponsored content|Ad|Scroll to continue with content|Report an ad|Anzeige|Werbung|Publicidad|Publicidade|Publicité|Pubblicità|Реклама|広告|スポンサーリンク|スポンサードリンク)[-–—\\s]*$/)',
  'promos:14': '##*:has-text(/^(Story|Article) continues( below)?( advertisement)?\\.?$/i)',
  'promos:15': '##*:has-text(/^Continue reading( (below|the main story))?$/i)',
  'promos:17': '##*:has-text(/^Hashtags$/i)',
  'promos:19': '##ins.adsbygoogle',
  'promos:20': '##[id^="div-gpt-ad"]',
  'promos:21': '##.ad-slot',
  'promos:22': '##.ad-container',
  'promos:23': '##.advertisement',
  'related:3': '##.related-posts',
  'related:4': '##.related-articles',
  'related:5': '##.jp-relatedposts',
  'related:6': '###jp-relatedposts',
  'related:7': '##.yarpp-related',
  'related:8': '##.crp_related',
  'related:9': '##[class*="RelatedArticles"]',
  'related:11': '##.outbrain',
  'related:12': '##.OUTBRAIN',
  'related:13': '##[id^="taboola"]',
  'related:14': '##.taboola',
  'related:15': '##[data-testid="recommendations"]',
  'share:3': '##.share-bar',
  'share:4': '##.share-buttons',
  'share:5': '##.social-share',
  'share:6': '##.sharedaddy',
  'share:7': '##.addtoany_share_save_container',
  'share:8': '##.a2a_kit',
  'share:9': '##.social-icons',
  'share:10': '##[class*="share-tools"]',
  'share:11': '##[aria-label="Share this article"]',
  'share:12':
    '##*:has-text(/^(Share( this)?( post| article| story| page)?|Share on (Facebook|Twitter|X|LinkedIn|WhatsApp|Reddit|Pinterest|Email)|Copy link|Link copied|Tweet|Email|Print|Share via email|Share:|Share this:)$/i)',
  'sites:3': 'news.sky.com##.sdc-site-video__accessibility-message',
  'sites:5': 'news.sky.com##.sdc-article-related-stories',
  'sites:6': 'news.sky.com##.sdc-site-component-top-stories',
  'sites:8': 'substack.com##.subscription-widget-wrap',
  'sites:9': 'substack.com##.post-footer',
  'sites:10': 'substack.com##.share-dialog',
  'sites:12': 'yahoo.com##.caas-share-buttons',
  'sites:13': 'yahoo.com##.caas-readmore',
  'sites:14': 'yahoo.com##[data-component="RecommendationsList"]',
  'sites:16': 'wordpress.com##.wpcnt',
  'sites:17': 'wordpress.com##.jp-relatedposts',
};
