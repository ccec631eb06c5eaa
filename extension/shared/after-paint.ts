/**
 * Runs `then` once the current frame has been painted (the next animation frame, then a task after it).
 * `orAfterMs`: run it then at the latest, for a page that may paint nothing (a background tab gets no frames).
 */
export function afterPaint(then: () => void, orAfterMs?: number): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    then();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  if (orAfterMs !== undefined) setTimeout(once, orAfterMs);
}
