/**
 * How Debian's Chromium is started on these machines (see ../shared/NOTES.md): without the background-networking
 * flags it floods the closed network with refused connections.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The flags plus the two that load an unpacked extension. */
export function chromiumFlagsWithExtension(extensionDir: string): string[] {
  return [
    ...CHROMIUM_FLAGS,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}
