/*
 * A scripted Office/Word test double (test fixture, never shipped).
 *
 * It models Office.js's proxy semantics closely enough to keep the gateway honest:
 * reading a property that was not loaded (or before `context.sync()`) throws
 * PropertyNotLoaded; `load()` and writes are queued and run, in order, at the next sync;
 * every sync and every load path is recorded. The document is plain data
 * (`fake.state.paragraphs`) that a test edits with `fake.type(...)`, which fires the
 * change events the add-in subscribed to.
 *
 * Used two ways: required from jest tests (`createFakeOffice(options)`), and served by the
 * end-to-end test in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js,
 * where it installs `window.Office`, `window.Word` and `window.__fakeWord` from
 * `window.__FAKE_OFFICE_OPTIONS__`. Plain ES2017, no dependencies.
 */
(function () {
  'use strict';

  function compareVersions(a, b) {
    var x = String(a).split('.').map(Number);
    var y = String(b).split('.').map(Number);
    for (var i = 0; i < Math.max(x.length, y.length); i++) {
      var d = (x[i] || 0) - (y[i] || 0);
      if (d !== 0) return d;
    }
    return 0;
  }

  function normaliseParagraph(p, nextId) {
    return {
      text: p.text || '',
      style: p.style || p.styleBuiltIn || 'Normal',
      styleBuiltIn: p.styleBuiltIn || 'Normal',
      outlineLevel: p.outlineLevel || 10,
      tableNestingLevel: p.tableNestingLevel || 0,
      cell: p.cell || null,
      listString: p.listString || null,
      pictures: (p.pictures || []).map(function (alt) { return { altTextDescription: alt || '' }; }),
      controls: (p.controls || []).map(function (c) { return { id: c.id || nextId(), tag: c.tag || '', title: c.title || '', appearance: 'BoundingBox' }; }),
      bold: !!p.bold,
      alignment: p.alignment || 'Left',
      uniqueLocalId: 'p-' + nextId(),
    };
  }

  function createFakeOffice(options) {
    options = options || {};
    var counter = 0;
    var nextId = function () { return ++counter; };
    var state = {
      apiVersion: options.apiVersion || '1.6',
      /** When false, uniqueLocalId throws (a perpetual licence without Microsoft 365). */
      idsWork: options.idsWork !== false,
      paragraphs: (options.paragraphs || [{ text: '' }]).map(function (p) { return normaliseParagraph(p, nextId); }),
      properties: Object.assign({}, options.properties || {}),
      theme: options.theme || { bodyBackgroundColor: '#ffffff' },
      /** Syncs per Word.run batch, in order. */
      runs: [],
      syncCount: 0,
      loads: [],
      selections: [],
      paragraphHandlers: [],
      selectionHandlers: [],
      failNextRun: null,
    };

    function notLoaded(kind, prop) {
      var e = new Error('PropertyNotLoaded: ' + kind + '.' + prop + ' was read without load() and sync()');
      e.code = 'PropertyNotLoaded';
      return e;
    }

    function paragraphIndex(entity) {
      return state.paragraphs.indexOf(entity);
    }

    // --- entity accessors -------------------------------------------------------------
    var SCALARS = {
      Paragraph: function (e, prop) {
        switch (prop) {
          case 'text': case 'style': case 'styleBuiltIn': case 'outlineLevel': case 'tableNestingLevel': case 'alignment':
            return e[prop];
          case 'isListItem': return e.listString !== null;
          case 'uniqueLocalId':
            if (compareVersions(state.apiVersion, '1.6') < 0 || !state.idsWork) throw new Error('ApiNotFound: uniqueLocalId');
            return e.uniqueLocalId;
          default: throw new Error('FakeOffice: unknown Paragraph property ' + prop);
        }
      },
      Font: function (e, prop) { if (prop === 'bold') return e.bold; throw new Error('FakeOffice: Font.' + prop); },
      ListItem: function (e, prop) { if (prop === 'listString') return e.listString; throw new Error('FakeOffice: ListItem.' + prop); },
      ContentControl: function (e, prop) { return e.control[prop]; },
      TableCell: function (e, prop) {
        if (prop === 'rowIndex') return e.cell.row;
        if (prop === 'cellIndex') return e.cell.cell;
        throw new Error('FakeOffice: TableCell.' + prop);
      },
      InlinePicture: function (e, prop) { return e.picture[prop]; },
      CustomProperty: function (e, prop) { return e[prop]; },
      Range: function (e, prop) { if (prop === 'text') return e.paragraph.text.slice(e.start, e.end); throw new Error('FakeOffice: Range.' + prop); },
    };

    var NAVIGATION = {
      Paragraph: {
        font: ['Font', function (e) { return e; }],
        listItemOrNullObject: ['ListItem', function (e) { return e.listString !== null ? e : null; }, true],
        parentContentControlOrNullObject: ['ContentControl', function (e) {
          var c = e.controls[e.controls.length - 1];
          return c ? { control: c, paragraph: e, depth: e.controls.length - 1 } : null;
        }, true],
        parentTableCellOrNullObject: ['TableCell', function (e) { return e.tableNestingLevel > 0 ? e : null; }, true],
        inlinePictures: ['InlinePictureCollection', function (e) {
          return e.pictures.map(function (pic) { return { picture: pic, paragraph: e }; });
        }],
      },
      ContentControl: {
        parentContentControlOrNullObject: ['ContentControl', function (e) {
          var d = e.depth - 1;
          return d >= 0 ? { control: e.paragraph.controls[d], paragraph: e.paragraph, depth: d } : null;
        }, true],
      },
      InlinePicture: { paragraph: ['Paragraph', function (e) { return e.paragraph; }] },
      TableCell: { body: ['CellBody', function (e) { return e; }] },
      CellBody: { font: ['Font', function (e) { return e; }] },
    };

    var COLLECTION_ITEM = {
      ParagraphCollection: 'Paragraph',
      InlinePictureCollection: 'InlinePicture',
      RangeCollection: 'Range',
    };

    // --- the request context ------------------------------------------------------------
    function createContext() {
      var queue = [];
      var context = { syncs: 0 };

      function makeObject(kind, resolve, nullable) {
        var values = {};
        var itemsStamp = -1;
        var children = {};
        var target = { kind: kind };
        var api;

        function resolveEntity() {
          var e = resolve();
          if (e === undefined) throw new Error('FakeOffice: ' + kind + ' resolved to nothing');
          return e;
        }

        // Runs at sync time: resolves the entity now and captures the loaded values.
        function applyLoad(path) {
          var isCollection = !!COLLECTION_ITEM[kind];
          if (isCollection) {
            // Several load paths on one collection in one sync fill the same items.
            if (itemsStamp !== context.syncs) {
              var entities = resolveEntity();
              var itemKind = COLLECTION_ITEM[kind];
              values.items = entities.map(function (ent) { return makeObject(itemKind, function () { return ent; }); });
              itemsStamp = context.syncs;
            }
            var rest = path.replace(/^items\/?/, '');
            values.items.forEach(function (item) { if (rest) item.__applyLoad(rest); });
            return;
          }
          var entity = resolveEntity();
          if (nullable) values.isNullObject = entity === null;
          if (entity === null) return;
          var slash = path.indexOf('/');
          var head = slash === -1 ? path : path.slice(0, slash);
          var nav = NAVIGATION[kind] && NAVIGATION[kind][head];
          if (nav) {
            var child = api[head];
            child.__applyLoad(slash === -1 ? '' : path.slice(slash + 1));
            return;
          }
          if (head === '') return;
          values[head] = SCALARS[kind](entity, head);
        }

        var methods = {
          load: function (spec) {
            var paths = typeof spec === 'string' ? spec.split(',') : [''];
            paths.forEach(function (raw) {
              var path = raw.trim();
              state.loads.push(kind + ':' + path);
              queue.push(function () { applyLoad(path); });
            });
            return api;
          },
          __applyLoad: applyLoad,
          __entity: function () { return resolve(); },
          toJSON: function () { return values; },
        };

        if (OPERATIONS[kind]) {
          // defineProperties, not assign: getters (body.paragraphs) must stay lazy.
          Object.defineProperties(methods, Object.getOwnPropertyDescriptors(OPERATIONS[kind](resolveEntity, makeObject, queue, context)));
        }

        api = new Proxy(target, {
          get: function (_t, prop) {
            if (typeof prop === 'symbol') return undefined;
            if (prop === 'then') return undefined;
            if (prop === 'context') return context;
            if (Object.prototype.hasOwnProperty.call(methods, prop)) return methods[prop];
            var nav = NAVIGATION[kind] && NAVIGATION[kind][prop];
            if (nav) {
              if (!children[prop]) {
                children[prop] = makeObject(nav[0], function () {
                  var e = resolveEntity();
                  return e === null ? null : nav[1](e);
                }, nav[2]);
              }
              return children[prop];
            }
            if (Object.prototype.hasOwnProperty.call(values, prop)) return values[prop];
            throw notLoaded(kind, prop);
          },
          set: function (_t, prop, value) {
            queue.push(function () {
              var e = resolveEntity();
              WRITE[kind](e, prop, value);
            });
            return true;
          },
        });
        return api;
      }

      context.sync = function () {
        context.syncs++;
        state.syncCount++;
        var ops = queue.splice(0, queue.length);
        return Promise.resolve().then(function () {
          ops.forEach(function (op) { op(); });
        });
      };

      var body = makeObject('Body', function () { return state; });
      var properties = { customProperties: makeObject('CustomPropertyCollection', function () { return state.properties; }) };
      var events = {};
      ['onParagraphChanged', 'onParagraphAdded', 'onParagraphDeleted'].forEach(function (name) {
        events[name] = {
          add: function (handler) {
            if (compareVersions(state.apiVersion, '1.6') < 0) throw new Error('ApiNotFound: ' + name);
            var entry = { name: name, handler: handler };
            queue.push(function () { state.paragraphHandlers.push(entry); });
            return {
              context: context,
              remove: function () {
                queue.push(function () {
                  var i = state.paragraphHandlers.indexOf(entry);
                  if (i !== -1) state.paragraphHandlers.splice(i, 1);
                });
              },
            };
          },
        };
      });
      context.document = Object.assign({ body: body, properties: properties, context: context }, events);
      return context;
    }

    function newParagraph(text) {
      return normaliseParagraph({ text: text }, nextId);
    }

    var WRITE = {
      Paragraph: function (e, prop, value) {
        if (['styleBuiltIn', 'alignment', 'style'].indexOf(prop) === -1) throw new Error('FakeOffice: cannot set Paragraph.' + prop);
        e[prop] = value;
        if (prop === 'styleBuiltIn') {
          e.style = value;
          var m = /^Heading(\d)$/.exec(value);
          e.outlineLevel = m ? Number(m[1]) : 10;
        }
      },
      Font: function (e, prop, value) { if (prop !== 'bold') throw new Error('FakeOffice: Font.' + prop); e.bold = value; },
      ContentControl: function (e, prop, value) { e.control[prop] = value; },
      TableCell: function (e, prop, value) { if (prop !== 'horizontalAlignment') throw new Error('FakeOffice: TableCell.' + prop); e.alignment = value; },
    };

    function addControl(paragraphs) {
      var control = { id: nextId(), tag: '', title: '', appearance: 'BoundingBox' };
      paragraphs.forEach(function (p) { p.controls.push(control); });
      return { control: control, paragraph: paragraphs[0], depth: paragraphs[0].controls.length - 1 };
    }

    var OPERATIONS = {
      Body: function (resolve, makeObject, queue) {
        return {
          get paragraphs() { return makeObject('ParagraphCollection', function () { return state.paragraphs; }); },
          get inlinePictures() {
            return makeObject('InlinePictureCollection', function () {
              var out = [];
              state.paragraphs.forEach(function (p) { p.pictures.forEach(function (pic) { out.push({ picture: pic, paragraph: p }); }); });
              return out;
            });
          },
          insertParagraph: function (text, where) {
            var created = null;
            queue.push(function () {
              created = newParagraph(text);
              if (where === 'Start') state.paragraphs.unshift(created); else state.paragraphs.push(created);
            });
            return makeObject('Paragraph', function () { return created; });
          },
          insertTable: function (rows, cols, where, values) {
            var cells = [];
            queue.push(function () {
              var made = [];
              for (var r = 0; r < rows; r++) {
                cells[r] = [];
                for (var c = 0; c < cols; c++) {
                  var p = newParagraph(values && values[r] ? String(values[r][c] || '') : '');
                  p.tableNestingLevel = 1;
                  p.cell = { row: r, cell: c };
                  cells[r][c] = p;
                  made.push(p);
                }
              }
              // Word keeps a paragraph after a table.
              made.push(newParagraph(''));
              if (where === 'Start') state.paragraphs.unshift.apply(state.paragraphs, made);
              else state.paragraphs.push.apply(state.paragraphs, made);
            });
            return makeObject('Table', function () { return cells; });
          },
        };
      },
      ParagraphCollection: function (resolve, makeObject) {
        return {
          getFirst: function () { return makeObject('Paragraph', function () { return resolve()[0]; }); },
        };
      },
      Table: function (resolve, makeObject) {
        return {
          getCell: function (r, c) { return makeObject('TableCell', function () { return resolve()[r][c]; }); },
        };
      },
      CellBody: function (resolve, makeObject, queue) {
        return {
          insertContentControl: function () {
            var made = null;
            queue.push(function () { made = addControl([resolve()]); });
            return makeObject('ContentControl', function () { return made; });
          },
        };
      },
      Paragraph: function (resolve, makeObject, queue) {
        return {
          select: function () {
            queue.push(function () {
              var e = resolve();
              state.selections.push({ paragraph: paragraphIndex(e), text: e.text });
            });
          },
          delete: function () {
            queue.push(function () {
              var i = paragraphIndex(resolve());
              if (i !== -1) state.paragraphs.splice(i, 1);
            });
          },
          insertContentControl: function () {
            var made = null;
            queue.push(function () { made = addControl([resolve()]); });
            return makeObject('ContentControl', function () { return made; });
          },
          getRange: function () {
            return makeObject('Range', function () { var e = resolve(); return { paragraph: e, start: 0, end: e.text.length, to: e }; });
          },
          search: function (needle) {
            return makeObject('RangeCollection', function () {
              var e = resolve();
              var text = needle.replace(/\^\^/g, '^');
              var out = [];
              for (var at = e.text.indexOf(text); at !== -1; at = e.text.indexOf(text, at + text.length)) {
                out.push({ paragraph: e, start: at, end: at + text.length, to: e });
              }
              return out;
            });
          },
        };
      },
      Range: function (resolve, makeObject, queue) {
        return {
          select: function () {
            queue.push(function () {
              var r = resolve();
              state.selections.push({ paragraph: paragraphIndex(r.paragraph), start: r.start, end: r.end, text: r.paragraph.text.slice(r.start, r.end) });
            });
          },
          expandTo: function (other) {
            return makeObject('Range', function () {
              var a = resolve();
              var b = other.__entity();
              return { paragraph: a.paragraph, start: 0, end: a.paragraph.text.length, to: b.to };
            });
          },
          insertContentControl: function () {
            var made = null;
            queue.push(function () {
              var r = resolve();
              var from = paragraphIndex(r.paragraph);
              var to = paragraphIndex(r.to);
              made = addControl(state.paragraphs.slice(from, to + 1));
            });
            return makeObject('ContentControl', function () { return made; });
          },
        };
      },
      CustomPropertyCollection: function (resolve, makeObject, queue) {
        return {
          getItemOrNullObject: function (key) {
            return makeObject('CustomProperty', function () {
              var props = resolve();
              return Object.prototype.hasOwnProperty.call(props, key) ? { key: key, value: props[key] } : null;
            }, true);
          },
          add: function (key, value) {
            queue.push(function () { resolve()[key] = value; });
          },
        };
      },
    };

    // --- globals ----------------------------------------------------------------------
    var Word = {
      run: function (a, b) {
        var batch = typeof a === 'function' ? a : b;
        // Word.run(object, batch) runs in the context that created `object` (removing event handlers).
        var context = typeof a === 'function' ? createContext() : a.context;
        var record = { syncs: 0 };
        state.runs.push(record);
        if (state.failNextRun) {
          var err = state.failNextRun;
          state.failNextRun = null;
          return Promise.reject(err);
        }
        return Promise.resolve()
          .then(function () { return batch(context); })
          .then(
            function (v) { record.syncs = context.syncs; return v; },
            function (e) { record.syncs = context.syncs; throw e; }
          );
      },
    };

    var Office = {
      HostType: { Word: 'Word' },
      EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
      onReady: function (cb) {
        var info = { host: 'Word', platform: 'OfficeOnline' };
        if (cb) cb(info);
        return Promise.resolve(info);
      },
      context: {
        requirements: {
          isSetSupported: function (name, version) {
            return name === 'WordApi' && compareVersions(version || '1.1', state.apiVersion) <= 0;
          },
        },
        get officeTheme() { return state.theme; },
        document: {
          addHandlerAsync: function (type, handler, cb) {
            state.selectionHandlers.push(handler);
            if (cb) cb({ status: 'succeeded' });
          },
          removeHandlerAsync: function (type, opts, cb) {
            var i = state.selectionHandlers.indexOf(opts && opts.handler);
            if (i !== -1) state.selectionHandlers.splice(i, 1);
            if (cb) cb({ status: 'succeeded' });
          },
        },
      },
    };

    function fireChange() {
      state.paragraphHandlers.slice().forEach(function (h) { h.handler({ type: 'paragraphChanged' }); });
      state.selectionHandlers.slice().forEach(function (h) { h({ type: 'documentSelectionChanged' }); });
    }

    return {
      Word: Word,
      Office: Office,
      state: state,
      /** Replaces paragraph `index`'s text (appending a paragraph when index is the end) and fires change events. */
      type: function (index, text) {
        if (index >= state.paragraphs.length) state.paragraphs.push(newParagraph(text));
        else state.paragraphs[index].text = text;
        fireChange();
      },
      /** Replaces the whole document. */
      setParagraphs: function (list) {
        state.paragraphs = list.map(function (p) { return normaliseParagraph(p, nextId); });
        fireChange();
      },
      fireChange: fireChange,
      texts: function () { return state.paragraphs.map(function (p) { return p.text; }); },
    };
  }

  if (typeof module !== 'undefined' && module.exports) {
    module.exports = { createFakeOffice: createFakeOffice };
  }
  else if (typeof window !== 'undefined') {
    var fake = createFakeOffice(window.__FAKE_OFFICE_OPTIONS__ || {});
    window.__fakeWord = fake;
    window.Office = fake.Office;
    window.Word = fake.Word;
  }
})();
