/**
 * The reader's stylesheet. It lives in the shadow root, so it needs no prefixes against the page; the
 * `:host` rules are `!important` because, across tree contexts, important inner rules beat the page's.
 */

const SERIF = `Charter, "Bitstream Charter", "Sitka Text", Cambria, "Iowan Old Style", Georgia, "Noto Serif", "DejaVu Serif", "Liberation Serif", serif`;
const SANS = `system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", "Liberation Sans", Arial, sans-serif`;
const MONO = `ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace`;

export const READER_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 !important;
  z-index: 2147483647 !important;
  width: auto !important;
  height: auto !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  transform: none !important;
  filter: none !important;
  opacity: 1 !important;
  visibility: visible !important;
  pointer-events: auto !important;
  contain: layout style paint !important;

  --bg: #fdfdfc;
  --fg: #1f1f1f;
  --heading: #111111;
  --muted: #62625f;
  --link: #1a5fb4;
  --link-hover: #0d3f7c;
  --rule: #e4e4e0;
  --quote-rule: #c9c9c3;
  --code-bg: #f2f2ef;
  --bar-bg: rgb(253, 253, 252);
  --hover: rgba(0, 0, 0, 0.06);
  --pressed: rgba(0, 0, 0, 0.1);
  --focus: #1a5fb4;
  --selection: #cfe0fa;
  color-scheme: light;
}
.root[data-theme='sepia'] {
  --bg: #f4ecd8;
  --fg: #5b4636;
  --heading: #47331f;
  --muted: #7c6650;
  --link: #8f3f12;
  --link-hover: #5e2708;
  --rule: #e0d3b6;
  --quote-rule: #cdb994;
  --code-bg: #ebe0c6;
  --bar-bg: rgb(244, 236, 216);
  --hover: rgba(91, 70, 54, 0.08);
  --pressed: rgba(91, 70, 54, 0.15);
  --focus: #8f3f12;
  --selection: #e3cfa3;
  color-scheme: light;
}
.root[data-theme='dark'] {
  --bg: #1b1b1d;
  --fg: #e6e6e6;
  --heading: #f2f2f2;
  --muted: #a3a3a8;
  --link: #8ab4f8;
  --link-hover: #b3cdfb;
  --rule: #36363b;
  --quote-rule: #4a4a50;
  --code-bg: #26262a;
  --bar-bg: rgb(27, 27, 29);
  --hover: rgba(255, 255, 255, 0.08);
  --pressed: rgba(255, 255, 255, 0.15);
  --focus: #8ab4f8;
  --selection: #3b4f73;
  color-scheme: dark;
}

.root {
  position: absolute;
  inset: 0;
  overflow-x: hidden;
  overflow-y: auto;
  overscroll-behavior: contain;
  /* Anchors and scrollIntoView land below the sticky toolbar, not under it. */
  scroll-padding-top: 72px;
  background: var(--bg);
  color: var(--fg);
  font-family: ${SERIF};
  line-height: 1.6;
  text-rendering: optimizeLegibility;
  -webkit-font-smoothing: antialiased;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}
.root:focus { outline: none; }
.root[data-font='sans'] { font-family: ${SANS}; }
::selection { background: var(--selection); }

/* Toolbar: fixed size and font, so the controls do not move while the user changes the text. */
.bar {
  position: sticky;
  top: 0;
  z-index: 1;
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 12px;
  padding: 8px 16px;
  background: var(--bar-bg);
  border-bottom: 1px solid var(--rule);
  font: 500 14px/1 ${SANS};
}
.controls { display: flex; align-items: center; gap: 6px; min-width: 0; }
.group { display: inline-flex; align-items: center; gap: 2px; }
.sep { width: 1px; height: 20px; margin: 0 6px; background: var(--rule); flex: none; }
button {
  appearance: none;
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: 6px;
  min-width: 34px;
  height: 34px;
  margin: 0;
  padding: 0 8px;
  border: 1px solid transparent;
  border-radius: 8px;
  background: transparent;
  color: var(--fg);
  font: inherit;
  cursor: pointer;
  -webkit-tap-highlight-color: transparent;
}
button:hover { background: var(--hover); }
button:focus { outline: none; }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
button[aria-pressed='true'] { background: var(--pressed); }
button[aria-disabled='true'] { opacity: 0.38; cursor: default; }
button[aria-disabled='true']:hover { background: transparent; }
button svg { width: 20px; height: 20px; flex: none; fill: none; stroke: currentColor; stroke-width: 1.8; stroke-linecap: round; stroke-linejoin: round; }
.swatch { padding: 0; width: 34px; }
.swatch span {
  box-sizing: border-box;
  display: block;
  width: 20px;
  height: 20px;
  border-radius: 50%;
  border: 1px solid rgba(127, 127, 127, 0.55);
}
.swatch[aria-pressed='true'] { background: transparent; }
.swatch[aria-pressed='true'] span { box-shadow: 0 0 0 2px var(--bg), 0 0 0 4px var(--focus); }
.swatch-light span { background: #fdfdfc; }
.swatch-sepia span { background: #f4ecd8; }
.swatch-dark span { background: #1b1b1d; }
.glyph { font-size: 17px; line-height: 1; letter-spacing: -0.02em; }
.glyph-small { font-size: 13px; }
.font-toggle .glyph { font-family: ${SERIF}; font-weight: 400; }
.root[data-font='sans'] .font-toggle .glyph { font-family: ${SANS}; }
.close { padding: 0 12px 0 8px; }
.bar { flex-wrap: wrap; }
.menu { position: relative; display: inline-flex; }
.menu-list {
  position: absolute;
  top: calc(100% + 6px);
  left: 0;
  z-index: 2;
  display: flex;
  flex-direction: column;
  min-width: 200px;
  padding: 4px;
  border: 1px solid var(--rule);
  border-radius: 10px;
  background: var(--bg);
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.18);
}
.menu-list[hidden] { display: none; }
.menu-list button { justify-content: flex-start; width: 100%; padding: 0 10px; font-weight: 400; white-space: nowrap; }
.listen-panel {
  flex-basis: 100%;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: center;
  gap: 6px;
  padding-top: 8px;
  border-top: 1px solid var(--rule);
}
.listen-panel[hidden] { display: none; }
select {
  box-sizing: border-box;
  height: 34px;
  max-width: 240px;
  padding: 0 8px;
  border: 1px solid var(--rule);
  border-radius: 8px;
  background: var(--bg);
  color: var(--fg);
  font: inherit;
  font-weight: 400;
}
select:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.listen-message { color: var(--muted); font-weight: 400; }
.body .speaking {
  background: var(--selection);
  box-shadow: 0 0 0 6px var(--selection);
  border-radius: 2px;
  transition: background 0.2s;
}
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}

/* The article column. */
.article {
  box-sizing: content-box;
  max-width: calc(var(--line-width, 68) * 1ch);
  margin: 0 auto;
  padding: 48px 28px 120px;
  font-size: var(--font-size, 19px);
  overflow-wrap: break-word;
}
.site {
  margin: 0 0 10px;
  font: 600 0.72em/1.3 ${SANS};
  letter-spacing: 0.08em;
  text-transform: uppercase;
  color: var(--muted);
}
.title {
  margin: 0 0 0.5em;
  font-size: 2.05em;
  line-height: 1.18;
  font-weight: 700;
  letter-spacing: -0.012em;
  color: var(--heading);
  text-wrap: balance;
}
.meta {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: 4px 14px;
  margin: 0;
  padding-bottom: 1.4em;
  border-bottom: 1px solid var(--rule);
  font: 400 0.8em/1.5 ${SANS};
  color: var(--muted);
}
.meta .byline { color: var(--fg); font-weight: 600; }
.meta a { color: var(--muted); }
.meta a:hover { color: var(--link-hover); }
.body { margin-top: 2em; }
.empty { color: var(--muted); font-style: italic; }

.body > :first-child { margin-top: 0; }
.body p { margin: 0 0 1.1em; }
.body a { color: var(--link); text-decoration-line: underline; text-decoration-thickness: 1px; text-underline-offset: 0.16em; }
.body a:hover { color: var(--link-hover); text-decoration-thickness: 2px; }
.body a:focus-visible, .meta a:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
.body h1, .body h2, .body h3, .body h4, .body h5, .body h6 {
  margin: 1.8em 0 0.6em;
  line-height: 1.25;
  font-weight: 700;
  color: var(--heading);
  text-wrap: balance;
}
.body h1 { font-size: 1.6em; }
.body h2 { font-size: 1.42em; }
.body h3 { font-size: 1.2em; }
.body h4 { font-size: 1.05em; }
.body h5, .body h6 { font-size: 0.95em; letter-spacing: 0.02em; }
.body h6 { color: var(--muted); }
.body img, .body video, .body svg, .body canvas, .body picture {
  max-width: 100%;
  height: auto;
}
.body img { display: block; margin: 0 auto; border-radius: 2px; }
.body p img, .body li img, .body td img { display: inline-block; vertical-align: middle; }
.body figure { margin: 2em 0; padding: 0; }
.body figcaption {
  margin-top: 0.7em;
  font: 400 0.8em/1.5 ${SANS};
  color: var(--muted);
}
.body blockquote {
  margin: 1.6em 0;
  padding: 0.1em 0 0.1em 1.2em;
  border-left: 3px solid var(--quote-rule);
  color: var(--fg);
  font-style: italic;
}
.body blockquote p:last-child { margin-bottom: 0; }
.body ul, .body ol { margin: 0 0 1.1em; padding-left: 1.6em; }
.body li { margin: 0.35em 0; padding-left: 0.2em; }
.body li > ul, .body li > ol { margin-bottom: 0; }
.body li::marker { color: var(--muted); }
.body hr { margin: 2.4em auto; border: 0; border-top: 1px solid var(--rule); width: 40%; }
.body code, .body kbd, .body samp {
  font-family: ${MONO};
  font-size: 0.84em;
  padding: 0.1em 0.35em;
  border-radius: 4px;
  background: var(--code-bg);
}
.body pre {
  margin: 1.5em 0;
  padding: 1em 1.15em;
  overflow-x: auto;
  border-radius: 8px;
  background: var(--code-bg);
  font-family: ${MONO};
  font-size: 0.8em;
  line-height: 1.55;
  tab-size: 4;
  white-space: pre;
  overflow-wrap: normal;
}
.body pre code { padding: 0; font-size: inherit; background: none; border-radius: 0; }
.table-wrap { margin: 1.6em 0; overflow-x: auto; }
.body table {
  border-collapse: collapse;
  min-width: 60%;
  font: 400 0.82em/1.45 ${SANS};
  font-variant-numeric: tabular-nums;
}
.body caption { caption-side: bottom; padding-top: 0.6em; color: var(--muted); text-align: left; }
.body th, .body td { padding: 0.5em 0.8em; border: 1px solid var(--rule); text-align: left; vertical-align: top; }
.body th { background: var(--code-bg); font-weight: 600; }
.body sup, .body sub { line-height: 0; }
.body dt { font-weight: 700; margin-top: 0.8em; }
.body dd { margin: 0.2em 0 0.8em 1.4em; }
.body mark { background: #f7e27b; color: #1f1f1f; }

@media (max-width: 600px) {
  .bar { padding: 6px 8px; gap: 4px; }
  .controls { gap: 2px; }
  .sep { margin: 0 3px; }
  .label { display: none; }
  button { min-width: 32px; height: 34px; padding: 0 6px; }
  .swatch { width: 30px; }
  .close { padding: 0 6px; }
  .article { padding: 28px 18px 88px; }
  .title { font-size: 1.7em; }
  .body pre { font-size: 0.74em; padding: 0.9em 1em; }
  .body table { font-size: 0.76em; }
  .body th, .body td { padding: 0.45em 0.6em; }
}
.print-only { display: none; }

/* Printing: the article alone, flowing over pages, black on white, with link targets written out. */
@media print {
  :host, .root, .root[data-theme] {
    position: static !important;
    inset: auto !important;
    contain: none !important;
    --bg: #ffffff;
    --fg: #000000;
    --heading: #000000;
    --muted: #333333;
    --link: #000000;
    --rule: #999999;
    --quote-rule: #777777;
    --code-bg: #f3f3f3;
    color-scheme: light;
  }
  .bar, .sr-only, .listen-panel { display: none !important; }
  .root { position: static; overflow: visible; height: auto; background: #ffffff; color: #000000; }
  .article { max-width: none; padding: 0; font-size: 11.5pt; line-height: 1.5; }
  .print-only { display: block; }
  .meta .original { display: none; }
  .print-source { margin: 0.4em 0 0; font: 400 0.8em/1.4 ${SANS}; color: #333333; overflow-wrap: anywhere; }
  .title { font-size: 1.9em; }
  .body a { color: #000000; text-decoration-line: underline; }
  .body a[href^='http']::after {
    content: ' (' attr(href) ')';
    font-size: 0.8em;
    color: #333333;
    overflow-wrap: anywhere;
  }
  .body h1, .body h2, .body h3, .body h4, .body h5, .body h6 { break-after: avoid; }
  .body figure, .body pre, .body blockquote, .body tr, .body img { break-inside: avoid; }
  .body pre { white-space: pre-wrap; overflow: visible; }
  .table-wrap { overflow: visible; }
  .body img { max-height: 55vh; width: auto; }
  .speaking { background: none !important; }
}
`;
