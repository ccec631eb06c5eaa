/**
 * Imported first by main.ts, so it runs before the rest of the popup's modules are evaluated: asks for the page's
 * report at once (`first-report.ts`). Loading the popup's code with a dynamic import after this, to ask even
 * sooner, cost more than it gained: the chain of imports that followed took 80–300 ms on a busy machine.
 */
import { askFirstReport } from './first-report';
import { parseTabId } from './state';

askFirstReport(parseTabId(location.search));
