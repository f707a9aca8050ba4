/** TrackerDB is CC BY-NC-SA 4.0: every view that shows its data credits it (GUIDE §5). */
import { useT } from './i18n';

export const TRACKERDB_LICENSE_URL = 'https://creativecommons.org/licenses/by-nc-sa/4.0/';

export function Attribution() {
  const t = useT();
  return (
    <p class="fp-attribution" data-testid="attribution">
      {t('common_trackerdb_attribution')}{' '}
      (<a href={TRACKERDB_LICENSE_URL} target="_blank" rel="noopener noreferrer">{t('common_license')}</a>)
    </p>
  );
}
