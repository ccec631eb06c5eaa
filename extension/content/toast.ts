/** A short notice in the page, in its own shadow root so the page's CSS cannot touch it (and ours not the page). */
const HOST_TAG = 'pith-toast';

export function showToast(message: string, kind: 'ok' | 'error', ms = 2600): void {
  document.querySelector(HOST_TAG)?.remove();
  const host = document.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `
    :host { all: initial; }
    div { position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; max-width: 360px;
      padding: 10px 14px; border-radius: 8px; font: 14px/1.4 system-ui, sans-serif; color: #fff;
      background: ${kind === 'ok' ? '#206e54' : '#a4262c'}; box-shadow: 0 4px 16px rgba(0,0,0,.25); }`;
  const box = document.createElement('div');
  box.setAttribute('role', kind === 'ok' ? 'status' : 'alert');
  box.textContent = message;
  root.append(style, box);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), ms);
}
