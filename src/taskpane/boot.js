/*
 * The task pane's start-up guard. Plain ES5, inlined into taskpane.html ahead of Office.js
 * and the pane's own scripts (webpack.config.js, scripts/boot-script.js), so that it runs in
 * every webview Word may put the pane in, including those that cannot run the pane itself:
 *
 * - Internet Explorer 11 (Trident: Office 2016/2019 volume-licensed) and engines without
 *   what the pane needs (ES2017 syntax, Promise, Map, WeakMap, Symbol, CSS variables): the
 *   pane's scripts are told not to start (`__caBoot.blocked`) and the reason is shown;
 * - Office.js that does not load (no network, a campus proxy's login page): the script's
 *   error event, or at the watchdog, `Office` still undefined;
 * - a pane script that fails to load or throws before the pane has rendered;
 * - a host that never answers (Office.onReady or the first read never settles).
 *
 * Until the pane's first render replaces it, the page shows 正在读取文档…; the watchdog
 * replaces that line with the diagnosis after WATCHDOG_MS. The pane reports its progress
 * through `window.__caBoot` (stage, ready) and calls `ready()` when it renders.
 *
 * The messages come from startup-messages.json (the React pane shows the same ones).
 */
(function () {
  'use strict';
  var MESSAGES = /*MESSAGES*/ { kinds: {} };
  var WATCHDOG_MS = /*WATCHDOG_MS*/ 20000;
  var OFFICE_JS = /appsforoffice\.microsoft\.com/;

  var boot = { stage: 'office-js', blocked: null, shown: null, detail: null, done: false };
  window.__caBoot = boot;

  function byId(id) {
    return document.getElementById(id);
  }

  function paragraph(parent, text, className) {
    var p = document.createElement('p');
    if (className) p.className = className;
    p.appendChild(document.createTextNode(text));
    parent.appendChild(p);
    return p;
  }

  function render(kind, detail) {
    var root = byId('root');
    if (!root) return false;
    var m = MESSAGES.kinds[kind] || MESSAGES.kinds.script || { title: kind, body: '' };
    var box = document.createElement('div');
    box.className = 'legacy';
    box.setAttribute('role', 'alert');
    box.setAttribute('data-kind', kind);
    var title = document.createElement('strong');
    title.appendChild(document.createTextNode(m.title));
    box.appendChild(title);
    paragraph(box, m.body);
    if (kind !== 'noAnswer') {
      var p = paragraph(box, MESSAGES.checker + ' ');
      var a = document.createElement('a');
      a.href = 'checker.html';
      a.target = '_blank';
      a.rel = 'noopener';
      a.appendChild(document.createTextNode(MESSAGES.checkerLink));
      p.appendChild(a);
    }
    if (detail) paragraph(box, MESSAGES.detail + detail, 'detail');
    if (kind !== 'oldRuntime' && kind !== 'oldApi' && kind !== 'notWord') {
      var button = document.createElement('button');
      button.type = 'button';
      button.appendChild(document.createTextNode(MESSAGES.reload));
      button.onclick = function () {
        window.location.reload();
      };
      box.appendChild(button);
    }
    while (root.firstChild) root.removeChild(root.firstChild);
    root.appendChild(box);
    return true;
  }

  /** Shows why the pane cannot start (once the page's root exists). */
  function fail(kind, detail) {
    if (boot.done) return;
    boot.shown = kind;
    boot.detail = detail || null;
    if (!render(kind, detail)) {
      document.addEventListener('DOMContentLoaded', function () {
        if (!boot.done) render(kind, detail);
      });
    }
  }
  boot.fail = fail;

  /** What the webview lacks of what the pane needs, or null. */
  function missing() {
    var ua = navigator.userAgent || '';
    if (/Trident\/|MSIE /.test(ua)) return { kind: 'oldRuntime', detail: 'Internet Explorer' };
    var lacks = [];
    if (typeof Promise !== 'function') lacks.push('Promise');
    if (typeof Symbol !== 'function') lacks.push('Symbol');
    if (typeof Map !== 'function') lacks.push('Map');
    if (typeof WeakMap !== 'function') lacks.push('WeakMap');
    if (typeof Object.assign !== 'function') lacks.push('Object.assign');
    if (!(window.CSS && typeof window.CSS.supports === 'function' && window.CSS.supports('color', 'var(--ca-probe)'))) {
      lacks.push('CSS variables');
    }
    try {
      // The pane's scripts are ES2017: async functions and trailing commas in parameters.
      new Function('async function f(a,){await a}');
    } catch (e) {
      // An EvalError (a Content-Security-Policy without 'unsafe-eval') tells nothing.
      if (e instanceof SyntaxError) lacks.push('ES2017');
    }
    return lacks.length ? { kind: 'script', detail: lacks.join(', ') } : null;
  }

  var lack = missing();
  if (lack) {
    boot.blocked = lack.kind;
    fail(lack.kind, lack.detail);
    return;
  }

  function ownScript(file) {
    return typeof file === 'string' && file.indexOf(window.location.protocol + '//' + window.location.host) === 0;
  }

  // Capture phase: a script element's load error does not bubble.
  window.addEventListener(
    'error',
    function (e) {
      if (boot.done) return;
      var target = e && e.target;
      if (target && target !== window && target.tagName === 'SCRIPT') {
        var src = target.src || '';
        fail(OFFICE_JS.test(src) ? 'officeJs' : 'script', src);
        return;
      }
      var file = e && e.filename;
      if (file && OFFICE_JS.test(file)) {
        fail('officeJs', e.message);
        return;
      }
      // Only our own scripts: other frames' and Office's noise is not the pane failing.
      if (ownScript(file)) fail('script', e.message || (e.error && e.error.message));
    },
    true
  );
  window.addEventListener('unhandledrejection', function (e) {
    if (boot.done) return;
    var reason = e && e.reason;
    fail('script', reason && reason.message ? reason.message : String(reason));
  });

  /** Called by the pane as it goes: 'office-ready' (waiting for Office), 'reading' (waiting for Word). */
  boot.at = function (stage) {
    boot.stage = stage;
  };
  /** Called by the pane when it renders: the guard's work is done. */
  boot.ready = function () {
    boot.done = true;
    clearTimeout(timer);
  };

  var timer = setTimeout(function () {
    if (boot.done || boot.shown) return;
    if (typeof window.Office === 'undefined') fail('officeJs', 'Office');
    else if (boot.stage === 'office-js') fail('script', boot.stage);
    else fail('noAnswer', boot.stage);
  }, WATCHDOG_MS);
})();
