import { boot } from './boot';

boot('on-demand');
