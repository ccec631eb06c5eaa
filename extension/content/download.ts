/**
 * Saves a file from the page: a Blob URL and a clicked `<a download>`. This needs no `downloads` permission
 * (which would add an install warning) and works from a content script in Chrome and Firefox; the browser
 * files it like any other download (its folder, or its "Save as" dialog if the user asked for one).
 */
import { describeError, fail, ok } from '../shared/messages';
import type { Result } from '../shared/messages';
import type { SavedFile } from '../shared/saved-file';

export function downloadFile(file: SavedFile): Result<null> {
  let url = '';
  try {
    url = URL.createObjectURL(new Blob([file.text], { type: `${file.mime};charset=utf-8` }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.hidden = true;
    // Firefox only follows a click on a link that is in the document; it leaves again at once.
    document.documentElement.append(link);
    link.click();
    link.remove();
  } catch (error) {
    if (url) URL.revokeObjectURL(url);
    return fail('internal', `Pith could not save the file: ${describeError(error)}`);
  }
  // The download reads the Blob asynchronously: revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return ok(null);
}
