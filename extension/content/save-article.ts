/** "Save": builds the file from the engine's result and downloads it from the page, with a toast. */
import type { CleanResult } from '../../src/types';
import { sanitizeArticleHtml } from '../reader/sanitize';
import { ok } from '../shared/messages';
import type { Result } from '../shared/messages';
import { htmlFile, markdownFile } from '../shared/saved-file';
import type { SaveFormat, SavedFile } from '../shared/saved-file';
import { downloadFile } from './download';
import { showToast } from './toast';

/** The article body through the one sanitizer, as markup for the saved page. */
function sanitizedBody(html: string): string {
  const box = document.createElement('div');
  box.append(sanitizeArticleHtml(window, html));
  return box.innerHTML;
}

export function buildFile(result: CleanResult, format: SaveFormat, savedAt = new Date()): SavedFile {
  return format === 'markdown'
    ? markdownFile(result, savedAt)
    : htmlFile(result, sanitizedBody(result.html), savedAt);
}

export function saveArticle(
  result: CleanResult,
  format: SaveFormat,
): Result<{ name: string; chars: number }> {
  const file = buildFile(result, format);
  const saved = downloadFile(file);
  if (!saved.ok) {
    showToast(saved.error.message, 'error');
    return saved;
  }
  showToast(`Saved ${file.name}.`, 'ok');
  return ok({ name: file.name, chars: file.text.length });
}
