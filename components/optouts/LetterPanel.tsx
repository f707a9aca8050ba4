/**
 * A ready-to-send data access / deletion request (lib/core/optouts/letters.ts), as a mailto: link and a
 * clipboard copy. Built on demand: the letter only exists once the person opens the panel.
 */
import { useMemo, useState } from 'preact/hooks';
import { buildLetter, defaultLaw, LAWS, LETTER_KINDS, type Law, type LetterKind, type LetterLanguage, type ObservedParty } from '../../lib/core/optouts/letters';
import { useT } from '../common/i18n';
import { safeHttpUrl } from '../common/safe-url';

export interface LetterPanelProps {
  title: string;
  recipient: { name: string; contact?: string };
  site: string;
  observed: ObservedParty[];
  testId: string;
}

export function letterLanguage(lang: string): LetterLanguage {
  return lang.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

export function LetterPanel({ title, recipient, site, observed, testId }: LetterPanelProps) {
  const t = useT();
  const language = letterLanguage(t('common_lang'));
  const [open, setOpen] = useState(false);
  const [law, setLaw] = useState<Law>(defaultLaw(language));
  const [kind, setKind] = useState<LetterKind>('access');
  const [copied, setCopied] = useState(false);
  const letter = useMemo(() => (open ? buildLetter({ law, kind, language, recipient, site, observed }) : null),
    [open, law, kind, language, recipient, site, observed]);
  const contactUrl = safeHttpUrl(letter?.contactUrl);
  const copy = async () => {
    if (!letter) return;
    await navigator.clipboard.writeText(`${letter.subject}\n\n${letter.body}`).then(() => setCopied(true), () => setCopied(false));
  };
  return (
    <details class="fp-letter" data-testid={testId} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{title}</summary>
      {letter && (
        <div class="fp-letter-body">
          <label>{t('letter_law')}{' '}
            <select value={law} onChange={(e) => { setLaw((e.currentTarget as HTMLSelectElement).value as Law); setCopied(false); }}>
              {LAWS.map((l) => <option key={l} value={l}>{t(`letter_law_${l}`)}</option>)}
            </select>
          </label>
          <label>{t('letter_kind')}{' '}
            <select value={kind} onChange={(e) => { setKind((e.currentTarget as HTMLSelectElement).value as LetterKind); setCopied(false); }}>
              {LETTER_KINDS.map((k) => <option key={k} value={k}>{t(`letter_kind_${k}`)}</option>)}
            </select>
          </label>
          {contactUrl && <p>{t('letter_contact_form')} <a href={contactUrl} target="_blank" rel="noopener noreferrer">{contactUrl}</a></p>}
          {!contactUrl && letter.mailto.startsWith('mailto:?') && <p>{t('letter_no_contact')}</p>}
          <textarea readOnly rows={8} aria-label={title} value={`${letter.subject}\n\n${letter.body}`} />
          <div class="fp-optout-row">
            <a class="fp-optout-btn" href={letter.mailto} data-testid={`${testId}-mailto`}>{t('letter_open_mail')}</a>
            <button type="button" class="fp-optout-btn" onClick={() => void copy()}>{t('letter_copy')}</button>
            {copied && <span role="status">{t('letter_copied')}</span>}
          </div>
        </div>
      )}
    </details>
  );
}
