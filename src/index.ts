// The GitHub Action entry point (action.yml: runs.main dist/index.js). All logic is in ./action/main.ts.
import { run } from './action/main.js';

await run();
