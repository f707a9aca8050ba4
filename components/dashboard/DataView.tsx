/**
 * "Your data stays yours": exports (with the dashboard's filters), import, retention, pause, sites
 * never recorded, delete everything. Deleting everything takes two clicks (no window.confirm: it
 * blocks, and tests cannot answer it).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../common/i18n';
import type { ReportFilter } from '../../lib/core/report/types';
import type { DashboardSettings, DashboardSource, ExportFormat } from './source';

const MIME: Record<ExportFormat, string> = { html: 'text/html;charset=utf-8', json: 'application/json', csv: 'text/csv;charset=utf-8' };

export interface DataViewProps {
  source: DashboardSource;
  t: Translate;
  filter: ReportFilter;
  selected: Set<string>;
  onChanged(): void;
}

export function DataView({ source, t, filter, selected, onChanged }: DataViewProps) {
  const [settings, setSettings] = useState<DashboardSettings | null>(null);
  const [status, setStatus] = useState<string>('');
  const [onlySelected, setOnlySelected] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [newSite, setNewSite] = useState('');

  useEffect(() => { void source.settings().then(setSettings); }, [source]);
  const update = async (patch: Partial<DashboardSettings>) => setSettings(await source.updateSettings(patch));

  const exportAs = async (format: ExportFormat) => {
    setStatus(t('dash_exporting'));
    const f: ReportFilter = { ...filter, sites: onlySelected && selected.size ? [...selected] : filter.sites ?? null };
    const reply = await source.exportReport(f, format);
    const content = reply[format];
    if (content === undefined) { setStatus(t('dash_export_failed')); return; }
    source.download(`${reply.filenameBase}.${format}`, MIME[format], content);
    setStatus(t('dash_exported', String(reply.sites)));
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const reply = await source.importReport(await file.text());
    // The reason in the reader's words (the reply's English `error` is for logs).
    if (!reply.ok) { setStatus(t('dash_import_failed', t(`dash_import_error_${(reply.code ?? 'other').replace(/-/g, '_')}`))); return; }
    setStatus(t('dash_imported', [String(reply.result.sites), String(reply.result.visits)]));
    onChanged();
  };

  const addNever = () => {
    const site = newSite.trim().toLowerCase();
    if (!site || !settings || settings.neverRecord.includes(site)) return;
    void update({ neverRecord: [...settings.neverRecord, site] });
    setNewSite('');
  };

  return (
    <div class="fp-data">
      <p class="fp-local">{t('dash_local_detail')}</p>
      <section>
        <h2>{t('dash_export')}</h2>
        <p class="fp-muted">{t('dash_export_hint')}</p>
        {selected.size > 0 && (
          <label><input type="checkbox" checked={onlySelected} onChange={(e) => setOnlySelected((e.target as HTMLInputElement).checked)} /> {t('dash_only_selected', String(selected.size))}</label>
        )}
        <div class="fp-buttons">
          <button type="button" data-testid="export-html" onClick={() => void exportAs('html')}>{t('dash_export_html')}</button>
          <button type="button" data-testid="export-json" onClick={() => void exportAs('json')}>{t('dash_export_json')}</button>
          <button type="button" data-testid="export-csv" onClick={() => void exportAs('csv')}>{t('dash_export_csv')}</button>
        </div>
      </section>
      <section>
        <h2>{t('dash_import')}</h2>
        <p class="fp-muted">{t('dash_import_hint')}</p>
        <input type="file" accept="application/json,.json" data-testid="import-file" aria-label={t('dash_import')}
          onChange={(e) => void importFile((e.target as HTMLInputElement).files?.[0])} />
      </section>
      {settings && (
        <section>
          <h2>{t('dash_recording')}</h2>
          <label>{t('dash_retention')}{' '}
            <select data-testid="retention" value={String(settings.retentionDays)}
              onChange={(e) => void update({ retentionDays: Number((e.target as HTMLSelectElement).value) as 30 | 90 | 365 })}>
              {[30, 90, 365].map((d) => <option key={d} value={String(d)}>{t('dash_days', String(d))}</option>)}
            </select>
          </label>
          <p><label><input type="checkbox" data-testid="paused" checked={settings.paused}
            onChange={(e) => void update({ paused: (e.target as HTMLInputElement).checked })} /> {t('dash_pause')}</label></p>
          <h3>{t('dash_never_record')}</h3>
          <ul data-testid="never-record">
            {settings.neverRecord.map((s) => (
              <li key={s}>{s} <button type="button" onClick={() => void update({ neverRecord: settings.neverRecord.filter((x) => x !== s) })}>{t('dash_remove')}</button></li>
            ))}
          </ul>
          <input type="text" value={newSite} placeholder="example.com" aria-label={t('dash_never_record')}
            onInput={(e) => setNewSite((e.target as HTMLInputElement).value)} onKeyDown={(e) => { if (e.key === 'Enter') addNever(); }} />
          <button type="button" onClick={addNever}>{t('dash_add')}</button>
        </section>
      )}
      <section>
        <h2>{t('dash_delete_all')}</h2>
        {confirming
          ? <p>{t('dash_delete_all_confirm')}{' '}
              <button type="button" data-testid="delete-all-confirm" onClick={() => { setConfirming(false); void source.deleteAll().then(() => { setStatus(t('dash_deleted_all')); onChanged(); }); }}>{t('dash_delete_all_yes')}</button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>{t('dash_cancel')}</button></p>
          : <button type="button" data-testid="delete-all" onClick={() => setConfirming(true)}>{t('dash_delete_all')}</button>}
      </section>
      <p role="status" data-testid="data-status">{status}</p>
    </div>
  );
}
