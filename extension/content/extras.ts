import { pageCore } from './core-bridge';
import { installExtras } from './extras-install';

// Injected after on-demand.ts, when the reader, the picker or a saved file is first asked for on the page.
const core = pageCore();
if (core) installExtras(core);
