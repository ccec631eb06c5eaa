/**
 * Runs jobs one after another, each after the previous one has finished (failed or not): the one writer of a
 * stored value reads, changes and writes without losing a concurrent change (two quick toggles both persist).
 */
export interface SerialQueue {
  /** Queues `job`; its promise settles as the job does. A failed job does not stop the ones after it. */
  run<T>(job: () => Promise<T>): Promise<T>;
}

export function serialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(job: () => Promise<T>): Promise<T> {
      const next = tail.then(job);
      tail = next.catch(() => undefined);
      return next;
    },
  };
}
