// The action's entry point: runners execute the bundle of this file, dist/index.js.
import { run } from './main.js';

void run();
