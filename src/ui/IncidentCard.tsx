import type { Incident } from '../data/schema';
import { describeWho, incidentMeta, REGION_LABEL, ROUTE_LABEL } from './format';
import { Sources } from './Sources';

interface Props {
  incident: Incident;
  /** Why the matcher chose it, when shown for a mention. */
  reasons?: readonly string[];
  /** Shown as the mention's incident (a confident match), not one of several possible. */
  likely?: boolean;
  headingLevel?: 2 | 3;
}

export function IncidentCard({ incident: i, reasons, likely, headingLevel = 3 }: Props) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const who = describeWho(i.who);
  return (
    <article class="incident" aria-label={i.title.en}>
      <H class="title">{i.title.en}</H>
      {i.title.ko && <p class="title-ko" lang="ko">{i.title.ko}</p>}
      <p class="meta">{incidentMeta(i)}</p>
      <dl class="facts">
        {who && (
          <>
            <dt>Who</dt>
            <dd>{who}</dd>
          </>
        )}
        <dt>Route</dt>
        <dd>
          {ROUTE_LABEL[i.route]}
          {i.region ? ` · ${REGION_LABEL[i.region]}` : ''}
        </dd>
      </dl>
      <p class="summary">{i.summary}</p>
      {i.outcome && (
        <p class="outcome">
          <strong>Outcome: </strong>
          {i.outcome}
        </p>
      )}
      {i.corrections?.map((c) => (
        <div class="correction" key={c.claim}>
          <strong>Corrected: </strong>
          First reports: {c.claim} {c.fact}
        </div>
      ))}
      {reasons && reasons.length > 0 && (
        <p class="why">
          <strong>{likely ? 'Likely match' : 'Possible match'}, because: </strong>
          {reasons.join(' · ')}
        </p>
      )}
      <details class="sources-box" open={reasons !== undefined}>
        <summary>Sources ({i.sources.length})</summary>
        <Sources sources={i.sources} />
      </details>
    </article>
  );
}
