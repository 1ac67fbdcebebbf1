/*
 * A scripted Office/Word test double (test fixture, never shipped), made to be at least as
 * unkind as real Word (shared/research/officejs-audit.md lists the sources).
 *
 * Proxy semantics: reading a property that was not loaded (or before `context.sync()`)
 * throws PropertyNotLoaded; `load()`, method results and writes are queued and run, in
 * order, at the next sync; an API above the host's requirement set fails the sync with
 * ApiNotFound, as the real host does. Every sync, load path and response size is recorded.
 *
 * The document is plain data (`fake.state.paragraphs`). A paragraph holds runs, so that the
 * double can be unkind in the ways Word is:
 * - `Paragraph.text` includes tracked deletions and hidden text (office-js #1267, #5286,
 *   #2314), footnote reference marks as U+FFFD (#6942, #5027) and comment anchors as U+0005
 *   (#2114); `Paragraph.getText()` (WordApi 1.7) leaves all of them out;
 * - floating pictures and text boxes are in neither `text` nor `inlinePictures`
 *   (Body.inlinePictures "doesn't include floating images"; text boxes #5282), only in the
 *   file (getFileAsync) and the OOXML (getOoxml);
 * - desktop Word cuts custom property values at 255 characters (CustomProperty.value);
 * - `search()` rejects needles over 255 characters and unknown `^` codes, and does not
 *   match across a tracked deletion (#31, #168, #5874);
 * - inserted paragraphs and table cells take the style and list of the paragraph they
 *   follow (#72), until the add-in sets them; `Paragraph.insertParagraph` ('Before' or
 *   'After' only) copies the anchor's style, list, alignment and bold, and stays in its
 *   table cell and content controls; `Paragraph.parentTable` fails outside a table, and
 *   `Table.insertParagraph` puts the paragraph outside the table;
 * - deleting a custom property that does not exist (a null object) fails the sync;
 * - change events can be missed (#6770, #3864, #4874): `fake.missEvents(n)`;
 * - every sync can take `latencyMs`, and a sync can never settle (#4941): `fake.hang(n)`;
 * - `getFileAsync` hands out the document as a real .docx in slices, fails on a third open
 *   file, and can fail with the web's 11001 network error (#6747, #6748).
 *
 * A test edits the document with `fake.type(...)` and the other helpers at the end, which
 * fire the events the add-in subscribed to (paragraphChanged for an edit, paragraphAdded
 * for a new paragraph), with the paragraphs' uniqueLocalIds.
 *
 * Used two ways: required from jest tests (`createFakeOffice(options)`), and served by the
 * end-to-end tests in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js,
 * where it installs `window.Office`, `window.Word` and `window.__fakeWord` from
 * `window.__FAKE_OFFICE_OPTIONS__`. Plain ES2017, no dependencies.
 */
(function () {
  'use strict';

  var FOOTNOTE_MARK = '\ufffd';
  var COMMENT_ANCHOR = '\u0005';
  var PROPERTY_MAX = 255;
  var SEARCH_MAX = 255;

  function compareVersions(a, b) {
    var x = String(a).split('.').map(Number);
    var y = String(b).split('.').map(Number);
    for (var i = 0; i < Math.max(x.length, y.length); i++) {
      var d = (x[i] || 0) - (y[i] || 0);
      if (d !== 0) return d;
    }
    return 0;
  }

  function hostError(code, message) {
    var e = new Error(code + ': ' + message);
    e.code = code;
    return e;
  }

  // --- paragraphs and their runs ------------------------------------------------------
  // A run is { text } (plain), { text, deleted: true }, { text, inserted: true },
  // { text, hidden: true }, { footnote: '…' } or { comment: '…' }.

  /** What Paragraph.text returns: everything, marks included. */
  function hostText(runs) {
    return runs.map(function (r) {
      if (r.footnote !== undefined) return FOOTNOTE_MARK;
      if (r.comment !== undefined) return COMMENT_ANCHOR;
      return r.text || '';
    }).join('');
  }

  /** What Paragraph.getText() returns by default, and what Word shows and counts. */
  function visibleText(runs) {
    return runs.map(function (r) {
      if (r.footnote !== undefined || r.comment !== undefined || r.deleted || r.hidden) return '';
      return r.text || '';
    }).join('');
  }

  function makeParagraph(p, nextId) {
    var entity = {
      runs: (p.runs || [{ text: p.text || '' }]).map(function (r) { return Object.assign({}, r); }),
      style: p.style || p.styleBuiltIn || 'Normal',
      styleBuiltIn: p.styleBuiltIn || 'Normal',
      outlineLevel: p.outlineLevel || 10,
      tableNestingLevel: p.tableNestingLevel || 0,
      cell: p.cell || null,
      table: p.table !== undefined ? p.table : null,
      listString: p.listString || null,
      pictures: (p.pictures || []).map(function (alt) { return { altTextDescription: alt || '' }; }),
      floating: (p.floating || []).map(function (f) { return Object.assign({ kind: 'picture' }, f); }),
      sectionBreak: !!p.sectionBreak,
      bookmarks: (p.bookmarks || []).slice(),
      controls: (p.controls || []).map(function (c) { return { id: c.id || nextId(), tag: c.tag || '', title: c.title || '', appearance: 'BoundingBox' }; }),
      bold: !!p.bold,
      alignment: p.alignment || 'Left',
      uniqueLocalId: '0000' + String(nextId()).padStart(4, '0') + '-0000-4000-8000-000000000000',
    };
    Object.defineProperty(entity, 'text', {
      enumerable: true,
      get: function () { return hostText(entity.runs); },
      set: function (t) { entity.runs = [{ text: t }]; },
    });
    return entity;
  }

  // --- a minimal .docx writer (stored zip), for getFileAsync and getOoxml ---------------
  var CRC_TABLE = (function () {
    var t = [];
    for (var n = 0; n < 256; n++) {
      var c = n;
      for (var k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      t[n] = c >>> 0;
    }
    return t;
  })();

  function crc32(bytes) {
    var c = 0xffffffff;
    for (var i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  }

  /** UTF-8 bytes, by hand: the double must not need TextEncoder, which old webviews lack. */
  function utf8(s) {
    var out = [];
    for (var i = 0; i < s.length; i++) {
      var c = s.codePointAt(i);
      if (c > 0xffff) i++;
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    }
    return out;
  }

  function u16(n) { return [n & 0xff, (n >>> 8) & 0xff]; }
  function u32(n) { return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]; }

  function zipStored(files) {
    var out = [];
    var central = [];
    files.forEach(function (f) {
      var name = utf8(f.name);
      var data = utf8(f.text);
      var crc = crc32(data);
      var offset = out.length;
      var common = [].concat(u16(20), u16(0x0800), u16(0), u16(0), u16(0x21), u32(crc), u32(data.length), u32(data.length), u16(name.length), u16(0));
      Array.prototype.push.apply(out, [].concat([0x50, 0x4b, 0x03, 0x04], common, name));
      Array.prototype.push.apply(out, data);
      central.push([].concat([0x50, 0x4b, 0x01, 0x02], u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), name));
    });
    var start = out.length;
    central.forEach(function (c) { Array.prototype.push.apply(out, c); });
    var size = out.length - start;
    Array.prototype.push.apply(out, [].concat([0x50, 0x4b, 0x05, 0x06], u16(0), u16(0), u16(files.length), u16(files.length), u32(size), u32(start), u16(0)));
    return out;
  }

  function esc(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  var W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" ' +
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';

  function textRun(text, rPr) {
    // Line breaks are w:br, tabs w:tab, as Word writes them.
    // eslint-disable-next-line no-control-regex -- Word's manual line break is U+000B.
    var parts = String(text).split(/(\u000b|\n|\t)/);
    var inner = parts.map(function (t) {
      if (t === '\u000b' || t === '\n') return '<w:br/>';
      if (t === '\t') return '<w:tab/>';
      return t ? '<w:t xml:space="preserve">' + esc(t) + '</w:t>' : '';
    }).join('');
    return '<w:r>' + (rPr ? '<w:rPr>' + rPr + '</w:rPr>' : '') + inner + '</w:r>';
  }

  function drawing(anchor, alt, id) {
    var graphic = '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="' + id + '" name="图片 ' + id + '"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImage"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic>';
    var docPr = '<wp:docPr id="' + id + '" name="图片 ' + id + '" descr="' + esc(alt || '') + '"/>';
    var extent = '<wp:extent cx="2000000" cy="1500000"/>';
    return anchor
      ? '<w:r><w:drawing><wp:anchor behindDoc="0" distT="0" distB="0" distL="0" distR="0" simplePos="0" locked="0" layoutInCell="1" allowOverlap="1" relativeHeight="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>' + extent + '<wp:wrapSquare wrapText="bothSides"/>' + docPr + graphic + '</wp:anchor></w:drawing></w:r>'
      : '<w:r><w:drawing><wp:inline>' + extent + docPr + graphic + '</wp:inline></w:drawing></w:r>';
  }

  function textBox(text, id) {
    return '<w:r><w:drawing><wp:anchor behindDoc="0" distT="0" distB="0" distL="0" distR="0" simplePos="0" locked="0" layoutInCell="1" allowOverlap="1" relativeHeight="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2000000" cy="500000"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="' + id + '" name="文本框 ' + id + '"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent><w:p>' + textRun(text || '') + '</w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>';
  }

  /** One paragraph as WordprocessingML, with everything the host API hides. */
  function paragraphXml(p, ids) {
    var pPr = '<w:pStyle w:val="' + esc(p.styleBuiltIn || 'Normal') + '"/>';
    if (p.alignment === 'Centered') pPr += '<w:jc w:val="center"/>';
    if (p.sectionBreak) pPr += '<w:sectPr/>';
    var rPr = p.bold ? '<w:b/>' : '';
    var body = p.bookmarks.map(function (name) {
      var id = ids.next();
      return '<w:bookmarkStart w:id="' + id + '" w:name="' + esc(name) + '"/><w:bookmarkEnd w:id="' + id + '"/>';
    }).join('');
    if (p.listString) body += textRun(p.listString + '\t', rPr);
    p.runs.forEach(function (r) {
      if (r.footnote !== undefined) body += '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="' + ids.footnote(r.footnote) + '"/></w:r>';
      else if (r.comment !== undefined) body += '<w:commentRangeStart w:id="0"/><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>';
      else if (r.deleted) body += '<w:del w:id="' + ids.next() + '" w:author="审阅人" w:date="2024-11-01T00:00:00Z"><w:r>' + (rPr ? '<w:rPr>' + rPr + '</w:rPr>' : '') + '<w:delText xml:space="preserve">' + esc(r.text || '') + '</w:delText></w:r></w:del>';
      else if (r.inserted) body += '<w:ins w:id="' + ids.next() + '" w:author="审阅人" w:date="2024-11-01T00:00:00Z">' + textRun(r.text || '', rPr) + '</w:ins>';
      else if (r.hidden) body += textRun(r.text || '', rPr + '<w:vanish/>');
      else body += textRun(r.text || '', rPr);
    });
    p.pictures.forEach(function (pic) { body += drawing(false, pic.altTextDescription, ids.next()); });
    p.floating.forEach(function (f) { body += f.kind === 'textbox' ? textBox(f.text, ids.next()) : drawing(true, f.alt, ids.next()); });
    var xml = '<w:p><w:pPr>' + pPr + '</w:pPr>' + body + '</w:p>';
    // Content controls around the paragraph, outermost first.
    for (var i = p.controls.length - 1; i >= 0; i--) {
      var c = p.controls[i];
      xml = '<w:sdt><w:sdtPr><w:alias w:val="' + esc(c.title) + '"/><w:tag w:val="' + esc(c.tag) + '"/><w:id w:val="' + c.id + '"/></w:sdtPr><w:sdtContent>' + xml + '</w:sdtContent></w:sdt>';
    }
    return xml;
  }

  /** The body as WordprocessingML: paragraphs, tables (runs of table paragraphs) and sdts. */
  function bodyXml(paragraphs, ids) {
    var out = '';
    var i = 0;
    while (i < paragraphs.length) {
      var p = paragraphs[i];
      if (p.tableNestingLevel > 0) {
        var rows = [];
        while (i < paragraphs.length && paragraphs[i].tableNestingLevel > 0) {
          var q = paragraphs[i];
          var r = q.cell ? q.cell.row : 0;
          (rows[r] = rows[r] || []).push(q);
          i++;
        }
        out += '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>' + rows.map(function (cells) {
          return '<w:tr>' + cells.map(function (c) { return '<w:tc>' + paragraphXml(c, ids) + '</w:tc>'; }).join('') + '</w:tr>';
        }).join('') + '</w:tbl>';
        continue;
      }
      out += paragraphXml(p, ids);
      i++;
    }
    return out;
  }

  function idSource() {
    var n = 100;
    var notes = [];
    return {
      next: function () { return ++n; },
      footnote: function (text) { notes.push(text); return notes.length; },
      notes: notes,
    };
  }

  var STYLES_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>' +
    [1, 2, 3].map(function (n) {
      return '<w:style w:type="paragraph" w:styleId="Heading' + n + '"><w:name w:val="heading ' + n + '"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="' + (n - 1) + '"/></w:pPr></w:style>';
    }).join('') +
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>' +
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>' +
    '</w:styles>';

  /** The document as a real .docx (stored zip), from the same state the host API reads. */
  function documentFiles(state) {
    var ids = idSource();
    var body = bodyXml(state.paragraphs, ids);
    var documentXml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ' + W_NS + '><w:body>' + body + '<w:sectPr/></w:body></w:document>';
    var files = [
      { name: '[Content_Types].xml', text: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>' },
      { name: '_rels/.rels', text: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>' },
      { name: 'word/_rels/document.xml.rels', text: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rIdImage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>' },
      { name: 'word/document.xml', text: documentXml },
      { name: 'word/styles.xml', text: STYLES_XML },
      { name: 'word/footnotes.xml', text: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' + ids.notes.map(function (t, i) { return '<w:footnote w:id="' + (i + 1) + '"><w:p>' + textRun(t) + '</w:p></w:footnote>'; }).join('') + '</w:footnotes>' },
      { name: 'docProps/custom.xml', text: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' + Object.keys(state.properties).map(function (k, i) { return '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="' + (i + 2) + '" name="' + esc(k) + '"><vt:lpwstr>' + esc(state.properties[k]) + '</vt:lpwstr></property>'; }).join('') + '</Properties>' },
    ];
    return { files: files, documentXml: documentXml };
  }

  /** Body.getOoxml(): a flat-OPC package holding the body (what Word returns, trimmed). */
  function flatOpc(state) {
    var d = documentFiles(state);
    return '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>' +
      d.documentXml.replace(/^<\?xml[^>]*\?>/, '') + '</pkg:xmlData></pkg:part></pkg:package>';
  }

  function createFakeOffice(options) {
    options = options || {};
    var counter = 0;
    var nextId = function () { return ++counter; };
    var platform = options.platform || 'OfficeOnline';
    var state = {
      apiVersion: options.apiVersion || '1.6',
      /** WordApiDesktop level (desktop only; none on the web). */
      desktopApiVersion: options.desktopApiVersion || null,
      platform: platform,
      /** When false, uniqueLocalId fails (an older perpetual licence). */
      idsWork: options.idsWork !== false,
      paragraphs: (options.paragraphs || [{ text: '' }]).map(function (p) { return makeParagraph(p, nextId); }),
      properties: Object.assign({}, options.properties || {}),
      theme: options.theme || { bodyBackgroundColor: '#ffffff' },
      trackingMode: options.trackingMode || 'Off',
      latencyMs: options.latencyMs || 0,
      /** Syncs still to hang (never settle), and change notifications still to miss. */
      hangSyncs: options.hangSyncs || 0,
      missEvents: options.missEvents || 0,
      /** getFileAsync's failure, e.g. { code: 11001, message: '…network…' }. */
      fileError: options.fileError || null,
      openFiles: 0,
      /** Syncs per Word.run batch, in order. */
      runs: [],
      syncCount: 0,
      /** The size of each sync's response (JSON characters), in order. */
      responses: [],
      loads: [],
      selections: [],
      paragraphHandlers: [],
      selectionHandlers: [],
      failNextRun: null,
      fileRequests: 0,
    };

    function supports(version) {
      return compareVersions(state.apiVersion, version) >= 0;
    }

    function notLoaded(kind, prop) {
      return hostError('PropertyNotLoaded', kind + '.' + prop + ' was read without load() and sync()');
    }

    function requireApi(version, what) {
      if (!supports(version)) throw hostError('ApiNotFound', what + ' needs WordApi ' + version);
    }

    function paragraphIndex(entity) {
      return state.paragraphs.indexOf(entity);
    }

    // --- entity accessors -------------------------------------------------------------
    var SCALARS = {
      Paragraph: function (e, prop) {
        switch (prop) {
          case 'text': return hostText(e.runs);
          case 'style': case 'styleBuiltIn': case 'outlineLevel': case 'tableNestingLevel': case 'alignment':
            return e[prop];
          case 'isListItem': return e.listString !== null;
          case 'uniqueLocalId':
            requireApi('1.6', 'Paragraph.uniqueLocalId');
            if (!state.idsWork) throw hostError('GeneralException', 'uniqueLocalId');
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
      Range: function (e, prop) { if (prop === 'text') return hostText(e.paragraph.runs).slice(e.start, e.end); throw new Error('FakeOffice: Range.' + prop); },
      TrackedChange: function (e, prop) {
        if (prop === 'type') return e.type;
        if (prop === 'text') return e.text;
        throw new Error('FakeOffice: TrackedChange.' + prop);
      },
      Shape: function (e, prop) {
        if (prop === 'type') return e.type;
        if (prop === 'altTextDescription') return e.alt || '';
        throw new Error('FakeOffice: Shape.' + prop);
      },
      ShapeTextWrap: function (e, prop) {
        if (prop === 'type') return e.wrap;
        throw new Error('FakeOffice: ShapeTextWrap.' + prop);
      },
      Document: function (e, prop) {
        if (prop === 'changeTrackingMode') { requireApi('1.4', 'Document.changeTrackingMode'); return state.trackingMode; }
        throw new Error('FakeOffice: Document.' + prop);
      },
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
        // WordApi 1.3; Word fails with ItemNotFound when the paragraph is not in a table.
        parentTable: ['ParentTable', function (e) {
          requireApi('1.3', 'Paragraph.parentTable');
          return e.tableNestingLevel > 0 ? { paragraph: e } : undefined;
        }],
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
      Shape: { textWrap: ['ShapeTextWrap', function (e) { return e; }] },
      TableCell: { body: ['CellBody', function (e) { return e; }] },
      CellBody: { font: ['Font', function (e) { return e; }] },
    };

    var COLLECTION_ITEM = {
      ParagraphCollection: 'Paragraph',
      InlinePictureCollection: 'InlinePicture',
      RangeCollection: 'Range',
      TrackedChangeCollection: 'TrackedChange',
      ShapeCollection: 'Shape',
    };

    // --- the request context ------------------------------------------------------------
    function createContext() {
      var queue = [];
      var context = { syncs: 0, bytes: 0 };

      /** A method's result (ClientResult): its value arrives at the next sync. */
      function clientResult(compute) {
        var result = { __loaded: false };
        Object.defineProperty(result, 'value', {
          get: function () {
            if (!result.__loaded) throw notLoaded('ClientResult', 'value');
            return result.__value;
          },
        });
        queue.push(function () {
          result.__value = compute();
          result.__loaded = true;
          context.bytes += JSON.stringify({ value: result.__value }).length;
        });
        return result;
      }

      function makeObject(kind, resolve, nullable) {
        var values = {};
        var itemsStamp = -1;
        var children = {};
        var target = { kind: kind };
        var api;

        function resolveEntity() {
          var e = resolve();
          if (e === undefined) throw hostError('ItemNotFound', kind);
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
              context.bytes += 12;
            }
            var rest = path.replace(/^items\/?/, '');
            values.items.forEach(function (item) { if (rest) item.__applyLoad(rest); });
            return;
          }
          var entity = resolveEntity();
          if (nullable) {
            values.isNullObject = entity === null;
            context.bytes += 20;
          }
          if (entity === null) return;
          var slash = path.indexOf('/');
          var head = slash === -1 ? path : path.slice(0, slash);
          var nav = NAVIGATION[kind] && NAVIGATION[kind][head];
          if (nav) {
            var child = api[head];
            context.bytes += head.length + 5;
            child.__applyLoad(slash === -1 ? '' : path.slice(slash + 1));
            return;
          }
          if (head === '') return;
          values[head] = SCALARS[kind](entity, head);
          context.bytes += JSON.stringify(values[head] === undefined ? null : values[head]).length + head.length + 4;
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
          Object.defineProperties(methods, Object.getOwnPropertyDescriptors(OPERATIONS[kind](resolveEntity, makeObject, queue, context, clientResult)));
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
        if (state.hangSyncs > 0) {
          // Word on the web: a sync that never settles (office-js #4941).
          state.hangSyncs--;
          return new Promise(function () {});
        }
        var run = function () {
          context.bytes = 0;
          try {
            ops.forEach(function (op) { op(); });
          } finally {
            state.responses.push(context.bytes);
          }
        };
        if (state.latencyMs > 0) {
          return new Promise(function (resolve, reject) {
            setTimeout(function () {
              try { run(); resolve(); } catch (e) { reject(e); }
            }, state.latencyMs);
          });
        }
        return Promise.resolve().then(run);
      };

      var body = makeObject('Body', function () { return state; });
      var properties = { customProperties: makeObject('CustomPropertyCollection', function () { return state.properties; }) };
      var events = {};
      ['onParagraphChanged', 'onParagraphAdded', 'onParagraphDeleted'].forEach(function (name) {
        events[name] = {
          add: function (handler) {
            var entry = { name: name, handler: handler };
            queue.push(function () {
              requireApi('1.6', name);
              state.paragraphHandlers.push(entry);
            });
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
      var documentObject = makeObject('Document', function () { return state; });
      context.document = new Proxy({}, {
        get: function (_t, prop) {
          if (prop === 'body') return body;
          if (prop === 'properties') return properties;
          if (prop === 'context') return context;
          if (Object.prototype.hasOwnProperty.call(events, prop)) return events[prop];
          if (prop === 'then' || typeof prop === 'symbol') return undefined;
          return documentObject[prop];
        },
      });
      return context;
    }

    /**
     * A paragraph Paragraph.insertParagraph makes beside `anchor`: Word gives it the
     * anchor's formatting (style, outline level, list, alignment, bold: #72), and it stays
     * where the anchor is: in the same table cell, inside the same content controls.
     */
    function newParagraphBeside(text, anchor) {
      var p = newParagraphAfter(text, anchor);
      p.tableNestingLevel = anchor.tableNestingLevel;
      p.cell = anchor.cell ? Object.assign({}, anchor.cell) : null;
      p.table = anchor.table;
      p.controls = anchor.controls.slice();
      return p;
    }

    /** The run of table paragraphs (one table) that holds `entity`: [first, last] indices. */
    function tableRun(entity) {
      var i = paragraphIndex(entity);
      if (i === -1 || !(entity.tableNestingLevel > 0)) return null;
      var first = i;
      var last = i;
      while (first > 0 && state.paragraphs[first - 1].tableNestingLevel > 0) first--;
      while (last < state.paragraphs.length - 1 && state.paragraphs[last + 1].tableNestingLevel > 0) last++;
      return [first, last];
    }

    function newParagraphAfter(text, before) {
      var p = makeParagraph({ text: text }, nextId);
      // Word gives a new paragraph the formatting of the one it follows (#72): style,
      // outline level and list membership, until the add-in sets them.
      if (before) {
        p.style = before.style;
        p.styleBuiltIn = before.styleBuiltIn;
        p.outlineLevel = before.outlineLevel;
        if (before.listString !== null) p.listString = before.listString;
        p.alignment = before.alignment;
        p.bold = before.bold;
      }
      return p;
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
      CellBody: function (e, prop, value) {
        if (prop !== 'styleBuiltIn') throw new Error('FakeOffice: cannot set Body.' + prop);
        WRITE.Paragraph(e, 'styleBuiltIn', value);
      },
    };

    function addControl(paragraphs) {
      var control = { id: nextId(), tag: '', title: '', appearance: 'BoundingBox' };
      paragraphs.forEach(function (p) { p.controls.push(control); });
      return { control: control, paragraph: paragraphs[0], depth: paragraphs[0].controls.length - 1 };
    }

    /** Word's search syntax: `^^` is a caret; other `^` codes are special, an unknown one is an error. */
    function searchPattern(needle) {
      if (needle.length > SEARCH_MAX) throw hostError('InvalidArgument', 'search text longer than 255 characters');
      return needle.replace(/\^(.)?/g, function (m, c) {
        if (c === '^') return '^';
        if (c === 't') return '\t';
        throw hostError('InvalidArgument', 'unknown special character ^' + (c || ''));
      });
    }

    function trackedChanges() {
      var out = [];
      state.paragraphs.forEach(function (p) {
        p.runs.forEach(function (r) {
          if (r.deleted) out.push({ type: 'Deleted', text: r.text });
          if (r.inserted) out.push({ type: 'Added', text: r.text });
        });
      });
      return out;
    }

    var OPERATIONS = {
      Body: function (resolve, makeObject, queue, context, clientResult) {
        return {
          get paragraphs() { return makeObject('ParagraphCollection', function () { return state.paragraphs; }); },
          get inlinePictures() {
            return makeObject('InlinePictureCollection', function () {
              var out = [];
              state.paragraphs.forEach(function (p) { p.pictures.forEach(function (pic) { out.push({ picture: pic, paragraph: p }); }); });
              return out;
            });
          },
          getOoxml: function () { return clientResult(function () { return flatOpc(state); }); },
          // WordApiDesktop 1.2, not on the web: inline and floating pictures, text boxes (no anchor paragraph).
          get shapes() {
            return makeObject('ShapeCollection', function () {
              if (!state.desktopApiVersion || compareVersions(state.desktopApiVersion, '1.2') < 0) throw hostError('ApiNotFound', 'Body.shapes needs WordApiDesktop 1.2');
              var out = [];
              state.paragraphs.forEach(function (p) {
                p.pictures.forEach(function (pic) { out.push({ type: 'Picture', wrap: 'Inline', alt: pic.altTextDescription }); });
                p.floating.forEach(function (f) { out.push({ type: f.kind === 'textbox' ? 'TextBox' : 'Picture', wrap: 'Square', alt: f.alt }); });
              });
              return out;
            });
          },
          getTrackedChanges: function () {
            var c = makeObject('TrackedChangeCollection', function () {
              requireApi('1.6', 'Body.getTrackedChanges');
              return trackedChanges();
            });
            return c;
          },
          insertParagraph: function (text, where) {
            var created = null;
            queue.push(function () {
              var last = state.paragraphs[state.paragraphs.length - 1];
              created = newParagraphAfter(text, where === 'Start' ? null : last);
              if (where === 'Start') state.paragraphs.unshift(created); else state.paragraphs.push(created);
            });
            return makeObject('Paragraph', function () { return created; });
          },
          insertTable: function (rows, cols, where, values) {
            var cells = [];
            queue.push(function () {
              var made = [];
              var last = state.paragraphs[state.paragraphs.length - 1];
              for (var r = 0; r < rows; r++) {
                cells[r] = [];
                for (var c = 0; c < cols; c++) {
                  // Cells take the style at the insertion point, as new paragraphs do.
                  var p = newParagraphAfter(values && values[r] ? String(values[r][c] || '') : '', where === 'Start' ? null : last);
                  p.listString = null;
                  p.tableNestingLevel = 1;
                  p.cell = { row: r, cell: c };
                  cells[r][c] = p;
                  made.push(p);
                }
              }
              // Word keeps a paragraph after a table.
              made.push(newParagraphAfter('', null));
              if (where === 'Start') state.paragraphs.unshift.apply(state.paragraphs, made);
              else state.paragraphs.push.apply(state.paragraphs, made);
            });
            return makeObject('Table', function () { return cells; });
          },
        };
      },
      Document: function (resolve, makeObject) {
        return {
          getParagraphByUniqueLocalId: function (id) {
            return makeObject('Paragraph', function () {
              requireApi('1.6', 'Document.getParagraphByUniqueLocalId');
              for (var i = 0; i < state.paragraphs.length; i++) if (state.paragraphs[i].uniqueLocalId === id) return state.paragraphs[i];
              return undefined;
            });
          },
        };
      },
      TrackedChangeCollection: function (resolve, makeObject) {
        return {
          getFirstOrNullObject: function () {
            return makeObject('TrackedChange', function () { var all = resolve(); return all.length ? all[0] : null; }, true);
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
      Paragraph: function (resolve, makeObject, queue, context, clientResult) {
        return {
          getText: function (opts) {
            return clientResult(function () {
              requireApi('1.7', 'Paragraph.getText');
              var o = opts || {};
              var runs = resolve().runs.filter(function (r) {
                if (r.deleted && !(o.includeTextMarkedAsDeleted || o.IncludeTextMarkedAsDeleted)) return false;
                if (r.hidden && !(o.includeHiddenText || o.IncludeHiddenText)) return false;
                return r.footnote === undefined && r.comment === undefined;
              });
              return runs.map(function (r) { return r.text || ''; }).join('');
            });
          },
          select: function () {
            queue.push(function () {
              var e = resolve();
              state.selections.push({ paragraph: paragraphIndex(e), text: hostText(e.runs) });
            });
          },
          delete: function () {
            queue.push(function () {
              var i = paragraphIndex(resolve());
              if (i !== -1) state.paragraphs.splice(i, 1);
            });
          },
          detachFromList: function () {
            queue.push(function () { requireApi('1.3', 'Paragraph.detachFromList'); resolve().listString = null; });
          },
          // WordApi 1.1: only 'Before' and 'After' (Word rejects the rest with InvalidArgument).
          insertParagraph: function (text, where) {
            var created = null;
            queue.push(function () {
              var anchor = resolve();
              if (where !== 'Before' && where !== 'After') throw hostError('InvalidArgument', 'Paragraph.insertParagraph: ' + where);
              var i = paragraphIndex(anchor);
              if (i === -1) throw hostError('ItemNotFound', 'Paragraph');
              created = newParagraphBeside(text, anchor);
              state.paragraphs.splice(where === 'After' ? i + 1 : i, 0, created);
            });
            return makeObject('Paragraph', function () { return created; });
          },
          insertContentControl: function () {
            var made = null;
            queue.push(function () { made = addControl([resolve()]); });
            return makeObject('ContentControl', function () { return made; });
          },
          getRange: function () {
            return makeObject('Range', function () { var e = resolve(); return { paragraph: e, start: 0, end: hostText(e.runs).length, to: e }; });
          },
          search: function (needle) {
            return makeObject('RangeCollection', function () {
              var e = resolve();
              var text = searchPattern(needle);
              var hay = hostText(e.runs);
              var out = [];
              for (var at = hay.indexOf(text); at !== -1; at = hay.indexOf(text, at + text.length)) {
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
              state.selections.push({ paragraph: paragraphIndex(r.paragraph), start: r.start, end: r.end, text: hostText(r.paragraph.runs).slice(r.start, r.end) });
            });
          },
          expandTo: function (other) {
            return makeObject('Range', function () {
              var a = resolve();
              var b = other.__entity();
              return { paragraph: a.paragraph, start: 0, end: hostText(a.paragraph.runs).length, to: b.to };
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
      // Paragraph.parentTable: the table as a whole (WordApi 1.3).
      ParentTable: function (resolve, makeObject, queue) {
        return {
          insertParagraph: function (text, where) {
            var created = null;
            queue.push(function () {
              requireApi('1.3', 'Table.insertParagraph');
              if (where !== 'Before' && where !== 'After') throw hostError('InvalidArgument', 'Table.insertParagraph: ' + where);
              var run = tableRun(resolve().paragraph);
              if (!run) throw hostError('ItemNotFound', 'Table');
              // Outside the table, with the formatting of the cell paragraph it follows or precedes.
              var next = where === 'After' ? run[1] : run[0];
              created = newParagraphAfter(text, state.paragraphs[next]);
              state.paragraphs.splice(where === 'After' ? run[1] + 1 : run[0], 0, created);
            });
            return makeObject('Paragraph', function () { return created; });
          },
        };
      },
      CustomProperty: function (resolve, makeObject, queue) {
        return {
          // WordApi 1.3. A null object (getItemOrNullObject of a missing key) cannot be deleted.
          delete: function () {
            queue.push(function () {
              var item = resolve();
              if (item === null) throw hostError('ItemNotFound', 'CustomProperty');
              delete state.properties[item.key];
            });
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
            queue.push(function () {
              // Desktop Word keeps 255 characters of a string value; the web and the file keep all.
              var v = String(value);
              resolve()[key] = platform === 'OfficeOnline' ? v : v.slice(0, PROPERTY_MAX);
            });
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

    function later(fn) {
      setTimeout(fn, state.latencyMs || 0);
    }

    function asyncResult(value, error) {
      return error
        ? { status: 'failed', error: { code: error.code, name: error.name || 'Error', message: error.message } }
        : { status: 'succeeded', value: value };
    }

    function getFileAsync(type, opts, cb) {
      if (typeof opts === 'function') { cb = opts; opts = {}; }
      opts = opts || {};
      state.fileRequests++;
      later(function () {
        if (type !== 'compressed') return cb(asyncResult(null, { code: 5001, message: 'An internal error has occurred.' }));
        if (state.fileError) return cb(asyncResult(null, state.fileError));
        // "No more than two documents are allowed to be in memory" (Document.getFileAsync).
        if (state.openFiles >= 2) return cb(asyncResult(null, { code: 5001, message: 'An internal error has occurred.' }));
        var size = opts.sliceSize || 4194304;
        if (size > 4194304) return cb(asyncResult(null, { code: 5001, message: 'An internal error has occurred.' }));
        var bytes = zipStored(documentFiles(state).files);
        var count = Math.max(1, Math.ceil(bytes.length / size));
        state.openFiles++;
        var closed = false;
        var file = {
          size: bytes.length,
          sliceCount: count,
          getSliceAsync: function (index, done) {
            later(function () {
              if (closed || index < 0 || index >= count) return done(asyncResult(null, { code: 5001, message: 'An internal error has occurred.' }));
              var data = bytes.slice(index * size, (index + 1) * size);
              done(asyncResult({ index: index, data: data, size: data.length }));
            });
          },
          closeAsync: function (done) {
            if (!closed) { closed = true; state.openFiles--; }
            if (done) later(function () { done(asyncResult(undefined)); });
          },
        };
        cb(asyncResult(file));
      });
    }

    var readyInfo = { host: 'Word', platform: platform };
    var Office = {
      HostType: { Word: 'Word' },
      PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android' },
      EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
      FileType: { Compressed: 'compressed', Pdf: 'pdf', Text: 'text' },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      onReady: function (cb) {
        if (cb) cb(readyInfo);
        return Promise.resolve(readyInfo);
      },
      context: {
        diagnostics: { host: 'Word', platform: platform, version: platform === 'OfficeOnline' ? '16.0.0.0' : '16.0.18025.20000' },
        requirements: {
          isSetSupported: function (name, version) {
            if (name === 'WordApi') return compareVersions(version || '1.1', state.apiVersion) <= 0;
            if (name === 'WordApiDesktop') return !!state.desktopApiVersion && compareVersions(version || '1.1', state.desktopApiVersion) <= 0;
            if (name === 'CompressedFile' || name === 'File' || name === 'DocumentEvents') return compareVersions(version || '1.1', '1.1') <= 0;
            return false;
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
          getFileAsync: getFileAsync,
        },
      },
    };

    /** Fires what Word fires for an edit: one paragraph event of `type`, with the ids; or nothing, when missed. */
    function fire(type, entities) {
      if (state.missEvents > 0) {
        state.missEvents--;
        return;
      }
      var name = { changed: 'onParagraphChanged', added: 'onParagraphAdded', deleted: 'onParagraphDeleted' }[type];
      var ids = entities.map(function (e) { return e.uniqueLocalId; });
      state.paragraphHandlers.slice().forEach(function (h) {
        if (h.name === name) h.handler({ type: 'paragraph' + type[0].toUpperCase() + type.slice(1), uniqueLocalIds: ids, source: 'Local' });
      });
      state.selectionHandlers.slice().forEach(function (h) { h({ type: 'documentSelectionChanged' }); });
    }

    function fireChange() {
      fire('changed', state.paragraphs.slice(0, 1));
    }

    return {
      Word: Word,
      Office: Office,
      state: state,
      /** Replaces paragraph `index`'s text (appending a paragraph when index is the end) and fires the event Word fires. */
      type: function (index, text) {
        if (index >= state.paragraphs.length) {
          var p = makeParagraph({ text: text }, nextId);
          state.paragraphs.push(p);
          fire('added', [p]);
        } else {
          state.paragraphs[index].runs = [{ text: text }];
          fire('changed', [state.paragraphs[index]]);
        }
      },
      /** Replaces paragraph `index`'s runs (tracked changes, hidden text, notes…). */
      setRuns: function (index, runs) {
        state.paragraphs[index].runs = runs.map(function (r) { return Object.assign({}, r); });
        fire('changed', [state.paragraphs[index]]);
      },
      /** Inserts a paragraph before `index`. */
      insert: function (index, p) {
        var made = makeParagraph(p, nextId);
        state.paragraphs.splice(index, 0, made);
        fire('added', [made]);
      },
      /** Deletes paragraph `index`. */
      remove: function (index) {
        var gone = state.paragraphs.splice(index, 1);
        fire('deleted', gone);
      },
      /** Replaces the whole document. */
      setParagraphs: function (list) {
        state.paragraphs = list.map(function (p) { return makeParagraph(p, nextId); });
        fire('added', state.paragraphs);
      },
      fireChange: fireChange,
      /** The next `n` change notifications are lost, as hosts sometimes lose them. */
      missEvents: function (n) { state.missEvents = n; },
      /** The next `n` syncs never settle. */
      hang: function (n) { state.hangSyncs = n === undefined ? 1 : n; },
      texts: function () { return state.paragraphs.map(function (p) { return hostText(p.runs); }); },
      /** What Word shows (and counts): no deletions, no hidden text, no marks. */
      visibleTexts: function () { return state.paragraphs.map(function (p) { return visibleText(p.runs); }); },
      /** The document as the .docx bytes getFileAsync hands out. */
      docx: function () { return new Uint8Array(zipStored(documentFiles(state).files)); },
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
