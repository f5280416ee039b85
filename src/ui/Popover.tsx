import { useEffect, useRef, useState } from 'preact/hooks';
import type { MatchResult } from '../match/matcher';
import { CheckThis } from './CheckThis';
import { FigureList } from './FigureList';
import { IncidentCard } from './IncidentCard';
import { kindLabel, matchBand } from './format';
import { useI18n } from './i18n';
import { isPossible, OtherCandidates } from './OtherCandidates';

interface PopoverProps {
  result: MatchResult;
  /** Move keyboard focus into the popover (opened from the keyboard). */
  focusOnOpen: boolean;
  onClose: () => void;
}

const TITLE_ID = 'dmz-pop-title';

/** The card shown for one mention: best incident, warnings, alternatives, figures. */
export function Popover({ result, focusOnOpen, onClose }: PopoverProps) {
  const tr = useI18n();
  // The candidate the reader chose, for this result only: a new mention starts again at the best one.
  const [choice, setChoice] = useState<{ of: MatchResult; picked: number }>();
  const chosen = choice?.of === result ? choice.picked : undefined;
  const picked = chosen ?? 0;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnOpen) box.current?.focus();
  }, [result, focusOnOpen]);

  const { mention, candidates, confident, background } = result;
  // Below the threshold the best guess is not shown as the answer, only listed, until the reader opens it.
  const shown = confident || chosen !== undefined ? candidates[picked] : undefined;
  // Warnings are about the linked incident only, never about one the reader picked instead.
  const warnings = confident && picked === 0 ? result.warnings : [];

  return (
    <div
      class="pop"
      lang={tr.locale}
      role="dialog"
      aria-labelledby={TITLE_ID}
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
        <span class="badge">{kindLabel(mention.kind, tr)}</span>
        <span id={TITLE_ID} class="pop-mention">
          {tr.t('popover_title', mention.text)}
        </span>
        <button type="button" class="close" aria-label={tr.t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div class="pop-body">
        {warnings.length > 0 && shown && <CheckThis warnings={warnings} incident={shown.incident} />}
        {shown ? (
          <IncidentCard
            incident={shown.incident}
            match={{ band: matchBand(confident && picked === 0), reasons: shown.reasons }}
            map="small"
          />
        ) : (
          <p class="nomatch">{tr.t(candidates.some(isPossible) ? 'no_match_candidates' : 'no_match')}</p>
        )}
        <OtherCandidates
          candidates={candidates}
          shown={shown ? picked : undefined}
          heading={tr.t(shown ? 'other_incidents' : 'closest_incidents')}
          onPick={(i) => setChoice({ of: result, picked: i })}
        />
        {background.length > 0 && (
          <section>
            <h3>{tr.t('key_figures')}</h3>
            <FigureList figures={background} />
          </section>
        )}
      </div>
      <footer class="pop-foot">{tr.t('popover_footer')}</footer>
    </div>
  );
}
