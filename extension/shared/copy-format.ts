/** The three things "copy" can put on the clipboard, from one engine result. */
import type { CleanResult } from '../../src/types';
import type { CopyFormat } from './messages';
import { markdownWithTitle } from './saved-file';

export function formatCopy(
  result: Pick<CleanResult, 'title' | 'url' | 'text' | 'markdown'> & { siteName?: string | null },
  format: CopyFormat,
) {
  switch (format) {
    case 'text':
      return result.text;
    case 'markdown':
      return markdownWithTitle(result);
    case 'with-link':
      return `${result.title}\n${result.url}\n\n${result.text}`;
  }
}

export function copyConfirmation(format: CopyFormat, chars: number): string {
  const what =
    format === 'markdown' ? 'Markdown' : format === 'with-link' ? 'text with title and link' : 'clean text';
  return `Copied ${what} (${chars.toLocaleString('en')} characters).`;
}
