/** The picker's styles, inside its shadow root: the page's CSS cannot reach them, and they cannot reach the page. */
export const PICKER_CSS = `
:host { all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; }
.box, .mark, .label { position: absolute; pointer-events: none; box-sizing: border-box; }
.box { border: 2px solid #1a73e8; background: rgba(26, 115, 232, 0.12); }
.mark { border: 2px solid #c5221f; background: rgba(197, 34, 31, 0.18); }
.label { font: 12px/1.6 ui-monospace, monospace; color: #fff; background: #1a73e8; padding: 0 6px;
  border-radius: 3px; white-space: nowrap; max-width: 90vw; overflow: hidden; text-overflow: ellipsis; }
.panel { position: fixed; right: 16px; bottom: 16px; width: min(460px, calc(100vw - 32px)); box-sizing: border-box;
  padding: 12px 14px; border-radius: 10px; background: #fff; color: #1d1d1d; font: 14px/1.45 system-ui, sans-serif;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.3); }
.panel .title { margin: 0 0 8px; }
.panel:not(.locked) .rule, .panel:not(.locked) .status, .panel:not(.locked) .save { display: none; }
.rule { width: 100%; box-sizing: border-box; font: 13px/1.4 ui-monospace, monospace; padding: 6px 8px;
  border: 1px solid #b9c8c1; border-radius: 6px; }
.status { margin: 6px 0; font-size: 13px; color: #206e54; }
.status.error { color: #a4262c; }
.buttons { margin: 8px 0 0; display: flex; gap: 8px; }
button { font: inherit; padding: 5px 12px; border-radius: 6px; border: 1px solid #b9c8c1; background: #f3f7f5;
  cursor: pointer; color: inherit; }
button.save { background: #206e54; border-color: #206e54; color: #fff; }
button:disabled { opacity: 0.5; cursor: default; }
`;
