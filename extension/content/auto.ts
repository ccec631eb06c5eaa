import { boot } from './boot';

// Registered with scripting.registerContentScripts for hosts where the user turned on auto-clean.
boot('auto-clean');
