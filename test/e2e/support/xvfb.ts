/** A private Xvfb server, for the one test that needs real key presses (browser shortcuts ignore CDP input). */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export function hasXvfb(): boolean {
  return existsSync('/usr/bin/Xvfb') && existsSync('/usr/bin/xdotool');
}

export interface Xvfb {
  display: string;
  /** Sends a key chord (xdotool syntax, e.g. `alt+shift+r`) to the focused window. */
  key(chord: string): void;
  stop(): void;
}

export async function startXvfb(): Promise<Xvfb> {
  const display = `:${90 + Math.floor(Math.random() * 400)}`;
  const server: ChildProcess = spawn(
    '/usr/bin/Xvfb',
    [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'],
    {
      stdio: 'ignore',
    },
  );
  const env = { ...process.env, DISPLAY: display };
  for (let i = 0; i < 50; i++) {
    if (spawnSync('xdotool', ['getmouselocation'], { env }).status === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    display,
    key(chord) {
      const result = spawnSync(
        'xdotool',
        [
          'search',
          '--sync',
          '--onlyvisible',
          '--class',
          'chromium',
          'windowfocus',
          '--sync',
          'key',
          '--clearmodifiers',
          chord,
        ],
        { env, encoding: 'utf8', timeout: 10000 },
      );
      if (result.status !== 0) throw new Error(`xdotool failed: ${result.stderr || result.error?.message}`);
    },
    stop() {
      if (server.pid) process.kill(server.pid);
    },
  };
}
