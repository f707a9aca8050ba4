/**
 * e2e global setup: make sure a real Chromium exists (installing Debian's when we can) and the
 * extension is freshly built, so `npm test` alone does everything on a new machine.
 */
import { execSync } from 'node:child_process';
import { ensureChromium } from '../../scripts/browsers';

export default function setup(): void {
  ensureChromium();
  if (process.env.FINEPRINT_SKIP_BUILD !== '1') {
    execSync('npm exec -- wxt build', { stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
