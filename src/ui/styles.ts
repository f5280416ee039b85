import uiCss from './ui.css?inline';
import { paletteCss } from './palette';

/** The whole stylesheet of our UI: palette, then components. */
export const UI_CSS = `${paletteCss()}\n${uiCss}`;
