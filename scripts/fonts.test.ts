import { describe, expect, it } from 'vitest';
import { CJK_FONT_PACKAGE, ensureCjkFont, hasCjkFont, type FontDeps } from './fonts';

function fake(opts: { fonts: string; root: boolean; installWorks: boolean; fcList?: boolean }) {
  const calls: string[] = [];
  const lines: string[] = [];
  let fonts = opts.fonts;
  const deps: FontDeps = {
    run(cmd, args) {
      calls.push([cmd, ...args].join(' '));
      if (cmd === 'fc-list') { if (opts.fcList === false) throw new Error('ENOENT'); return fonts; }
      if (cmd === 'apt-get' && args[0] === 'install') { if (!opts.installWorks) throw new Error('apt failed'); fonts = 'Noto Sans CJK SC\n'; }
      return '';
    },
    isRootOnDebian: () => opts.root,
    log: (l) => lines.push(l),
  };
  return { deps, calls, lines };
}

describe('ensureCjkFont', () => {
  it('does nothing when fontconfig already knows a Chinese font', () => {
    const f = fake({ fonts: 'Noto Serif CJK SC\n', root: true, installWorks: true });
    expect(ensureCjkFont(f.deps)).toBe('present');
    expect(f.calls).toEqual(['fc-list :lang=zh family']);
    expect(f.lines).toEqual([]);
  });

  it('installs Debian\'s fonts-noto-cjk as root, saying so in one line', () => {
    const f = fake({ fonts: '', root: true, installWorks: true });
    expect(ensureCjkFont(f.deps)).toBe('installed');
    expect(f.calls).toContain(`apt-get install -y -qq --no-install-recommends ${CJK_FONT_PACKAGE}`);
    expect(f.lines).toHaveLength(1);
    expect(f.lines[0]).toMatch(/installing Debian's fonts-noto-cjk/);
  });

  it('says in one line how to get one when it cannot install (not root, or apt fails), never throws', () => {
    const user = fake({ fonts: '', root: false, installWorks: true });
    expect(ensureCjkFont(user.deps)).toBe('missing');
    expect(user.calls.some((c) => c.startsWith('apt-get'))).toBe(false);
    expect(user.lines).toEqual([expect.stringContaining('sudo apt-get install -y fonts-noto-cjk')]);
    const broken = fake({ fonts: '', root: true, installWorks: false });
    expect(ensureCjkFont(broken.deps)).toBe('missing');
    expect(broken.lines[1]).toContain('could not install');
  });

  it('treats a machine without fontconfig as having no CJK font', () => {
    expect(hasCjkFont(fake({ fonts: 'x', root: false, installWorks: false, fcList: false }).deps)).toBe(false);
  });
});
