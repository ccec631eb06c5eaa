const SVG_NS = 'http://www.w3.org/2000/svg';

/** Stroke paths on a 24×24 grid; drawn with `currentColor` so they follow the theme. */
const PATHS = {
  close: 'M6 6l12 12M18 6L6 18',
  narrower: 'M10 4v16M14 4v16M1.5 12H7M4.5 8.5L7.5 12L4.5 15.5M22.5 12H17M19.5 8.5L16.5 12L19.5 15.5',
  wider: 'M2.5 4v16M21.5 4v16M6.5 12h11M9.5 8.5L6.5 12L9.5 15.5M14.5 8.5L17.5 12L14.5 15.5',
  copy: 'M9 8h11v13H9zM15 8V3H4v13h5',
  save: 'M12 3v12M7 10l5 5 5-5M4 20h16',
  print: 'M7 9V3h10v6M7 17H4v-8h16v8h-3M7 14h10v7H7z',
  listen: 'M4 9h4l5-4v14l-5-4H4zM16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12',
  play: 'M8 5l11 7-11 7z',
  pause: 'M8 5v14M16 5v14',
  previous: 'M6 5v14M18 5l-9 7 9 7z',
  next: 'M18 5v14M6 5l9 7-9 7z',
} as const;

export type IconName = keyof typeof PATHS;

export function icon(doc: Document, name: IconName): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', PATHS[name]);
  svg.append(path);
  return svg;
}
