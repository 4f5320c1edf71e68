// Finds a Chromium for Playwright: env var, Playwright's own browser, the system Chromium; installs Debian's as root.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags that keep Debian's Chromium quiet and off the network (see STACK.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function playwrightOwnBrowser() {
  try {
    const { chromium } = await import('playwright');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function canAptInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Screenshot baselines and Chinese labels need a CJK font. As root with apt-get, installs Debian's
 * fonts-noto-cjk when fontconfig knows no Chinese font; elsewhere prints one line and carries on.
 */
export function ensureCjkFont() {
  let found;
  try {
    found = execFileSync('sh', ['-c', 'fc-list :lang=zh family 2>/dev/null | head -n 1'], { encoding: 'utf8' }).trim();
  } catch {
    found = '';
  }
  if (found) return true;
  if (canAptInstall()) {
    console.log('No Chinese font found: installing Debian\'s fonts-noto-cjk…');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null'], { stdio: 'inherit' });
    return true;
  }
  console.warn('No Chinese (CJK) font found: install one (Debian/Ubuntu: `sudo apt-get install fonts-noto-cjk`), or screenshot comparisons may fail.');
  return false;
}

/** Returns an executable path, or null after printing one line saying what to install. */
export async function findBrowser({ install = true } = {}) {
  const fromEnv = process.env.EVIDENCE_GRAPH_BROWSER || process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`Browser given by EVIDENCE_GRAPH_BROWSER/CHROME_PATH does not exist: ${fromEnv}`);
    return null;
  }
  const own = await playwrightOwnBrowser();
  if (own) return own;
  const system = SYSTEM_CANDIDATES.find((p) => existsSync(p));
  if (system) return system;
  if (install && canAptInstall()) {
    console.log('No Chromium found: installing Debian\'s chromium (apt-get install -y chromium fonts-noto-cjk)…');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null'], {
      stdio: 'inherit',
    });
    const installed = SYSTEM_CANDIDATES.find((p) => existsSync(p));
    if (installed) return installed;
  }
  console.error('No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set EVIDENCE_GRAPH_BROWSER=/path/to/chrome.');
  return null;
}
