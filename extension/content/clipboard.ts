/**
 * Clipboard writes from inside a page. `navigator.clipboard` needs a focused document and may be refused by the
 * page's permissions policy; the hidden-textarea `execCommand('copy')` fallback works with `clipboardWrite`.
 */
import { describeError, fail, ok } from '../shared/messages';
import type { Result } from '../shared/messages';

export async function writeClipboard(text: string): Promise<Result<null>> {
  let firstError: string;
  try {
    await navigator.clipboard.writeText(text);
    return ok(null);
  } catch (error) {
    firstError = describeError(error);
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none';
  const active = document.activeElement;
  document.documentElement.append(area);
  area.select();
  let copied: boolean;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    area.remove();
    if (active instanceof HTMLElement) active.focus();
  }
  return copied
    ? ok(null)
    : fail('clipboard-failed', `Pith could not write to the clipboard (${firstError}).`);
}
