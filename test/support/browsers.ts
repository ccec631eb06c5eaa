/**
 * Where the browsers are on a developer's machine: an environment variable for each (PITH_CHROMIUM,
 * PITH_FIREFOX), then the usual Linux and macOS locations. A test that cannot find one skips and prints the
 * exact command that installs it.
 */
import { existsSync } from 'node:fs';

const CHROMIUM_PLACES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const FIREFOX_PLACES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

export const INSTALL = {
  chromium: 'apt-get install -y chromium (macOS: brew install --cask chromium), or set PITH_CHROMIUM',
  firefox: 'apt-get install -y firefox-esr (macOS: brew install --cask firefox), or set PITH_FIREFOX',
  xvfb: 'apt-get install -y xvfb xdotool',
};

function find(variable: string | undefined, places: readonly string[]): string | null {
  if (variable) return existsSync(variable) ? variable : null;
  return places.find((place) => existsSync(place)) ?? null;
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  return find(env.PITH_CHROMIUM, CHROMIUM_PLACES);
}

export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | null {
  return find(env.PITH_FIREFOX, FIREFOX_PLACES);
}
