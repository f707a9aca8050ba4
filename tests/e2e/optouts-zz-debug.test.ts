import { it } from 'vitest';
import { DEMO_URLS } from '../../scripts/demo-server';
import { useExtension } from './fixtures';
const e2e = useExtension();
it('cookies', async () => {
  await e2e.session.openTab(DEMO_URLS.news);
  await new Promise((r) => setTimeout(r, 2000));
  console.log(JSON.stringify((await e2e.session.context.cookies()).map((c) => [c.domain, c.name, c.sameSite, c.partitionKey])));
});
