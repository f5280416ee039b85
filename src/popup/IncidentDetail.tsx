import type { Incident } from '../data/schema';
import { incidentById } from '../data/dataset';
import { IncidentCard } from '../ui/IncidentCard';
import { incidentTitle } from '../ui/format';
import { useI18n } from '../ui/i18n';

/** One incident in full, with its related incidents; "back" returns to the list as it was. */
export function IncidentDetail({
  incident,
  onOpen,
  onBack,
}: {
  incident: Incident;
  onOpen: (id: string) => void;
  onBack: () => void;
}) {
  const tr = useI18n();
  const related = (incident.related ?? []).map((id) => incidentById(id)).filter((r): r is Incident => r !== undefined);
  return (
    <section class="detail">
      <button type="button" class="link" onClick={onBack}>
        {tr.t('back_to_list')}
      </button>
      <IncidentCard incident={incident} headingLevel={2} map="large" />
      {related.length > 0 && (
        <>
          <h3>{tr.t('related')}</h3>
          <ul>
            {related.map((r) => {
              const title = incidentTitle(r, tr);
              return (
                <li key={r.id}>
                  <button type="button" class="link" lang={title.lang} onClick={() => onOpen(r.id)}>
                    {title.text}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
