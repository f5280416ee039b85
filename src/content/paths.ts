/** Where the build puts the content script's second stage (see build/content-scripts-plugin.ts). */
export const APP_SCRIPT = 'content/app.js';
