/**
 * Stand-ins for what the pane's libraries need and core-js cannot provide, for EdgeHTML 18
 * (Word 2016/2019 retail and Microsoft 365 builds without WebView2). Imported first by the
 * pane's entry, before any library module runs.
 *
 * - WeakRef (ES2021): tabster and keyborg (Fluent's focus management) create one on every
 *   focus change, unguarded. A weak reference cannot be written in JavaScript; this one
 *   holds its target strongly, which only keeps some detached elements alive for as long
 *   as the pane is open. Found by the EdgeHTML test (test/e2e/old-webview.test.ts).
 */
if (typeof (globalThis as { WeakRef?: unknown }).WeakRef === 'undefined') {
  class StrongRef<T extends object> {
    constructor(private readonly target: T) {}
    deref(): T | undefined {
      return this.target;
    }
  }
  Object.defineProperty(globalThis, 'WeakRef', { value: StrongRef, writable: true, configurable: true });
}

/*
 * - Event.prototype.composedPath (Edge 79): Fluent's and tabster's focus and dismiss
 *   handlers call it on every click. Without shadow DOM (the pane has none) the path is the
 *   target, its ancestors, the document and the window.
 */
if (typeof Event !== 'undefined' && typeof Event.prototype.composedPath !== 'function') {
  Object.defineProperty(Event.prototype, 'composedPath', {
    configurable: true,
    writable: true,
    value: function composedPath(this: Event): EventTarget[] {
      const path: EventTarget[] = [];
      let node = this.target as Node | null;
      if (!node || typeof node.nodeType !== 'number') return node ? [node as unknown as EventTarget] : [];
      while (node) {
        path.push(node);
        node = node.parentNode;
      }
      const last = path[path.length - 1] as Document;
      if (last.defaultView) path.push(last.defaultView);
      return path;
    },
  });
}

export {};
