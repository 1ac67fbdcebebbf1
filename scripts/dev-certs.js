#!/usr/bin/env node
// Development HTTPS certificates for https://localhost:3000.
//
// Office loads add-ins over HTTPS only, and Word (desktop and web) refuses a certificate
// it does not trust, without a way to click through. We therefore make a small local
// certificate authority and a localhost certificate signed by it; the CA (not the
// short-lived localhost certificate) is what the user trusts once.
//
// The files use the names and folder of Microsoft's office-addin-dev-certs
// (~/.office-addin-dev-certs/{ca.crt,localhost.crt,localhost.key}): if that tool has
// already made and installed certificates there, they are reused as they are. Everything
// is generated locally (no network). CASE_ASSISTANT_CERT_DIR overrides the folder.
//
//   node scripts/dev-certs.js            make (if needed) and print how to trust the CA
//   node scripts/dev-certs.js --install  also add the CA to the user's trust store (Windows, Mac)
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { X509Certificate } = require('node:crypto');
const { execFileSync } = require('node:child_process');

const DAY = 24 * 60 * 60 * 1000;

function defaultCertDir() {
  return process.env.CASE_ASSISTANT_CERT_DIR || path.join(os.homedir(), '.office-addin-dev-certs');
}

function certPaths(dir) {
  return {
    ca: path.join(dir, 'ca.crt'),
    caKey: path.join(dir, 'ca.key'),
    cert: path.join(dir, 'localhost.crt'),
    key: path.join(dir, 'localhost.key'),
  };
}

/** True when the localhost certificate exists, covers localhost and is valid for another day. */
function usable(paths, now = Date.now()) {
  if (!fs.existsSync(paths.cert) || !fs.existsSync(paths.key)) return false;
  try {
    const cert = new X509Certificate(fs.readFileSync(paths.cert));
    return cert.checkHost('localhost') !== undefined && Date.parse(cert.validFrom) <= now && Date.parse(cert.validTo) > now + DAY;
  } catch {
    return false;
  }
}

async function generate(paths) {
  const selfsigned = require('selfsigned');
  const now = new Date();
  const ca = await selfsigned.generate([{ name: 'commonName', value: 'Case Assistant Development CA' }, { name: 'organizationName', value: 'Case Assistant (local development)' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate: new Date(now.getTime() + 5 * 365 * DAY),
    extensions: [
      { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  });
  // macOS accepts at most 825 days for a TLS server certificate; one year is plenty.
  const leaf = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate: new Date(now.getTime() + 365 * DAY),
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  fs.mkdirSync(path.dirname(paths.cert), { recursive: true });
  fs.writeFileSync(paths.ca, ca.cert);
  fs.writeFileSync(paths.caKey, ca.private, { mode: 0o600 });
  fs.writeFileSync(paths.cert, leaf.cert);
  fs.writeFileSync(paths.key, leaf.private, { mode: 0o600 });
}

/**
 * Returns { key, cert, ca, dir, created } for the dev server, making the certificates
 * first when they are missing or about to expire.
 */
async function ensureDevCerts({ dir = defaultCertDir() } = {}) {
  const paths = certPaths(dir);
  let created = false;
  if (!usable(paths)) {
    await generate(paths);
    created = true;
  }
  return {
    dir,
    created,
    caPath: paths.ca,
    key: fs.readFileSync(paths.key),
    cert: fs.readFileSync(paths.cert),
    ca: fs.existsSync(paths.ca) ? fs.readFileSync(paths.ca) : undefined,
  };
}

function trustInstructions(caPath, platform = process.platform) {
  const lines = ['信任开发证书（只需一次）：Word 不接受未受信任的 HTTPS 证书，且不会给出“继续访问”的选项。'];
  if (platform === 'win32') {
    lines.push(`  Windows：运行 npm run certs -- --install，或手动执行  certutil -user -addstore Root "${caPath}"  并在弹出的安全警告中点“是”。`);
  } else if (platform === 'darwin') {
    lines.push(`  macOS：运行 npm run certs -- --install，或手动执行  security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db "${caPath}"  （会要求输入登录密码）。`);
  } else {
    lines.push('  Linux（在浏览器中使用 Word 网页版）：');
    lines.push(`    Chrome/Chromium：设置 → 隐私和安全 → 安全 → 管理证书 → 授权机构 → 导入 “${caPath}”，勾选“信任该证书，以标识网站”；`);
    lines.push(`      或执行  certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n case-assistant-dev-ca -i "${caPath}"  （需要 libnss3-tools）。`);
    lines.push(`    Firefox：设置 → 隐私与安全 → 证书 → 查看证书 → 证书颁发机构 → 导入 “${caPath}”。`);
    lines.push(`    系统范围：sudo cp "${caPath}" /usr/local/share/ca-certificates/case-assistant-dev-ca.crt && sudo update-ca-certificates`);
  }
  lines.push('  信任后请完全退出并重新打开 Word 或浏览器。');
  return lines.join('\n');
}

function installCa(caPath, platform = process.platform) {
  if (platform === 'win32') {
    execFileSync('certutil', ['-user', '-addstore', 'Root', caPath], { stdio: 'inherit' });
  } else if (platform === 'darwin') {
    const keychain = path.join(os.homedir(), 'Library', 'Keychains', 'login.keychain-db');
    execFileSync('security', ['add-trusted-cert', '-r', 'trustRoot', '-k', keychain, caPath], { stdio: 'inherit' });
  } else {
    throw new Error('Linux 上不自动安装证书，请按上面的说明手动导入。');
  }
}

async function main() {
  const result = await ensureDevCerts();
  console.log(result.created ? `已生成开发证书：${result.dir}` : `使用已有的开发证书：${result.dir}`);
  console.log(trustInstructions(result.caPath));
  if (process.argv.includes('--install')) {
    installCa(result.caPath);
    console.log('已将开发证书颁发机构加入当前用户的受信任根证书。');
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`开发证书出错：${error.message}`);
    process.exit(1);
  });
}

module.exports = { defaultCertDir, ensureDevCerts, trustInstructions, installCa };
