// Run first by `npm test`: stops at once, with one sentence, if there is no Chromium for the e2e tests.
import { chromiumExecutable } from "../tests/e2e/browser";

try {
  chromiumExecutable();
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
}
