/** "Save": builds the file from the engine's result and downloads it from the page, with a toast. */
import type { CleanResult } from '../../src/types';
import { sanitizeArticleHtml } from '../reader/sanitize';
import { ok } from '../shared/messages';
import type { Result } from '../shared/messages';
import { htmlFile, markdownFile } from '../shared/saved-file';
import type { SaveFormat, SavedFile } from '../shared/saved-file';
import { downloadFile } from './download';
import { embedImages, savedMessage } from './embed-images';
import { showToast } from './toast';

/**
 * The article body through the one sanitizer, as markup for the saved page: the sanitizer's string, never
 * parsed into this (live) page, where an image would load and a surviving handler could fire.
 */
function sanitizedBody(html: string, url: string): string {
  return sanitizeArticleHtml(window, html, { baseUrl: url });
}

/** The file, and for a web page how many of its images could not be embedded and still link to the web. */
export async function buildFile(
  result: CleanResult,
  format: SaveFormat,
  savedAt = new Date(),
): Promise<{ file: SavedFile; linked: number }> {
  if (format === 'markdown') return { file: markdownFile(result, savedAt), linked: 0 };
  const body = await embedImages(sanitizedBody(result.html, result.url), window);
  return { file: htmlFile(result, body.html, savedAt), linked: body.linked };
}

export async function saveArticle(
  result: CleanResult,
  format: SaveFormat,
): Promise<Result<{ name: string; chars: number }>> {
  const { file, linked } = await buildFile(result, format);
  const saved = downloadFile(file);
  if (!saved.ok) {
    showToast(saved.error.message, 'error');
    return saved;
  }
  showToast(savedMessage(file.name, linked), 'ok', linked > 0 ? 6000 : 2600);
  return ok({ name: file.name, chars: file.text.length });
}
