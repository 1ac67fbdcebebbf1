/**
 * Work the task pane's entry starts before React renders (the first document read and
 * the settings load), handed to the pane either as its result, when it has already
 * come, or as the promise still running. With the result in hand, the pane's first
 * render already shows the report: one render pass instead of a spinner, then the
 * report, then the report again for the saved category.
 */

/** A result the entry already has, or the promise it is still waiting for. */
export type Early<T> =
  | { readonly settled: 'fulfilled'; readonly value: T }
  | { readonly settled: 'pending'; readonly promise: Promise<T> };

/**
 * Waits at most `ms` for `promise`. If it fulfils in time, its value; otherwise (still
 * running, or failed) the promise itself, so that the pane awaits it and shows a failure
 * where it shows every other read failure. Never rejects.
 */
export async function settleWithin<T>(promise: Promise<T>, ms: number): Promise<Early<T>> {
  const pending: Early<T> = { settled: 'pending', promise };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Early<T>>((resolve) => {
    timer = setTimeout(() => resolve(pending), ms);
  });
  const done = promise.then(
    (value): Early<T> => ({ settled: 'fulfilled', value }),
    (): Early<T> => pending,
  );
  try {
    return await Promise.race([done, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The value if the work is done, else undefined. */
export function earlyValue<T>(early: Early<T> | undefined): T | undefined {
  return early?.settled === 'fulfilled' ? early.value : undefined;
}

/** The promise if the work is still running, else undefined. */
export function earlyPromise<T>(early: Early<T> | undefined): Promise<T> | undefined {
  return early?.settled === 'pending' ? early.promise : undefined;
}
