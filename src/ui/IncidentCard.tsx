import type { Incident } from '../data/schema';
import type { Candidate } from '../match/matcher';
import { CopySources } from './CopySources';
import {
  describeWho,
  formatReason,
  incidentMeta,
  incidentTitle,
  regionLabel,
  routeLabel,
  type MatchBand,
} from './format';
import { useI18n } from './i18n';
import { IncidentLocator } from './map/IncidentLocator';
import { Sources } from './Sources';

interface Props {
  incident: Incident;
  /** Why the matcher chose it, when shown for a mention. */
  match?: { band: MatchBand; reasons: Candidate['reasons'] };
  /** The locator map: small in the popover, large in the popup. */
  map: 'small' | 'large';
  headingLevel?: 2 | 3;
}

export function IncidentCard({ incident: i, match, map, headingLevel = 3 }: Props) {
  const tr = useI18n();
  const reasons = (match?.reasons ?? []).flatMap((r) => formatReason(r, i, tr) ?? []);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const who = describeWho(i.who, tr);
  const title = incidentTitle(i, tr);
  const other = tr.locale === 'ko' ? undefined : i.title.ko;
  return (
    <article class={`incident map-${map}`} aria-label={title.text}>
      <H class="title" lang={title.lang}>
        {title.text}
      </H>
      {other && (
        <p class="title-ko" lang="ko">
          {other}
        </p>
      )}
      <p class="meta">{incidentMeta(i, tr)}</p>
      <IncidentLocator incident={i} size={map} />
      <dl class="facts">
        {who && (
          <>
            <dt>{tr.t('card_who')}</dt>
            <dd>{who}</dd>
          </>
        )}
        <dt>{tr.t('card_route')}</dt>
        <dd>
          {i.region
            ? tr.t('card_route_region', routeLabel(i.route, tr), regionLabel(i.region, tr))
            : routeLabel(i.route, tr)}
        </dd>
      </dl>
      <p class="summary" lang="en">
        {i.summary}
      </p>
      {i.outcome && (
        <p class="outcome">
          <strong>{tr.t('card_outcome')}</strong> <span lang="en">{i.outcome}</span>
        </p>
      )}
      {i.corrections?.map((c) => (
        <div class="correction" key={c.claim}>
          <p>
            <strong>{tr.t('correction_first_reports')}</strong> <span lang="en">{c.claim}</span>
          </p>
          <p>
            <strong>{tr.t('correction_fact')}</strong> <span lang="en">{c.fact}</span>
          </p>
        </div>
      ))}
      {match && (
        <p class="why">
          <strong>{tr.t(match.band === 'likely' ? 'match_likely' : 'match_possible')}</strong>
          {reasons.length > 0 && `: ${reasons.join(' · ')}`}
        </p>
      )}
      <details class="sources-box" open={match !== undefined}>
        <summary>{tr.t('sources_count', i.sources.length)}</summary>
        <Sources sources={i.sources} />
      </details>
      <CopySources incident={i} />
    </article>
  );
}
