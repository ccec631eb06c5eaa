import { boot } from './boot';

// Injected by the background when the popup, a shortcut or the menu first needs the page (see core-bridge.ts).
boot();
