/** The popup's first file: asks for the page's report, then loads the popup itself (`main.ts`) meanwhile. */
import { askFirstReport } from './first-report';
import { parseTabId } from './state';

askFirstReport(parseTabId(location.search));
void import('./main');
