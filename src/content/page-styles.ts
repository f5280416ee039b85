/**
 * Adds a stylesheet to the document as a constructed sheet: no element in
 * the page, not blocked by a page's style-src policy. Returns its removal.
 */
export function adoptStyles(doc: Document, css: string): () => void {
  // jsdom (the unit tests) has no adoptedStyleSheets; every target browser has.
  if (!('adoptedStyleSheets' in doc)) return () => undefined;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
