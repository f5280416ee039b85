import { UI_CSS } from './styles';

/** Extension pages use the same stylesheet as the popover. */
export function injectStyles(doc: Document = document): void {
  const style = doc.createElement('style');
  style.textContent = UI_CSS;
  doc.head.append(style);
}
