import { useEffect, useState } from 'preact/hooks';
import { incidentById } from '../data/dataset';
import type { FactCheck } from '../match/fact-check';
import type { CheckedClaim, ClaimField } from '../match/verdicts';
import { formatDate, incidentTitle } from '../ui/format';
import { useI18n } from '../ui/i18n';
import { askTab } from './tab';

/** Every field a claim can be about, by its words (the record's type makes this list complete). */
const CLAIM_KEY = {
  origin: 'claim_origin',
  role: 'claim_role',
  rank: 'claim_rank',
  count: 'claim_count',
  age: 'claim_age',
  direction: 'claim_direction',
  region: 'claim_region',
  place: 'claim_place',
  date: 'claim_date',
  method: 'claim_method',
  result: 'claim_result',
} as const satisfies Record<ClaimField, string>;

interface Props {
  /** Opens an incident's detail in the popup. */
  onOpen: (id: string) => void;
}

const VERDICT_KEY = {
  agrees: 'verdict_agrees',
  'less-precise': 'verdict_less_precise',
  contradicts: 'verdict_contradicts',
  'not-in-record': 'verdict_not_in_record',
} as const;

/**
 * The page's account against the record: each incident the page is
 * confidently linked to, with every claim its sentences make about it and
 * the verdict. Collapsed unless a claim contradicts the record.
 */
export function FactCheckPanel({ onOpen }: Props) {
  const tr = useI18n();
  const [check, setCheck] = useState<FactCheck>();
  useEffect(() => {
    void askTab({ type: 'get-fact-check' }).then(setCheck);
  }, []);
  if (!check || check.mentions === 0) return null;
  const contradicted = check.incidents.some((i) => i.claims.some((c) => c.verdict === 'contradicts'));
  return (
    <details class="factcheck" open={contradicted}>
      <summary>
        <span class="factcheck-title">{tr.t('factcheck_heading')}</span>{' '}
        <span class="muted small">
          {check.incidents.length ? tr.plural('factcheck_summary', check.incidents.length) : tr.t('factcheck_none')}
        </span>
      </summary>
      <ul class="factcheck-incidents">
        {check.incidents.map((entry) => {
          const incident = incidentById(entry.id);
          if (!incident) return null;
          const title = incidentTitle(incident, tr);
          return (
            <li key={entry.id}>
              <button type="button" class="link" lang={title.lang} onClick={() => onOpen(entry.id)}>
                {title.text}
              </button>
              <span class="muted small">
                {' '}
                · {formatDate(incident.date, incident.datePrecision, tr.locale)} ·{' '}
                {tr.plural('factcheck_mentions', entry.mentions)}
              </span>
              {entry.claims.length ? (
                <ul class="claims">
                  {entry.claims.map((c) => (
                    <Claim key={`${c.field}|${c.quote}`} claim={c} />
                  ))}
                </ul>
              ) : (
                <p class="muted small">{tr.t('factcheck_no_claims')}</p>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

function Claim({ claim }: { claim: CheckedClaim }) {
  const tr = useI18n();
  return (
    <li class={`claim claim-${claim.verdict}`}>
      <span class="verdict">{tr.t(VERDICT_KEY[claim.verdict])}</span> {tr.t(CLAIM_KEY[claim.field])}: “{claim.quote}”
    </li>
  );
}
