import { MENTION_KINDS } from '../match/kinds';
import type { HighlightStyle, PopoverTrigger, Settings } from '../shared/settings';
import { KIND_LABEL } from './format';

interface Props {
  settings: Settings;
  onChange: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
}

/** The highlight options, used by the popup and the options page. */
export function SettingsForm({ settings: s, onChange }: Props) {
  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <label class="row">
        <input type="checkbox" name="enabled" checked={s.enabled} onChange={(e) => onChange('enabled', e.currentTarget.checked)} />
        Highlight mentions on news pages
      </label>
      <fieldset>
        <legend>Kinds of mention</legend>
        {MENTION_KINDS.map((k) => (
          <label class="row" key={k}>
            <input type="checkbox" name={`kind-${k}`} checked={s.kinds[k]} onChange={(e) => onChange('kinds', { ...s.kinds, [k]: e.currentTarget.checked })} />
            {KIND_LABEL[k]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Highlight style</legend>
        {(['underline', 'background', 'off'] as HighlightStyle[]).map((v) => (
          <label class="row" key={v}>
            <input type="radio" name="style" value={v} checked={s.style === v} onChange={() => onChange('style', v)} />
            {v === 'off' ? 'Invisible (popover still opens)' : v === 'underline' ? 'Dotted underline' : 'Background'}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Open the popover on</legend>
        {(['hover', 'click'] as PopoverTrigger[]).map((v) => (
          <label class="row" key={v}>
            <input type="radio" name="trigger" value={v} checked={s.trigger === v} onChange={() => onChange('trigger', v)} />
            {v === 'hover' ? 'Hover' : 'Click'}
          </label>
        ))}
      </fieldset>
      <p class="muted small">Keyboard: Alt+Shift+N / Alt+Shift+P go to the next / previous mention; Esc closes.</p>
    </form>
  );
}
