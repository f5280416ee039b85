import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

export const FIXTURES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

export function loadFixture(name: string): Document {
  return new JSDOM(readFileSync(FIXTURES + name, 'utf8')).window.document;
}

export function domFrom(html: string): Document {
  return new JSDOM(html).window.document;
}
