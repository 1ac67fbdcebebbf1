/**
 * The README's nginx example, read as nginx reads it (as far as the example goes): directives
 * and blocks, quoted arguments, comments; the location a request ends in (the longest prefix
 * location, then the first of its nested regular-expression locations that matches); the
 * headers it adds (a level with its own add_header inherits none from outside, as in nginx).
 * And a static host that serves a folder under a sub-path the way that example does, for the
 * browser tests.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

export interface Directive {
  name: string;
  args: string[];
  block?: Directive[];
}

const README = path.resolve(__dirname, '../../README.md');

/** The ```nginx block between <!-- nginx:start --> and <!-- nginx:end --> in the README. */
export function readmeNginxExample(readme = fs.readFileSync(README, 'utf8')): string {
  const m = /<!-- nginx:start -->\s*```nginx\n([\s\S]*?)```\s*<!-- nginx:end -->/.exec(readme);
  if (!m) throw new Error('README.md has no nginx example between <!-- nginx:start --> and <!-- nginx:end -->');
  return m[1];
}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '{' || c === '}' || c === ';') {
      tokens.push(c);
      i++;
    } else if (c === '"' || c === "'") {
      let value = '';
      i++;
      while (i < text.length && text[i] !== c) {
        // nginx unescapes \" \' \\ (and \t \r \n); any other backslash stays, as in a regex.
        if (text[i] === '\\' && (text[i + 1] === c || text[i + 1] === '\\')) {
          value += text[i + 1];
          i += 2;
        } else {
          value += text[i++];
        }
      }
      if (i >= text.length) throw new Error('unterminated quote in the nginx example');
      i++;
      tokens.push(`\u0000${value}`);
    } else {
      let word = '';
      while (i < text.length && !/[\s{};]/.test(text[i])) word += text[i++];
      tokens.push(word);
    }
  }
  return tokens;
}

/** The configuration as a tree of directives. Throws on unbalanced braces or a missing `;`. */
export function parseNginx(text: string): Directive[] {
  const tokens = tokenize(text);
  let at = 0;
  const unquote = (t: string) => (t.startsWith('\u0000') ? t.slice(1) : t);
  const level = (top: boolean): Directive[] => {
    const out: Directive[] = [];
    while (at < tokens.length) {
      if (tokens[at] === '}') {
        if (top) throw new Error('unexpected } in the nginx example');
        at++;
        return out;
      }
      const name = unquote(tokens[at++]);
      const args: string[] = [];
      while (at < tokens.length && tokens[at] !== ';' && tokens[at] !== '{' && tokens[at] !== '}') args.push(unquote(tokens[at++]));
      if (tokens[at] === ';') {
        at++;
        out.push({ name, args });
      } else if (tokens[at] === '{') {
        at++;
        out.push({ name, args, block: level(false) });
      } else {
        throw new Error(`directive ${name} has no ; in the nginx example`);
      }
    }
    if (!top) throw new Error('missing } in the nginx example');
    return out;
  };
  return level(true);
}

function find(block: Directive[], name: string): Directive[] {
  return block.filter((d) => d.name === name);
}

/** The headers a level adds (lower-case names), or undefined when it adds none and inherits. */
function ownHeaders(block: Directive[]): Record<string, string> | undefined {
  const adds = find(block, 'add_header');
  if (adds.length === 0) return undefined;
  return Object.fromEntries(adds.map((d) => [d.args[0].toLowerCase(), d.args[1]]));
}

export interface Served {
  /** The location's arguments (`['/addin/']`, `['~*', '…']`). */
  location: string[];
  headers: Record<string, string>;
}

/** Where a request for `uri` ends in the example's one server block, and the headers it gets. */
export function serve(config: Directive[], uri: string): Served | undefined {
  const server = find(config, 'server')[0]?.block;
  if (!server) throw new Error('the nginx example has no server block');
  const prefixes = find(server, 'location').filter((l) => l.args.length === 1 && uri.startsWith(l.args[0]));
  prefixes.sort((a, b) => b.args[0].length - a.args[0].length);
  const prefix = prefixes[0];
  if (!prefix?.block) return undefined;
  const outer = ownHeaders(prefix.block) ?? ownHeaders(server) ?? {};
  for (const nested of find(prefix.block, 'location')) {
    const [modifier, pattern] = nested.args;
    if (modifier !== '~' && modifier !== '~*') continue;
    if (new RegExp(pattern, modifier === '~*' ? 'i' : '').test(uri)) {
      return { location: nested.args, headers: ownHeaders(nested.block ?? []) ?? outer };
    }
  }
  return { location: prefix.args, headers: outer };
}

/** Every level of the server that adds headers: the server, its locations and theirs. */
export function headerLevels(config: Directive[]): { where: string; headers: Record<string, string> }[] {
  const out: { where: string; headers: Record<string, string> }[] = [];
  const walk = (block: Directive[], where: string) => {
    const own = ownHeaders(block);
    if (own) out.push({ where, headers: own });
    for (const l of find(block, 'location')) walk(l.block ?? [], `location ${l.args.join(' ')}`);
  };
  for (const s of find(config, 'server')) walk(s.block ?? [], 'server');
  return out;
}

/**
 * The types of nginx's own conf/mime.types (1.22, Debian's) for the extensions a build can
 * hold; anything else is served as the default_type application/octet-stream.
 */
export const NGINX_MIME_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.xml': 'text/xml',
  '.js': 'application/javascript',
  '.txt': 'text/plain',
  '.png': 'image/png',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface SubPathHost {
  origin: string;
  /** Every path requested, in order (to show that nothing left the sub-path). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves `dir` under `prefix` (e.g. `/addin/`) and nothing elsewhere (404), as the README's
 * example does: nginx's types with `charset utf-8` on the text types, and the headers of the
 * location each request ends in (Cache-Control, X-Content-Type-Options: nosniff, which makes
 * Chromium refuse a script or stylesheet of the wrong type).
 */
export function serveUnderPrefix(dir: string, prefix: string, config = parseNginx(readmeNginxExample())): Promise<SubPathHost> {
  const root = path.resolve(dir);
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const uri = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(uri);
    const file = path.join(root, uri.slice(prefix.length));
    const served = uri.startsWith(prefix) ? serve(config, uri) : undefined;
    if (!served || !file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<h1>404 Not Found</h1>');
      return;
    }
    const type = NGINX_MIME_TYPES[path.extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': /^text\/|javascript/.test(type) ? `${type}; charset=utf-8` : type, ...served.headers };
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        requests,
        close: () => new Promise<void>((r) => server.close(() => r())),
      }),
    ),
  );
}
