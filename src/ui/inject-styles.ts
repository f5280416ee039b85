import uiCss from './ui.css?inline';

/** Extension pages use the same stylesheet as the popover. */
export function injectStyles(doc: Document = document): void {
  const style = doc.createElement('style');
  style.textContent = uiCss;
  doc.head.append(style);
}
