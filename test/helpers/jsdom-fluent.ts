/**
 * What the jsdom tests of our Fluent views need, in one place: jsdom has no ResizeObserver
 * (Fluent's MessageBar measures itself with one), and the machine is shared, so async
 * queries get room (they resolve as soon as the UI is there). Call at the top of a test file.
 */
import { configure } from '@testing-library/react';

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

export function fluentInJsdom(): void {
  configure({ asyncUtilTimeout: 10000 });
  beforeAll(() => {
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoResizeObserver;
  });
}
