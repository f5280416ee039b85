import { checkPrerequisites } from './harness';

/** Fails the end-to-end run at once, with the command to run, when a browser or the build is missing. */
export default function setup(): void {
  checkPrerequisites();
}
