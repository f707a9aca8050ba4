/**
 * e2e global setup: make sure a real Chromium and a real Firefox exist (installing Debian's when we can, or
 * failing with how to get one — never skipping) and that both builds of the extension are fresh, so `npm test`
 * alone does everything on a new machine. Every e2e project names this file; the work is done once per run.
 */
import { execSync } from 'node:child_process';
import { ensureChromium } from '../../scripts/browsers';
import { requireFirefox } from '../../scripts/firefox-harness';

const done = globalThis as { __fineprintE2eSetup?: boolean };

export default function setup(): void {
  if (done.__fineprintE2eSetup) return;
  done.__fineprintE2eSetup = true;
  ensureChromium();
  requireFirefox();
  if (process.env.FINEPRINT_SKIP_BUILD !== '1') {
    // One after the other: each build is CPU-bound on a 2-core machine. FINEPRINT_OUT_DIR is inherited.
    execSync('npm exec -- wxt build', { stdio: ['ignore', 'ignore', 'inherit'] });
    execSync('npm exec -- wxt build -b firefox', { stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
