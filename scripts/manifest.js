// Turns the development manifest (every URL on https://localhost:3000) into the manifest
// for a production host. Used by webpack.config.js and by the tests.
'use strict';

const DEV_BASE_URL = 'https://localhost:3000';

/**
 * Checks a production base URL and returns it without a trailing slash.
 * Throws an Error with a Chinese message when the URL cannot be used in a manifest:
 * Office loads add-ins over HTTPS only, and a query or fragment would break the
 * page URLs that are appended to the base.
 */
function normalizeBaseUrl(input) {
  const text = String(input ?? '').trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`部署地址“${text}”不是有效的网址，应形如 https://example.edu.cn/case-assistant`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`部署地址“${text}”必须以 https:// 开头：Office 加载项只能通过 HTTPS 加载。`);
  }
  if (url.username || url.password) {
    throw new Error(`部署地址“${text}”不能包含用户名或密码。`);
  }
  if (url.search || url.hash || text.includes('?') || text.includes('#')) {
    throw new Error(`部署地址“${text}”不能包含“?”或“#”，请只写站点和目录。`);
  }
  const base = (url.origin + url.pathname).replace(/\/+$/, '');
  if (/[\s"'<>&]/.test(base)) {
    throw new Error(`部署地址“${text}”含有不能写入清单的字符。`);
  }
  return base;
}

/** Replaces every development URL in the manifest text with the given base URL. */
function manifestForBaseUrl(xml, baseUrl) {
  const base = normalizeBaseUrl(baseUrl);
  return String(xml).split(DEV_BASE_URL).join(base);
}

module.exports = { DEV_BASE_URL, normalizeBaseUrl, manifestForBaseUrl };
