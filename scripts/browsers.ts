/**
 * Finding (or installing) a real browser. Nothing is downloaded from anywhere but Debian's archive:
 * where Chromium is missing and we are root on Debian, apt-get installs it (saying so in one line);
 * otherwise we stop with a message that says exactly how to get one.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export class BrowserMissingError extends Error {}

function isRootOnDebian(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');
}

function aptInstall(pkg: string): void {
  console.error(`[browsers] ${pkg} not found — installing Debian's ${pkg} with apt-get (one time, ~20 s)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
  execFileSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'ignore', env });
}

function find(envVar: string, candidates: string[]): string | null {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new BrowserMissingError(`${envVar}=${fromEnv} does not exist`);
    return fromEnv;
  }
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Path of a Chromium binary, installing Debian's `chromium` when possible. */
export function ensureChromium(): string {
  let path = find('CHROMIUM_PATH', CHROMIUM_CANDIDATES);
  if (!path && isRootOnDebian()) { aptInstall('chromium'); path = find('CHROMIUM_PATH', CHROMIUM_CANDIDATES); }
  if (!path) {
    throw new BrowserMissingError(
      'Chromium not found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH=/path/to/chromium.');
  }
  return path;
}

/** Path of a Firefox binary, installing Debian's `firefox-esr` when possible; null when unavailable. */
export function ensureFirefox(): string | null {
  let path = find('FIREFOX_PATH', FIREFOX_CANDIDATES);
  if (!path && isRootOnDebian()) {
    try { aptInstall('firefox-esr'); } catch { return null; }
    path = find('FIREFOX_PATH', FIREFOX_CANDIDATES);
  }
  return path;
}

/** Flags every Fineprint launch of Chromium uses (no background traffic: this machine has no internet). */
export function chromiumArgs(extensionPath: string, hostResolverRules: string | null, ignoreCertErrors: boolean): string[] {
  return [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-default-apps',
    ...(hostResolverRules ? [`--host-resolver-rules=${hostResolverRules}`] : []),
    ...(ignoreCertErrors ? ['--ignore-certificate-errors'] : []),
  ];
}
