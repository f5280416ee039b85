import { useEffect, useRef, useState } from 'preact/hooks';
import type { MatchResult } from '../match/matcher';
import { FigureList } from './FigureList';
import { IncidentCard } from './IncidentCard';
import { formatDate, KIND_LABEL, reasonText, warningText } from './format';
import type { Warning } from '../match/verdicts';
import { Sources } from './Sources';

export interface PopoverProps {
  result: MatchResult;
  /** Move keyboard focus into the popover (opened from the keyboard). */
  focusOnOpen: boolean;
  onClose: () => void;
}

/** The card shown for one mention: best incident, warnings, alternatives, figures. */
export function Popover({ result, focusOnOpen, onClose }: PopoverProps) {
  const [picked, setPicked] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => setPicked(0), [result]);
  useEffect(() => {
    if (focusOnOpen) box.current?.focus();
  }, [result, focusOnOpen]);

  const { mention, candidates, confident, warnings, background } = result;
  const shown = confident || picked > 0 ? candidates[picked] : undefined;
  const others = candidates.map((c, i) => ({ c, i })).filter(({ i }) => i !== picked && (confident || i > 0 || picked > 0)).slice(0, 3);
  const titleId = 'dmz-pop-title';

  return (
    <div
      class="pop"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header class="pop-head">
        <span class="badge">{KIND_LABEL[mention.kind]}</span>
        <span id={titleId} class="pop-mention">
          DMZ Context: “{mention.text}”
        </span>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div class="pop-body">
        {shown && picked === 0 && warnings.length > 0 && (
          <section class="warn" aria-label="Check this">
            <h3>Check this</h3>
            {dedupeWho(warnings).map((w) => (
              <div key={`${w.field}:${w.quote}`} class="warn-item">
                <p>{warningText(w, shown.incident)}</p>
                <Sources sources={w.sources.slice(0, 2)} />
              </div>
            ))}
          </section>
        )}
        {shown ? (
          <IncidentCard incident={shown.incident} reasons={shown.reasons.flatMap((r) => reasonText(r, shown.incident) ?? [])} likely={confident && picked === 0} />
        ) : (
          <p class="nomatch">
            No single incident matches this passage closely enough. Background facts are below
            {candidates.length > 0 ? '; closest incidents follow.' : '.'}
          </p>
        )}
        {others.length > 0 && (
          <section>
            <h3>{shown ? 'Other possible incidents' : 'Closest incidents'}</h3>
            <ul class="others">
              {others.map(({ c, i }) => (
                <li key={c.incident.id}>
                  <button type="button" class="link" onClick={() => setPicked(i)}>
                    {c.incident.title.en}
                  </button>
                  <span class="muted">
                    {' '}
                    {formatDate(c.incident.date, c.incident.datePrecision)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {background.length > 0 && (
          <section>
            <h3>Key figures</h3>
            <FigureList figures={background} />
          </section>
        )}
      </div>
      <footer class="pop-foot">Matched on this device from a bundled, sourced dataset. Nothing is sent anywhere.</footer>
    </div>
  );
}

/** Nationality and role wrong about the same words make one warning, not two. */
function dedupeWho(warnings: readonly Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = w.field === 'origin' || w.field === 'role' ? `who:${w.quote}` : `${w.field}:${w.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
