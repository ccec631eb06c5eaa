/**
 * Page HTML for the comparison view goes through the one sanitizer (`extension/reader/sanitize.ts`) and is parsed
 * into an inert document that is only ever read (for text and structure), never inserted into the popup.
 */
export { sanitizedInertDocument as parseSanitized } from '../reader/sanitize';
