/**
 * A font for Chinese text, so `npm start`'s popup screenshots of the Chinese demo site show glyphs, not boxes.
 * Like the browsers (scripts/browsers.ts), nothing comes from anywhere but Debian's archive: when fontconfig
 * knows no font for Chinese and we are root on Debian, apt-get installs `fonts-noto-cjk` (saying so in one
 * line); otherwise one line says how to get one. Never fatal: the demo works without it, only uglier.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const CJK_FONT_PACKAGE = 'fonts-noto-cjk';

export interface FontDeps {
  /** Runs a command, returning its stdout; throws when it fails or does not exist. */
  run(cmd: string, args: string[]): string;
  isRootOnDebian(): boolean;
  log(line: string): void;
}

const realDeps: FontDeps = {
  run: (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }),
  isRootOnDebian: () => typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get'),
  log: (line) => console.log(line),
};

/** True when fontconfig lists a font that covers Chinese (what Chromium will use for 中文). */
export function hasCjkFont(deps: Pick<FontDeps, 'run'> = realDeps): boolean {
  try {
    return deps.run('fc-list', [':lang=zh', 'family']).trim().length > 0;
  } catch {
    return false;
  }
}

/** Makes sure a CJK font exists; returns what happened. Prints at most one line. */
export function ensureCjkFont(deps: FontDeps = realDeps): 'present' | 'installed' | 'missing' {
  if (hasCjkFont(deps)) return 'present';
  const how = `install one with \`sudo apt-get install -y ${CJK_FONT_PACKAGE}\` (Debian/Ubuntu) or your system's Noto Sans CJK package`;
  if (!deps.isRootOnDebian()) {
    deps.log(`[start] no font for Chinese text: the Chinese demo page and its popup will show boxes — ${how}.`);
    return 'missing';
  }
  deps.log(`[start] no font for Chinese text — installing Debian's ${CJK_FONT_PACKAGE} with apt-get (one time, ~1 min)…`);
  try {
    deps.run('apt-get', ['update', '-qq']);
    deps.run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', CJK_FONT_PACKAGE]);
    deps.run('fc-cache', ['-f']);
  } catch {
    // Falls through to the check: a failed install must not stop the demo.
  }
  if (hasCjkFont(deps)) return 'installed';
  deps.log(`[start] could not install ${CJK_FONT_PACKAGE}; Chinese text will show as boxes — ${how}.`);
  return 'missing';
}
