import { useState } from 'preact/hooks';
import type { Incident } from '../data/schema';
import { copyText, sourcesAsText } from './copy-sources';
import { useI18n } from './i18n';

/** "Copy sources": the incident's title, date and sources as plain text, for citing. */
export function CopySources({ incident }: { incident: Incident }) {
  const tr = useI18n();
  const [status, setStatus] = useState<'copied' | 'failed'>();
  return (
    <span class="copy">
      <button
        type="button"
        class="small-button"
        onClick={(e) => {
          const button = e.currentTarget;
          void copyText(sourcesAsText(incident, tr), button).then((ok) => setStatus(ok ? 'copied' : 'failed'));
        }}
      >
        {tr.t('copy_sources')}
      </button>
      <span class="muted small" role="status">
        {status && tr.t(status === 'copied' ? 'copy_done' : 'copy_failed')}
      </span>
    </span>
  );
}
