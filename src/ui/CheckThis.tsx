import type { Contradiction } from '../match/contradictions';
import { formatContradiction } from './format';
import { useI18n } from './i18n';
import { Sources } from './Sources';

/** Where the page's wording disagrees with the sources, or repeats a report that was later corrected. */
export function CheckThis({ contradictions }: { contradictions: readonly Contradiction[] }) {
  const tr = useI18n();
  return (
    <section class="warn" aria-labelledby="dmz-check-this">
      <h3 id="dmz-check-this">{tr.t('check_this')}</h3>
      {contradictions.map((c) => {
        const shown = formatContradiction(c, tr);
        return (
          <div key={c.claim} class="warn-item">
            <p lang={shown.lang}>{shown.text}</p>
            <Sources sources={c.sources.slice(0, 2)} />
          </div>
        );
      })}
    </section>
  );
}
