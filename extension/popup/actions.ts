/** The page actions: copy in three formats and the reader view, with a sentence for every outcome. */
import { copyConfirmation, formatCopy } from '../shared/copy-format';
import type { CopyFormat, PageReport, Result } from '../shared/messages';
import { sendToBackground } from '../shared/send';

export async function copyFrom(report: PageReport, format: CopyFormat): Promise<Result<string>> {
  // The popup's own result: what it shows is what it copies (also after "rules only" or a rule switch).
  const text = formatCopy(report.result, format);
  try {
    await navigator.clipboard.writeText(text);
    return { ok: true, value: copyConfirmation(format, text.length) };
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'clipboard-failed',
        message: `Pith could not write to the clipboard (${error instanceof Error ? error.message : String(error)}). Click the button again, or copy from the reader view.`,
      },
    };
  }
}

export async function openReader(tabId: number | undefined): Promise<Result<null>> {
  return sendToBackground('reader/open', { tabId });
}
