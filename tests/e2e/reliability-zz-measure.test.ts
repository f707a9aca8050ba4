import { it } from 'vitest';
import { useExtension } from './fixtures';
const e2e = useExtension();
it('measure restart', async () => {
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    await e2e.session.stopWorker();
    const t = Date.now();
    await e2e.session.send({ type: 'ping' });
    times.push(Date.now() - t);
  }
  console.log('[measure] restart-to-ready ms', times, 'load', (await import('node:os')).loadavg());
});
