/** Two articles of one made-up site: the same templates (share bar, newsletter box, related list) in other places. */
interface Story {
  title: string;
  paragraphs: string[];
  related: string[];
}

const STORIES: [Story, Story] = [
  {
    title: 'River rises overnight as town watches from the bridge',
    paragraphs: [
      'The river rose all night and the town watched it from the old stone bridge, counting the marks on the pier.',
      'Volunteers kept a log of the water level through the night at the mill, and the council opened the school hall.',
      'By morning the water had gone down and the shops on the high street opened as usual, if a little late.',
    ],
    related: [
      'Flood barriers to be tested in spring',
      'Mill museum reopens after repairs',
      'Council budget vote delayed',
    ],
  },
  {
    title: 'Library extends its opening hours for the winter',
    paragraphs: [
      'The central library will stay open until nine on weekdays from December, the council said on Tuesday.',
      'Staff asked readers for their views in the autumn and most of the replies asked for later evenings.',
      'A reading room on the first floor will be kept quiet for students during the exam weeks in January.',
      'The mobile library van will add two villages to its round, with a stop every other Saturday morning.',
      'The changes are paid for from the heritage fund and a gift from a local family, the library said.',
    ],
    related: [
      'School hall roof repaired before winter',
      'New bus stop for the library',
      'Village fete raises record sum',
    ],
  },
];

function shareBar(): string {
  return `<div class="share-tools" data-module="share"><a href="#x">Share on X</a> <a href="#m">Email this story</a></div>`;
}

function related(items: string[]): string {
  return `<div class="Rail_wrap__k3J9x"><h2>More from the Valley Herald</h2><ul>${items
    .map((t, i) => `<li><a href="/story-${i + 10}">${t}</a></li>`)
    .join('')}</ul></div>`;
}

/** Page `n` (1 or 2) of the site: the second puts the templates in other places, after more paragraphs. */
export function sitePage(n: 1 | 2): string {
  const story = STORIES[n - 1] as Story;
  const ps = story.paragraphs.map((p) => `<p>${p}</p>`);
  const body =
    n === 1
      ? [ps[0], shareBar(), ps[1], ps[2], related(story.related)]
      : [
          `<figure><img src="/a.jpg" alt=""><figcaption>The reading room</figcaption></figure>`,
          ps[0],
          ps[1],
          ps[2],
          shareBar(),
          ps[3],
          ps[4],
          `<div><p>Filed under: Libraries</p></div>`,
          related(story.related),
        ];
  return `<!doctype html><html lang="en"><head><title>${story.title}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${story.title}</h1>${body.join('\n')}</article></main>
<footer><p>© Valley Herald</p></footer></body></html>`;
}
