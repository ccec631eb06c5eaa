/**
 * A byline that names a CMS account rather than a person is no byline: WordPress and friends print the
 * posting user ("admin", "editor", "Staff", "webmaster", an e-mail address) where the author should be.
 * "By Staff" or "Admin" tells the reader nothing, so the result carries `null` instead.
 */

/** Account names CMSs create by default or that newsrooms post under; compared whole, case-insensitively. */
const ACCOUNT_NAMES = new Set([
  'admin',
  'administrator',
  'editor',
  'editors',
  'staff',
  'staff writer',
  'staff reporter',
  'webmaster',
  'author',
  'user',
  'root',
  'guest',
  'site admin',
  'site administrator',
  'wpadmin',
  'wp admin',
  'web editor',
  'web team',
  'unknown',
  'anonymous',
]);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function cleanByline(byline: string | null | undefined): string | null {
  const text = byline?.replace(/\s+/g, ' ').trim() ?? '';
  if (!text) return null;
  const name = text
    .replace(/^(?:posted |written )?by:?\s+/i, '')
    .replace(/[.,;:]+$/, '')
    .trim()
    .toLowerCase();
  if (ACCOUNT_NAMES.has(name) || EMAIL.test(name) || /^admin\d*$/.test(name)) return null;
  return text;
}
