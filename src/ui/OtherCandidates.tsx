import type { Candidate } from '../match/score';
import { formatDate, incidentTitle } from './format';
import { useI18n } from './i18n';

interface Props {
  candidates: readonly Candidate[];
  picked: number;
  /** Whether the best candidate may be listed (when it is not the one shown). */
  showFirst: boolean;
  heading: string;
  onPick: (index: number) => void;
}

/** Up to three other incidents the mention might be about; choosing one shows it instead. */
export function OtherCandidates({ candidates, picked, showFirst, heading, onPick }: Props) {
  const tr = useI18n();
  const others = candidates.map((c, i) => ({ c, i })).filter(({ i }) => i !== picked && (showFirst || i > 0)).slice(0, 3);
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
