import { POSSIBLE_P } from '../match/confidence';
import type { Candidate } from '../match/matcher';
import { formatDate, incidentTitle } from './format';
import { useI18n } from './i18n';

interface Props {
  candidates: readonly Candidate[];
  /** The index of the candidate shown as the card, if one is. */
  shown: number | undefined;
  heading: string;
  onPick: (index: number) => void;
}

/** Whether a candidate is worth offering when none is confident (a long shot is not listed as "closest"). */
export const isPossible = (c: Candidate) => c.p >= POSSIBLE_P;

/**
 * Up to three other incidents the mention might be about, or, when none is
 * shown, the closest ones; choosing one shows it instead.
 */
export function OtherCandidates({ candidates, shown, heading, onPick }: Props) {
  const tr = useI18n();
  const others = candidates
    .map((c, i) => ({ c, i }))
    .filter(({ c, i }) => (shown === undefined ? isPossible(c) : i !== shown))
    .slice(0, 3);
  if (others.length === 0) return null;
  return (
    <section>
      <h3>{heading}</h3>
      <ul class="others">
        {others.map(({ c, i }) => {
          const title = incidentTitle(c.incident, tr);
          return (
            <li key={c.incident.id}>
              <button type="button" class="link" lang={title.lang} onClick={() => onPick(i)}>
                {title.text}
              </button>
              <span class="muted"> · {formatDate(c.incident.date, c.incident.datePrecision, tr.locale)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
