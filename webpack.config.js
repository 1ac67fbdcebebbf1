// Builds the Word task pane (taskpane.html), the ribbon's FunctionFile (commands.html),
// the offline checker page (checker.html, with its Web Worker) and a front page linking
// them (index.html) into dist/, plus dist/manifest.xml and dist/assets/.
//
//   npm start                                    development, https://localhost:3000
//   npm run build -- --env url=https://host/dir  production, manifest pointing at that URL
//   … --env catalog=\\server\share              also dist/deploy/: the shared-folder catalog's
//                                                .reg and PowerShell files (scripts/catalog.js)
//
// Options (webpack --env NAME=VALUE, or the first argument when called from Node):
//   url     production base URL (https only); required for production builds
//   outDir  output folder (default dist/)
//   catalog network share that IT registers as Word's trusted add-in catalog (optional)
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');
const { DEV_BASE_URL, normalizeBaseUrl, manifestForBaseUrl } = require('./scripts/manifest');
const { bootScript } = require('./scripts/boot-script');
const { CatalogPlugin } = require('./scripts/catalog');

const ROOT = __dirname;
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEV_PORT = 3000;

/** The owner's file when it exists, else the stand-in from scripts/ (never overwrites theirs). */
function ownOrFallback(ownPath, fallbackPath) {
  const own = path.join(ROOT, ownPath);
  return fs.existsSync(own) ? own : path.join(ROOT, fallbackPath);
}

/**
 * Makes sure the task pane page loads Office.js before the bundles, even if its template
 * forgets the script tag: Office.onReady is undefined without it.
 */
class OfficeJsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('OfficeJsPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('OfficeJsPlugin', (data) => {
        if (data.plugin.userOptions.officeJs !== true) return data;
        const html = fs.readFileSync(data.plugin.userOptions.template, 'utf8');
        if (!html.includes(OFFICE_JS)) {
          data.headTags.unshift(
            HtmlWebpackPlugin.createHtmlTagObject('script', { src: OFFICE_JS }, undefined, { plugin: 'OfficeJsPlugin' }),
          );
        }
        return data;
      });
    });
  }
}

function tsLoader(production) {
  return {
    loader: 'ts-loader',
    options: {
      // Type checking is `npm run typecheck`; here TypeScript only strips types. tsconfig.json
      // says commonjs (for jest and the CLI); the browser build needs ES modules so that
      // webpack can tree-shake and understand `new Worker(new URL('./worker.ts', import.meta.url))`.
      transpileOnly: true,
      configFile: path.join(ROOT, 'tsconfig.json'),
      compilerOptions: {
        module: 'esnext',
        moduleResolution: 'bundler',
        // The syntax floor of every page (see SYNTAX_FLOOR); Babel then adds what the
        // oldest webview lacks at run time.
        target: 'ES2017',
        sourceMap: !production,
        noEmit: false,
        declaration: false,
      },
    },
  };
}

/**
 * The oldest webviews Word may run the pane in. Word 2016/2019 retail and some Microsoft 365
 * builds on Windows use EdgeHTML 18 (Microsoft Edge Legacy) when WebView2 is absent
 * (learn.microsoft.com: "Browsers and webview controls used by Office Add-ins", before the
 * 2025-11 rewrite); it parses ES2017 at most. Mac Word uses the system's WKWebView.
 * Every script, ours and node_modules' (Fluent v9 and tabster ship ES2022: class static
 * blocks, `??=`), is compiled to ES2017 syntax, and core-js adds the built-ins these
 * webviews lack (`globalThis`, `Object.fromEntries`, `Array.prototype.flat`…) where a script
 * uses them. test/build/syntax.test.ts parses every shipped script at ES2017.
 */
const SYNTAX_FLOOR = 'es2017';
const BROWSER_TARGETS = { edge: '18', safari: '14', chrome: '87', firefox: '78' };
const CORE_JS_VERSION = require('core-js/package.json').version;

/**
 * 'usage' adds a polyfill wherever a method of that name is called, whatever the object:
 * every `.map(` would pull in the iterator helpers, every `.set(` the typed-array methods.
 * These families are newer than anything our code or its libraries rely on, or fix spec
 * corners no page here meets (EdgeHTML 18 has setImmediate, URLSearchParams, WeakMap and
 * Promise natively); the EdgeHTML-emulation test (test/e2e/old-webview.test.ts) shows the
 * pane still runs without them.
 */
const POLYFILLS_NOT_NEEDED = [
  /^es\.iterator\./,
  /^es\.set\./,
  /^es\.(typed-array|uint8-array|array-buffer)\./,
  /get-or-insert/,
  /^esnext\./,
  /^web\.url-search-params/,
  /^web\.(immediate|set-immediate|clear-immediate)$/,
  /^es\.error\.cause$/,
  /^es\.json\./,
  /^es\.regexp\.(exec|test|to-string|flags)$/,
  /^es\.string\.(replace|split|match|starts-with|includes)$/,
  /^es\.array\.(push|unshift|sort|includes)$/,
  /^es\.promise(\.constructor|\.all|\.catch|\.race|\.reject|\.resolve)?$/,
  /^es\.weak-map(\.constructor)?$/,
  /^es\.reflect\.to-string-tag$/,
  /^es\.parse-int$/,
];

function babelLoader() {
  return {
    loader: 'babel-loader',
    options: {
      babelrc: false,
      configFile: false,
      // node_modules mixes ES modules and CommonJS: let Babel tell them apart, so that the
      // polyfill imports it adds match each file's module system.
      sourceType: 'unambiguous',
      cacheDirectory: path.join(ROOT, 'node_modules', '.cache', 'babel-loader'),
      cacheCompression: false,
      compact: false,
      presets: [
        [
          '@babel/preset-env',
          {
            targets: BROWSER_TARGETS,
            bugfixes: true,
            modules: false,
            useBuiltIns: 'usage',
            corejs: CORE_JS_VERSION,
            exclude: POLYFILLS_NOT_NEEDED,
          },
        ],
      ],
    },
  };
}

/** Babel never compiles core-js itself or its own helpers (they would import themselves). */
const NOT_COMPILED = /[\\/]node_modules[\\/](core-js|@babel[\\/]runtime|webpack)[\\/]/;

/**
 * Griffel (Fluent v9's CSS-in-JS) at build time. Our own makeStyles calls are compiled
 * ahead of time (@griffel/webpack-loader, after ts-loader has stripped the types), and in
 * production every compiled style, ours and Fluent's, is moved out of the JavaScript into
 * one CSS file (@griffel/webpack-extraction-plugin): the pane no longer computes and
 * inserts hundreds of rules while it renders its first report. Only the theme's CSS
 * variables and the few styles Fluent builds at run time are still inserted by script.
 */
const GRIFFEL_MODULES = [
  { moduleSource: '@fluentui/react-components', importName: 'makeStyles', resetImportName: 'makeResetStyles' },
];

function griffelLoader() {
  return { loader: '@griffel/webpack-loader', options: { modules: GRIFFEL_MODULES } };
}

function devServerOptions({ port = DEV_PORT, https }) {
  return {
    port,
    host: 'localhost',
    server: { type: 'https', options: https },
    // Word on the web loads the pane inside an iframe on an Office origin.
    headers: { 'Access-Control-Allow-Origin': '*' },
    allowedHosts: 'all',
    hot: false,
    liveReload: true,
    client: { overlay: { warnings: false, errors: true } },
    open: false,
    static: false,
  };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || env.mode || 'development';
  const production = mode === 'production';
  let baseUrl = DEV_BASE_URL;
  if (env.url) {
    baseUrl = normalizeBaseUrl(env.url);
  } else if (production) {
    throw new Error(
      '生产构建需要部署地址，例如：npm run build -- --env url=https://case.example.edu.cn/addin\n' +
        '（只在本机测试时可用 npm run build:local，清单将指向 https://localhost:3000）',
    );
  }
  const outDir = path.resolve(ROOT, env.outDir || 'dist');
  // Checks the share path now (a Chinese message), not after minutes of compiling.
  const catalog = env.catalog ? new CatalogPlugin({ catalog: env.catalog }) : undefined;

  const taskpaneTemplate = ownOrFallback('src/taskpane/taskpane.html', 'scripts/templates/taskpane.html');
  const checkerTemplate = ownOrFallback('src/web/checker.html', 'scripts/templates/checker.html');

  const htmlCommon = {
    minify: production ? { collapseWhitespace: true, removeComments: true, minifyJS: true } : false,
    scriptLoading: 'defer',
  };

  return {
    mode,
    context: ROOT,
    // webpack's own runtime code keeps to the same syntax floor.
    target: ['web', SYNTAX_FLOOR],
    entry: {
      taskpane: ownOrFallback('src/taskpane/index.tsx', 'scripts/placeholders/taskpane.tsx'),
      checker: ownOrFallback('src/web/index.tsx', 'scripts/placeholders/checker.tsx'),
    },
    output: {
      path: outDir,
      // Relative URLs: dist/ works under any base path, and worker chunks resolve next to the page.
      publicPath: 'auto',
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      assetModuleFilename: 'media/[name].[contenthash:8][ext]',
      clean: true,
    },
    // No eval-based source maps: the checker page's Content-Security-Policy forbids eval.
    devtool: production ? false : 'cheap-module-source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'],
    },
    module: {
      rules: [
        // Loaders run last to first: ts-loader, then Griffel's ahead-of-time compiler, then
        // (production) the extraction of the compiled CSS.
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [...(production ? [GriffelCSSExtractionPlugin.loader] : []), babelLoader(), griffelLoader(), tsLoader(production)],
        },
        {
          test: /\.m?js$/,
          include: /[\\/]node_modules[\\/]/,
          exclude: NOT_COMPILED,
          oneOf: [
            // Fluent's packages ship their styles already compiled (__styles): extraction only.
            { include: /[\\/]node_modules[\\/]@fluentui[\\/]/, use: [...(production ? [GriffelCSSExtractionPlugin.loader] : []), babelLoader()] },
            { use: [babelLoader()] },
          ],
        },
        ...(production
          ? [
              // The extracted CSS, as real stylesheets linked from the pages.
              { test: /\.css$/, type: 'javascript/auto', use: [MiniCssExtractPlugin.loader, 'css-loader'] },
            ]
          : []),
        { test: /\.(png|jpe?g|gif|svg|woff2?)$/i, type: 'asset' },
        { test: /\.docx$/i, type: 'asset/resource' },
      ],
    },
    optimization: {
      minimize: production,
      usedExports: true,
      sideEffects: true,
      moduleIds: production ? 'deterministic' : 'named',
      // Each page's first screen is one script: the pane is opened in a fresh webview and
      // loads over a network, where a request per vendor chunk costs more than the few
      // kilobytes two pages could share from the HTTP cache. Code that loads on demand
      // (the 指引 tab, the template dialog and template, the checker's worker) is still split,
      // and webpack shares chunks between those parts.
      splitChunks: { chunks: 'async' },
    },
    performance: production
      ? { hints: 'warning', maxEntrypointSize: 1_200_000, maxAssetSize: 1_200_000 }
      : { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        ...htmlCommon,
        filename: 'taskpane.html',
        template: taskpaneTemplate,
        chunks: ['taskpane'],
        officeJs: true,
        // The inline start-up guard (src/taskpane/boot.js), with its messages.
        templateParameters: { bootScript: bootScript() },
      }),
      new HtmlWebpackPlugin({
        ...htmlCommon,
        filename: 'commands.html',
        template: path.join(ROOT, 'scripts/templates/commands.html'),
        chunks: [],
      }),
      // The server's front page (https://localhost:3000/ and the root of dist/): links to the rest.
      new HtmlWebpackPlugin({
        ...htmlCommon,
        filename: 'index.html',
        template: path.join(ROOT, 'scripts/templates/index.html'),
        chunks: [],
      }),
      new HtmlWebpackPlugin({
        ...htmlCommon,
        filename: 'checker.html',
        template: checkerTemplate,
        chunks: ['checker'],
      }),
      new OfficeJsPlugin(),
      ...(production
        ? [
            new MiniCssExtractPlugin({ filename: '[name].[contenthash:8].css', chunkFilename: '[name].[contenthash:8].css', ignoreOrder: true }),
            new GriffelCSSExtractionPlugin(),
          ]
        : []),
      ...(catalog ? [catalog] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => manifestForBaseUrl(content.toString('utf8'), baseUrl),
          },
        ],
      }),
    ],
    devServer: devServerOptions({ port: env.port ? Number(env.port) : DEV_PORT, https: env.https }),
    stats: production ? 'normal' : 'minimal',
  };
};

module.exports.devServerOptions = devServerOptions;
module.exports.OFFICE_JS = OFFICE_JS;
module.exports.DEV_PORT = DEV_PORT;
module.exports.SYNTAX_FLOOR = SYNTAX_FLOOR;
module.exports.BROWSER_TARGETS = BROWSER_TARGETS;
