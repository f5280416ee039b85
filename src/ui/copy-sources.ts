import type { DatePrecision, Incident } from '../data/schema';
import type { Locale, Translator } from '../shared/i18n';
import { formatDate, incidentTitle } from './format';

/** A source's date is YYYY, YYYY-MM or YYYY-MM-DD. */
export function sourceDate(iso: string, locale: Locale): string {
  const precision: DatePrecision = iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';
  return formatDate(iso, precision, locale);
}

/** The language of a piece of dataset text: Korean if it has Hangul. */
export function textLang(text: string): Locale {
  return /[\uac00-\ud7a3]/.test(text) ? 'ko' : 'en';
}

/**
 * An incident and its sources as plain text for citing: title and date, then
 * one line per source with outlet, title, date and URL.
 */
export function sourcesAsText(i: Incident, tr: Translator): string {
  const lines = [
    incidentTitle(i, tr).text,
    formatDate(i.date, i.datePrecision, tr.locale),
    '',
    tr.t('copy_sources_heading'),
  ];
  for (const s of i.sources) {
    const parts = [
      s.outlet,
      s.title ? `“${s.title}”` : undefined,
      s.date ? sourceDate(s.date, tr.locale) : undefined,
    ].filter(Boolean);
    lines.push(`- ${parts.join(', ')}. ${s.url}`);
  }
  return lines.join('\n');
}

/**
 * Puts text on the clipboard. The async Clipboard API is missing on plain-http
 * pages and may be refused by a page's permissions policy; then a selected
 * textarea beside `near` (inside our own shadow root) and the copy command do it.
 */
export async function copyText(text: string, near: Element): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = near.ownerDocument.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.setAttribute('aria-hidden', 'true');
    area.style.cssText = 'position: fixed; top: 0; left: 0; opacity: 0; pointer-events: none;';
    near.after(area);
    area.select();
    try {
      return near.ownerDocument.execCommand('copy');
    } finally {
      area.remove();
    }
  }
}
