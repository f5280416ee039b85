import type { Incident } from '../data/schema';
import type { Warning } from '../match/verdicts';
import { distinctWarnings, formatWarning } from './format';
import { useI18n } from './i18n';
import { Sources } from './Sources';

/** Where the sentence's own words contradict the sources on the incident it is linked to. */
export function CheckThis({ warnings, incident }: { warnings: readonly Warning[]; incident: Incident }) {
  const tr = useI18n();
  return (
    <section class="warn" aria-labelledby="dmz-check-this">
      <h3 id="dmz-check-this">{tr.t('check_this')}</h3>
      {distinctWarnings(warnings).map((w) => (
        <div key={`${w.field}:${w.quote}`} class="warn-item">
          <p>{formatWarning(w, incident, tr)}</p>
          <Sources sources={w.sources.slice(0, 2)} />
        </div>
      ))}
    </section>
  );
}
